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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryS3EndpointRegionRuleTest {

    private static final String RULE = "registry-s3-endpoint-region";
    private static final Checks.Run ONLY = Checks.only(RULE);

    private static void assertAtEndpoint(Finding finding) {
        assertFinding(finding, RULE, Severity.ERROR, 8, 15, "containerRegistry.s3storage.endpoint");
    }

    /** Region at line 7, column 13; endpoint at line 8, column 15. */
    private static String installer(String region, String endpoint) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: registry-bucket
                    region: %s
                    endpoint: %s
                    certificate:
                      kind: secret
                      name: s3-backend
                """.formatted(region, endpoint);
    }

    /** Region at line 10, column 14; endpoint (when given) at line 18, column 14. */
    private static String kotsBackend(String region, String endpointItem) {
        return kotsValuesWithoutMetadata("""
                    reg_incluster:
                      value: "1"
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_region:
                      value: %s
                    reg_incluster_storage_s3_bucketname:
                      value: registry-bucket
                    reg_incluster_storage_s3_accesskey:
                      value: AKIAEXAMPLEACCESS
                    reg_incluster_storage_s3_secretkey:
                      value: example-secret-key-value
                %s""".formatted(region, endpointItem));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
        "us-east-1, s3.amazonaws.com",
        "us-east-1, s3.us-east-1.amazonaws.com",
        "us-east-1, s3-external-1.amazonaws.com",
        "eu-west-1, s3.eu-west-1.amazonaws.com",
        "eu-west-1, s3-eu-west-1.amazonaws.com",
        "eu-west-1, s3.dualstack.eu-west-1.amazonaws.com",
        "us-east-2, s3-fips.us-east-2.amazonaws.com",
        "us-east-2, s3-fips.dualstack.us-east-2.amazonaws.com",
        "cn-northwest-1, s3.cn-northwest-1.amazonaws.com.cn",
        "cn-north-1, s3.dualstack.cn-north-1.amazonaws.com.cn",
        "us-gov-west-1, s3-fips.us-gov-west-1.amazonaws.com",
        "us-gov-east-1, s3.us-gov-east-1.amazonaws.com",
        "eu-west-2, minio.example.com:9000",
        "eu-west-9, ceph-rgw.storage.svc:7480",
        "local, s3-provider.com",
        "${REGION}, s3.amazonaws.com",
        "eu-west-2, ${ENDPOINT}"
    })
    void acceptsEndpointsOfTheSameRegionAndNonAwsEndpoints(String region, String endpoint) {
        ONLY.assertNoFinding(installer(region, endpoint));
    }

    @Test
    void reportsTheGlobalEndpointOutsideUsEast1() {
        Finding finding = ONLY.single(installer("eu-west-2", "s3.amazonaws.com"));
        assertAtEndpoint(finding);
        assertTrue(
                finding.message().contains("'s3.amazonaws.com' is the global endpoint, which serves us-east-1 only"),
                finding.message());
        assertTrue(
                finding.message().contains("For eu-west-2 the endpoint is s3.eu-west-2.amazonaws.com."),
                finding.message());
        assertTrue(finding.message().contains("503"), finding.message());
        assertEquals(
                "Set containerRegistry.s3storage.endpoint: s3.eu-west-2.amazonaws.com (a dual-stack or FIPS endpoint of "
                        + "eu-west-2 works as well), or correct containerRegistry.s3storage.region if the bucket is in another Region.",
                finding.fix());
    }

    @Test
    void reportsAnAwsHostThatIsNotAnS3Endpoint() {
        // Gitpod's aws-setup render fixture: "Invalid endpoint - use to differentiate from objectStorage".
        Finding finding = ONLY.single(installer("eu-west-2", "registry.amazonaws.com # Invalid endpoint"));
        assertAtEndpoint(finding);
        assertTrue(finding.message().contains("'registry.amazonaws.com' is an AWS host, but not an S3 endpoint."));
        assertTrue(finding.message().contains("s3.eu-west-2.amazonaws.com"));
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @CsvSource({
        "eu-west-1, s3.eu-west-2.amazonaws.com, s3.eu-west-1.amazonaws.com",
        "eu-west-1, s3.dualstack.eu-central-1.amazonaws.com, s3.eu-west-1.amazonaws.com",
        "eu-west-1, s3-us-west-2.amazonaws.com, s3.eu-west-1.amazonaws.com",
        "us-east-1, s3-fips.us-east-2.amazonaws.com, s3.us-east-1.amazonaws.com (or s3.amazonaws.com)",
        "us-gov-west-1, s3.us-gov-east-1.amazonaws.com, s3.us-gov-west-1.amazonaws.com",
        "us-gov-west-1, s3.amazonaws.com, s3.us-gov-west-1.amazonaws.com",
        "cn-northwest-1, s3.amazonaws.com, s3.cn-northwest-1.amazonaws.com.cn",
        "cn-north-1, s3.cn-northwest-1.amazonaws.com.cn, s3.cn-north-1.amazonaws.com.cn"
    })
    void reportsEndpointsOfAnotherRegion(String region, String endpoint, String expected) {
        Finding finding = ONLY.single(installer(region, endpoint));
        assertAtEndpoint(finding);
        assertTrue(
                finding.message()
                        .contains("but the bucket's Region (containerRegistry.s3storage.region) is " + region + "."),
                finding.message());
        assertTrue(
                finding.message().contains("For " + region + " the endpoint is " + expected + "."), finding.message());
    }

    @Test
    void reportsALegacyDashEndpointOfARegionLaunchedAfter2019March20() {
        Finding finding = ONLY.single(installer("me-south-1", "s3-me-south-1.amazonaws.com"));
        assertAtEndpoint(finding);
        assertTrue(
                finding.message()
                        .startsWith("containerRegistry.s3storage.endpoint: 's3-me-south-1.amazonaws.com' is the "
                                + "legacy dash-form endpoint, which AWS serves only in Regions launched before 2019-03-20; me-south-1 is "
                                + "not one of them. For me-south-1 the endpoint is s3.me-south-1.amazonaws.com."),
                finding.message());
        assertTrue(
                finding.fix().startsWith("Set containerRegistry.s3storage.endpoint: s3.me-south-1.amazonaws.com "),
                finding.fix());
    }

    @Test
    void reportsAChinaRegionWithoutTheChinaSuffix() {
        Finding finding = ONLY.single(installer("cn-north-1", "s3.cn-north-1.amazonaws.com"));
        assertAtEndpoint(finding);
        assertTrue(
                finding.message().contains("the endpoints of China Regions end in .amazonaws.com.cn"),
                finding.message());
        assertTrue(
                finding.fix().startsWith("Set containerRegistry.s3storage.endpoint: s3.cn-north-1.amazonaws.com.cn "));
    }

    @Test
    void reportsTheChinaSuffixOutsideChina() {
        Finding finding = ONLY.single(installer("eu-west-1", "s3.eu-west-1.amazonaws.com.cn"));
        assertAtEndpoint(finding);
        assertTrue(finding.message().contains("ends in .amazonaws.com.cn, which only the China Regions use"));
    }

    @Test
    void reportsAnUnknownRegionOnceWithTheNearestName() {
        Finding finding = ONLY.single(installer("eu-west-9", "s3.eu-west-9.amazonaws.com"));
        assertFinding(finding, RULE, Severity.ERROR, 7, 13, "containerRegistry.s3storage.region");
        assertTrue(finding.message().contains("'eu-west-9' is not an AWS Region"), finding.message());
        assertTrue(finding.message().contains("Did you mean 'eu-west-1'?"), finding.message());
        assertTrue(
                finding.fix().contains("containerRegistry.s3storage.endpoint: s3.eu-west-1.amazonaws.com"),
                finding.fix());
        assertTrue(finding.fix().contains("If AWS opened 'eu-west-9' after "), finding.fix());
    }

    @Test
    void reportsLocalAsNoAwsRegion() {
        Finding finding = ONLY.single(installer("local", "s3.eu-west-1.amazonaws.com"));
        assertFinding(finding, RULE, Severity.ERROR, 7, 13, "containerRegistry.s3storage.region");
        assertTrue(finding.message().contains("'local', the region name of the in-cluster MinIO"), finding.message());
        assertTrue(finding.fix().startsWith("Set containerRegistry.s3storage.region: eu-west-1 "), finding.fix());
    }

    @Test
    void ignoresABackendTheInstallerIgnores() {
        String yaml = installer("eu-west-2", "s3.amazonaws.com").replace("inCluster: true", "inCluster: false");
        ONLY.assertNoFinding(yaml);
    }

    @Test
    void leavesAMissingRegionToTheIncompleteRule() {
        String yaml = installer("eu-west-2", "s3.amazonaws.com").replace("    region: eu-west-2\n", "");
        ONLY.assertNoFinding(yaml);
    }

    @Test
    void checksTheConfigOfAnInstallationResource() {
        String yaml = """
                apiVersion: install.gitpod.io/v1alpha1
                kind: Installation
                metadata:
                  name: gitpod
                spec:
                  config:
                    domain: gitpod.example.com
                    containerRegistry:
                      inCluster: true
                      s3storage:
                        bucket: registry-bucket
                        region: ap-southeast-2
                        endpoint: s3.amazonaws.com
                """;
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.ERROR, 13, 19, "spec.config.containerRegistry.s3storage.endpoint");
        assertTrue(finding.message().contains("s3.ap-southeast-2.amazonaws.com"));
    }

    @Test
    void reportsTheKotsPrefilledEndpointAtTheValues() {
        Finding finding = ONLY.single(kotsBackend("eu-west-2", ""));
        assertFinding(finding, RULE, Severity.ERROR, 4, 3, "spec.values.reg_incluster_storage_s3_endpoint.value");
        assertTrue(
                finding.message()
                        .startsWith("reg_incluster_storage_s3_endpoint is not set, so KOTS uses its pre-filled "
                                + "'s3.amazonaws.com': 's3.amazonaws.com' is the global endpoint"),
                finding.message());
        assertTrue(
                finding.fix().startsWith("Set reg_incluster_storage_s3_endpoint to \"s3.eu-west-2.amazonaws.com\""),
                finding.fix());
        assertFalse(finding.message().contains("example-secret-key-value"));
    }

    @Test
    void reportsAKotsEndpointOfAnotherRegion() {
        String endpoint = """
                    reg_incluster_storage_s3_endpoint:
                      value: s3.eu-west-1.amazonaws.com
                """;
        Finding finding = ONLY.single(kotsBackend("eu-west-2", endpoint));
        assertFinding(finding, RULE, Severity.ERROR, 18, 14, "spec.values.reg_incluster_storage_s3_endpoint.value");
        assertTrue(finding.message().contains("the bucket's Region (reg_incluster_storage_s3_region) is eu-west-2"));
    }

    @Test
    void acceptsKotsValuesOfOneRegionAndThePrefilledEndpointInUsEast1() {
        String endpoint = """
                    reg_incluster_storage_s3_endpoint:
                      value: s3.cn-north-1.amazonaws.com.cn
                """;
        ONLY.assertNoFinding(kotsBackend("cn-north-1", endpoint));
        ONLY.assertNoFinding(kotsBackend("us-east-1", ""));
    }

    @Test
    void reportsAnUnknownKotsRegion() {
        Finding finding = ONLY.single(kotsBackend("eu-wset-2", ""));
        assertFinding(finding, RULE, Severity.ERROR, 10, 14, "spec.values.reg_incluster_storage_s3_region.value");
        assertTrue(finding.message().contains("Did you mean 'eu-west-2'?"), finding.message());
        assertTrue(
                finding.fix()
                        .startsWith("Set reg_incluster_storage_s3_region to \"eu-west-2\" and "
                                + "reg_incluster_storage_s3_endpoint to \"s3.eu-west-2.amazonaws.com\"."),
                finding.fix());
    }

    @Test
    void ignoresTheKotsBackendOfAnExternalRegistry() {
        String yaml = kotsBackend("eu-west-2", "").replace("value: \"1\"", "value: \"0\"");
        ONLY.assertNoFinding(yaml);
    }
}
