package dev.gitpodconfig.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML safely and keeps positions. It only <em>composes</em> node trees (SnakeYAML never
 * constructs an object from a tag), rejects every non-standard tag, bounds size, nesting and aliases,
 * detects duplicate keys (which SnakeYAML's composer does not), and turns every failure into a
 * {@link YamlProblem} with a location instead of an exception. JSON (a Docker {@code config.json}, a
 * decoded {@code .dockerconfigjson}) is loaded too: see {@link JsonText} for the two JSON habits YAML 1.1
 * does not accept.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class SafeYamlLoader {

    private static final Set<String> STANDARD_SCALAR_TAGS = Set.of(
            Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
            Tag.NULL.getValue(), Tag.TIMESTAMP.getValue(), Tag.BINARY.getValue());
    private static final Set<String> STANDARD_COLLECTION_TAGS = Set.of(
            Tag.MAP.getValue(), Tag.SEQ.getValue(), Tag.SET.getValue(), Tag.OMAP.getValue(), Tag.PAIRS.getValue());

    private static final Tag[] STANDARD_TAGS = {Tag.STR, Tag.MAP, Tag.SEQ, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT};

    private final LoadLimits limits;

    /**
     * Creates a loader.
     *
     * @param limits the bounds to enforce
     */
    public SafeYamlLoader(LoadLimits limits) {
        this.limits = limits;
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
        } catch (NoSuchFileException e) {
            return failed(relativePath, "the file disappeared before it could be read");
        } catch (IOException e) {
            return failed(relativePath, "the file could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return load(bytes, relativePath, charset);
    }

    /**
     * Reads a file's bytes up to one byte past the size limit, so that {@link #load(byte[], String, Charset)}
     * reports a file that is too large (or grew after it was found).
     *
     * @param file the file
     * @return its bytes, at most the limit plus one
     * @throws IOException if the file cannot be read
     */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) limits.maxFileBytes() + 1);
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
            return failed(relativePath, "the file is larger than the limit of " + limits.maxFileBytes()
                    + " bytes (parameter maxFileSize)", mentionsGitpodKeys(bytes));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset);
        if (decoded.problem() != null) {
            return new LoadedFile(relativePath, "", List.of(), List.of(decoded.problem()), mentionsGitpodKeys(bytes));
        }
        return parse(relativePath, decoded.text(), mentionsGitpodKeys(decoded.text()));
    }

    private static LoadedFile failed(String relativePath, String message) {
        return failed(relativePath, message, false);
    }

    private static LoadedFile failed(String relativePath, String message, boolean mentionsGitpodKeys) {
        return new LoadedFile(relativePath, "", List.of(),
                List.of(new YamlProblem(YamlProblem.Kind.SYNTAX, message, Position.START_OF_FILE, "")), mentionsGitpodKeys);
    }

    /** A cheap byte search (UTF-8 and Latin-1 alike) for the words that mark a Gitpod configuration file. */
    static boolean mentionsGitpodKeys(byte[] bytes) {
        return ByteSearch.contains(bytes, MARKER_REGISTRY) || ByteSearch.contains(bytes, MARKER_STORAGE)
                || ByteSearch.contains(bytes, MARKER_KOTS);
    }

    /** The same test on decoded text, where String.indexOf (a fast intrinsic) does the search. */
    static boolean mentionsGitpodKeys(String text) {
        return text.contains("containerRegistry") || text.contains("objectStorage") || text.contains("ConfigValues");
    }

    private static final byte[] MARKER_REGISTRY = "containerRegistry".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MARKER_STORAGE = "objectStorage".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MARKER_KOTS = "ConfigValues".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * The longest line parsed. SnakeYAML's reader copies its whole look-ahead window for every 1,024
     * characters of one unbroken token, which makes a multi-megabyte line cost quadratic time; no Gitpod
     * setting comes near this length (a base64 service-account key is a few kilobytes).
     */
    static final int MAX_LINE_LENGTH = 1024 * 1024;

    private LoadedFile parse(String relativePath, String text, boolean mentionsGitpodKeys) {
        String yamlText = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // A text no longer than the limit cannot hold a longer line: only larger files are scanned.
        if (yamlText.length() > MAX_LINE_LENGTH) {
            int line = 1;
            for (int lineStart = 0; lineStart <= yamlText.length(); line++) {
                int end = yamlText.indexOf('\n', lineStart);
                int lineEnd = end < 0 ? yamlText.length() : end;
                if (lineEnd - lineStart > MAX_LINE_LENGTH) {
                    return new LoadedFile(relativePath, text, List.of(), List.of(new YamlProblem(YamlProblem.Kind.SYNTAX,
                            "line " + line + " is " + (lineEnd - lineStart) + " characters long, more than the limit of "
                                    + MAX_LINE_LENGTH + "; split the value (a block scalar keeps it readable)",
                            Position.at(line, 1), "")), mentionsGitpodKeys);
                }
                lineStart = lineEnd + 1;
            }
        }
        if (JsonText.looksLikeJson(yamlText)) {
            yamlText = JsonText.toYaml(yamlText);
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
        options.setAllowRecursiveKeys(false);
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(yamlText)), options),
                new Resolver(), options);
        List<LoadedDocument> documents = new ArrayList<>();
        List<YamlProblem> problems = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                documents.add(convertDocument(documents.size(), node));
            }
        } catch (MarkedYAMLException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, describe(e), position(e), ""));
        } catch (ReaderException e) {
            // A character YAML forbids (NUL, other control characters): the reader names the code point but no
            // line, so locate its first occurrence, which is where the reader stopped.
            int index = yamlText.indexOf(e.getCodePoint());
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX,
                    "the file contains the control character " + String.format("U+%04X", e.getCodePoint())
                            + ", which YAML does not allow",
                    index < 0 ? Position.START_OF_FILE : TextDecoder.positionOf(yamlText, index), ""));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            // Limits (aliases, nesting, size) and rare parser states come without a mark.
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX,
                    "the YAML could not be loaded: " + safeMessage(e), Position.START_OF_FILE, ""));
        }
        return new LoadedFile(relativePath, text, documents, problems, mentionsGitpodKeys);
    }

    private static String describe(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("invalid YAML: ");
        if (e.getContext() != null) {
            message.append(e.getContext()).append(", ");
        }
        message.append(e.getProblem() == null ? "syntax error" : e.getProblem());
        return message.toString().replaceAll("\\s+", " ").trim();
    }

    private static String safeMessage(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // SnakeYAML messages can carry a snippet of the offending line; keep only the first sentence.
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static Position position(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? Position.START_OF_FILE : Position.at(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private LoadedDocument convertDocument(int index, Node root) {
        Converter converter = new Converter();
        YamlNode converted = root == null ? null : converter.convert(root);
        boolean empty = converted == null
                || (converted instanceof YamlScalar scalar && scalar.isNull() && scalar.value().isEmpty());
        return new LoadedDocument(index, empty ? java.util.Optional.empty() : java.util.Optional.of(converted),
                converter.problems);
    }

    /**
     * Converts one document's SnakeYAML nodes, sharing aliased nodes instead of copying them. Only
     * anchored nodes can be reached twice, so only they are remembered; the YAML path of a node is kept
     * as a stack of segments and turned into text only when a problem is reported.
     */
    private static final class Converter {
        private final Map<Node, YamlNode> anchored = new IdentityHashMap<>();
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private final List<YamlProblem> problems = new ArrayList<>();
        /** Keys (String) and list indices (Integer) from the root to the node being converted. */
        private final ArrayList<Object> path = new ArrayList<>();

        YamlNode convert(Node node) {
            boolean hasAnchor = node.getAnchor() != null;
            if (hasAnchor) {
                YamlNode cached = anchored.get(node);
                if (cached != null) {
                    return cached;
                }
                if (inProgress.containsKey(node)) {
                    problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX,
                            "a recursive alias refers to the collection that contains it", position(node), path()));
                    return new YamlScalar("", YamlScalar.ScalarType.NULL, false, position(node));
                }
                inProgress.put(node, Boolean.TRUE);
            }
            YamlNode result;
            if (node instanceof ScalarNode scalar) {
                result = scalar(scalar);
            } else if (node instanceof SequenceNode sequence) {
                checkTag(node, STANDARD_COLLECTION_TAGS);
                List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
                int i = 0;
                for (Node item : sequence.getValue()) {
                    path.add(i++);
                    items.add(convert(item));
                    path.remove(path.size() - 1);
                }
                result = new YamlSequence(items, sequence.getFlowStyle() == DumperOptions.FlowStyle.FLOW, position(node));
            } else {
                result = mapping((MappingNode) node);
            }
            if (hasAnchor) {
                inProgress.remove(node);
                anchored.put(node, result);
            }
            return result;
        }

        /** The current YAML path, e.g. {@code containerRegistry.external[0].url}. */
        private String path() {
            StringBuilder text = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    if (text.length() > 0) {
                        text.append('.');
                    }
                    text.append(segment);
                }
            }
            return text.toString();
        }

        private YamlScalar scalar(ScalarNode node) {
            Tag tag = node.getTag();
            YamlScalar.ScalarType type;
            // SnakeYAML's resolver hands out its constant Tag objects: identity settles nearly every scalar.
            if (tag == Tag.STR) {
                type = YamlScalar.ScalarType.STRING;
            } else if (tag == Tag.BOOL) {
                type = YamlScalar.ScalarType.BOOLEAN;
            } else if (tag == Tag.INT) {
                type = YamlScalar.ScalarType.INTEGER;
            } else if (tag == Tag.NULL) {
                type = YamlScalar.ScalarType.NULL;
            } else if (tag == Tag.FLOAT) {
                type = YamlScalar.ScalarType.FLOAT;
            } else {
                checkTag(node, STANDARD_SCALAR_TAGS);
                type = typeOf(tag.getValue());
            }
            boolean quoted = node.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            return new YamlScalar(node.getValue(), type, quoted, position(node));
        }

        /** The type of an explicitly tagged scalar ({@code !!str 5}), whose Tag is a new object. */
        private static YamlScalar.ScalarType typeOf(String tag) {
            if (tag.equals(Tag.STR.getValue())) {
                return YamlScalar.ScalarType.STRING;
            } else if (tag.equals(Tag.BOOL.getValue())) {
                return YamlScalar.ScalarType.BOOLEAN;
            } else if (tag.equals(Tag.INT.getValue())) {
                return YamlScalar.ScalarType.INTEGER;
            } else if (tag.equals(Tag.FLOAT.getValue())) {
                return YamlScalar.ScalarType.FLOAT;
            } else if (tag.equals(Tag.NULL.getValue())) {
                return YamlScalar.ScalarType.NULL;
            }
            return YamlScalar.ScalarType.OTHER;
        }

        private YamlMapping mapping(MappingNode node) {
            checkTag(node, STANDARD_COLLECTION_TAGS);
            List<YamlMapping.Entry> entries = new ArrayList<>(node.getValue().size());
            // Duplicate keys are found by a scan in small mappings and through a map in large ones.
            Map<String, YamlScalar> seen = node.getValue().size() > 8 ? new HashMap<>() : null;
            List<YamlMapping.Entry> merged = null;
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Tag keyTag = keyNode.getTag();
                // Identity first: Tag.equals compares the tags' text, and this runs for every key.
                if (keyTag == Tag.MERGE || (keyTag != Tag.STR && keyTag.equals(Tag.MERGE))) {
                    if (merged == null) {
                        merged = new ArrayList<>();
                    }
                    collectMerge(convert(tuple.getValueNode()), merged);
                    continue;
                }
                YamlScalar key = keyNode instanceof ScalarNode scalarKey
                        ? scalar(scalarKey)
                        : new YamlScalar("<complex key>", YamlScalar.ScalarType.OTHER, false, position(keyNode));
                path.add(key.value());
                // Complex keys (a list or mapping as key) all read as "<complex key>": they are not comparable here.
                YamlScalar first = keyNode instanceof ScalarNode ? firstKey(seen, entries, key) : null;
                if (first != null) {
                    problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY,
                            "the key '" + key.value() + "' is repeated: first at line " + first.position().line()
                                    + ", again at line " + key.position().line(),
                            key.position(), path()));
                }
                entries.add(new YamlMapping.Entry(key, convert(tuple.getValueNode())));
                path.remove(path.size() - 1);
            }
            if (merged != null) {
                for (YamlMapping.Entry entry : merged) {
                    // Keys written in the mapping itself win over merged ones, as YAML's merge key defines.
                    if (firstKey(seen, entries, entry.key()) == null) {
                        entries.add(entry);
                    }
                }
            }
            return YamlMapping.ofOwned(entries, position(node));
        }

        /** The earlier key with the same text, or null; records the key in {@code seen} when there is a map. */
        private static YamlScalar firstKey(Map<String, YamlScalar> seen, List<YamlMapping.Entry> entries, YamlScalar key) {
            if (seen != null) {
                return seen.putIfAbsent(key.value(), key);
            }
            for (YamlMapping.Entry entry : entries) {
                if (entry.key().value().equals(key.value()) && !entry.key().value().equals("<complex key>")) {
                    return entry.key();
                }
            }
            return null;
        }

        private static void collectMerge(YamlNode source, List<YamlMapping.Entry> into) {
            if (source instanceof YamlMapping mapping) {
                into.addAll(mapping.entries());
            } else if (source instanceof YamlSequence sequence) {
                for (YamlNode item : sequence.items()) {
                    if (item instanceof YamlMapping mapping) {
                        into.addAll(mapping.entries());
                    }
                }
            }
        }

        private void checkTag(Node node, Set<String> allowed) {
            Tag nodeTag = node.getTag();
            // SnakeYAML's resolver hands out its constant Tag objects: compare those first, cheaply.
            for (Tag standard : STANDARD_TAGS) {
                if (nodeTag == standard) {
                    return;
                }
            }
            String tag = nodeTag.getValue();
            if (!allowed.contains(tag)) {
                String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
                if (shown.length() > 80) {
                    shown = shown.substring(0, 80) + "…";
                }
                problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX,
                        "the custom tag '" + shown + "' is not allowed: Gitpod configuration uses plain YAML only",
                        position(node), path()));
            }
        }

        private static Position position(Node node) {
            Mark start = node.getStartMark();
            Mark end = node.getEndMark();
            if (start == null) {
                return Position.START_OF_FILE;
            }
            return end == null
                    ? Position.at(start.getLine() + 1, start.getColumn() + 1)
                    : new Position(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
        }
    }
}
