package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArtifactRegistryLocationsTest {

    @Test
    void knowsRegionsAndMultiRegions() {
        for (String location : new String[] {
            "us",
            "europe",
            "asia",
            "europe-west1",
            "asia-northeast1",
            "us-central1",
            "northamerica-south1",
            "africa-south1"
        }) {
            assertTrue(ArtifactRegistryLocations.isKnown(location), location);
        }
        assertFalse(ArtifactRegistryLocations.isKnown("eu"));
        assertFalse(ArtifactRegistryLocations.isKnown("europe-west5"));
        assertTrue(ArtifactRegistryLocations.isKnown("Europe-West1"));
    }

    @Test
    void theDataFileHasNoDuplicatesAndNoComments() {
        assertEquals(
                Set.copyOf(ArtifactRegistryLocations.all()).size(),
                ArtifactRegistryLocations.all().size());
        assertTrue(
                ArtifactRegistryLocations.all().stream().allMatch(l -> l.matches("[a-z]+(-[a-z]+\\d+)?")),
                ArtifactRegistryLocations.all()::toString);
        assertThrows(
                UnsupportedOperationException.class,
                () -> ArtifactRegistryLocations.all().add("x"));
    }

    @Test
    void suggestsTheNearestLocation() {
        assertEquals(Optional.of("europe-west1"), ArtifactRegistryLocations.nearest("europ-west1"));
        assertEquals(Optional.of("us-central1"), ArtifactRegistryLocations.nearest("us-centrall"));
        assertEquals(Optional.of("asia"), ArtifactRegistryLocations.nearest("asai"));
    }

    @Test
    void extractsTheLocationOfADockerHost() {
        assertEquals(Optional.of("europe-west1"), ArtifactRegistryLocations.locationOf("europe-west1-docker.pkg.dev"));
        assertEquals(Optional.of("us"), ArtifactRegistryLocations.locationOf("US-docker.pkg.dev"));
        assertEquals(Optional.empty(), ArtifactRegistryLocations.locationOf("-docker.pkg.dev"));
        assertEquals(Optional.empty(), ArtifactRegistryLocations.locationOf("gcr.io"));
    }
}
