package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Yaml;
import org.junit.jupiter.api.Test;

class ConfigWrongTypeRuleTest {

    private static final String RULE = "config-wrong-type";

    @Test
    void quotedFalseForInClusterIsAnError() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: "false"
                  external:
                    url: registry.example.com
                """, RULE, Severity.ERROR, 3, 14, "containerRegistry.inCluster");
        assertEquals(
                "'containerRegistry.inCluster' must be a boolean (true or false, unquoted), but it is a string; "
                        + "the installer rejects the file.",
                finding.message());
        assertEquals("Remove the quotes: write inCluster: true or inCluster: false.", finding.fix());
    }

    @Test
    void listWhereAStringIsDueIsAnError() {
        Finding flow = assertSingle(
                installerExternal("[registry.example.com, gcr.io]"),
                RULE,
                Severity.ERROR,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN,
                "containerRegistry.external.url");
        assertMessageContains(flow, "must be a string, but it is a list");
        assertEquals("Write url as a string.", flow.fix());
        assertSingle("""
                objectStorage:
                  s3:
                    endpoint:
                      - s3.amazonaws.com
                """, RULE, Severity.ERROR, 4, 7, "objectStorage.s3.endpoint");
    }

    @Test
    void numbersAndBooleansForAStringAreItsText() {
        // sigs.k8s.io/yaml turns a number or boolean for a Go string field into its text: the installer accepts it.
        assertNoFinding(
                "containerRegistry:\n  s3storage:\n    bucket: 123456789012\n    region: 1.50\n"
                        + "    endpoint: yes\n",
                RULE);
    }

    @Test
    void anUnquotedTemplateIsAListToTheInstaller() {
        assertSingle(
                "containerRegistry:\n  inCluster: false\n  external:\n    url: [[ .Repo ]]\n",
                RULE,
                Severity.ERROR,
                4,
                10,
                "containerRegistry.external.url");
    }

    @Test
    void quantitiesDurationsAndNotANumber() {
        assertMessageContains(
                assertSingle(
                        "workspace:\n  resources:\n    requests:\n      memory: 2gb\n",
                        RULE,
                        Severity.ERROR,
                        4,
                        15,
                        "workspace.resources.requests.memory"),
                "quantities must match");
        assertMessageContains(
                assertSingle("domain: .nan\n", RULE, Severity.ERROR, 1, 9, "domain"), "json: unsupported value: NaN");
        assertNoFinding("workspace:\n  maxLifetime: 48\n  timeoutDefault: 30m\n", RULE);
    }

    @Test
    void stringWhereAListOrMappingIsDue() {
        assertSingle(
                "containerRegistry:\n  privateBaseImageAllowList: docker.io\n",
                RULE,
                Severity.ERROR,
                2,
                30,
                "containerRegistry.privateBaseImageAllowList");
        Finding mapping = assertSingle(
                "domain: gitpod.example.com\ncontainerRegistry: in-cluster\n",
                RULE,
                Severity.ERROR,
                2,
                20,
                "containerRegistry");
        assertMessageContains(mapping, "must be a mapping, but it is a string");
    }

    @Test
    void wrongListItemIsReportedAtTheItem() {
        assertSingle(
                "containerRegistry:\n  privateBaseImageAllowList: [docker.io, {host: quay.io}]\n",
                RULE,
                Severity.ERROR,
                2,
                42,
                "containerRegistry.privateBaseImageAllowList[1]");
    }

    @Test
    void quotedNumberWhereAnIntegerIsDue() {
        Finding finding = assertSingle(
                "objectStorage:\n  maximumBackupCount: \"3\"\n",
                RULE,
                Severity.ERROR,
                2,
                23,
                "objectStorage.maximumBackupCount");
        assertMessageContains(finding, "must be an integer");
    }

    @Test
    void installationResourcePathsArePrefixed() {
        assertSingle(
                Yaml.installation("    containerRegistry:\n      inCluster: \"true\"\n"),
                RULE,
                Severity.ERROR,
                8,
                18,
                "spec.config.containerRegistry.inCluster");
    }

    @Test
    void rightTypesNullsAndTemplatesAreFine() {
        assertNoFinding("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: no
                  external:
                    url: "[[ .WorkspaceImageRepo ]]"
                    certificate: ~
                  privateBaseImageAllowList: [docker.io, "quay.io"]
                  s3storage:
                objectStorage:
                  inCluster: yes
                  maximumBackupCount: 3
                  blobQuota: 0
                """, RULE);
    }

    @Test
    void kotsUnquotedNumberIsAnError() {
        Finding finding = assertSingle(
                kotsValues("    reg_incluster:\n      value: 0\n"),
                RULE,
                Severity.ERROR,
                8,
                14,
                "spec.values.reg_incluster.value");
        assertMessageContains(finding, "must be a string, but it is an integer");
        assertEquals("Quote the value, e.g. \"0\" or \"1\".", finding.fix());
        Finding text = assertSingle(
                kotsValues("    reg_username:\n      default: 12345\n"),
                RULE,
                Severity.ERROR,
                8,
                16,
                "spec.values.reg_username.default");
        assertEquals("Quote the value, e.g. \"...\".", text.fix());
    }

    @Test
    void kotsBoolItemMustBeZeroOrOne() {
        Finding finding = assertSingle(
                kotsValues("    reg_incluster:\n      value: \"yes\"\n"),
                RULE,
                Severity.ERROR,
                8,
                14,
                "spec.values.reg_incluster.value");
        assertMessageContains(finding, "its value must be \"0\" or \"1\", but it is 'yes'");
        Finding unquoted = assertSingle(
                kotsValues("    reg_docker_config_enable:\n      value: yes\n"),
                RULE,
                Severity.ERROR,
                8,
                14,
                "spec.values.reg_docker_config_enable.value");
        assertMessageContains(unquoted, "but it is a boolean");
    }

    @Test
    void kotsSelectItemMustBeAnOption() {
        Finding finding = assertSingle(
                kotsValues("    reg_incluster_storage:\n      value: S3\n"),
                RULE,
                Severity.ERROR,
                8,
                14,
                "spec.values.reg_incluster_storage.value");
        assertMessageContains(finding, "must be one of none, s3, but it is 'S3'");
    }

    @Test
    void kotsItemMustBeAMapping() {
        Finding finding = assertSingle(
                kotsValues("    reg_url: registry.example.com\n"), RULE, Severity.ERROR, 7, 14, "spec.values.reg_url");
        assertMessageContains(finding, "must be a mapping with a 'value' key");
    }

    @Test
    void kotsRightTypesAreFine() {
        assertNoFinding(kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_incluster_storage:
                      value: s3
                    reg_url:
                    reg_server:
                      value: null
                    store_provider:
                      value: minio
                    other_port:
                      value: 3306
                    reg_username:
                      value: ""
                """), RULE);
    }

    @Test
    void cpuLimitsOfTheAugust2022InstallerAreAWarningThatSays2022113RejectsThem() {
        // Installer builds of August 2022 read limits.cpu as {min, burst}; 2022.11.3 reads a quantity there.
        String yaml = "workspace:\n  resources:\n    requests: {cpu: \"1\"}\n    limits:\n      cpu:\n"
                + "        min: \"84\"\n        burst: \"168\"\n";
        Finding finding = assertSingle(yaml, RULE, Severity.WARNING, 6, 9, "workspace.resources.limits.cpu");
        assertTrue(finding.installerRejects(), finding::toString);
        assertTrue(finding.message().contains("installer builds of August 2022"), finding.message());
        assertTrue(finding.message().contains("the 2022.11.3 strict parse rejects it"), finding.message());
        // Any other mapping there is no other build's shape: an error.
        Finding other = assertSingle(
                yaml.replace("min:", "low:"), RULE, Severity.ERROR, 6, 9, "workspace.resources.limits.cpu");
        assertTrue(other.installerRejects(), other::toString);
    }
}
