package dev.gitpodconfig.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolution of {@code ${…}} and {@code @…@} as maven-resources-plugin filters a resource. */
class ResourceFilteringTest {

    private static final List<ResourceDirectory> RESOURCES =
            List.of(new ResourceDirectory(Path.of("src/main/resources"), List.of(), List.of()));

    private static ResourceFiltering filtering(String escape, boolean multiLine, Map<String, String> properties) {
        FilterSources sources = new FilterSources()
                .directories(RESOURCES)
                .syntax(List.of(), escape, multiLine)
                .projectProperties(properties, Map.of());
        return sources.build(Path.of("."), new ArrayList<>());
    }

    private static String filter(String text, Map<String, String> properties) {
        return filtering(null, false, properties).filter(text).text();
    }

    @Test
    void bothDefaultDelimitersResolve() {
        assertEquals(
                "url: a.example/gitpod\nb: a.example",
                filter("url: ${host}/gitpod\nb: @host@", Map.of("host", "a.example")));
    }

    @Test
    void unknownExpressionsStayAsWritten() {
        assertEquals(
                "url: ${nothing}/x mail: ops@example.com and me@here",
                filter("url: ${nothing}/x mail: ops@example.com and me@here", Map.of("host", "a")));
    }

    @Test
    void theEscapeStringKeepsTheExpressionAndIsDropped() {
        ResourceFiltering escaped = filtering("\\", false, Map.of("host", "a.example"));
        assertEquals(
                "${host} @host@ a.example \\x",
                escaped.filter("\\${host} \\@host@ ${host} \\x").text());
        // Without an escape string the backslash is text like any other.
        assertEquals("\\a.example", filter("\\${host}", Map.of("host", "a.example")));
    }

    @Test
    void valuesResolveRecursivelyAndACycleStaysAsWritten() {
        assertEquals(
                "x: https://a.example/gitpod",
                filter("x: ${url}", Map.of("url", "https://${host}/gitpod", "host", "a.example")));
        assertEquals("x: ${a}", filter("x: ${a}", Map.of("a", "${b}", "b", "${a}")));
    }

    @Test
    void anExpressionEndsOnItsLineUnlessMultiLineFilteringIsOn() {
        String text = "a: ${host\n}";
        assertEquals(text, filter(text, Map.of("host\n", "x")));
        assertEquals(
                "a: x",
                filtering(null, true, Map.of("host\n", "x")).filter(text).text());
    }

    @Test
    void pomIsAnotherSpellingOfProject() {
        ResourceFiltering model = new FilterSources()
                .directories(RESOURCES)
                .modelValues(Map.of("project.version", "1.2"))
                .build(Path.of("."), new ArrayList<>());
        assertEquals(
                "v: 1.2 1.2",
                model.filter("v: ${project.version} ${pom.version}").text());
    }

    @Test
    void customDelimitersReplaceOrJoinTheDefaults() {
        ResourceFiltering custom = new FilterSources()
                .directories(RESOURCES)
                .syntax(List.of("[[*]]"), null, false)
                .projectProperties(Map.of("host", "a"), Map.of())
                .build(Path.of("."), new ArrayList<>());
        assertEquals(
                "a ${host} @host@", custom.filter("[[host]] ${host} @host@").text());
    }

    @Test
    void positionsInAReplacedValueMapToThePlaceholder() {
        FilteredText filtered = filter("a: x\nurl: ${host}/gitpod # ${host}\n", "123456789012.dkr.ecr.example");
        // The value starts at column 6 in both texts; it ends after the placeholder's "/gitpod" in the source.
        assertEquals(new Position(2, 6, 2, 20), filtered.toSource(new Position(2, 6, 2, 41)));
        // A point inside the replaced value is the placeholder; a point after it shifts back.
        assertEquals(new Position(2, 6, 2, 13), filtered.toSource(Position.at(2, 10)));
        assertEquals(Position.at(2, 21), filtered.toSource(Position.at(2, 42)));
        assertEquals(Position.at(1, 3), filtered.toSource(Position.at(1, 3)));
        Substitution first = filtered.substitutions().get(0);
        assertEquals("${host}", first.expression());
        assertEquals(new Position(2, 6, 2, 13), first.position());
        assertEquals("123456789012.dkr.ecr.example", first.value());
    }

    private static FilteredText filter(String text, String host) {
        return new FilterSources()
                .directories(RESOURCES)
                .projectProperties(Map.of("host", host), Map.of("host", "the property in pom.xml, profile `prod`"))
                .build(Path.of("."), new ArrayList<>())
                .filter(text);
    }

