package dev.gitpodconfig.load;

/**
 * How keys appear in YAML paths ({@code containerRegistry.external.url}). A path names every key from
 * the root, and each problem and value of a subtree carries its own copy: a 500,000-character key over
 * a mapping of 300,000 entries would be copied into every one of their paths, hundreds of gigabytes. So
 * a key longer than {@link #LONGEST_KEY} characters appears shortened, with an ellipsis, which keeps
 * every path of a file within a few kilobytes. No Gitpod setting has a key anywhere near that long.
 */
public final class YamlPaths {

    /** The longest key a path shows in full. */
    public static final int LONGEST_KEY = 80;

    private YamlPaths() {}

    /**
     * A key as a path shows it.
     *
     * @param key the key's text
     * @return the key, or its first {@value #LONGEST_KEY} characters and {@code …}
     */
    public static String key(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        // Never split a surrogate pair: half a character would make the path invalid UTF-16.
        int end = Character.isHighSurrogate(key.charAt(LONGEST_KEY - 1)) ? LONGEST_KEY - 1 : LONGEST_KEY;
        return key.substring(0, end) + "…";
    }
}
