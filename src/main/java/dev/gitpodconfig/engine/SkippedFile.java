package dev.gitpodconfig.engine;

/**
 * A matched file that was not checked, and why; or a directory the walk could not read.
 *
 * @param file the path relative to the project base directory
 * @param reason why it was skipped
 * @param unparsable whether it was skipped because it could not be loaded or read (worth a warning)
 * @param unreadableDirectory whether it is a directory the walk could not read, so that Gitpod config
 *     files in it may have gone unchecked; such a path is counted on its own and fails
 *     {@code failIfNoFiles}
 */
public record SkippedFile(String file, String reason, boolean unparsable, boolean unreadableDirectory) {

    /**
     * A skipped file.
     *
     * @param file the path relative to the project base directory
     * @param reason why it was skipped
     * @param unparsable whether it could not be loaded or read
     */
    public SkippedFile(String file, String reason, boolean unparsable) {
        this(file, reason, unparsable, false);
    }
}
