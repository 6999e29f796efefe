package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.check.S3RuleHarness.kots;
import static dev.gitpodconfig.check.S3RuleHarness.location;
import static dev.gitpodconfig.check.S3RuleHarness.locations;
import static dev.gitpodconfig.check.S3RuleHarness.s3ObjectStorage;
import static dev.gitpodconfig.check.S3RuleHarness.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryAwsInClusterS3RuleTest {

    private static final String RULE = "registry-aws-in-cluster-s3";

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
        Finding finding = single(RULE, installer("local", "s3.amazonaws.com"));
        assertEquals(RULE + " warning 4:14 containerRegistry.inCluster", location(finding));
        assertTrue(finding.message().startsWith("This install runs on AWS (objectStorage.s3.endpoint is the AWS endpoint "
                + "s3.amazonaws.com), but the in-cluster registry has no S3 backend"), finding.message());
        assertTrue(finding.message().contains("use the in-cluster registry with S3 as its storage provider"), finding.message());
        assertEquals("Add containerRegistry.s3storage with bucket, region (the bucket's Region), endpoint "
                + "(s3.<region>.amazonaws.com) and certificate (a secret with s3AccessKey and s3SecretKey).", finding.fix());
    }

    @Test
    void takesTheRegionForTheFixFromTheConfig() {
        Finding finding = single(RULE, installer("eu-west-1", "s3.eu-west-1.amazonaws.com"));
        assertTrue(finding.fix().contains("region (eu-west-1), endpoint (s3.eu-west-1.amazonaws.com)"), finding.fix());
        Finding fromEndpoint = single(RULE, installer("local", "s3.dualstack.cn-north-1.amazonaws.com.cn"));
        assertTrue(fromEndpoint.fix().contains("region (cn-north-1), endpoint (s3.cn-north-1.amazonaws.com.cn)"), fromEndpoint.fix());
    }

    @Test
    void warnsForAnAwsRegionInTheS3BlockOfAnotherEndpoint() {
        Finding finding = single(RULE, installer("eu-west-1", "${S3_ENDPOINT}"));
        assertEquals(RULE + " warning 4:14 containerRegistry.inCluster", location(finding));
        assertTrue(finding.message().contains("the S3 object storage's region metadata.region is the AWS Region eu-west-1"),
                finding.message());
    }

    @Test
    void doesNotTakeMinioDefaultsOrPlaceholdersForAws() {
        assertEquals(List.of(), locations(RULE, installer("us-east-1", "minio.example.com:9000")));
        assertEquals(List.of(), locations(RULE, installer("local", "s3-provider.com")));
        assertEquals(List.of(), locations(RULE, installer("${REGION}", "${ENDPOINT}")));
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
        Finding finding = single(RULE, yaml);
        assertEquals(RULE + " warning 1:1 ", location(finding));
        assertTrue(finding.message().contains("(repository names an Amazon ECR registry)"), finding.message());
        assertTrue(finding.fix().contains("region (cn-northwest-1), endpoint (s3.cn-northwest-1.amazonaws.com.cn)"), finding.fix());
    }

    @Test
    void isQuietWithAnS3BackendAnExternalRegistryOrWithoutAwsSigns() {
        String backend = installer("eu-west-1", "s3.eu-west-1.amazonaws.com").replace("  inCluster: true\n",
                "  inCluster: true\n  s3storage:\n    bucket: b\n    region: eu-west-1\n    endpoint: s3.eu-west-1.amazonaws.com\n");
        assertEquals(List.of(), locations(RULE, backend));
        String external = installer("eu-west-1", "s3.eu-west-1.amazonaws.com").replace("  inCluster: true\n",
                "  inCluster: false\n  external:\n    url: registry.example.com/gitpod\n");
        assertEquals(List.of(), locations(RULE, external));
        String inClusterStorage = """
                apiVersion: v1
                domain: gitpod.example.com
                metadata:
                  region: eu-west-1
                objectStorage:
                  inCluster: true
                """;
        assertEquals(List.of(), locations(RULE, inClusterStorage));
    }

    @Test
    void warnsForKotsS3StorageOnThePrefilledEndpoint() {
        String yaml = kots("""
                    reg_incluster:
                      value: "1"
                    reg_incluster_storage:
                      value: none
                    store_provider:
                      value: s3
                    store_region:
                      value: us-east-1
                """);
        Finding finding = single(RULE, yaml);
        assertEquals(RULE + " warning 6:14 spec.values.reg_incluster.value", location(finding));
        assertTrue(finding.message().contains("(store_s3_endpoint is the AWS endpoint s3.amazonaws.com, pre-filled by KOTS)"),
                finding.message());
        assertTrue(finding.fix().startsWith("Set reg_incluster_storage to \"s3\" and set reg_incluster_storage_s3_region (us-east-1), "
                + "reg_incluster_storage_s3_endpoint (s3.us-east-1.amazonaws.com)"), finding.fix());
    }

    @Test
    void leavesTheLegacyKotsS3SwitchToTheIncompleteRule() {
        String yaml = kots("""
                    reg_s3storage:
                      value: "1"
                    store_provider:
                      value: s3
                """);
        assertEquals(List.of(), locations(RULE, yaml));
    }
}
