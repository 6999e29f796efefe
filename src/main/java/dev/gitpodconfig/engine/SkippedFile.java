package dev.gitpodconfig.engine;

/**
 * A matched file that was not checked, and why.
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
        /** The file could not be read. */
        UNREADABLE("unreadable");

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
        return cause == Cause.NOT_YAML || cause == Cause.UNREADABLE;
    }
}
