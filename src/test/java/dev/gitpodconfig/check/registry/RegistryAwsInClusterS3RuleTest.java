package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static dev.gitpodconfig.testing.Yaml.s3ObjectStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;

class RegistryAwsInClusterS3RuleTest {

    private static final String RULE = "registry-aws-in-cluster-s3";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** In-cluster registry (inCluster at line 4, column 14) and S3 object storage. */
    private static String installer(String region, String endpoint) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                metadata:
                  region: %s
                """.formatted(region) + s3ObjectStorage(endpoint);
    }

    @Test
    void warnsWhenObjectStorageIsOnAwsS3() {
        Finding finding = ONLY.single(installer("local", "s3.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 4, 14, "containerRegistry.inCluster");
        assertTrue(
                finding.message()
                        .startsWith("This install runs on AWS (objectStorage.s3.endpoint is the AWS endpoint "
                                + "s3.amazonaws.com), but the in-cluster registry has no S3 backend"),
                finding.message());
        assertTrue(
                finding.message().contains("use the in-cluster registry with S3 as its storage provider"),
                finding.message());
        assertEquals(
                "Add containerRegistry.s3storage with bucket, region (the bucket's Region), endpoint "
                        + "(s3.<region>.amazonaws.com) and certificate (a secret with s3AccessKey and s3SecretKey).",
                finding.fix());
    }

    @Test
    void takesTheRegionForTheFixFromTheConfig() {
        Finding finding = ONLY.single(installer("eu-west-1", "s3.eu-west-1.amazonaws.com"));
        assertTrue(finding.fix().contains("region (eu-west-1), endpoint (s3.eu-west-1.amazonaws.com)"), finding.fix());
        Finding fromEndpoint = ONLY.single(installer("local", "s3.dualstack.cn-north-1.amazonaws.com.cn"));
        assertTrue(
                fromEndpoint.fix().contains("region (cn-north-1), endpoint (s3.cn-north-1.amazonaws.com.cn)"),
                fromEndpoint.fix());
    }

    @Test
    void warnsForAnAwsRegionInTheS3BlockOfAnotherEndpoint() {
        Finding finding = ONLY.single(installer("eu-west-1", "${S3_ENDPOINT}"));
        assertFinding(finding, RULE, Severity.WARNING, 4, 14, "containerRegistry.inCluster");
        assertTrue(
                finding.message()
                        .contains("the S3 object storage's region metadata.region is the AWS Region eu-west-1"),
                finding.message());
    }

    @Test
    void doesNotTakeMinioDefaultsOrPlaceholdersForAws() {
        ONLY.assertNoFinding(installer("us-east-1", "minio.example.com:9000"));
        ONLY.assertNoFinding(installer("local", "s3-provider.com"));
        ONLY.assertNoFinding(installer("${REGION}", "${ENDPOINT}"));
    }

    @Test
    void warnsForAnEcrHostAnywhereEvenInRepository() {
        String yaml = """
                apiVersion: v1
                domain: gitpod.example.com
                repository: 318804062415.dkr.ecr.cn-northwest-1.amazonaws.com.cn/dockerhub/eu.gcr.io/gitpod-core-dev/build
                metadata:
                  region: cn-northwest-1
                objectStorage:
                  inCluster: true
                """;
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.WARNING, 1, 1, "");
        assertTrue(finding.message().contains("(repository names an Amazon ECR registry)"), finding.message());
        assertTrue(
                finding.fix().contains("region (cn-northwest-1), endpoint (s3.cn-northwest-1.amazonaws.com.cn)"),
                finding.fix());
    }

    @Test
    void isQuietWithAnS3BackendAnExternalRegistryOrWithoutAwsSigns() {
        String backend = installer("eu-west-1", "s3.eu-west-1.amazonaws.com")
                .replace(
                        "  inCluster: true\n",
                        "  inCluster: true\n  s3storage:\n    bucket: b\n    region: eu-west-1\n    endpoint: s3.eu-west-1.amazonaws.com\n");
        ONLY.assertNoFinding(backend);
        String external = installer("eu-west-1", "s3.eu-west-1.amazonaws.com")
                .replace(
                        "  inCluster: true\n",
                        "  inCluster: false\n  external:\n    url: registry.example.com/gitpod\n");
        ONLY.assertNoFinding(external);
        String inClusterStorage = """
                apiVersion: v1
                domain: gitpod.example.com
                metadata:
                  region: eu-west-1
                objectStorage:
                  inCluster: true
                """;
        ONLY.assertNoFinding(inClusterStorage);
    }

    @Test
    void warnsForKotsS3StorageOnThePrefilledEndpoint() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster:
                      value: "1"
                    reg_incluster_storage:
                      value: none
                    store_provider:
                      value: s3
                    store_region:
                      value: us-east-1
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.WARNING, 6, 14, "spec.values.reg_incluster.value");
        assertTrue(
                finding.message()
                        .contains("(store_s3_endpoint is the AWS endpoint s3.amazonaws.com, pre-filled by KOTS)"),
                finding.message());
        assertTrue(
                finding.fix()
                        .startsWith(
                                "Set reg_incluster_storage to \"s3\" and set reg_incluster_storage_s3_region (us-east-1), "
                                        + "reg_incluster_storage_s3_endpoint (s3.us-east-1.amazonaws.com)"),
                finding.fix());
    }

    @Test
    void leavesTheLegacyKotsS3SwitchToTheIncompleteRule() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_s3storage:
                      value: "1"
                    store_provider:
                      value: s3
                """);
        ONLY.assertNoFinding(yaml);
    }
}
