package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The loader builds its tree from parser events instead of SnakeYAML's composer: the tree must be what the
 * composer's nodes say (values, types, styles, positions), and the composer's rules must still stop a load.
 */
class EventTreeBuilderTest {

    private static final SafeYamlLoader LOADER = new SafeYamlLoader(LoadLimits.DEFAULTS);

    private static LoadedFile load(String yaml) {
        return LOADER.load(yaml.getBytes(StandardCharsets.UTF_8), "conf/test.yaml", StandardCharsets.UTF_8);
    }

    @Test
    void treesMatchSnakeYamlsComposerOnEveryYamlFileOfTheProject() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : new String[] {"src/main/resources", "src/test/resources", "src/it", "examples"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.toString().contains("/target/"))
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() > 50, "found " + files.size());
        int compared = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException notUtf8) {
                continue; // the loader reports it before any parsing
            }
            if (text.startsWith("\uFEFF") || JsonText.looksLikeJson(text)) {
                continue; // the loader changes such texts before parsing
            }
            List<String> expected = composed(text);
            if (expected == null) {
                continue; // SnakeYAML rejects it: compared by the error tests below
            }
            LoadedFile loaded = load(text);
            assertTrue(loaded.problems().isEmpty(), file + ": " + loaded.problems());
            List<String> actual = new ArrayList<>();
            for (LoadedDocument document : loaded.documents()) {
                actual.add(document.root().map(EventTreeBuilderTest::describe).orElse("<empty>"));
            }
            assertEquals(expected, actual, file.toString());
            compared++;
        }
        assertTrue(compared > 50, "compared " + compared);
    }

    @Test
    void aliasesMergeKeysTagsAndStylesMatchTheComposer() {
        String yaml = """
                base: &base {bucket: shared, region: eu-west-1}
                list: &list [1, 2.5, true, null, ~, '', "q", 2001-12-14, !!str 5, !!binary aGk=]
                copy: *list
                s3: {<<: *base, region: us-east-1}
                block: |
                  line one
                  line two
                folded: >-
                  a
                  b
                ? [complex, key]
                : value
                empty:
                ---
                second: document
                ---
                """;
        List<String> actual = new ArrayList<>();
        for (LoadedDocument document : load(yaml).documents()) {
            actual.add(document.root().map(EventTreeBuilderTest::describe).orElse("<empty>"));
        }
        assertEquals(composed(yaml), actual);
        assertEquals(3, actual.size());
    }

    /** Each merged key was looked up by a scan over the entries so far: five such merges took minutes. */
    @Test
    void mergingALargeAnchorTakesLinearTime() {
        StringBuilder yaml = new StringBuilder("big: &big\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append("  k").append(i).append(": ").append(i).append('\n');
        }
        for (int m = 1; m <= 5; m++) {
            yaml.append('m').append(m).append(": {<<: *big, k7: own}\n");
        }
        assertTrue(yaml.length() > 1_200_000, "size " + yaml.length());
        LoadedFile file = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(yaml.toString()));
        assertEquals(List.of(), file.problems());
        // The installer's strict parse (yaml.v2) rejects a key set both through '<<' and in the mapping itself.
        List<YamlProblem> problems = file.documents().get(0).problems();
        assertEquals(5, problems.size(), problems::toString);
        for (YamlProblem problem : problems) {
            assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problem.kind());
            assertTrue(problem.message().startsWith("the key 'k7' is set twice"), problem.message());
        }
        YamlMapping m5 = ((YamlMapping) file.documents().get(0).root().orElseThrow())
                .mapping("m5")
                .orElseThrow();
        assertEquals(100_000, m5.entries().size());
        assertEquals("k7", m5.entries().get(0).key().value(), "the mapping's own key comes first");
        assertEquals("own", m5.text("k7").orElseThrow(), "and wins over the merged one");
        assertEquals("99999", m5.text("k99999").orElseThrow());
    }

    /**
     * Merging is indexed now, with the rules the scan and the index of large mappings had: complex keys are not
     * comparable, so a small mapping keeps every merged one, while the index of a large one counts them as one key.
     */
    @Test
    void mergedKeysKeepTheirRulesInSmallAndLargeMappings() {
        String sources = "a: &a {? [x]: 1, k: 1}\nb: &b {? [y]: 2, k: 2}\n";
        YamlMapping small = (YamlMapping) load(sources + "c: {<<: [*a, *b], own: 0}\n")
                .documents()
                .get(0)
                .root()
                .orElseThrow();
        assertEquals(
                List.of("own", "<complex key>", "k", "<complex key>"),
                keys(small.mapping("c").orElseThrow()));
        assertEquals("1", small.mapping("c").orElseThrow().text("k").orElseThrow(), "the first source wins");
        String own = "o1: 1, o2: 2, o3: 3, o4: 4, o5: 5, o6: 6, o7: 7, o8: 8, o9: 9";
        YamlMapping large = (YamlMapping) load(sources + "c: {<<: [*a, *b], " + own + ", k: 0}\n")
                .documents()
                .get(0)
                .root()
                .orElseThrow();
        assertEquals(
                List.of("o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", "k", "<complex key>"),
                keys(large.mapping("c").orElseThrow()));
    }

    private static List<String> keys(YamlMapping mapping) {
        return mapping.entries().stream().map(entry -> entry.key().value()).toList();
    }

    @Test
    void anUndefinedAliasStopsLoadingWhereItIs() {
        YamlProblem problem = load("a: 1\nb: *nowhere\n").problems().get(0);
        assertEquals(
                "invalid YAML: found an undefined alias: no anchor of its name comes before it", problem.message());
        assertEquals(Position.at(2, 4), problem.position());
    }

    @Test
    void anUnknownYamlTagStopsLoadingAndOtherTagsAreProblemsOfTheirDocument() {
        // As SnakeYAML 2.5's composer: an unknown tag in YAML's own namespace (the CVE-2022-1471 pattern) stops
        // loading.
        YamlProblem problem = load("a: 1\nb: !!javax.script.ScriptEngineManager value\n")
                .problems()
                .get(0);
        assertEquals("invalid YAML: found a !! tag that YAML does not define, which is not allowed", problem.message());
        assertEquals(Position.at(2, 4), problem.position());
        for (String tag : new String[] {"!local", "!<tag:example.com,2000:app>"}) {
            LoadedFile file = load("a: 1\nb: " + tag + " value\n");
            assertTrue(file.problems().isEmpty(), tag);
            YamlProblem custom = file.documents().get(0).problems().get(0);
            assertEquals("a custom tag is not allowed: Gitpod configuration uses plain YAML only", custom.message());
            assertEquals("b", custom.yamlPath());
        }
    }

    @Test
    void aliasesToCollectionsAreCountedOverTheWholeStream() {
        StringBuilder yaml = new StringBuilder("a: &a [x]\n");
        for (int i = 0; i < LoadLimits.DEFAULTS.maxAliases(); i++) {
            yaml.append("k").append(i).append(": *a\n");
        }
        assertTrue(load(yaml.toString()).problems().isEmpty(), "up to the limit");
        String over = yaml + "one-more: *a\n";
        assertEquals(
                "the YAML could not be loaded: Number of aliases for non-scalar nodes exceeds the specified max="
                        + LoadLimits.DEFAULTS.maxAliases(),
                load(over).problems().get(0).message());
        assertTrue(load("a: &s scalar\n" + "b: *s\n".repeat(200)).problems().isEmpty(), "aliases to scalars are free");
    }

    @Test
    void documentsBeforeAnErrorAreKept() {
        LoadedFile file = load("first: 1\n---\nsecond: *missing\n");
        assertEquals(1, file.documents().size());
        assertEquals(1, file.problems().size());
    }

    /** SnakeYAML's composition of a text, described like {@link #describe(YamlNode)}; null when it fails. */
    private static List<String> composed(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options);
            List<String> documents = new ArrayList<>();
            while (composer.checkNode()) {
                Node node = composer.getNode();
                boolean empty = node instanceof ScalarNode scalar
                        && scalar.getTag().equals(Tag.NULL)
                        && scalar.getValue().isEmpty();
                documents.add(empty ? "<empty>" : describe(node));
            }
            return documents;
        } catch (RuntimeException rejected) {
            return null;
        }
    }

    private static String describe(Node node) {
        String at = at(node.getStartMark(), node.getEndMark());
        if (node instanceof ScalarNode scalar) {
            return "S(" + type(scalar.getTag()) + "," + scalar.getValue() + ","
                    + (scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) + ")" + at;
        }
        if (node instanceof SequenceNode sequence) {
            StringBuilder out = new StringBuilder("L" + at + "[");
            sequence.getValue().forEach(item -> out.append(describe(item)).append(';'));
            return out + "]";
        }
        // As the loader does: merged entries come after the mapping's own, unless written there, the first source
        // winning.
        List<String> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                Node source = tuple.getValueNode();
                for (Node item : source instanceof SequenceNode list ? list.getValue() : List.of(source)) {
                    if (item instanceof MappingNode mapping) {
                        merged.addAll(mapping.getValue());
                    }
                }
            } else {
                names.add(name(tuple.getKeyNode()));
                entries.add(key(tuple.getKeyNode()) + "=" + describe(tuple.getValueNode()));
            }
        }
        for (NodeTuple tuple : merged) {
            if (names.add(name(tuple.getKeyNode()))) {
                entries.add(key(tuple.getKeyNode()) + "=" + describe(tuple.getValueNode()));
            }
        }
        return "M" + at + "{" + String.join(";", entries) + "}";
    }

    private static String name(Node key) {
        return key instanceof ScalarNode scalar ? scalar.getValue() : "<complex key>";
    }

    private static String key(Node key) {
        return key instanceof ScalarNode scalar
                ? scalar.getValue() + at(key.getStartMark(), key.getEndMark())
                : "<complex key>";
    }

    private static String describe(YamlNode node) {
        String at = at(node.position());
        if (node instanceof YamlScalar scalar) {
            return "S(" + scalar.type() + "," + scalar.value() + "," + scalar.quoted() + ")" + at;
        }
        if (node instanceof YamlSequence sequence) {
            StringBuilder out = new StringBuilder("L" + at + "[");
            sequence.items().forEach(item -> out.append(describe(item)).append(';'));
            return out + "]";
        }
        List<String> entries = new ArrayList<>();
        for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
            String key = entry.key().value().equals("<complex key>")
                    ? "<complex key>"
                    : entry.key().value() + at(entry.key().position());
            entries.add(key + "=" + describe(entry.value()));
        }
        return "M" + at + "{" + String.join(";", entries) + "}";
    }

    private static String type(Tag tag) {
        if (tag.equals(Tag.STR)) {
            return "STRING";
        } else if (tag.equals(Tag.BOOL)) {
            return "BOOLEAN";
        } else if (tag.equals(Tag.INT)) {
            return "INTEGER";
        } else if (tag.equals(Tag.FLOAT)) {
            return "FLOAT";
        } else if (tag.equals(Tag.NULL)) {
            return "NULL";
        }
        return "OTHER";
    }

    private static String at(Mark start, Mark end) {
        return at(new Position(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1));
    }

    private static String at(Position position) {
        return "@" + position.line() + ":" + position.column() + "-" + position.endLine() + ":" + position.endColumn();
    }
}
