package dev.gitpodconfig.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.report.ToolInfo;
import dev.gitpodconfig.schema.EditorValidation.Reading;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The editor schemas are valid draft-07, accept every installer config and ConfigValues file the project ships or
 * tests with, and reject what the installer or the {@code check} goal rejects.
 */
class EditorSchemasTest {

    private static final String INSTALLER_TEXT = EditorSchemas.installerConfig();
    private static final String KOTS_TEXT = EditorSchemas.kotsConfigValues();
    private static final Schema INSTALLER = EditorValidation.load(INSTALLER_TEXT);
    private static final Schema KOTS = EditorValidation.load(KOTS_TEXT);

    @Test
    void bothSchemasAreValidDraft07() {
        assertEquals(List.of(), EditorValidation.metaSchemaErrors(INSTALLER_TEXT));
        assertEquals(List.of(), EditorValidation.metaSchemaErrors(KOTS_TEXT));
        assertTrue(INSTALLER_TEXT.startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""));
        assertTrue(KOTS_TEXT.startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""));
    }

    @Test
    void theMetaSchemaCheckFindsAnInvalidSchema() {
        assertFalse(EditorValidation.metaSchemaErrors("{\"type\": \"text\"}").isEmpty());
    }

    @Test
    void theOutputIsTheSameEachTime() {
        assertEquals(INSTALLER_TEXT, EditorSchemas.installerConfig());
        assertEquals(KOTS_TEXT, EditorSchemas.kotsConfigValues());
    }

    @Test
    void theMarkerIsNearTheStartOfEachFile() {
        assertTrue(INSTALLER_TEXT.indexOf(EditorSchemas.MARKER) > 0);
        assertTrue(INSTALLER_TEXT.indexOf(EditorSchemas.MARKER) < 200);
        assertTrue(KOTS_TEXT.indexOf(EditorSchemas.MARKER) > 0);
        assertTrue(KOTS_TEXT.indexOf(EditorSchemas.MARKER) < 200);
    }

    @Test
    void everyKnownKeyIsDescribedAndNoLaterKeyIsAccepted() {
        JsonNode root = json(INSTALLER_TEXT);
        JsonNode registry = root.get("properties").get("containerRegistry");
        assertTrue(registry.get("properties").has("inCluster"));
        assertEquals(false, registry.get("additionalProperties").asBoolean(true));
        JsonNode later = registry.get("properties").get("enableAdditionalECRAuth");
        assertTrue(later.get("description").asString().contains("the 2022.11.3 installer rejects the key"));
        assertTrue(later.get("not").isEmpty());
        assertEquals(
                InstallerSchema.ROOT.fields().keySet(),
                setOf(root.get("properties").propertyNames()),
                "every top-level key of the schema");
        JsonNode url =
                registry.get("properties").get("external").get("properties").get("url");
        String description = url.get("description").asString();
        assertTrue(description.startsWith("Installer field config.ContainerRegistryExternal.URL, Go type string."));
        assertTrue(
                description.contains("\nRule registry-ecr-unsupported: The external registry in use is Amazon ECR"),
                description);
        assertTrue(description.contains(ToolInfo.load().helpUri("registry-ecr-unsupported")), description);
        assertFalse(description.contains("`"), description);
    }

    @Test
    void theRuleTableNamesRealRulesKeysAndItems() {
        for (Map.Entry<String, List<String>> entry : RuleKeys.INSTALLER.entrySet()) {
            assertTrue(schemaAt(entry.getKey()) != null, entry.getKey() + " is no installer key");
            entry.getValue().forEach(id -> assertTrue(Rules.byId(id).isPresent(), id));
        }
        for (Map.Entry<String, List<String>> entry : RuleKeys.KOTS.entrySet()) {
            assertTrue(KotsItem.byName(entry.getKey()).isPresent(), entry.getKey() + " is no KOTS item");
            entry.getValue().forEach(id -> assertTrue(Rules.byId(id).isPresent(), id));
        }
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void everyInstallerConfigAndConfigValuesFileOfTheProjectValidates(Reading reading) throws IOException {
        Map<String, String> files = projectYaml();
        int installer = 0;
        int kots = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (LoadedDocument document : Yaml.load(file.getValue()).documents()) {
                DocumentKind kind =
                        new DocumentClassifier().classify(document.root()).kind();
                YamlNode root = document.root().orElse(null);
                Schema schema = null;
                if (kind == DocumentKind.INSTALLER_CONFIG) {
                    schema = INSTALLER;
                    installer++;
                } else if (kind == DocumentKind.INSTALLATION_CR) {
                    root = ((YamlMapping) root).mappingAt("spec", "config").orElseThrow();
                    schema = INSTALLER;
                    installer++;
                } else if (kind == DocumentKind.KOTS_CONFIG_VALUES) {
                    schema = KOTS;
                    kots++;
                }
                if (schema != null) {
                    for (Object error : schema.validate(EditorValidation.json(root, reading))) {
                        errors.add(file.getKey() + " (document " + (document.index() + 1) + "): " + error);
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        // The examples, the rules' passing examples, the passing ITs and the testing/Yaml templates.
        assertTrue(installer >= 35, "installer configs: " + installer);
        assertTrue(kots >= 8, "ConfigValues files: " + kots);
    }

    @Test
    void theFailingExamplesOfTheRulesForKeysAndTypesAreRejected() {
        for (String id :
                List.of("config-unknown-key", "config-wrong-type", "config-invalid-value", "config-unknown-kind")) {
            for (String yaml : RuleExamples.of(id).orElseThrow().fails()) {
                Schema schema = yaml.contains("kind: ConfigValues") ? KOTS : INSTALLER;
                for (Reading reading : Reading.values()) {
                    assertFalse(
                            EditorValidation.errors(schema, yaml, reading).isEmpty(),
                            id + ", " + reading + ":\n" + yaml);
                }
            }
        }
    }

    @Test
    void writesBothFilesAndReplacesOnlyItsOwn(@TempDir Path directory) throws IOException {
        List<Path> written = EditorSchemas.write(directory.resolve("schema"));
        assertEquals(
                List.of(
                        directory.resolve("schema").resolve("gitpod-installer-config-2022.11.3.schema.json"),
                        directory.resolve("schema").resolve("gitpod-kots-configvalues.schema.json")),
                written);
        assertEquals(INSTALLER_TEXT, Files.readString(written.get(0)));
        assertEquals(KOTS_TEXT, Files.readString(written.get(1)));
        assertEquals(written, EditorSchemas.write(directory.resolve("schema")), "its own files are replaced");

        Path other = directory.resolve("other");
        Files.createDirectories(other);
        Path users = other.resolve(EditorSchemas.KOTS_FILE);
        Files.writeString(users, "{\"title\": \"the team's own schema\"}");
        IOException refused = assertThrows(IOException.class, () -> EditorSchemas.write(other));
        assertTrue(refused.getMessage().endsWith("exists and was not written by this plugin, so it is not replaced"));
        assertEquals("{\"title\": \"the team's own schema\"}", Files.readString(users));
        assertFalse(Files.exists(other.resolve(EditorSchemas.INSTALLER_FILE)), "nothing is written then");
    }

    /** Every YAML file the project ships or tests with that the check goal must pass, by name. */
    private static Map<String, String> projectYaml() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Path root : List.of(Path.of("examples"), Path.of("src", "it"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                    String name = file.toString();
                    boolean passes = root.startsWith("examples")
                            || name.contains("-passes" + file.getFileSystem().getSeparator());
                    if (passes && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        for (Rule rule : Rules.all()) {
            List<String> passes =
                    RuleExamples.of(rule.info().id()).orElseThrow().passes();
            for (int i = 0; i < passes.size(); i++) {
                files.put(rule.info().id() + " passing example " + (i + 1), passes.get(i));
            }
        }
        files.put("Yaml.installerExternal", Yaml.installerExternal("registry.example.com/gitpod"));
        files.put("Yaml.bareExternalRegistry", Yaml.bareExternalRegistry("registry.example.com/gitpod"));
        files.put("Yaml.s3Config", Yaml.s3Config("storage-s3"));
        files.put("Yaml.s3Installation", Yaml.s3Installation("gitpod"));
        files.put("Yaml.kotsExternal", Yaml.kotsExternal("registry.example.com/gitpod"));
        files.put(
                "Yaml.kotsExternalRegistry",
                Yaml.kotsExternalRegistry("reg_url", "registry.example.com/gitpod", "reg_username", "robot"));
        return files;
    }

    /** The installer schema's node of a path ({@code []} for list items), or null when it has none. */
    private static SchemaNode schemaAt(String path) {
        SchemaNode node = InstallerSchema.ROOT;
        for (String step : path.split("\\.", -1)) {
            boolean item = step.endsWith("[]");
            SchemaNode.Field field = node.fields().get(item ? step.substring(0, step.length() - 2) : step);
            if (field == null) {
                return null;
            }
            node = item ? field.schema().items().orElseThrow() : field.schema();
        }
        return node;
    }

    private static JsonNode json(String text) {
        return new tools.jackson.databind.ObjectMapper().readTree(text);
    }

    private static java.util.Set<String> setOf(java.util.Collection<String> names) {
        return new java.util.LinkedHashSet<>(names);
    }
}
