package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Checks.check;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigUnresolvedPlaceholderRuleTest {

    private static final String RULE = "config-unresolved-placeholder";
    private static final String URL_PATH = "containerRegistry.external.url";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "${REGISTRY_URL}|${REGISTRY_URL}",
                "${AWS_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com|${AWS_ACCOUNT}",
                "[[ .WorkspaceImageRepo ]]|[[ .WorkspaceImageRepo ]]",
                "\"{{ .Values.registry }}/gitpod\"|{{ .Values.registry }}"
            })
    void installerPlaceholderIsInfo(String url, String token) {
        Finding finding = assertSingle(
                installerExternal(url), RULE, Severity.INFO, INSTALLER_URL_LINE, INSTALLER_URL_COLUMN, URL_PATH);
        assertEquals(
                "'" + URL_PATH + "' is the unresolved placeholder " + token + "; registry and storage rules skip it.",
                finding.message());
    }

    @Test
    void placeholderInsteadOfAnEcrHostIsNotAnEcrFinding() {
        List<Finding> findings = check(installerExternal("${AWS_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com"))
                .findings();
        assertEquals(List.of(RULE), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void kotsTemplateIsInfo() {
        Finding finding = assertSingle(
                kotsExternal("'repl{{ ConfigOption \"registry\" }}'"),
                RULE,
                Severity.INFO,
                KOTS_URL_LINE,
                KOTS_URL_COLUMN,
                "spec.values.reg_url.value");
        assertMessageContains(finding, "repl{{ ConfigOption \"registry\" }}");
    }

    @Test
    void onlyThePlaceholderIsQuotedNeverTheRestOfTheValue() {
        Finding finding = assertSingle(
                installerExternal("registry.example.com/${TEAM}/private-path"),
                RULE,
                Severity.INFO,
                INSTALLER_URL_LINE,
                INSTALLER_URL_COLUMN,
                URL_PATH);
        assertMessageContains(finding, " ${TEAM}; ");
        assertFalse(finding.message().contains("private-path"), finding.message());
        // A placeholder in the userinfo may stand for a credential: it is masked like one.
        Finding userinfo = assertSingle(
                installerExternal("https://robot:${REGISTRY_TOKEN}@registry.example.com"),
                RULE,
                Severity.INFO,
                INSTALLER_URL_LINE,
                INSTALLER_URL_COLUMN,
                URL_PATH);
        assertFalse(userinfo.message().contains("robot"), userinfo.message());
        assertFalse(userinfo.message().contains("REGISTRY_TOKEN"), userinfo.message());
        // Nor is a placeholder-like part of a password.
        Finding password = assertSingle(
                kotsValues("    reg_password:\n      value: 'Xy7${k9Q}Zp2'\n"),
                RULE,
                Severity.INFO,
                8,
                14,
                "spec.values.reg_password.value");
        assertFalse(password.message().contains("k9Q"), password.message());
    }

    @Test
    void plainValuesAreFine() {
        assertNoFinding(installerExternal("registry.example.com/gitpod"), RULE);
        assertNoFinding("domain: gitpod.example.com\nworkspace:\n  note: \"cost is $5 [approx]\"\n", RULE);
    }
}
