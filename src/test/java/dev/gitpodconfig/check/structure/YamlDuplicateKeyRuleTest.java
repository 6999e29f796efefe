package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Yaml;
import org.junit.jupiter.api.Test;

class YamlDuplicateKeyRuleTest {

    private static final String RULE = "yaml-duplicate-key";

    @Test
    void repeatedKeyInAnInstallerConfigNamesBothLines() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                  privateBaseImageAllowList: []
                  inCluster: false
                """, RULE, Severity.ERROR, 5, 3, "containerRegistry.inCluster");
        assertMessageContains(finding, "first at line 3, again at line 5", "'inCluster'");
    }

    @Test
    void repeatedTopLevelKey() {
        assertSingle(
                "domain: a.example.com\ncontainerRegistry: {}\ndomain: b.example.com\n",
                RULE,
                Severity.ERROR,
                3,
                1,
                "domain");
    }

    @Test
    void repeatedKotsItem() {
        assertSingle(kotsValues("""
                    reg_url:
                      value: registry.example.com
                    reg_url:
                      value: gcr.io/project
                """), RULE, Severity.ERROR, 9, 5, "spec.values.reg_url");
    }

    @Test
    void repeatedKeyInAnInstallationResource() {
        assertSingle(
                Yaml.installation("    domain: a.example.com\n    domain: b.example.com\n"),
                RULE,
                Severity.ERROR,
                8,
                5,
                "spec.config.domain");
    }

    @Test
    void aKeySetAgainBesideAMergeKeyIsADuplicateOfTheStrictParse() {
        Finding after = assertSingle("""
                x-defaults: &defaults
                  inCluster: true
                containerRegistry:
                  <<: *defaults
                  inCluster: false
                """, RULE, Severity.ERROR, 5, 3, "containerRegistry.inCluster");
        assertMessageContains(after, "at line 2 and at line 5", "key \"inCluster\" already set in map");
        assertTrue(after.installerRejects());
        Finding before = assertSingle(
                "x-defaults: &d\n  inCluster: true\ncontainerRegistry:\n  inCluster: false\n" + "  <<: *d\n",
                RULE,
                Severity.ERROR,
                4,
                3,
                "containerRegistry.inCluster");
        assertMessageContains(before, "at line 2 and at line 4");
        assertSingle(
                "x-a: &a {inCluster: true}\nx-b: &b {inCluster: false}\ncontainerRegistry:\n  <<: [*a, *b]\n",
                RULE,
                Severity.ERROR,
                1,
                10,
                "containerRegistry.inCluster");
    }

    @Test
    void aMergeKeyAloneIsNoDuplicate() {
        assertNoFinding("x-defaults: &d\n  inCluster: true\ncontainerRegistry:\n  <<: *d\n  s3storage: {}\n", RULE);
    }

    @Test
    void aRepeatedTopLevelApiVersionIsOnlyAWarning() {
        Finding finding = assertSingle(
                "apiVersion: v1\napiVersion: v2\ndomain: gitpod.example.com\n",
                RULE,
                Severity.WARNING,
                2,
                1,
                "apiVersion");
        assertTrue(!finding.installerRejects());
    }

    @Test
    void duplicatesInOtherDocumentsAreNotReported() {
        assertNoFinding("tasks:\n  - init: a\nports: []\ntasks: []\n", RULE);
    }
}
