package dev.gitpodconfig.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds the plugin's node tree straight from SnakeYAML's parser events. SnakeYAML's composer would first
 * build its own node objects, which the plugin would then convert: on the benchmark's files that
 * composer step costs more than a third of all loading time, and skipping it keeps the tree the same.
 *
 * <p>It applies the composer's rules of SnakeYAML 2.5: an alias to an undefined anchor and an unknown tag
 * in YAML's own namespace ({@code !!foo}) stop loading; so do more aliases to collections than allowed, and
 * more nesting than allowed. Its messages never quote the alias or tag: what is written there may be a
 * password pasted in the wrong place. On top of that, as before: tags outside YAML's standard set, duplicate keys
 * and an alias to a collection that contains it are problems of their document, not exceptions.
 * {@code SafeYamlLoaderTest} and {@code HostileInputTest} hold these rules.
 *
 * <p>One instance reads one text; it is not thread-safe.
 */
final class EventTreeBuilder {

    private static final Set<String> STANDARD_SCALAR_TAGS = Set.of(
            Tag.STR.getValue(),
            Tag.INT.getValue(),
            Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(),
            Tag.NULL.getValue(),
            Tag.TIMESTAMP.getValue(),
            Tag.BINARY.getValue());
    private static final Set<String> STANDARD_COLLECTION_TAGS = Set.of(
            Tag.MAP.getValue(), Tag.SEQ.getValue(), Tag.SET.getValue(), Tag.OMAP.getValue(), Tag.PAIRS.getValue());
    private static final Tag[] STANDARD_TAGS = {Tag.STR, Tag.MAP, Tag.SEQ, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT};

    /** An alias stops loading with this, as SnakeYAML's {@code ComposerException} would. */
    static final class ComposeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        ComposeException(String problem, Mark mark) {
            super(problem, null, false, false);
            this.mark = mark;
        }

