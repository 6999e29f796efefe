package dev.gitpodconfig.classify;

import dev.gitpodconfig.load.ByteSearch;
import dev.gitpodconfig.load.FileMarker;
import java.nio.charset.StandardCharsets;

/**
 * Marks a file that mentions {@code containerRegistry}, {@code objectStorage} or {@code ConfigValues}
 * anywhere, or that starts a line with {@code apiVersion: v1} and another with {@code domain:} (the top of an
 * installer config, which no Kubernetes resource has): a file that fails to load is reported when it has these
 * words, and skipped otherwise, so a broken Helm chart or CI file in the same folder stays quiet.
 */
public final class GitpodFileMarker implements FileMarker {

    /** The marker; it has no state. */
    public static final GitpodFileMarker INSTANCE = new GitpodFileMarker();

    private static final byte[] MARKER_REGISTRY = "containerRegistry".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER_STORAGE = "objectStorage".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER_KOTS = "ConfigValues".getBytes(StandardCharsets.US_ASCII);

    private static final String API_VERSION = "apiVersion: v1";
    private static final String DOMAIN = "domain:";
    private static final byte[] LINE_API_VERSION = ("\n" + API_VERSION).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINE_DOMAIN = ("\n" + DOMAIN).getBytes(StandardCharsets.US_ASCII);

    private GitpodFileMarker() {}

    /** A cheap byte search (UTF-8 and Latin-1 alike) for the words that mark a Gitpod configuration file. */
    @Override
    public boolean isIn(byte[] bytes) {
        return ByteSearch.contains(bytes, MARKER_REGISTRY)
                || ByteSearch.contains(bytes, MARKER_STORAGE)
                || ByteSearch.contains(bytes, MARKER_KOTS)
                || (startsLine(bytes, LINE_API_VERSION) && startsLine(bytes, LINE_DOMAIN));
    }

    /** Whether a line starts with the word after the line break that {@code lineWord} begins with. */
    private static boolean startsLine(byte[] bytes, byte[] lineWord) {
        if (ByteSearch.contains(bytes, lineWord)) {
            return true;
        }
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        if (bytes.length - bom < lineWord.length - 1) {
            return false;
        }
        for (int i = 1; i < lineWord.length; i++) {
            if (bytes[bom + i - 1] != lineWord[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLine(String text, String word) {
        return text.startsWith(word) || text.startsWith("\uFEFF" + word) || text.contains("\n" + word);
    }

    /** The same test on decoded text, where String.indexOf (a fast intrinsic) does the search. */
    @Override
    public boolean isIn(String text) {
        return text.contains("containerRegistry")
                || text.contains("objectStorage")
                || text.contains("ConfigValues")
                || (startsLine(text, API_VERSION) && startsLine(text, DOMAIN));
    }
}
