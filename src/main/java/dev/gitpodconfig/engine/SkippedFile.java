package dev.gitpodconfig.engine;

/**
 * A matched file that was not checked, and why; or a directory the walk could not read.
 *
 * @param file the path relative to the project base directory
 * @param reason why it was skipped, in a few words
 * @param cause the kind of reason, which decides whether the skip is shown without debug output
 */
public record SkippedFile(String file, String reason, Cause cause) {

    /** Why files are skipped, in the order the summary counts them. */
    public enum Cause {
        /** Plainly not Gitpod configuration (a Helm chart's values, a ConfigMap, a workspace file). */
        NOT_GITPOD("not Gitpod"),
        /** A document of a kind that looks like Gitpod's, or installer settings under another kind. */
        UNKNOWN_KIND("unknown kind"),
        /** Not loadable as YAML: a syntax error, undecodable bytes, or a limit exceeded. */
        NOT_YAML("not YAML"),
        /** The file could not be read, or was not read (a link out of the configuration directory, a FIFO). */
        UNREADABLE("unreadable"),
        /** A directory the walk could not read: Gitpod config files in it may have gone unchecked. */
        UNREADABLE_DIRECTORY("unreadable directory");

        private final String label;

        Cause(String label) {
            this.label = label;
        }

        /**
         * How the summary names it.
         *
         * @return e.g. {@code unknown kind}
         */
        public String label() {
            return label;
        }
    }

    /**
     * Whether the skip may hide a Gitpod config, so that the build tool shows it as a warning.
     *
     * @return true unless the file is plainly not Gitpod configuration
     */
    public boolean isWarned() {
        return cause != Cause.NOT_GITPOD;
    }

    /**
     * Whether the file was skipped because it could not be loaded.
     *
     * @return true when it was unreadable or not YAML
     */
    public boolean unparsable() {
        return cause != Cause.NOT_GITPOD && cause != Cause.UNKNOWN_KIND;
    }

    /**
     * A skipped file of a cause given as flags, as the finder and older callers know it.
     *
     * @param file the path relative to the project base directory
     * @param reason why it was skipped
     * @param unparsable whether it could not be loaded or read
     * @param unreadableDirectory whether it is a directory the walk could not read
     */
    public SkippedFile(String file, String reason, boolean unparsable, boolean unreadableDirectory) {
        this(
                file,
                reason,
                unreadableDirectory ? Cause.UNREADABLE_DIRECTORY : unparsable ? Cause.UNREADABLE : Cause.NOT_GITPOD);
    }

    /**
     * A skipped file that is plainly not Gitpod's, or that could not be read.
     *
     * @param file the path relative to the project base directory
     * @param reason why it was skipped
     * @param unparsable whether it could not be loaded or read
     */
    public SkippedFile(String file, String reason, boolean unparsable) {
        this(file, reason, unparsable, false);
    }

    /**
     * Whether it is a directory the walk could not read; such a path is counted on its own and fails
     * {@code failIfNoFiles}.
     *
     * @return true for an unreadable directory
     */
    public boolean unreadableDirectory() {
        return cause == Cause.UNREADABLE_DIRECTORY;
    }
}
