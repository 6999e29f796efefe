package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.testing.Yaml;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    @ParameterizedTest(name = "''{0}'' contains a placeholder: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "${DOMAIN}|true",
                "gitpod.${DOMAIN}|true",
                "${REGISTRY_URL}/gitpod|true",
                "{{ .Values.registry }}|true",
                "repl{{ ConfigOption \"reg_url\" }}|true",
                "[[ .WorkspaceImageRepo ]]|true",
                "[[.Repo]]|true",
                "registry.example.com/gitpod|false",
                "$DOMAIN|false",
                "{not-a-template}|false",
                "[a, b]|false",
                "[[ x ]]|false",
                "${unclosed|false",
                "$|false"
            })
    void containsPlaceholder(String text, boolean expected) {
        assertEquals(expected, Placeholders.containsPlaceholder(text));
    }

    @Test
    void tokensAreListedInOrder() {
        assertEquals(java.util.List.of("${A}", "{{ .B }}", "[[ .C ]]"), Placeholders.tokens("x${A}y{{ .B }}z[[ .C ]]"));
        assertEquals(java.util.List.of(), Placeholders.tokens("registry.example.com"));
    }

    @Test
    void unquotedDoubleBracketTemplateIsANestedListInYaml() {
        YamlMapping root = Yaml.root("""
                template: [[ .WorkspaceImageRepo ]]
                noDot: [[ WorkspaceImageRepo ]]
                two: [[ .A, .B ]]
                block:
                  - - .Repo
                scalar: .Repo
                quoted: "[[ .Repo ]]"
                """);
        assertEquals(
                Optional.of("[[ .WorkspaceImageRepo ]]"),
                Placeholders.templateExpression(root.get("template").orElseThrow()));
        for (String key : new String[] {"noDot", "two", "block", "scalar", "quoted"}) {
            assertEquals(
                    Optional.empty(),
                    Placeholders.templateExpression(root.get(key).orElseThrow()),
                    key);
        }
        assertTrue(
                ConfigValue.of("quoted", root.get("quoted").orElseThrow()).isPlaceholder(),
                "quoted, it is a string placeholder");
    }
}
