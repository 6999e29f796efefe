package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3EndpointTest {

    @ParameterizedTest(name = "{0} is {1} of {2}")
    @CsvSource({
        "s3.amazonaws.com, GLOBAL, us-east-1, false",
        "s3-external-1.amazonaws.com, GLOBAL, us-east-1, false",
        "s3.eu-west-1.amazonaws.com, REGIONAL, eu-west-1, false",
        "s3.us-east-1.amazonaws.com, REGIONAL, us-east-1, false",
        "s3-eu-west-1.amazonaws.com, DASH, eu-west-1, false",
        "s3.dualstack.eu-west-1.amazonaws.com, DUALSTACK, eu-west-1, false",
        "s3-fips.us-gov-west-1.amazonaws.com, FIPS, us-gov-west-1, false",
        "s3-fips.dualstack.us-east-2.amazonaws.com, FIPS_DUALSTACK, us-east-2, false",
        "s3.cn-northwest-1.amazonaws.com.cn, REGIONAL, cn-northwest-1, true",
        "s3.dualstack.cn-north-1.amazonaws.com.cn, DUALSTACK, cn-north-1, true",
        "HTTPS://S3.EU-WEST-2.AMAZONAWS.COM/, REGIONAL, eu-west-2, false",
        "s3.eu-west-1.amazonaws.com., REGIONAL, eu-west-1, false",
        "s3.eu-west-1.amazonaws.com:443, REGIONAL, eu-west-1, false"
    })
    void classifiesAwsS3Endpoints(String text, S3Endpoint.Form form, String region, boolean china) {
        S3Endpoint endpoint = S3Endpoint.parse(text);
        assertEquals(form, endpoint.form());
        assertEquals(Optional.of(region), endpoint.region());
        assertEquals(china, endpoint.china());
        assertTrue(endpoint.isAws());
    }

    @ParameterizedTest
    @CsvSource({
        "registry.amazonaws.com",
        "amazonaws.com",
        "bucket.s3.eu-west-1.amazonaws.com",
        "s3.amazonaws.com.cn",
        "012345678969.dkr.ecr.eu-west-2.amazonaws.com"
    })
    void otherAwsHostsAreNotS3Endpoints(String text) {
        S3Endpoint endpoint = S3Endpoint.parse(text);
        assertEquals(S3Endpoint.Form.NOT_S3, endpoint.form());
        assertTrue(endpoint.isAws());
        assertEquals(Optional.empty(), endpoint.region());
    }

    @ParameterizedTest
    @CsvSource({
        "minio.example.com:9000",
        "s3-provider.com",
        "s3.eu-west-1.wasabisys.com",
        "container-s3-bucket.com",
        "ceph-rgw.internal",
        "amazonaws.com.evil.example"
    })
    void nonAwsHostsAreOutOfScope(String text) {
        S3Endpoint endpoint = S3Endpoint.parse(text);
        assertEquals(S3Endpoint.Form.NOT_AWS, endpoint.form());
        assertFalse(endpoint.isAws());
    }

    @Test
    void servesItsRegionInItsPartitionOnly() {
        assertTrue(S3Endpoint.parse("s3.amazonaws.com").serves("us-east-1"));
        assertFalse(S3Endpoint.parse("s3.amazonaws.com").serves("eu-west-2"));
        assertTrue(S3Endpoint.parse("s3-eu-west-2.amazonaws.com").serves("eu-west-2"));
        assertTrue(S3Endpoint.parse("s3.cn-north-1.amazonaws.com.cn").serves("cn-north-1"));
        assertFalse(S3Endpoint.parse("s3.cn-north-1.amazonaws.com").serves("cn-north-1"));
        assertFalse(S3Endpoint.parse("s3.eu-west-1.amazonaws.com.cn").serves("eu-west-1"));
        assertTrue(S3Endpoint.parse("s3-fips.us-gov-east-1.amazonaws.com").serves("us-gov-east-1"));
        assertFalse(S3Endpoint.parse("registry.amazonaws.com").serves("eu-west-2"));
    }

    @ParameterizedTest(name = "s3-{0}.amazonaws.com serves {0}: {1}")
    @CsvSource({
        "us-east-1, true",
        "eu-west-1, true",
        "eu-north-1, true",
        "ap-northeast-3, true",
        "us-gov-east-1, true",
        "ap-east-1, false",
        "me-south-1, false",
        "af-south-1, false",
        "eu-south-1, false",
        "ap-southeast-3, false",
        "il-central-1, false"
    })
    void dashEndpointsServeOnlyRegionsLaunchedBefore2019March20(String region, boolean served) {
        assertEquals(served, S3Endpoint.parse("s3-" + region + ".amazonaws.com").serves(region));
        assertTrue(S3Endpoint.parse("s3." + region + ".amazonaws.com").serves(region), "the dot form always does");
    }

    @Test
    void describesWithoutSchemeOrUserinfo() {
        assertEquals(
                "'s3.amazonaws.com' is the global endpoint, which serves us-east-1 only",
                S3Endpoint.parse("https://key:secret@s3.amazonaws.com/bucket").describe());
        assertEquals(
                "'s3.dualstack.cn-north-1.amazonaws.com.cn' is the dual-stack endpoint of cn-north-1 (China)",
                S3Endpoint.parse("s3.dualstack.cn-north-1.amazonaws.com.cn").describe());
        assertEquals(
                "'registry.amazonaws.com' is an AWS host, but not an S3 endpoint",
                S3Endpoint.parse("registry.amazonaws.com").describe());
    }
}
