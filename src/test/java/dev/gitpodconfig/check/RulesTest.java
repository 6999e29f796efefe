package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void catalogueHasTheSpecifiedIdsAndSeverities() {
        Map<String, Severity> expected = new LinkedHashMap<>();
        expected.put("registry-ecr-unsupported", Severity.ERROR);
        expected.put("registry-gitlab-unsupported", Severity.ERROR);
        expected.put("registry-gcr-server", Severity.ERROR);
        expected.put("registry-gar-url", Severity.ERROR);
        expected.put("registry-gar-server", Severity.ERROR);
        expected.put("registry-url-format", Severity.ERROR);
        expected.put("registry-external-missing", Severity.ERROR);
        expected.put("registry-credentials-invalid", Severity.ERROR);
        expected.put("registry-credentials-host", Severity.ERROR);
        expected.put("registry-s3-endpoint-region", Severity.ERROR);
        expected.put("registry-s3-incomplete", Severity.ERROR);
        expected.put("registry-aws-in-cluster-s3", Severity.WARNING);
        expected.put("storage-provider-incomplete", Severity.ERROR);
        expected.put("storage-s3-endpoint-region", Severity.WARNING);
        expected.put("storage-endpoint-format", Severity.ERROR);
        expected.put("secret-required-keys", Severity.ERROR);
        expected.put("secret-name-unknown", Severity.WARNING);
        expected.put("database-external-missing", Severity.ERROR);
        expected.put("database-cloudsql-instance", Severity.ERROR);
        expected.put("certificate-domain", Severity.ERROR);
        expected.put("certificate-expiry", Severity.WARNING);
        expected.put("yaml-syntax", Severity.ERROR);
        expected.put("yaml-duplicate-key", Severity.ERROR);
        expected.put("config-multi-document", Severity.WARNING);
        expected.put("config-unknown-key", Severity.ERROR);
        expected.put("config-unknown-kind", Severity.WARNING);
        expected.put("config-wrong-type", Severity.ERROR);
        expected.put("config-invalid-value", Severity.ERROR);
        expected.put("config-ignored-block", Severity.WARNING);
        expected.put("config-unresolved-placeholder", Severity.INFO);
        expected.put("suppression-invalid", Severity.ERROR);
        expected.put("suppression-unused", Severity.WARNING);
        Map<String, Severity> actual = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            assertEquals(
                    null,
                    actual.put(rule.info().id(), rule.info().defaultSeverity()),
                    "duplicate id " + rule.info().id());
        }
        assertEquals(expected, actual);
    }

    /**
     * Every report carries all rule texts; one character beyond Latin-1 turns the whole report into a UTF-16 string
     * whose UTF-8 encoding runs character by character, about 2.4 ms of each clean build inside Maven (measured
     * 2026-12-01). Write "..." and "-" instead of the ellipsis and the en dash.
     */
    @Test
    void ruleTextsAreAscii() {
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            List<String> texts = new java.util.ArrayList<>(
                    List.of(info.title(), info.summary(), info.description(), info.rationale(), info.fix()));
            for (RuleInfo.Source source : info.sources()) {
                texts.add(source.title());
                texts.add(source.url());
            }
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    assertTrue(c < 0x80, info.id() + ": '" + c + "' at " + i + " in: " + text);
                }
            }
        }
    }

    @Test
    void everyRuleIsDocumented() {
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertTrue(info.id().matches("[a-z0-9]+(-[a-z0-9]+)+"), info.id());
            for (String text :
                    List.of(info.title(), info.summary(), info.description(), info.rationale(), info.fix())) {
                assertFalse(text.isBlank(), info.id());
            }
            assertFalse(info.sources().isEmpty(), info.id());
            assertSame(rule, Rules.byId(info.id()).orElseThrow());
        }
        assertTrue(Rules.byId("no-such-rule").isEmpty());
    }

    @Test
    void severitiesOrderParseAndPrint() {
        assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
        assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
        assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
        assertEquals(Severity.WARNING, Severity.parse(" Warning "));
        assertEquals("info", Severity.INFO.id());
        assertThrows(IllegalArgumentException.class, () -> Severity.parse("fatal"));
    }
}
