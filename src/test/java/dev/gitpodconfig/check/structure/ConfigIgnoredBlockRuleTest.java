package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Checks.findings;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigIgnoredBlockRuleTest {

    private static final String RULE = "config-ignored-block";

    @Test
    void externalBesideTheInClusterRegistry() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                  external:
                    url: registry.example.com
                """, RULE, Severity.WARNING, 4, 3, "containerRegistry.external");
        assertEquals(
                "Ignored setting: containerRegistry.external is ignored because containerRegistry.inCluster is true.",
                finding.message());
        assertEquals(
                "Remove containerRegistry.external, or set containerRegistry.inCluster: false to use it.",
                finding.fix());
    }

    @Test
    void s3storageBesideAnExternalRegistry() {
        String yaml = installerExternal("registry.example.com") + "  s3storage:\n    bucket: registry\n";
        Finding finding = assertSingle(yaml, RULE, Severity.WARNING, 10, 3, "containerRegistry.s3storage");
        assertMessageContains(finding, "inCluster is false");
    }

    @Test
    void storageProviderBlocksBesideInClusterStorage() {
        List<Finding> found = findings("""
                objectStorage:
                  inCluster: true
                  s3:
                    endpoint: s3.amazonaws.com
                  azure:
                    credentials: {kind: secret, name: azure}
                """, RULE);
        assertEquals(2, found.size(), found::toString);
        assertFinding(found.get(0), RULE, Severity.WARNING, 3, 3, "objectStorage.s3");
        assertFinding(found.get(1), RULE, Severity.WARNING, 5, 3, "objectStorage.azure");
        assertMessageContains(found.get(0), "the in-cluster MinIO is used");
    }

    @Test
    void kotsRegistryUrlWhileInCluster() {
        Finding explicit = assertSingle(kotsValues("""
                    reg_incluster:
                      value: "1"
                    reg_url:
                      value: registry.example.com
                """), RULE, Severity.WARNING, 10, 14, "spec.values.reg_url.value");
        assertMessageContains(explicit, "reg_incluster is \"1\" (in-cluster registry)");
        Finding byDefault = assertSingle(
                kotsValues("    reg_server:\n      value: gcr.io\n"),
                RULE,
                Severity.WARNING,
                8,
                14,
                "spec.values.reg_server.value");
        assertMessageContains(byDefault, "\"1\" by default");
    }

    @Test
    void wronglyTypedSwitchGivesOnlyTheTypeError() {
        String yaml = "containerRegistry:\n  inCluster: \"false\"\n  external:\n    url: registry.example.com\n";
        assertNoFinding(yaml, RULE);
        assertSingle(yaml, "config-wrong-type", Severity.ERROR, 2, 14, "containerRegistry.inCluster");
    }

    @Test
    void settingsInEffectAreFine() {
        assertNoFinding(installerExternal("registry.example.com"), RULE);
        assertNoFinding(kotsExternal("registry.example.com"), RULE);
        assertNoFinding("""
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: registry
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: s3.amazonaws.com
                """, RULE);
    }
}
