package dev.gitpodconfig.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loads YAML safely and keeps positions. It only <em>composes</em> node trees (SnakeYAML never
 * constructs an object from a tag), rejects every non-standard tag, bounds size, nesting and aliases,
 * detects duplicate keys (which SnakeYAML's composer does not), and turns every failure into a
 * {@link YamlProblem} with a location instead of an exception. No message quotes the source: see
 * {@link SyntaxMessages}. JSON (a Docker {@code config.json}, a
 * decoded {@code .dockerconfigjson}) is loaded too: see {@link JsonText} for the two JSON habits YAML 1.1
 * does not accept.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class SafeYamlLoader {

    private final LoadLimits limits;
    private final FileMarker marker;
    private final SecretPaths secretPaths;

    /**
     * Creates a loader that marks no file ({@link LoadedFile#marked()} is always false) and notes no secrets of a
     * broken document.
     *
     * @param limits the bounds to enforce
     */
    public SafeYamlLoader(LoadLimits limits) {
        this(limits, FileMarker.NONE, null);
    }

    /**
     * Creates a loader that notes no secrets of a broken document.
     *
     * @param limits the bounds to enforce
     * @param marker what marks a file worth reporting even when it does not load
     */
    public SafeYamlLoader(LoadLimits limits, FileMarker marker) {
        this(limits, marker, null);
    }

    /**
     * Creates a loader that marks no file.
     *
     * @param limits the bounds to enforce
     * @param secretPaths where secrets are, see {@link #SafeYamlLoader(LoadLimits, FileMarker, SecretPaths)}
     */
    public SafeYamlLoader(LoadLimits limits, SecretPaths secretPaths) {
        this(limits, FileMarker.NONE, secretPaths);
    }

    /**
     * Creates a loader.
     *
     * @param limits the bounds to enforce
     * @param marker what marks a file worth reporting even when it does not load
     * @param secretPaths where secrets are: what the document that stops loading holds there is kept in
     *     {@link LoadedFile#brokenDocumentSecrets()}; null to keep nothing
     */
    public SafeYamlLoader(LoadLimits limits, FileMarker marker, SecretPaths secretPaths) {
        this.limits = limits;
        this.marker = marker;
        this.secretPaths = secretPaths;
    }

    /**
     * Reads and loads a file. Never throws for bad input: an unreadable, oversized or undecodable file
     * comes back with a problem and no documents.
     *
     * @param file the file
     * @param relativePath the path to report
     * @param charset the encoding to assume when the file has no byte-order mark
     * @return the loaded file
     */
    public LoadedFile load(Path file, String relativePath, Charset charset) {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            return unreadable(relativePath, e);
        }
        return load(bytes, relativePath, charset);
    }

    /**
     * The loaded form of a file that could not be read: no documents, and a problem saying why.
     *
     * @param relativePath the path to report
     * @param e why it could not be read
     * @return the loaded file
     */
    public LoadedFile unreadable(String relativePath, IOException e) {
        return failed(relativePath, unreadableReason(e));
    }

    /**
     * Why a file could not be read, in words that name no path or content (the message of an
     * {@link IOException} may quote either).
     *
     * @param e the failure
     * @return e.g. {@code the file disappeared before it could be read}
     */
    public static String unreadableReason(IOException e) {
        return e instanceof NoSuchFileException
                ? "the file disappeared before it could be read"
                : "the file could not be read (" + e.getClass().getSimpleName() + ")";
    }

    /**
     * Reads a file's bytes up to one byte past the size limit, so that {@link #load(byte[], String, Charset)}
     * reports a file that is too large (or grew after it was found). A FIFO or device is refused, and a
     * read that blocks is given up, as {@link SafeFileReader} describes.
     *
     * @param file the file
     * @return its bytes, at most the limit plus one
     * @throws IOException if the file cannot be read
     */
    public byte[] read(Path file) throws IOException {
        try (SafeFileReader reader = new SafeFileReader(null, limits.maxFileBytes())) {
            return reader.read(file);
        }
    }

    /**
     * Loads bytes that were already read.
     *
     * @param bytes the file's content
     * @param relativePath the path to report
     * @param charset the encoding to assume when there is no byte-order mark
     * @return the loaded file
     */
    public LoadedFile load(byte[] bytes, String relativePath, Charset charset) {
        if (bytes.length > limits.maxFileBytes()) {
            return failed(
                    relativePath,
                    "the file is larger than the limit of " + limits.maxFileBytes() + " bytes (parameter maxFileSize)",
                    marker.isIn(bytes));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset);
        if (decoded.problem() != null) {
            return new LoadedFile(relativePath, "", List.of(), List.of(decoded.problem()), marker.isIn(bytes));
        }
        return parse(relativePath, decoded.text(), marker.isIn(decoded.text()));
    }

    /**
     * Loads a text that was rewritten before parsing (Maven resource filtering): the rewritten text is parsed, and
     * every position is mapped back to the source text, which the file keeps for comments and quoted lines.
     *
     * @param relativePath the path to report
     * @param sourceText the file's decoded text
     * @param parsedText the rewritten text to parse
     * @param positions maps positions in {@code parsedText} to {@code sourceText}
     * @return the loaded file
     */
    public LoadedFile load(String relativePath, String sourceText, String parsedText, PositionMap positions) {
        LoadedFile parsed =
                parse(relativePath, parsedText, marker.isIn(sourceText) || marker.isIn(parsedText), positions);
        List<YamlProblem> problems = new ArrayList<>();
        for (YamlProblem problem : parsed.problems()) {
            problems.add(new YamlProblem(
                    problem.kind(), problem.message(), positions.toSource(problem.position()), problem.yamlPath()));
        }
        return new LoadedFile(
                relativePath,
                sourceText,
                parsed.documents(),
                problems,
                parsed.marked(),
                parsed.brokenDocumentSecrets());
    }

    /**
     * Decodes a file's bytes as {@link #load(byte[], String, Charset)} does.
     *
     * @param bytes the content
     * @param charset the encoding to assume when there is no byte-order mark
     * @return the text, or null when the bytes are too large or cannot be decoded (then load them as bytes, which
     *     reports why)
     */
    public String decode(byte[] bytes, Charset charset) {
        return decode(bytes, charset, limits);
    }

    /**
     * Decodes a file's bytes as {@link #decode(byte[], Charset)} does, without a loader.
     *
     * @param bytes the content
     * @param charset the encoding to assume when there is no byte-order mark
     * @param limits the limits whose file size applies
     * @return the text, or null when the bytes are too large or cannot be decoded
     */
    public static String decode(byte[] bytes, Charset charset, LoadLimits limits) {
        if (bytes.length > limits.maxFileBytes()) {
            return null;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset);
        return decoded.problem() != null ? null : decoded.text();
    }

    private static LoadedFile failed(String relativePath, String message) {
        return failed(relativePath, message, false);
    }

    private static LoadedFile failed(String relativePath, String message, boolean marked) {
        return new LoadedFile(
                relativePath,
                "",
                List.of(),
                List.of(new YamlProblem(YamlProblem.Kind.SYNTAX, message, Position.START_OF_FILE, "")),
                marked);
    }

    /**
     * The longest line parsed. SnakeYAML's reader copies its whole look-ahead window for every 1,024
     * characters of one unbroken token, which makes a multi-megabyte line cost quadratic time; no Gitpod
     * setting comes near this length (a base64 service-account key is a few kilobytes).
     */
    static final int MAX_LINE_LENGTH = 1024 * 1024;

    private LoadedFile parse(String relativePath, String text, boolean marked) {
        return parse(relativePath, text, marked, null);
    }

    /** Parses a text; {@code positions} maps a rewritten text's positions back, null for a text as written. */
    private LoadedFile parse(String relativePath, String text, boolean marked, PositionMap positions) {
        String yamlText = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // A text no longer than the limit cannot hold a longer line: only larger files are scanned.
        if (yamlText.length() > MAX_LINE_LENGTH) {
            int line = 1;
            for (int lineStart = 0; lineStart <= yamlText.length(); line++) {
                int end = yamlText.indexOf('\n', lineStart);
                int lineEnd = end < 0 ? yamlText.length() : end;
                if (lineEnd - lineStart > MAX_LINE_LENGTH) {
                    return new LoadedFile(
                            relativePath,
                            text,
                            List.of(),
                            List.of(new YamlProblem(
                                    YamlProblem.Kind.SYNTAX,
                                    "line " + line + " is " + (lineEnd - lineStart)
                                            + " characters long, more than the limit of " + MAX_LINE_LENGTH
                                            + "; split the value (a block scalar keeps it readable)",
                                    Position.at(line, 1),
                                    "")),
                            marked);
                }
                lineStart = lineEnd + 1;
            }
        }
        if (JsonText.looksLikeJson(yamlText)) {
            yamlText = JsonText.toYaml(yamlText);
        }
        List<LoadedDocument> documents = new ArrayList<>();
        List<YamlProblem> problems = new ArrayList<>();
        EventTreeBuilder builder = null;
        try {
            for (int retry = 0; ; retry++) {
                builder = builder(yamlText, positions, null);
                documents.clear();
                try {
                    builder.readDocuments(documents);
                    break;
                } catch (MarkedYAMLException e) {
                    int tab = retry < MAX_SEPARATOR_TABS ? separatorTab(yamlText, e.getProblemMark()) : -1;
                    if (tab < 0) {
                        throw e;
                    }
                    // yaml.v2 takes a tab between a key's colon and its value, SnakeYAML does not: read it as the
                    // space it stands for. One character for one keeps every position.
                    yamlText = yamlText.substring(0, tab) + ' ' + yamlText.substring(tab + 1);
                }
            }
        } catch (EventTreeBuilder.ComposeException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, "invalid YAML: " + e.getMessage(), at(e.mark()), ""));
        } catch (MarkedYAMLException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, SyntaxMessages.describe(e), position(e), ""));
        } catch (ReaderException e) {
            // A character YAML forbids (NUL, other control characters): the reader names the code point but no
            // line, so locate its first occurrence, which is where the reader stopped.
            int index = yamlText.indexOf(e.getCodePoint());
            problems.add(new YamlProblem(
                    YamlProblem.Kind.SYNTAX,
                    "the file contains the control character " + String.format("U+%04X", e.getCodePoint())
                            + ", which YAML does not allow",
                    index < 0 ? Position.START_OF_FILE : TextDecoder.positionOf(yamlText, index),
                    ""));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            // Limits (aliases, nesting, size) and rare parser states come without a mark.
            problems.add(new YamlProblem(
                    YamlProblem.Kind.SYNTAX,
                    "the YAML could not be loaded: " + SyntaxMessages.limit(e.getMessage()),
                    Position.START_OF_FILE,
                    ""));
        }
        if (!documents.isEmpty() && yamlText.contains("%YAML")) {
            directiveProblem(yamlText, documents);
        }
        return new LoadedFile(
                relativePath,
                text,
                documents,
                problems,
                marked,
                problems.isEmpty() || builder == null ? List.of() : secretsOfBrokenDocument(yamlText, positions));
    }

    /**
     * What the document that stopped loading holds at secret positions. Noting them costs a look at every node's
     * path, so the text is parsed without it, and only a text that fails is parsed again to note them: the parse is
     * deterministic, so the second one stops in the same document at the same place.
     */
    private List<SecretSpan> secretsOfBrokenDocument(String yamlText, PositionMap positions) {
        if (secretPaths == null) {
            return List.of();
        }
        EventTreeBuilder noting = builder(yamlText, positions, secretPaths);
        try {
            noting.readDocuments(new ArrayList<>());
        } catch (RuntimeException expected) {
            // The failure the first parse already reported.
        }
        return noting.secretsOfBrokenDocument();
    }

    /**
     * SnakeYAML reads a {@code %YAML 1.2} directive as 1.1; Gitpod's installer (gopkg.in/yaml.v2) takes only
     * {@code %YAML 1.1} and rejects any other version. The problem goes to the first document, which the
     * directive introduces.
     */
    private static void directiveProblem(String yamlText, List<LoadedDocument> documents) {
        int line = 1;
        for (int start = 0; start < yamlText.length(); line++) {
            int end = yamlText.indexOf('\n', start);
            String text =
                    yamlText.substring(start, end < 0 ? yamlText.length() : end).strip();
            if (text.startsWith("%YAML") && !text.matches("%YAML\\s+1\\.1(\\s+#.*)?")) {
                LoadedDocument first = documents.get(0);
                List<YamlProblem> problems = new ArrayList<>(first.problems());
                problems.add(
                        0,
                        new YamlProblem(
                                YamlProblem.Kind.SYNTAX,
                                "a %YAML directive asks for another YAML "
                                        + "version than 1.1, and Gitpod's installer rejects the file (found incompatible YAML document)",
                                Position.at(line, 1),
                                ""));
                documents.set(0, new LoadedDocument(first.index(), first.root(), problems));
                return;
            }
            if (end < 0 || text.equals("---") || text.startsWith("--- ")) {
                return;
            }
            start = end + 1;
        }
    }

    /**
     * How many tabs after a colon are read as spaces, each costing one more parse; a file with more of them gets
     * the syntax error of the next one.
     */
    private static final int MAX_SEPARATOR_TABS = 16;

    private EventTreeBuilder builder(String yamlText, PositionMap positions, SecretPaths notedPaths) {
        // The parser reads only the size limit; aliases and nesting are bounded by the tree builder.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
        return new EventTreeBuilder(
                        new ParserImpl(new StreamReader(new StringReader(yamlText)), options),
                        limits.maxAliases(),
                        limits.maxNestingDepth(),
                        notedPaths)
                .positions(positions);
    }

    /**
     * The index of the tab the scanner stopped at when it separates a mapping value from its key's colon
     * ({@code inCluster:<TAB>false}), else -1. The scanner stops only between tokens, never inside a quoted or block
     * scalar, so the tab is no scalar's content; a tab that indents a line is left to fail, as it does in yaml.v2.
     */
    private static int separatorTab(String yamlText, Mark mark) {
        if (mark == null || mark.getIndex() < 0 || mark.getIndex() >= yamlText.length()) {
            return -1;
        }
        int tab;
        try {
            tab = yamlText.offsetByCodePoints(0, mark.getIndex());
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        if (tab >= yamlText.length() || yamlText.charAt(tab) != '\t') {
            return -1;
        }
        int before = tab - 1;
        while (before >= 0 && (yamlText.charAt(before) == ' ' || yamlText.charAt(before) == '\t')) {
            before--;
        }
        return before > 0 && yamlText.charAt(before) == ':' && yamlText.charAt(before - 1) != '\n' ? tab : -1;
    }

    private static Position position(MarkedYAMLException e) {
        return at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
    }

    private static Position at(Mark mark) {
        return mark == null ? Position.START_OF_FILE : Position.at(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
