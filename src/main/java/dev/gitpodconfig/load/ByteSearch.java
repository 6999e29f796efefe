package dev.gitpodconfig.load;

/** Finds a word in raw bytes, before anything is decoded or parsed: a cheap test whether a file is worth loading. */
public final class ByteSearch {

    private ByteSearch() {}

    /**
     * Whether a byte sequence occurs in another.
     *
     * @param haystack the bytes to search
     * @param needle the bytes to find, not empty
     * @return true if {@code needle} occurs in {@code haystack}
     */
    public static boolean contains(byte[] haystack, byte[] needle) {
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
