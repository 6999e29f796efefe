package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

    private static List<String> names(List<ConfigKey> keys) {
        return keys.stream().map(ConfigKey::name).toList();
    }

    @Test
    void keysAreReadInDocumentOrderAtTheKeysPositions() {
        GitpodConfig config = Yaml.installer("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  extrenal:
                    url: registry.example.com
                metadata: local
                """);
        List<ConfigKey> keys = config.keys();
        assertEquals(List.of("domain", "containerRegistry", "metadata"), names(keys));
        ConfigKey registry = keys.get(1);
        assertEquals("containerRegistry", registry.at().path());
        assertEquals(new Position(2, 1, 2, 18), registry.at().position(), "the key, not its value");

        List<ConfigKey> inRegistry = registry.keys();
        assertEquals(List.of("inCluster", "extrenal"), names(inRegistry));
        ConfigKey misspelt = inRegistry.get(1);
        assertEquals("containerRegistry.extrenal", misspelt.at().path());
        assertEquals(4, misspelt.at().position().line());
        assertEquals(3, misspelt.at().position().column());
        assertEquals(
                "containerRegistry.extrenal.url", misspelt.keys().get(0).at().path());
    }

    @Test
    void aKeyWhoseValueIsNotAMappingHasNoKeys() {
        GitpodConfig config = Yaml.installer("domain: gitpod.example.com\nworkspace: [a, b]\nmetadata:\n");
        for (ConfigKey key : config.keys()) {
            assertTrue(key.keys().isEmpty(), key.name());
        }
    }

    @Test
    void kotsItemsAreKeysUnderSpecValues() {
        GitpodConfig config = Yaml.kots(Yaml.kotsValues("""
                    reg_incluster:
                      value: "1"
                    reg_incluster_storge:
                      value: s3
                """));
        List<ConfigKey> keys = config.keys();
        assertEquals(List.of("reg_incluster", "reg_incluster_storge"), names(keys));
        assertEquals("spec.values.reg_incluster_storge", keys.get(1).at().path());
        assertEquals(List.of("value"), names(keys.get(1).keys()));
        assertEquals(
                "spec.values.reg_incluster_storge.value",
                keys.get(1).keys().get(0).at().path());
    }
}
