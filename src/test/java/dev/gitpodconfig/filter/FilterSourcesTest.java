package dev.gitpodconfig.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where values come from, in the precedence maven-filtering gives them. */
class FilterSourcesTest {

    @TempDir
    Path project;

    private FilterSources sources() {
        return new FilterSources()
                .directories(List.of(new ResourceDirectory(project.resolve("res"), List.of(), List.of())));
    }

    @Test
    void filterFilesThenProjectThenSystemAndEnvironmentThenUserProperties() throws IOException {
        Files.writeString(
                project.resolve("prod.properties"), "a=file\nb=file\nc=file\nd=file\nf=from ${b}\ng=from ${e}\n");
        ResourceFiltering filtering = sources()
                .filterFiles(List.of(Path.of("prod.properties")), StandardCharsets.ISO_8859_1)
                .projectProperties(
                        Map.of("b", "pom", "c", "pom", "d", "pom", "e", "pom"),
                        Map.of("b", "the property in pom.xml, profile `prod`"))
                .systemProperties(Map.of("c", "system", "d", "system", "env.HOME_DIR", "/home/x"))
                .userProperties(Map.of("d", "user"))
                .build(project, new ArrayList<>());
        Map<String, FilterValue> values = filtering.values();
        assertEquals(new FilterValue("file", "the filter file prod.properties", false), values.get("a"));
        assertEquals(new FilterValue("pom", "the property in pom.xml, profile `prod`", false), values.get("b"));
        assertEquals(new FilterValue("system", "the system property c", false), values.get("c"));
        assertEquals(new FilterValue("user", "the user property -Dd", false), values.get("d"));
        assertEquals(
                new FilterValue("/home/x", "the environment variable HOME_DIR", false), values.get("env.HOME_DIR"));
        // A filter file's own ${…} resolve when it is read: from its own keys first, then from the properties.
        assertEquals("from file", values.get("f").value());
        assertEquals("from pom", values.get("g").value());
    }

    @Test
    void valuesAreLookedUpByNameAndListedWhole() throws IOException {
        Files.writeString(project.resolve("f.properties"), "a=file\n");
        ResourceFiltering filtering = sources()
                .filterFiles(List.of(Path.of("f.properties")), StandardCharsets.ISO_8859_1)
                .projectProperties(Map.of("b", "pom"), Map.of())
                .systemProperties(Map.of("b", "system", "env.X", "x"))
                .userProperties(Map.of("c", "user"))
                .modelValues(Map.of("project.version", "1.0", "c", "model"))
                .build(project, new ArrayList<>());
        Map<String, FilterValue> values = filtering.values();
        assertEquals(null, values.get("unknown"));
        assertEquals(false, values.containsKey("unknown"));
        assertEquals(List.of("a", "b", "c", "env.X", "project.version"), new ArrayList<>(values.keySet()));
        assertEquals("system", values.get("b").value());
        assertEquals("user", values.get("c").value());
        assertEquals(values, new java.util.TreeMap<>(values));
    }

    @Test
    void aLaterFilterFileWinsAndItsValuesUseItsOwnKeys() throws IOException {
        Files.writeString(project.resolve("one.properties"), "host=one\nurl=${host}/x\n");
        Files.writeString(project.resolve("two.properties"), "host=two\n");
        ResourceFiltering filtering = sources()
                .filterFiles(List.of(Path.of("one.properties"), Path.of("two.properties")), StandardCharsets.UTF_8)
                .build(project, new ArrayList<>());
        assertEquals("two", filtering.values().get("host").value());
        assertEquals(
                "the filter file two.properties", filtering.values().get("host").origin());
        assertEquals("one/x", filtering.values().get("url").value());
    }

    @Test
    void aPropertyHidesTheModelValueOfTheSameName() {
        ResourceFiltering filtering = sources()
                .projectProperties(Map.of("project.version", "9"), Map.of())
                .modelValues(Map.of("project.version", "1.0", "project.artifactId", "app"))
                .build(project, new ArrayList<>());
        assertEquals(
                "9 app",
                filtering.filter("${project.version} ${project.artifactId}").text());
        assertEquals(
                "the project model",
                filtering.values().get("project.artifactId").origin());
    }

    @Test
    void aMissingFilterFileIsANoteAndItsValuesStayUnresolved() {
        List<String> notes = new ArrayList<>();
        ResourceFiltering filtering = sources()
                .filterFiles(List.of(Path.of("generated.properties")), StandardCharsets.UTF_8)
                .build(project, notes);
        assertEquals("x: ${host}", filtering.filter("x: ${host}").text());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("generated.properties"), notes.toString());
    }
}
