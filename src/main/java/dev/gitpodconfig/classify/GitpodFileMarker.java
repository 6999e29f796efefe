package dev.gitpodconfig.classify;

import dev.gitpodconfig.load.ByteSearch;
import dev.gitpodconfig.load.FileMarker;
import java.nio.charset.StandardCharsets;

/**
 * Marks a file that mentions {@code containerRegistry}, {@code objectStorage} or {@code ConfigValues}
 * anywhere: a file that fails to load is reported when it has one of these words, and skipped otherwise,
 * so a broken Helm chart or CI file in the same folder stays quiet.
 */
public final class GitpodFileMarker implements FileMarker {

    /** The marker; it has no state. */
    public static final GitpodFileMarker INSTANCE = new GitpodFileMarker();

    private static final byte[] MARKER_REGISTRY = "containerRegistry".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER_STORAGE = "objectStorage".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER_KOTS = "ConfigValues".getBytes(StandardCharsets.US_ASCII);

    private GitpodFileMarker() {}

    /** A cheap byte search (UTF-8 and Latin-1 alike) for the words that mark a Gitpod configuration file. */
    @Override
    public boolean isIn(byte[] bytes) {
        return ByteSearch.contains(bytes, MARKER_REGISTRY)
                || ByteSearch.contains(bytes, MARKER_STORAGE)
                || ByteSearch.contains(bytes, MARKER_KOTS);
    }

    /** The same test on decoded text, where String.indexOf (a fast intrinsic) does the search. */
    @Override
    public boolean isIn(String text) {
        return text.contains("containerRegistry") || text.contains("objectStorage") || text.contains("ConfigValues");
    }
}
