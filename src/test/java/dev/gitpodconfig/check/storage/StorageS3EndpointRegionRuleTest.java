package dev.gitpodconfig.check.storage;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static dev.gitpodconfig.testing.Yaml.s3ObjectStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageS3EndpointRegionRuleTest {

    private static final String RULE = "storage-s3-endpoint-region";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** metadata.region at line 4, column 11; objectStorage.s3.endpoint at line 8, column 15. */
    private static String installer(String region, String endpoint) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                metadata:
                  region: %s
                """.formatted(region) + s3ObjectStorage(endpoint);
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
        "eu-west-2, s3.eu-west-2.amazonaws.com",
        "us-east-1, s3.amazonaws.com",
        "eu-west-2, s3-eu-west-2.amazonaws.com",
        "eu-west-2, s3.dualstack.eu-west-2.amazonaws.com",
        "us-gov-west-1, s3-fips.us-gov-west-1.amazonaws.com",
        "cn-north-1, s3.cn-north-1.amazonaws.com.cn",
        "local, s3-provider.com",
        "local, minio.example.com:9000",
        "s3-region, s3-endpoint.com",
        "${REGION}, s3.amazonaws.com"
    })
    void acceptsMatchingAndNonAwsEndpoints(String region, String endpoint) {
        ONLY.assertNoFinding(installer(region, endpoint));
    }

    @Test
    void warnsAboutALegacyDashEndpointOfARegionLaunchedAfter2019March20() {
        Finding finding = ONLY.single(installer("af-south-1", "s3-af-south-1.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 8, 15, "objectStorage.s3.endpoint");
        assertTrue(
                finding.message()
                        .contains("which AWS serves only in Regions launched before 2019-03-20; af-south-1 is "
                                + "not one of them. For af-south-1 the endpoint is s3.af-south-1.amazonaws.com."),
                finding.message());
    }

    @Test
    void warnsWhenTheEndpointServesAnotherRegion() {
        Finding finding = ONLY.single(installer("eu-west-2", "s3.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 8, 15, "objectStorage.s3.endpoint");
        assertTrue(
                finding.message()
                        .startsWith("objectStorage.s3.endpoint: 's3.amazonaws.com' is the global endpoint, which "
                                + "serves us-east-1 only, but the bucket's Region (metadata.region) is eu-west-2. For eu-west-2 the endpoint is "
                                + "s3.eu-west-2.amazonaws.com."),
                finding.message());
        assertTrue(
                finding.fix().startsWith("Set objectStorage.s3.endpoint: s3.eu-west-2.amazonaws.com "), finding.fix());
    }

    @Test
    void warnsForAChinaEndpointWithoutItsSuffix() {
        Finding finding = ONLY.single(installer("cn-northwest-1", "s3.cn-northwest-1.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 8, 15, "objectStorage.s3.endpoint");
        assertTrue(finding.message().contains("s3.cn-northwest-1.amazonaws.com.cn"), finding.message());
    }

    @Test
    void warnsForLocalWithAnAwsEndpoint() {
        Finding finding = ONLY.single(installer("local", "s3.eu-central-1.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 4, 11, "metadata.region");
        assertTrue(
                finding.message()
                        .startsWith("metadata.region is 'local', the region name of the in-cluster MinIO, but the "
                                + "endpoint is on AWS"),
                finding.message());
        assertEquals(
                "Set metadata.region: eu-central-1 and objectStorage.s3.endpoint: s3.eu-central-1.amazonaws.com.",
                finding.fix());
    }

    @Test
    void warnsForTheDefaultLocalRegionAtTheDocument() {
        String yaml = installer("x", "s3.amazonaws.com").replace("metadata:\n  region: x\n", "");
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.WARNING, 1, 1, "metadata.region");
        assertEquals(
                "Set metadata.region: <the bucket's Region> and objectStorage.s3.endpoint: s3.<region>.amazonaws.com.",
                finding.fix());
    }

    @Test
    void warnsForAnUnknownRegionWithTheNearestName() {
        Finding finding = ONLY.single(installer("ap-southeast-9", "s3.ap-southeast-9.amazonaws.com"));
        assertFinding(finding, RULE, Severity.WARNING, 4, 11, "metadata.region");
        assertTrue(finding.message().contains("'ap-southeast-9' is not an AWS Region"), finding.message());
        assertTrue(finding.message().contains("Did you mean 'ap-southeast-1'?"), finding.message());
    }

    @Test
    void ignoresS3BlocksThatAreNotInUse() {
        String inCluster = installer("local", "s3.amazonaws.com").replace("inCluster: false", "inCluster: true");
        ONLY.assertNoFinding(inCluster);
        String azureWins = installer("local", "s3.amazonaws.com") + "  azure:\n    credentials:\n      name: a\n";
        ONLY.assertNoFinding(azureWins);
    }

    @Test
    void warnsForKotsStoreRegionAgainstThePrefilledEndpoint() {
        String yaml = kotsValuesWithoutMetadata("""
                    store_provider:
                      value: s3
                    store_region:
                      value: eu-central-1
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.WARNING, 4, 3, "spec.values.store_s3_endpoint.value");
        assertTrue(
                finding.message()
                        .startsWith("store_s3_endpoint is not set, so KOTS uses its pre-filled 's3.amazonaws.com': "),
                finding.message());
        assertTrue(
                finding.fix().startsWith("Set store_s3_endpoint to \"s3.eu-central-1.amazonaws.com\""), finding.fix());
    }

    @Test
    void warnsForAKotsStoreRegionOfLocal() {
        String yaml = kotsValuesWithoutMetadata("""
                    store_provider:
                      value: s3
                    store_region:
                      value: local
                    store_s3_endpoint:
                      value: s3.dualstack.eu-north-1.amazonaws.com
                """);
        Finding finding = ONLY.single(yaml);
        assertFinding(finding, RULE, Severity.WARNING, 8, 14, "spec.values.store_region.value");
        assertEquals(
                "Set store_region to \"eu-north-1\" and store_s3_endpoint to \"s3.eu-north-1.amazonaws.com\".",
                finding.fix());
    }
}