        Mark mark() {
            return mark;
        }
    }

    /** What an anchor names: the node, its tag, and whether its collection is still being read. */
    private static final class Anchored {
        YamlNode node;
        Tag tag;
        boolean collection;
        boolean inProgress;
        Position start;
    }

    private final Parser parser;
    /** Where secrets are, or null to note none. */
    private final SecretPaths secretPaths;
    /** What the document being read holds at secret positions: kept only if it fails to load. */
    private final List<SecretSpan> secretSpans = new ArrayList<>();

    /** Shared by every file, as it holds no state once built. */
    private final ImplicitResolver resolver = ImplicitResolver.INSTANCE;

    private final int maxAliasesForCollections;
    private final int maxNestingDepth;
    /** Counted over the whole stream, as SnakeYAML counts it. */
    private int aliasesToCollections;

    private int nestingDepth;

    private final Map<String, Anchored> anchors = new HashMap<>();
    private Problems problems;
    /** What the file may still record, over all its documents: see {@link LoadLimits#MAX_PROBLEMS_PER_FILE}. */
    private int problemsLeft = LoadLimits.MAX_PROBLEMS_PER_FILE;

    private long problemCharactersLeft = LoadLimits.MAX_PROBLEM_CHARACTERS_PER_FILE;
    /** Keys (String) and list indices (Integer) from the root to the node being read. */
    private final ArrayList<Object> path = new ArrayList<>();
    /** The tag of the node {@link #node()} returned last: a mapping needs its keys' tags for merge keys. */
    private Tag lastTag;
    /** Whether the node being read is a mapping's key, where {@code <<} is a merge key and not a custom tag. */
    private boolean readingKey;

    /**
     * Turns positions in the parsed text into positions in the file, for a rewritten text; null when they are the
     * same (then not even the interface is loaded).
     */
    private PositionMap positions;

    EventTreeBuilder(Parser parser, int maxAliasesForCollections, int maxNestingDepth, SecretPaths secretPaths) {
        this.parser = parser;
        this.secretPaths = secretPaths;
        this.maxAliasesForCollections = maxAliasesForCollections;
        this.maxNestingDepth = maxNestingDepth;
    }

    EventTreeBuilder positions(PositionMap map) {
        this.positions = map;
        return this;
    }

    /**
     * Reads every document of the stream into {@code into}. A document is added only once it was read
     * completely, so the documents before a syntax error are kept.
     *
     * @param into where the documents go
     * @throws MarkedYAMLException for a syntax error the parser found
     * @throws ComposeException for an undefined alias or a custom global tag
     * @throws YAMLException when a limit is exceeded
     */
    void readDocuments(List<LoadedDocument> into) {
        if (parser.checkEvent(Event.ID.StreamStart)) {
            parser.getEvent();
        }
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent(); // the document start
            problems = new Problems();
            secretSpans.clear();
            YamlNode root = node();
            parser.getEvent(); // the document end
            anchors.clear();
            boolean empty = root instanceof YamlScalar scalar
                    && scalar.isNull()
                    && scalar.value().isEmpty();
            into.add(new LoadedDocument(into.size(), empty ? Optional.empty() : Optional.of(root), problems));
        }
    }

    /**
     * What the document that stopped {@link #readDocuments(List)} with an exception held at secret positions,
     * as far as it was read.
     *
     * @return the spans, empty when no secret paths were given
     */
    List<SecretSpan> secretsOfBrokenDocument() {
        return List.copyOf(secretSpans);
    }

    private YamlNode node() {
        if (secretPaths != null) {
            noteSecret(parser.peekEvent());
        }
        if (parser.checkEvent(Event.ID.Alias)) {
            return alias((AliasEvent) parser.getEvent());
        }
        String anchor = ((NodeEvent) parser.peekEvent()).getAnchor();
        if (nestingDepth > maxNestingDepth) {
            throw new YAMLException("Nesting Depth exceeded max " + maxNestingDepth);
        }
        nestingDepth++;
        YamlNode node;
        if (parser.checkEvent(Event.ID.Scalar)) {
            node = scalar((ScalarEvent) parser.getEvent(), anchor);
        } else if (parser.checkEvent(Event.ID.SequenceStart)) {
            node = sequence((CollectionStartEvent) parser.getEvent(), anchor);
        } else {
            node = mapping((CollectionStartEvent) parser.getEvent(), anchor);
        }
        nestingDepth--;
        return node;
    }

    private YamlNode alias(AliasEvent event) {
        Anchored target = anchors.get(event.getAnchor());
        if (target == null) {
            throw new ComposeException(
                    "found an undefined alias: no anchor of its name comes before it", event.getStartMark());
        }
        if (target.collection && ++aliasesToCollections > maxAliasesForCollections) {
            throw new YAMLException(
                    "Number of aliases for non-scalar nodes exceeds the specified max=" + maxAliasesForCollections);
        }
        lastTag = target.tag;
        if (target.inProgress) {
            problems.add(new YamlProblem(
                    YamlProblem.Kind.SYNTAX,
                    "a recursive alias refers to the collection that contains it",
                    target.start,
                    path()));
            return new YamlScalar("", YamlScalar.ScalarType.NULL, false, target.start);
        }
        return target.node;
    }

    private Tag tag(String explicit, NodeId kind, String value, boolean implicit, Mark start) {
        if (explicit == null || explicit.equals("!")) {
            return resolver.resolve(kind, value, implicit);
        }
        Tag tag = new Tag(explicit);
        if (tag.isCustomGlobal()) {
            throw new ComposeException("found a !! tag that YAML does not define, which is not allowed", start);
        }
        return tag;
    }

    @SuppressWarnings("ReferenceEquality") // identity of the resolver's Tag constants; other tags go by value below
    private YamlScalar scalar(ScalarEvent event, String anchor) {
        Tag tag = tag(
                event.getTag(),
                NodeId.scalar,
                event.getValue(),
                event.getImplicit().canOmitTagInPlainScalar(),
                event.getStartMark());
        YamlScalar.ScalarType type;
        // The resolver hands out its constant Tag objects: identity settles nearly every scalar.
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
            boolean mergeKey = readingKey && isMerge(tag);
            YamlProblem problem = mergeKey
                    ? null
                    : tagProblem(tag, STANDARD_SCALAR_TAGS, position(event.getStartMark(), event.getEndMark()));
            if (problem != null) {
                problems.add(problem);
            }
            type = typeOf(tag.getValue());
        }
        YamlScalar scalar = new YamlScalar(
                event.getValue(),
                type,
                event.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN,
                position(event.getStartMark(), event.getEndMark()));
        lastTag = tag;
        if (anchor != null) {
            finish(anchor(anchor, tag, false, scalar.position()), scalar);
        }
        return scalar;
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

    private Anchored anchor(String name, Tag tag, boolean collection, Position start) {
        // A repeated anchor name replaces the earlier one from here on, as in SnakeYAML.
        Anchored anchored = new Anchored();
        anchored.tag = tag;
        anchored.collection = collection;
        anchored.inProgress = true;
        anchored.start = start;
        anchors.put(name, anchored);
        return anchored;
    }

    private YamlSequence sequence(CollectionStartEvent start, String anchor) {
        Tag tag = tag(start.getTag(), NodeId.sequence, null, start.getImplicit(), start.getStartMark());
        Anchored anchored = anchor == null ? null : anchor(anchor, tag, true, position(start.getStartMark(), null));
        int problemsBefore = problems.size();
        readingKey = false;
        List<YamlNode> items = new ArrayList<>();
        int i = 0;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            path.add(i++);
            items.add(node());
            path.remove(path.size() - 1);
        }
        Event end = parser.getEvent();
        YamlSequence sequence = new YamlSequence(
                items,
                start.getFlowStyle() == DumperOptions.FlowStyle.FLOW,
                position(start.getStartMark(), end.getEndMark()));
        addTagProblem(problemsBefore, tag, sequence.position());
        finish(anchored, sequence);
        lastTag = tag;
        return sequence;
    }

    private YamlMapping mapping(CollectionStartEvent start, String anchor) {
        Tag tag = tag(start.getTag(), NodeId.mapping, null, start.getImplicit(), start.getStartMark());
        Anchored anchored = anchor == null ? null : anchor(anchor, tag, true, position(start.getStartMark(), null));
        int problemsBefore = problems.size();
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Map<String, YamlScalar> seen = null;
        List<YamlMapping.Entry> merged = null;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            readingKey = true;
            YamlNode keyNode = node();
            readingKey = false;
            Tag keyTag = lastTag;
            if (isMerge(keyTag)) {
                if (merged == null) {
                    merged = new ArrayList<>();
                }
                collectMerge(node(), merged);
                continue;
            }
            YamlScalar key = keyNode instanceof YamlScalar scalarKey
                    ? scalarKey
                    : new YamlScalar("<complex key>", YamlScalar.ScalarType.OTHER, false, keyNode.position());
            path.add(YamlPaths.key(key.value()));
            // Duplicate keys are found by a scan in small mappings and through a map in large ones.
            if (seen == null && entries.size() >= 8) {
                seen = index(entries);
            }
            // Complex keys (a list or mapping as key) all read as "<complex key>": they are not comparable here.
            YamlScalar first = keyNode instanceof YamlScalar ? firstKey(seen, entries, key) : null;
            // Checked before the problem's text is built: past the file's budget, building it costs time for nothing.
            if (first != null && problems.haveRoom()) {
                problems.add(new YamlProblem(
                        YamlProblem.Kind.DUPLICATE_KEY,
                        "the key '" + key.value() + "' is repeated: first at line "
                                + first.position().line() + ", again at line "
                                + key.position().line(),
                        key.position(),
                        path()));
            }
            entries.add(new YamlMapping.Entry(key, node()));
            path.remove(path.size() - 1);
        }
        Event end = parser.getEvent();
        int written = entries.size();
        if (merged != null) {
            // A merge can copy all keys of a large anchor into a small mapping: a scan per merged key would be
            // quadratic, so merged keys always go through a map. In a mapping that was scanned, complex keys
            // stay incomparable, as the scan had them.
            boolean scanned = seen == null;
            if (scanned) {
                seen = index(entries);
            }
            for (YamlMapping.Entry entry : merged) {
                // Keys written in the mapping itself win over merged ones, as YAML's merge key defines; the
                // installer's strict parse (yaml.v2) rejects any key set twice this way, before or after '<<'.
                String name = entry.key().value();
                YamlScalar first = scanned && name.equals("<complex key>") ? null : seen.putIfAbsent(name, entry.key());
                if (first == null) {
                    entries.add(entry);
                } else if (problems.haveRoom()) {
                    problems.add(mergeDuplicate(first, entry.key()));
                }
            }
        }
        YamlMapping mapping = YamlMapping.ofOwned(entries, written, position(start.getStartMark(), end.getEndMark()));
        addTagProblem(problemsBefore, tag, mapping.position());
        finish(anchored, mapping);
        lastTag = tag;
        return mapping;
    }

    /** Identity first: Tag.equals compares the tags' text, and this runs for every key. */
    @SuppressWarnings("ReferenceEquality")
    private static boolean isMerge(Tag tag) {
        return tag == Tag.MERGE || (tag != Tag.STR && Tag.MERGE.equals(tag));
    }

    private static void finish(Anchored anchored, YamlNode node) {
        if (anchored != null) {
            anchored.node = node;
            anchored.inProgress = false;
        }
    }

    /** The first key of each text in entries, complex keys left out. */
    private static Map<String, YamlScalar> index(List<YamlMapping.Entry> entries) {
        Map<String, YamlScalar> seen = new HashMap<>();
        for (YamlMapping.Entry entry : entries) {
            if (!entry.key().value().equals("<complex key>")) {
                seen.putIfAbsent(entry.key().value(), entry.key());
            }
        }
        return seen;
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

    /** A key set both in a mapping and through its merge key, or through two merged mappings. */
    private YamlProblem mergeDuplicate(YamlScalar first, YamlScalar merged) {
        boolean firstIsEarlier = first.position().line() <= merged.position().line();
        YamlScalar earlier = firstIsEarlier ? first : merged;
        YamlScalar later = firstIsEarlier ? merged : first;
        path.add(first.value());
        String at = path();
        path.remove(path.size() - 1);
        return new YamlProblem(
                YamlProblem.Kind.DUPLICATE_KEY,
                "the key '" + first.value() + "' is set twice, once through the merge key '<<': at line "
                        + earlier.position().line() + " and at line "
                        + later.position().line()
                        + " (the installer's strict parse says: key \"" + first.value() + "\" already set in map)",
                first.position(),
                at);
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

    /**
     * Reports a collection's tag before the problems of its content, as it is written first; the
     * position covers the whole collection, which is known only once it was read.
     */
    private void addTagProblem(int index, Tag tag, Position position) {
        YamlProblem problem = tagProblem(tag, STANDARD_COLLECTION_TAGS, position);
        if (problem != null) {
            problems.add(index, problem);
        }
    }

    @SuppressWarnings("ReferenceEquality") // identity is only the fast path: the tag's text is checked next
    private YamlProblem tagProblem(Tag nodeTag, Set<String> allowed, Position position) {
        for (Tag standard : STANDARD_TAGS) {
            if (nodeTag == standard) {
                return null;
            }
        }
        if (!allowed.contains(nodeTag.getValue()) && problems.haveRoom()) {
            return new YamlProblem(
                    YamlProblem.Kind.SYNTAX,
                    "a custom tag is not allowed: Gitpod configuration uses plain YAML only",
                    position,
                    path());
        }
        return null;
    }

    /**
     * Notes the texts of a node at a secret position (its value, anchor, alias or tag) and of a URL that may
     * carry userinfo, before reading it can fail. Keys are never secret positions.
     */
    private void noteSecret(Event event) {
        boolean whole = !readingKey && !path.isEmpty() && secretPaths.isSecret(path);
        String value = event instanceof ScalarEvent scalar ? scalar.getValue() : null;
        if (!whole && (value == null || value.indexOf("://") < 0 || value.indexOf('@') < 0)) {
            return;
        }
        List<String> texts = new ArrayList<>(3);
        if (value != null) {
            texts.add(value);
        }
        if (whole) {
            String tag = event instanceof ScalarEvent scalar
                    ? scalar.getTag()
                    : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                texts.add(node.getAnchor()); // for an alias, the name of the anchor it refers to
            }
            if (tag != null) {
                texts.add(tag);
                int suffix = tag.startsWith(Tag.PREFIX) ? Tag.PREFIX.length() : tag.lastIndexOf('!') + 1;
                texts.add(tag.substring(suffix));
            }
        }
        if (!texts.isEmpty()) {
            secretSpans.add(new SecretSpan(position(event.getStartMark(), event.getEndMark()), whole, texts));
        }
    }

    /**
     * The problems of the document being read. Every problem costs memory for its message and its path,
     * and a 2 MB file can repeat a key or a tag hundreds of thousands of times; so each file records at
     * most {@link LoadLimits#MAX_PROBLEMS_PER_FILE} problems and
     * {@link LoadLimits#MAX_PROBLEM_CHARACTERS_PER_FILE} characters of their text, and drops the rest.
     * The first ones, which are the ones listed, are kept.
     */
    private final class Problems extends ArrayList<YamlProblem> {
        private static final long serialVersionUID = 1L;

        boolean haveRoom() {
            return problemsLeft > 0 && problemCharactersLeft > 0;
        }

        @Override
        public boolean add(YamlProblem problem) {
            if (!spend(problem)) {
                return false;
            }
            return super.add(problem);
        }

        @Override
        public void add(int index, YamlProblem problem) {
            if (spend(problem)) {
                super.add(index, problem);
            }
        }

        private boolean spend(YamlProblem problem) {
            if (!haveRoom()) {
                return false;
            }
            problemsLeft--;
            problemCharactersLeft -=
                    problem.message().length() + problem.yamlPath().length();
            return true;
        }
    }

    /** The current YAML path, e.g. {@code containerRegistry.external[0].url}; long keys are shortened. */
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

    private Position position(Mark start, Mark end) {
        if (start == null) {
            return Position.START_OF_FILE;
        }
        Position parsed = end == null
                ? Position.at(start.getLine() + 1, start.getColumn() + 1)
                : new Position(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
        return positions == null ? parsed : positions.toSource(parsed);
    }
}
