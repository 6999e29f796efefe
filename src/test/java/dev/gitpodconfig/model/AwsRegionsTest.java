package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsRegionsTest {

    @Test
    void knowsTheRegionsOfTheThreePartitions() {
        assertTrue(AwsRegions.isKnown("eu-west-1"));
        assertTrue(AwsRegions.isKnown("ap-southeast-7"));
        assertTrue(AwsRegions.isKnown("cn-northwest-1"));
        assertTrue(AwsRegions.isKnown("us-gov-west-1"));
        assertFalse(AwsRegions.isKnown("eu-west-9"));
        assertFalse(AwsRegions.isKnown("EU-WEST-1"));
        assertFalse(AwsRegions.isKnown("local"));
        assertFalse(AwsRegions.isKnown("us-iso-east-1"));
    }

    @Test
    void assignsPartitionsAndGuessesThemForUnlistedRegions() {
        assertEquals(AwsRegions.Partition.AWS, AwsRegions.partitionOf("eu-west-1"));
        assertEquals(AwsRegions.Partition.AWS_CN, AwsRegions.partitionOf("cn-north-1"));
        assertEquals(AwsRegions.Partition.AWS_US_GOV, AwsRegions.partitionOf("us-gov-east-1"));
        assertEquals(AwsRegions.Partition.AWS_CN, AwsRegions.partitionOf("cn-south-9"));
        assertEquals(AwsRegions.Partition.AWS, AwsRegions.partitionOf("eu-west-9"));
    }

    @Test
    void buildsTheDocumentedS3Endpoint() {
        assertEquals("s3.eu-west-2.amazonaws.com", AwsRegions.s3Endpoint("eu-west-2"));
        assertEquals("s3.cn-northwest-1.amazonaws.com.cn", AwsRegions.s3Endpoint("cn-northwest-1"));
        assertEquals("s3.us-gov-west-1.amazonaws.com", AwsRegions.s3Endpoint("us-gov-west-1"));
    }

    @Test
    void suggestsTheNearestRegion() {
        assertEquals("eu-west-1", AwsRegions.nearest("eu-west-9"));
        assertEquals("us-east-1", AwsRegions.nearest("us-eats-1"));
        assertEquals("eu-west-1", AwsRegions.nearest("EU-WEST-1"));
    }

    @Test
    void recognisesTheShapeOfARegionName() {
        assertTrue(AwsRegions.looksLikeRegion("eu-west-9"));
        assertTrue(AwsRegions.looksLikeRegion("us-gov-west-1"));
        assertFalse(AwsRegions.looksLikeRegion("local"));
        assertFalse(AwsRegions.looksLikeRegion("container-s3-region"));
    }

    @Test
    void readsEveryLineOfTheDataFileAndItsDate() throws IOException {
        String text;
        try (InputStream in = AwsRegions.class.getResourceAsStream(AwsRegions.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long dataLines =
                text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertEquals(dataLines, AwsRegions.size());
        assertEquals(38, AwsRegions.size());
        assertTrue(text.contains("Source:"));
        assertTrue(AwsRegions.readOn().matches("\\d{4}-\\d{2}-\\d{2}"), AwsRegions.readOn());
    }
}
