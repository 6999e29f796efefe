package dev.gitpodconfig.load;

/**
 * Something wrong with a file's bytes or YAML that the loader found. Whether it becomes a finding is
 * decided later: a broken file that does not look like Gitpod configuration is skipped instead.
 *
 * @param kind what is wrong
 * @param message a sentence saying what is wrong, never quoting a value
 * @param position where
 * @param yamlPath the YAML path where known, else empty
 */
public record YamlProblem(Kind kind, String message, Position position, String yamlPath) {

    /** The kinds of problem. */
    public enum Kind {
        /** Unreadable, undecodable, too large, not YAML, over a limit, or a forbidden tag or alias. */
        SYNTAX,
        /** A mapping repeats a key. */
        DUPLICATE_KEY,
        /** The file loads, but Maven resource filtering turned a value into YAML structure (the message says how). */
        FILTERED_STRUCTURE
    }
}
