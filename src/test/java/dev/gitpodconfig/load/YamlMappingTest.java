package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.Yaml;
import org.junit.jupiter.api.Test;

class YamlMappingTest {

    private static final YamlMapping ROOT = Yaml.root("""
            spec:
              values:
                reg_url: {value: gcr.io/p}
              list: [a]
              text: plain
            """);

    @Test
    void mappingAtFollowsKeysThatEachHoldAMapping() {
        YamlMapping values = ROOT.mappingAt("spec", "values").orElseThrow();
        assertEquals("reg_url", values.entries().get(0).key().value());
        assertEquals(3, values.position().line()); // a block mapping starts at its first key
        assertEquals(ROOT, ROOT.mappingAt().orElseThrow());
    }

    @Test
    void mappingAtIsEmptyWhenAKeyIsMissingOrHoldsNoMapping() {
        assertTrue(ROOT.mappingAt("spec", "missing").isEmpty());
        assertTrue(ROOT.mappingAt("spec", "list").isEmpty());
        assertTrue(ROOT.mappingAt("spec", "text").isEmpty());
        assertTrue(ROOT.mappingAt("spec", "values", "reg_url", "value").isEmpty());
    }
}
