package dev.gitpodconfig.check.storage;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;

class StorageProviderIncompleteRuleTest {

    private static final String RULE = "storage-provider-incomplete";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** objectStorage.inCluster: false at line 4, column 14, then the given blocks from line 5. */
    private static String installer(String blocks) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                objectStorage:
                  inCluster: false
                %s""".formatted(blocks);
    }

    @Test
    void reportsNotInClusterWithoutAnyBlock() {
        Finding finding = ONLY.single(installer(""));
        assertFinding(finding, RULE, Severity.ERROR, 4, 14, "objectStorage.inCluster");
        assertEquals(
                "objectStorage.inCluster is false, but there is no usable s3, cloudStorage or azure block: the installer's "
                        + "render panics with 'no valid storage configuration set'.",
                finding.message());
    }

    @Test
    void reportsABlockThatIsNoMapping() {
        Finding finding = ONLY.single(installer("  s3: null\n"));
        assertFinding(finding, RULE, Severity.ERROR, 4, 14, "objectStorage.inCluster");
        assertTrue(finding.message().contains("(objectStorage.s3 not a mapping)"), finding.message());
    }

    @Test
    void reportsMissingS3Fields() {
        Finding finding = ONLY.single(installer("""
                  s3:
                    bucket: gitpod-storage
                """));
        assertFinding(finding, RULE, Severity.ERROR, 5, 3, "objectStorage.s3");
        assertTrue(
                finding.message()
                        .startsWith("objectStorage.s3 lacks endpoint and credentials, which the 2022.11.3 installer "
                                + "requires"),
                finding.message());
        assertEquals(
                "Add endpoint: <host[:port]> (AWS: s3.<region>.amazonaws.com), credentials: {kind: secret, name: <secret>} "
                        + "under objectStorage.s3.",
                finding.fix());
    }

    @Test
    void reportsMissingCloudStorageAndAzureFields() {
        Finding cloudStorage = ONLY.single(installer("""
                  cloudStorage:
                    serviceAccount:
                      kind: secret
                      name: gcp-storage
                """));
        assertFinding(cloudStorage, RULE, Severity.ERROR, 5, 3, "objectStorage.cloudStorage");
        Finding azure = ONLY.single(installer("""
                  azure:
                    credentials:
                      kind: secret
                """));
        assertFinding(azure, RULE, Severity.ERROR, 5, 3, "objectStorage.azure");
    }

    @Test
    void reportsAnEmptyEndpointAtTheValue() {
        Finding finding = ONLY.single(installer("""
                  s3:
                    endpoint: ""
                    credentials:
                      kind: secret
                      name: s3-storage
                """));
        assertFinding(finding, RULE, Severity.ERROR, 6, 15, "objectStorage.s3.endpoint");
    }

    private static final String S3_AND_GCS = """
              s3:
                endpoint: s3.eu-west-1.amazonaws.com
                credentials:
                  kind: secret
                  name: s3-storage
              cloudStorage:
                project: gcp-project
                serviceAccount:
                  kind: secret
                  name: gcp-storage
            """;

    @Test
    void aSecondCompleteBlockIsNotAnError() {
        ONLY.assertNoFinding(installer(S3_AND_GCS));
    }

    @Test
    void aSecondCompleteBlockIsAnIgnoredBlockWarningThatNamesTheBlockInUse() {
        Finding finding = Checks.only("config-ignored-block").single(installer(S3_AND_GCS));
        assertFinding(finding, "config-ignored-block", Severity.WARNING, 10, 3, "objectStorage.cloudStorage");
        assertEquals(
                "Ignored setting: objectStorage.cloudStorage is ignored because objectStorage.s3 is set as well: the "
                        + "installer uses the first of azure, s3 and cloudStorage that is set, so it stores workspace content in "
                        + "S3.",
                finding.message());
        assertEquals(
                "Remove objectStorage.cloudStorage, or remove objectStorage.s3 if Google Cloud Storage is the storage "
                        + "you mean.",
                finding.fix());
    }

    @Test
    void azureWinsOverS3() {
        String yaml = installer("""
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                    credentials:
                      kind: secret
                      name: s3-storage
                  azure:
                    credentials:
                      kind: secret
                      name: azure-storage
                """);
        ONLY.assertNoFinding(yaml);
        Finding ignored = Checks.only("config-ignored-block").single(yaml);
        assertFinding(ignored, "config-ignored-block", Severity.WARNING, 5, 3, "objectStorage.s3");
        assertTrue(ignored.message().contains("stores workspace content in Azure Blob Storage"), ignored.message());
    }

    @Test
    void anUnusedBlockWithoutItsRequiredFieldsIsStillAnError() {
        // The installer's validator checks every block that is present, used or not.
        Finding finding = ONLY.single(installer("""
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                  azure:
                    credentials:
                      kind: secret
                      name: azure-storage
                """));
        assertFinding(finding, RULE, Severity.ERROR, 5, 3, "objectStorage.s3");
        assertTrue(finding.message().startsWith("objectStorage.s3 lacks credentials"), finding.message());
    }

    @Test
    void theIamRoleHintIsGivenOnlyForS3Credentials() {
        Finding s3 = ONLY.single(installer("  s3:\n    endpoint: s3.eu-west-1.amazonaws.com\n"));
        assertTrue(s3.message().contains("later installers accept IAM roles"), s3.message());
        Finding azure = ONLY.single(installer("  azure: {}\n"));
        assertTrue(azure.message().startsWith("objectStorage.azure lacks credentials"), azure.message());
        assertFalse(azure.message().contains("IAM"), azure.message());
        Finding gcs = ONLY.single(installer("  cloudStorage:\n    project: p\n"));
        assertFalse(gcs.message().contains("IAM"), gcs.message());
    }

    @Test
    void acceptsCompleteBlocksAndIgnoresThemBesideInCluster() {
        String s3 = """
                  s3:
                    endpoint: s3-provider.com
                    credentials:
                      kind: secret
                      name: s3-storage
                """;
        ONLY.assertNoFinding(installer(s3));
        ONLY.assertNoFinding(installer("  azure:\n    credentials:\n      kind: secret\n      name: a\n"));
        ONLY.assertNoFinding(installer("  s3:\n    bucket: b\n").replace("inCluster: false", "inCluster: true"));
        ONLY.assertNoFinding("apiVersion: v1\ndomain: gitpod.example.com\n");
    }

    @Test
    void reportsAnUnknownKotsProvider() {
        Finding finding = ONLY.single(kotsValuesWithoutMetadata("""
                    store_provider:
                      value: s33
                """));
        assertFinding(finding, RULE, Severity.ERROR, 6, 14, "spec.values.store_provider.value");
        assertEquals(
                "store_provider 's33' is not a storage provider of Gitpod's KOTS admin console (incluster, s3, gcp or "
                        + "azure): the installer stops with 'unknown storage provider: s33'. Did you mean 's3'?",
                finding.message());
        Finding minio = ONLY.single(kotsValuesWithoutMetadata("    store_provider:\n      value: minio\n"));
        assertFinding(minio, RULE, Severity.ERROR, 6, 14, "spec.values.store_provider.value");
        assertFalse(minio.message().contains("Did you mean"), minio.message());
    }

    @Test
    void listsTheMissingKotsItemsOfEachProvider() {
        Finding s3 = ONLY.single(kotsValuesWithoutMetadata("""
                    store_provider:
                      value: s3
                    store_s3_access_key_id:
                      value: AKIAEXAMPLEACCESS
                """));
        assertFinding(s3, RULE, Severity.ERROR, 6, 14, "spec.values.store_provider.value");
        assertEquals(
                "store_provider is \"s3\", but store_region and store_s3_secret_access_key are not set: the KOTS admin "
                        + "console requires store_region, store_s3_endpoint, store_s3_access_key_id and store_s3_secret_access_key "
                        + "for this provider.",
                s3.message());
        assertEquals("Set store_region and store_s3_secret_access_key.", s3.fix());
        assertFalse(s3.message().contains("AKIAEXAMPLEACCESS"));
        Finding gcp = ONLY.single(kotsValuesWithoutMetadata("""
                    store_provider:
                      value: gcp
                    store_region:
                      value: europe-west1
                    store_gcp_project:
                      value: sh-automated-tests
                """));
        assertFinding(gcp, RULE, Severity.ERROR, 6, 14, "spec.values.store_provider.value");
        assertTrue(gcp.message().contains("but store_gcp_credentials is not set"), gcp.message());
        Finding azure = ONLY.single(kotsValuesWithoutMetadata("""
                    store_provider:
                      value: azure
                    store_azure_account_name:
                      value: gitpodstorage
                    store_azure_access_key:
                      value: example-azure-key
                """));
        assertFinding(azure, RULE, Severity.ERROR, 6, 14, "spec.values.store_provider.value");
        assertTrue(azure.message().contains("but store_region is not set"), azure.message());
    }

    @Test
    void acceptsCompleteKotsProvidersAndPlaceholders() {
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("""
                    store_provider:
                      value: "s3"
                    store_region:
                      value: "${REGION}"
                    store_s3_endpoint:
                      value: "${ENDPOINT}"
                    store_s3_access_key_id:
                      value: "${S3_ACCESS_KEY_ID}"
                    store_s3_secret_access_key:
                      value: "${S3_SECRET_ACCESS_KEY}"
                """));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("    store_provider:\n      value: ${PROVIDER}\n"));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("    store_provider:\n      value: incluster\n"));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("    domain:\n      value: gitpod.example.com\n"));
    }
}
