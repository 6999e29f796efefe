package dev.gitpodconfig.engine;

/**
 * A matched file that was not checked, and why.
 *
 * @param file the path relative to the project base directory
 * @param reason why it was skipped
 * @param unparsable whether it was skipped because it could not be loaded (worth a warning)
 */
public record SkippedFile(String file, String reason, boolean unparsable) {}
