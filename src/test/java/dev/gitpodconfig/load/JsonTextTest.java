package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private final SafeYamlLoader loader = new SafeYamlLoader(LoadLimits.DEFAULTS);

    @Test
    void recognisesJsonByItsFirstCharacter() {
        assertTrue(JsonText.looksLikeJson(" \n\t{\"auths\": {}}"));
        assertTrue(JsonText.looksLikeJson("[1]"));
        assertFalse(JsonText.looksLikeJson("auths: {}"));
        assertFalse(JsonText.looksLikeJson(""));
    }

    @Test
    void leavesTextWithoutTabsOrSlashEscapesAlone() {
        String json = "{\"auths\": {\"gcr.io\": {}}}";
        assertSame(json, JsonText.toYaml(json));
    }

    @Test
    void replacesTabsOutsideStringsAndUnescapesSlashes() {
        assertEquals(
                "{\n  \"a\\tb\": \"https://x/\\\\/\"}",
                JsonText.toYaml("{\n\t\t\"a\\tb\": \"https:\\/\\/x\\/\\\\/\"}"));
    }

    @Test
    void dockerWrittenConfigJsonLoadsWithKeyPositions() {
        // docker login writes config.json with json.MarshalIndent(…, "", "\t").
        String json =
                "{\n\t\"auths\": {\n\t\t\"https:\\/\\/index.docker.io\\/v1\\/\": {\n\t\t\t\"auth\": \"eHg6eXk=\"\n\t\t}\n\t}\n}\n";
        LoadedFile file = loader.load(json.getBytes(StandardCharsets.UTF_8), "config.json", StandardCharsets.UTF_8);
        assertEquals(java.util.List.of(), file.problems());
        YamlMapping auths = ((YamlMapping) file.documents().get(0).root().orElseThrow())
                .mapping("auths")
                .orElseThrow();
        YamlScalar key = auths.entries().get(0).key();
        assertEquals("https://index.docker.io/v1/", key.value());
        assertEquals(3, key.position().line());
        assertEquals(3, key.position().column());
    }

    @Test
    void yamlFilesAreNotTouched() {
        LoadedFile file =
                loader.load("a:\n  b: \"x\\/y\"\n".getBytes(StandardCharsets.UTF_8), "a.yaml", StandardCharsets.UTF_8);
        assertFalse(file.problems().isEmpty(), "YAML 1.1 has no \\/ escape; only JSON text is adapted");
    }
}