    @Test
    void onlyForKeepsWhatTheTextsReadAndNamesWhatNothingDefines() {
        ResourceFiltering all = filtering(null, false, Map.of("url", "${host}/gitpod", "host", "a", "other", "b"));
        ResourceFiltering used = all.onlyFor(List.of("x: ${url} ${missing}"));
        assertEquals(
                List.of("host", "missing", "url"), new ArrayList<>(used.values().keySet()));
        assertEquals(FilterValue.UNSET, used.values().get("missing"));
        assertEquals(ResourceFiltering.NONE, all.onlyFor(List.of()));
    }

    @Test
    void restrictingToTheNamesATextReadGivesWhatFilteringItGives() {
        ResourceFiltering all = filtering(null, false, Map.of("url", "${host}/gitpod", "host", "a", "other", "b"));
        ResourceFiltering used = all.onlyFor(List.of("x: ${url} ${missing}"));
        // A reused result knows only the names: looked up again they give the same filtering, so the same key.
        assertEquals(used, all.restrictTo(used.values().keySet()));
        ResourceFiltering changed = filtering(null, false, Map.of("url", "${host}/gitpod", "host", "B", "other", "b"))
                .restrictTo(used.values().keySet());
        assertFalse(changed.equals(used), "a value the text reads changed");
        ResourceFiltering otherChanged = filtering(
                        null, false, Map.of("url", "${host}/gitpod", "host", "a", "other", "C"))
                .restrictTo(used.values().keySet());
        assertEquals(used, otherChanged, "only a value the text does not read changed");
        ResourceFiltering defined = filtering(
                        null, false, Map.of("url", "${host}/gitpod", "host", "a", "other", "b", "missing", "now"))
                .restrictTo(used.values().keySet());
        assertFalse(defined.equals(used), "a name nothing defined is defined now");
    }

    @Test
    void aValueAfterAKeyNamedLikeACredentialIsSecretWhateverThePropertyIsCalled() {
        ResourceFiltering all = filtering(
                null,
                false,
                Map.of(
                        "registry.pw",
                        "Planted-Pw-93",
                        "inner",
                        "${deep}",
                        "deep",
                        "Planted-Deep-5",
                        "host",
                        "a.example"));
        ResourceFiltering used =
                all.onlyFor(List.of("auth:\n  password: ${registry.pw}\n  - token: \"${inner}\"\n" + "url: ${host}\n"));
        assertTrue(used.values().get("registry.pw").secret());
        assertTrue(used.values().get("deep").secret());
        assertFalse(used.values().get("host").secret());
        assertTrue(used.usesSecrets());
        assertTrue(
                used.secretValues().contains("Planted-Deep-5"),
                used.secretValues().toString());
        Substitution password =
                used.filter("password: ${registry.pw}").substitutions().get(0);
        assertTrue(password.secret());
        assertFalse(password.describe().contains("Planted-Pw-93"), password.describe());
    }

    @Test
    void aSecretNamedValueIsKeptOutOfItsKeyText() {
        FilterValue password = FilterValue.of("gitpod.registry.password", "Planted-Pw-41", "the property in pom.xml");
        assertTrue(password.secret());
        assertFalse(password.toString().contains("Planted-Pw-41"), password.toString());
        for (String name : List.of("a.token", "s3.secret", "aws.key", "env.GITHUB_TOKEN", "db.pwd")) {
            assertTrue(FilterValue.looksSecret(name), name);
        }
        for (String name : List.of("gitpod.registry.url", "project.version", "keystore.type")) {
            assertFalse(FilterValue.looksSecret(name), name);
        }
        Substitution secret = new Substitution(
                "${a.token}", Position.at(1, 1), "Planted-Tok-7", "the user property " + "-Da.token", true);
        assertEquals("`${a.token}` is set from the user property -Da.token", secret.describe());
    }

    @Test
    void includesAndExcludesSelectTheFilteredFiles() {
        ResourceDirectory directory =
                new ResourceDirectory(Path.of("res"), List.of("gitpod/**"), List.of("**/local.yaml"));
        assertTrue(directory.filters(Path.of("res/gitpod/gitpod.config.yaml")));
        assertFalse(directory.filters(Path.of("res/gitpod/local.yaml")));
        assertFalse(directory.filters(Path.of("res/other.yaml")));
        assertFalse(directory.filters(Path.of("elsewhere/gitpod/gitpod.config.yaml")));
    }
}
