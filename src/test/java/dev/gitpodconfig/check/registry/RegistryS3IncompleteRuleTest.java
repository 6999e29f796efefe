package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;

class RegistryS3IncompleteRuleTest {

    private static final String RULE = "registry-s3-incomplete";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** An EKS-guide file of early 2022: s3storage (line 5, column 3) without region and endpoint. */
    private static String eksGuide(String metadataRegion) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: gitpod-registry
                    certificate:
                      kind: secret
                      name: object-storage-gitpod-token
                metadata:
                  region: %s
                """.formatted(metadataRegion);
    }

    @Test
    void tellsAnOldInstallerFileWhatToAddFromMetadataRegion() {
        Finding finding = ONLY.single(eksGuide("eu-west-2"));
        assertFinding(finding, RULE, Severity.ERROR, 5, 3, "containerRegistry.s3storage");
        assertEquals(
                "containerRegistry.s3storage lacks region and endpoint. Installers from 2022.06.0 require bucket, region, "
                        + "endpoint and certificate, and stop with 'Field 'Config.ContainerRegistry.S3Storage.Region' is required'. "
                        + "Before 2022.06 the registry took its region from metadata.region (eu-west-2) and had no endpoint setting; "
                        + "this file still relies on that.",
                finding.message());
        assertEquals(
                "Add under containerRegistry.s3storage: region: eu-west-2, endpoint: s3.eu-west-2.amazonaws.com.",
                finding.fix());
    }

    @Test
    void usesTheChinaEndpointForAChinaRegion() {
        Finding finding = ONLY.single(eksGuide("cn-northwest-1"));
        assertFinding(finding, RULE, Severity.ERROR, 5, 3, "containerRegistry.s3storage");
        assertEquals(
                "Add under containerRegistry.s3storage: region: cn-northwest-1, endpoint: s3.cn-northwest-1.amazonaws.com.cn.",
                finding.fix());
    }

    @Test
    void doesNotGuessFromLocal() {
        Finding finding = ONLY.single(eksGuide("local"));
        assertFalse(finding.message().contains("(local)"), finding.message());
        assertEquals(
                "Add under containerRegistry.s3storage: region: <the bucket's Region>, endpoint: s3.<region>.amazonaws.com.",
                finding.fix());
    }

    @Test
    void namesEveryMissingField() {
        String yaml = """
                containerRegistry:
                  s3storage:
                    region: eu-central-1
                """;
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 2, 3, "containerRegistry.s3storage");
        assertTrue(
                finding.message().startsWith("containerRegistry.s3storage lacks bucket, endpoint and certificate."),
                finding.message());
        assertTrue(finding.message().contains("'Field 'Config.ContainerRegistry.S3Storage.Bucket' is required'"));
        assertEquals(
                "Add under containerRegistry.s3storage: bucket: <bucket name>, endpoint: s3.eu-central-1.amazonaws.com, "
                        + "certificate: {kind: secret, name: <a secret with s3AccessKey and s3SecretKey>}.",
                finding.fix());
    }

    @Test
    void reportsAnEmptyValueWhereItIs() {
        String yaml = """
                containerRegistry:
                  s3storage:
                    bucket: gitpod-registry
                    region: ""
                    endpoint: s3.eu-west-1.amazonaws.com
                    certificate:
                      name: s3-backend
                """;
        assertFinding(ONLY.single(yaml), RULE, Severity.ERROR, 4, 13, "containerRegistry.s3storage.region");
    }

    @Test
    void reportsANullValueWhereItIsNotAtTheBlock() {
        String yaml = """
                containerRegistry:
                  s3storage:
                    bucket: gitpod-registry
                    region: ~
                    endpoint: s3.eu-west-1.amazonaws.com
                    certificate:
                      name: s3-backend
                """;
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 4, 13, "containerRegistry.s3storage.region");
        assertTrue(finding.message().startsWith("containerRegistry.s3storage has an empty region."), finding.message());
    }

    @Test
    void acceptsACompleteBackendAndPlaceholders() {
        String yaml = """
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: ${BUCKET}
                    region: ${REGION}
                    endpoint: minio.example.com:9000
                    certificate:
                      kind: secret
                      name: s3-backend
                """;
        ONLY.assertNoFinding(yaml);
    }

    @Test
    void ignoresABackendTheInstallerIgnoresAndANullOne() {
        ONLY.assertNoFinding(eksGuide("eu-west-2").replace("inCluster: true", "inCluster: false"));
        ONLY.assertNoFinding("containerRegistry:\n  inCluster: true\n  s3storage: null\n");
    }

    @Test
    void listsTheMissingKotsItemsAtTheStorageSwitch() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_accesskey:
                      value: AKIAEXAMPLEACCESS
                    store_provider:
                      value: s3
                    store_region:
                      value: ap-southeast-2
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 6, 14, "spec.values.reg_incluster_storage.value");
        assertEquals(
                "reg_incluster_storage is \"s3\", but reg_incluster_storage_s3_region, reg_incluster_storage_s3_bucketname "
                        + "and reg_incluster_storage_s3_secretkey are not set. The KOTS admin console requires region, endpoint, bucket "
                        + "name, access key and secret key for the registry's S3 storage.",
                finding.message());
        assertEquals(
                "Set reg_incluster_storage_s3_region to \"ap-southeast-2\", reg_incluster_storage_s3_bucketname to "
                        + "\"<bucket name>\", reg_incluster_storage_s3_secretkey to \"<secret access key>\".",
                finding.fix());
    }

    @Test
    void namesTheCurrentItemsThatReplaceLegacyOnes() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_region:
                      value: eu-west-1
                    reg_incluster_storage_s3_endpoint:
                      value: s3.eu-west-1.amazonaws.com
                    reg_bucketname:
                      value: gitpod-registry
                    reg_accesskey:
                      value: AKIAEXAMPLEACCESS
                    reg_secretkey:
                      value: example-secret-key-value
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 6, 14, "spec.values.reg_incluster_storage.value");
        assertTrue(
                finding.message()
                        .contains(
                                "The file sets items of the 2022.03-04 releases instead, which later releases ignore."),
                finding.message());
        assertEquals(
                "Rename reg_bucketname to reg_incluster_storage_s3_bucketname; rename reg_accesskey to "
                        + "reg_incluster_storage_s3_accesskey; rename reg_secretkey to reg_incluster_storage_s3_secretkey.",
                finding.fix());
        assertFalse((finding.message() + finding.fix()).contains("example-secret-key-value"));
        assertFalse((finding.message() + finding.fix()).contains("AKIAEXAMPLEACCESS"));
    }

    @Test
    void reportsTheLegacyS3SwitchOfAnExternalRegistry() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: registry.example.com/gitpod
                    reg_s3storage:
                      value: "1"
                    reg_bucketname:
                      value: gitpod-registry
                    reg_accesskey:
                      value: AKIAEXAMPLEACCESS
                    reg_secretkey:
                      value: example-secret-key-value
                    store_provider:
                      value: s3
                    store_region:
                      value: eu-north-1
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 10, 14, "spec.values.reg_s3storage.value");
        assertTrue(
                finding.message()
                        .startsWith("reg_s3storage \"1\" asks for S3 storage the way KOTS releases 2022.03-04 did"),
                finding.message());
        assertEquals(
                "Replace reg_s3storage by reg_incluster \"1\" and reg_incluster_storage \"s3\", reg_bucketname by "
                        + "reg_incluster_storage_s3_bucketname, reg_accesskey by reg_incluster_storage_s3_accesskey and reg_secretkey by "
                        + "reg_incluster_storage_s3_secretkey, and add reg_incluster_storage_s3_region (eu-north-1) and "
                        + "reg_incluster_storage_s3_endpoint (s3.eu-north-1.amazonaws.com).",
                finding.fix());
        assertFalse((finding.message() + finding.fix()).contains("example-secret-key-value"));
    }

    @Test
    void acceptsACompleteKotsBackendAndALegacySwitchThatIsOff() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_region:
                      value: ${REGION}
                    reg_incluster_storage_s3_bucketname:
                      value: "${BUCKET}"
                    reg_incluster_storage_s3_accesskey:
                      value: "${S3_ACCESS_KEY_ID}"
                    reg_incluster_storage_s3_secretkey:
                      value: "${S3_SECRET_ACCESS_KEY}"
                    reg_s3storage:
                      value: "0"
                """);
        ONLY.assertNoFinding(yaml);
    }
}
