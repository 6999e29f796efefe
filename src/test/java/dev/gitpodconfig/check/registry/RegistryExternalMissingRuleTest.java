package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.findings;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.kotsExternalRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryExternalMissingRuleTest {

    private static final String RULE = "registry-external-missing";
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);

    @Test
    void installerWithoutExternalBlockIsReportedAtInCluster() {
        Finding finding = single(RUN.check("""
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                """), RULE, CONFIG, 4, 14);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("containerRegistry.external", finding.yamlPath());
        assertMessageContains(finding, "Field 'Config.ContainerRegistry.External' is required if 'InCluster false'");
    }

    @Test
    void installerWithoutUrlIsReportedAtTheExternalKey() {
        Finding finding = single(RUN.check("""
                apiVersion: v1
                containerRegistry:
                  inCluster: false
                  external:
                    certificate:
                      kind: secret
                      name: regcred
                """), RULE, CONFIG, 4, 3);
        assertEquals("containerRegistry.external.url", finding.yamlPath());
        assertMessageContains(finding, "containerRegistry.external has no url");
        assertEquals(
                "Set containerRegistry.external.url to the registry's push prefix, e.g. `registry.example.com/gitpod`.",
                finding.fix());
    }

    @Test
    void installerWithAnEmptyUrlIsReportedAtTheUrl() {
        single(RUN.check("""
                containerRegistry:
                  inCluster: false
                  external:
                    url: ""
                """), RULE, CONFIG, 4, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null"})
    void installerWithANullUrlIsReportedAtTheNull(String empty) {
        Finding finding = single(
                RUN.check(Yaml.installerExternal(empty)),
                RULE,
                CONFIG,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN);
        assertEquals("containerRegistry.external.url", finding.yamlPath());
        assertMessageContains(finding, "containerRegistry.external has no url");
    }

    @Test
    void installationResourceWithAnEmptyUrlIsReportedAtTheValueNotAtTheExternalKey() {
        Finding finding = single(RUN.check("""
                apiVersion: install.gitpod.io/v1alpha1
                kind: Installation
                spec:
                  config:
                    containerRegistry:
                      inCluster: false
                      external:
                        url:
                """), RULE);
        assertEquals("spec.config.containerRegistry.external.url", finding.yamlPath());
        assertEquals(8, finding.position().line(), finding::toString);
        assertTrue(finding.position().column() > 7, finding::toString);
    }

    @Test
    void installerTemplatesAndInClusterRegistriesPass() {
        assertNoFinding(RUN.check("""
                containerRegistry:
                  inCluster: false
                  external:
                    url: [[ .WorkspaceImageRepo ]]
                """), RULE);
        assertNoFinding(RUN.check("""
                containerRegistry:
                  inCluster: true
                """), RULE);
        assertNoFinding(RUN.check("domain: gitpod.example.com\ncontainerRegistry: {}\n"), RULE);
    }

    @Test
    void kotsMissingItemsAreReportedAtRegInCluster() {
        List<Finding> findings = findings(RUN.check(kotsExternalRegistry()), RULE);
        assertEquals(3, findings.size(), findings::toString);
        for (Finding finding : findings) {
            assertAt(finding, RULE, CONFIG, 6, 14);
        }
        assertEquals(
                List.of("spec.values.reg_password", "spec.values.reg_url", "spec.values.reg_username"),
                findings.stream().map(Finding::yamlPath).sorted().toList());
        assertMessageContains(
                findings.stream()
                        .filter(f -> f.yamlPath().endsWith("reg_url"))
                        .findFirst()
                        .orElseThrow(),
                "reg_incluster is \"0\" (external registry), but reg_url is not set: the admin console requires it");
    }

    @Test
    void kotsEmptyItemIsReportedAtItsValue() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "registry.example.com", "reg_username", "gitpod", "reg_password", "\"\"")),
                RULE,
                CONFIG,
                12,
                14);
        assertEquals("spec.values.reg_password.value", finding.yamlPath());
        assertMessageContains(finding, "reg_password is empty");
    }

    @Test
    void kotsCompleteOrInClusterPasses() {
        assertNoFinding(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "registry.example.com", "reg_username", "gitpod", "reg_password", "${PASSWORD}")),
                RULE);
        assertNoFinding(RUN.check("""
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                    reg_incluster:
                      value: "1"
                """), RULE);
    }
}
