package dev.gitpodconfig.load;

/**
 * The bounds that keep a check safe on hostile input. A Gitpod configuration file is a few kilobytes,
 * nests less than ten levels and needs no aliases, so the defaults leave a wide margin while still
 * stopping alias bombs, deep nesting and oversized files before they cost memory or time, and a file
 * with thousands of mistakes from flooding the log.
 *
 * @param maxFileBytes the largest file loaded, in bytes
 * @param maxNestingDepth the deepest nesting of collections
 * @param maxAliases the most aliases to collections in one document
 * @param maxFindingsPerFile the most findings listed for one file; the rest are counted, not listed
 */
public record LoadLimits(long maxFileBytes, int maxNestingDepth, int maxAliases, int maxFindingsPerFile) {

    /** The default largest file: 2 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** The default most findings listed per file. */
    public static final int DEFAULT_MAX_FINDINGS_PER_FILE = 100;

    /**
     * The most problems (duplicate keys, forbidden tags) the loader records for one file; later ones are
     * dropped. With {@link #MAX_PROBLEM_CHARACTERS_PER_FILE} it bounds the memory a file's problems take,
     * whatever it repeats how often; far above any file a person writes, and above every
     * {@code maxFindingsPerFile} anyone needs to list.
     */
    public static final int MAX_PROBLEMS_PER_FILE = 10_000;

    /** The most characters of message and YAML path the recorded problems of one file hold together. */
    public static final long MAX_PROBLEM_CHARACTERS_PER_FILE = 4L * 1024 * 1024;

    /** The defaults: 2 MiB, 50 levels, 50 aliases, 100 findings per file. */
    public static final LoadLimits DEFAULTS =
            new LoadLimits(DEFAULT_MAX_FILE_BYTES, 50, 50, DEFAULT_MAX_FINDINGS_PER_FILE);

    /**
     * Validates the limits.
     *
     * @param maxFileBytes the largest file
     * @param maxNestingDepth the deepest nesting
     * @param maxAliases the most aliases
     * @param maxFindingsPerFile the most findings listed per file
     */
    public LoadLimits {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and " + Integer.MAX_VALUE / 2);
        }
        if (maxNestingDepth < 1 || maxAliases < 0 || maxFindingsPerFile < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Limits with the default number of findings per file.
     *
     * @param maxFileBytes the largest file
     * @param maxNestingDepth the deepest nesting
     * @param maxAliases the most aliases
     */
    public LoadLimits(long maxFileBytes, int maxNestingDepth, int maxAliases) {
        this(maxFileBytes, maxNestingDepth, maxAliases, DEFAULT_MAX_FINDINGS_PER_FILE);
    }
}
