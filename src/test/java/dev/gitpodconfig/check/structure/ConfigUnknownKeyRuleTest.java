package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Checks.findings;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigUnknownKeyRuleTest {

    private static final String RULE = "config-unknown-key";

    @Test
    void misspeltRegistryKeyIsAnErrorWithASuggestion() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  extrenal:
                    url: registry.example.com
                """, RULE, Severity.ERROR, 4, 3, "containerRegistry.extrenal");
        assertEquals(
                "Unknown key 'extrenal' in containerRegistry: the installer's strict parse rejects it."
                        + " Did you mean 'external'?",
                finding.message());
        assertEquals("Rename the key to 'external', or remove it.", finding.fix());
    }

    @Test
    void farOffKeyListsTheKnownKeys() {
        Finding finding = assertSingle("""
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                    bucketName: gitpod
                """, RULE, Severity.ERROR, 5, 5, "objectStorage.s3.bucketName");
        assertTrue(
                finding.message().endsWith("Known keys here: allowInsecureConnection, bucket, credentials, endpoint."),
                finding.message());
        assertFalse(finding.message().contains("Did you mean"), finding.message());
    }

    @Test
    void unknownKeyInsideAnObjectReference() {
        Finding finding = assertSingle("""
                containerRegistry:
                  s3storage:
                    certificate:
                      kind: secret
                      nmae: s3-backend
                """, RULE, Severity.ERROR, 5, 7, "containerRegistry.s3storage.certificate.nmae");
        assertMessageContains(finding, "Did you mean 'name'?");
    }

    @Test
    void topLevelTypoOfAKnownKeyIsAnError() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                metadata:
                  region: local
                containerRegistery:
                  inCluster: true
                """, RULE, Severity.ERROR, 4, 1, "containerRegistery");
        assertTrue(finding.message().startsWith("Unknown top-level key 'containerRegistery'"), finding.message());
        assertTrue(finding.message().endsWith("Did you mean 'containerRegistry'?"), finding.message());
    }

    @Test
    void misspeltSectionOfAMinimalConfigIsStillReported() {
        // Only two keys: the misspelt section must not make the file look like something else and be skipped.
        assertSingle(
                "domain: gitpod.example.com\nobjectStorag:\n  inCluster: false\n",
                RULE,
                Severity.ERROR,
                2,
                1,
                "objectStorag");
        assertSingle(
                "apiVersion: v1\ncontainerRegistery:\n  inCluster: false\n",
                RULE,
                Severity.ERROR,
                2,
                1,
                "containerRegistery");
    }

    @Test
    void otherUnknownTopLevelKeyIsAnError() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                teamNotes: managed by platform team
                """, RULE, Severity.ERROR, 4, 1, "teamNotes");
        assertMessageContains(finding, "Unknown top-level key 'teamNotes': the installer's strict parse rejects it.");
        assertTrue(finding.installerRejects());
    }

    @Test
    void keysOfLaterInstallersAreWarningsThatSaySo() {
        List<Finding> found = findings("""
                domain: gitpod.example.com
                messageBus:
                  credentials: {}
                containerRegistry:
                  inCluster: false
                  enableAdditionalECRAuth: true
                  subassemblyBucket: gitpod-subassemblies
                  external:
                    url: registry.example.com
                    credentials:
                      kind: secret
                      name: ecr-token
                """, RULE);
        assertEquals(4, found.size(), found::toString);
        assertFinding(found.get(0), RULE, Severity.WARNING, 2, 1, "messageBus");
        assertFinding(found.get(1), RULE, Severity.WARNING, 6, 3, "containerRegistry.enableAdditionalECRAuth");
        assertFinding(found.get(2), RULE, Severity.WARNING, 7, 3, "containerRegistry.subassemblyBucket");
        assertFinding(found.get(3), RULE, Severity.WARNING, 10, 5, "containerRegistry.external.credentials");
        assertMessageContains(
                found.get(1),
                "added by installers after 2022.11.3",
                "August 2023",
                "the 2022.11.3 strict parse rejects it; later installer builds accept it");
        assertMessageContains(found.get(2), "October 2023");
        assertMessageContains(found.get(3), "December 2022");
    }

    @Test
    void jaegerOperatorIsAWarning() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                jaegerOperator:
                  inCluster: true
                objectStorage:
                  inCluster: true
                """, RULE, Severity.WARNING, 2, 1, "jaegerOperator");
        assertMessageContains(finding, "removed in installer 2022.02.0", "earlier installer builds accept it");
        assertEquals("Remove 'jaegerOperator' when installing Gitpod Self-Hosted 2022.11.3.", finding.fix());
        assertTrue(finding.installerRejects());
    }

    @Test
    void unknownKotsRegistryAndStorageItemsAreErrors() {
        List<Finding> found = findings(kotsValues("""
                    reg_incluster_storage_s3_bucket:
                      value: registry
                    store_s3_bucketname:
                      value: data
                    domain:
                      value: gitpod.example.com
                    my_team_setting:
                      value: x
                """), RULE);
        assertEquals(2, found.size(), found::toString);
        assertFinding(found.get(0), RULE, Severity.ERROR, 7, 5, "spec.values.reg_incluster_storage_s3_bucket");
        assertMessageContains(found.get(0), "Did you mean 'reg_incluster_storage_s3_bucketname'?");
        assertFinding(found.get(1), RULE, Severity.ERROR, 9, 5, "spec.values.store_s3_bucketname");
        assertMessageContains(found.get(1), "Did you mean 'store_s3_bucket'?");
    }

    @Test
    void legacyKotsItemsAreWarnings() {
        Finding finding = assertSingle(kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_s3storage:
                      value: "1"
                """), RULE, Severity.WARNING, 9, 5, "spec.values.reg_s3storage");
        assertMessageContains(finding, "2022.03 and 2022.04");
    }

    @Test
    void installationResourcePathsArePrefixed() {
        assertSingle(Yaml.installation("""
                    containerRegistry:
                      inClustr: true
                """), RULE, Severity.ERROR, 8, 7, "spec.config.containerRegistry.inClustr");
    }

    @Test
    void longUnknownKeysAreShortened() {
        String key = "k".repeat(300);
        // inCluster makes the block Gitpod's: a block of foreign keys alone is not an installer config.
        Finding finding = assertSingle(
                "containerRegistry:\n  inCluster: true\n  " + key + ": 1\n",
                RULE,
                Severity.ERROR,
                3,
                3,
                "containerRegistry." + key);
        assertMessageContains(finding, "k".repeat(80) + "…");
        assertFalse(finding.message().contains("k".repeat(81)), "the key is cut at 80 characters");
    }

    @Test
    void knownAndOpenKeysAreFine() {
        assertNoFinding("""
                apiVersion: v1
                kind: Full
                domain: gitpod.example.com
                metadata:
                  region: eu-west-1
                  shortname: eu
                repository: eu.gcr.io/gitpod-core-dev/build
                certificate:
                  kind: secret
                  name: https-certificates
                workspace:
                  runtime:
                    fsShiftMethod: fuse
                  templates:
                    default: {anythingGoes: true}
                containerRegistry:
                  inCluster: true
                  privateBaseImageAllowList: [docker.io]
                  s3storage:
                    bucket: registry
                    region: eu-west-1
                    endpoint: s3.eu-west-1.amazonaws.com
                    certificate:
                      kind: secret
                      name: s3
                objectStorage:
                  inCluster: false
                  resources:
                    requests:
                      memory: 2Gi
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                    bucket: data
                    allowInsecureConnection: false
                    credentials:
                      kind: secret
                      name: storage-s3
                """, RULE);
    }

    @Test
    void everyStructIsStrictButCaseVariantsAreKnown() {
        List<Finding> found = findings("""
                domain: gitpod.example.com
                metadata:
                  labels: {team: platform}
                ContainerRegistry:
                  InCluster: true
                workspace:
                  anythingGoes: true
                """, RULE);
        assertEquals(2, found.size(), found::toString);
        assertFinding(found.get(0), RULE, Severity.ERROR, 3, 3, "metadata.labels");
        assertFinding(found.get(1), RULE, Severity.ERROR, 7, 3, "workspace.anythingGoes");
        assertMessageContains(found.get(0), "Known keys here: region, shortname.");
    }

    @Test
    void aCloseTypoGetsADidYouMeanAndAFarOneDoesNot() {
        Finding close = assertSingle(
                "containerRegistry:\n  inCluser: true\n", RULE, Severity.ERROR, 2, 3, "containerRegistry.inCluser");
        assertMessageContains(close, "Did you mean 'inCluster'?");
        // inCluster makes the block Gitpod's: a block of foreign keys alone is not an installer config.
        Finding far = assertSingle(
                "containerRegistry:\n  inCluster: true\n  host: registry.example.com\n",
                RULE,
                Severity.ERROR,
                3,
                3,
                "containerRegistry.host");
        assertTrue(!far.message().contains("Did you mean"), far.message());
        assertTrue(!far.fix().contains("Rename"), far.fix());
    }

    @Test
    void keysOfInstallerBuildsAfter2022113AreWarningsThatSaySo() {
        // Seen in Gitpod's own later configs (local-preview, trivy scan config, render fixtures).
        String yaml = "workspace:\n  runtime:\n    containerdSocketDir: /run/containerd\nopenVSX:\n  proxy:\n"
                + "    serviceAnnotations: {a: b}\nexperimental:\n  webapp:\n    spicedb: {enabled: true}\n"
                + "  workspace:\n    registryFacade:\n      containerdConfigDir: /etc/containerd\n";
        List<Finding> found = findings(yaml, RULE);
        assertEquals(4, found.size(), found::toString);
        for (Finding finding : found) {
            assertEquals(Severity.WARNING, finding.severity(), finding::toString);
            assertMessageContains(finding, "added by installers after 2022.11.3");
        }
    }
}
