package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource({
        "containerRegistry, containerRegistry, 0",
        "ContainerRegistry, containerRegistry, 0",
        "conatinerRegistry, containerRegistry, 1",
        "containerRegistr, containerRegistry, 1",
        "containerRegistrys, containerRegistry, 1",
        "containerRegistery, containerRegistry, 1",
        "kind, knid, 1",
        "'', abc, 3",
        "abc, xyz, 3"
    })
    void distance(String a, String b, int expected) {
        assertEquals(expected, Suggestions.distance(a, b));
        assertEquals(expected, Suggestions.distance(b, a), "symmetric");
    }

    @Test
    void nearestPicksTheClosestAndBreaksTiesAlphabetically() {
        List<String> keys = List.of("inCluster", "external", "s3storage", "privateBaseImageAllowList");
        assertEquals(Optional.of("external"), Suggestions.nearest("extrenal", keys));
        assertEquals(Optional.of("inCluster"), Suggestions.nearest("incluster", keys));
        assertEquals(Optional.of("abd"), Suggestions.nearest("abc", List.of("abe", "abd")), "equal distance: alphabetical");
        assertEquals(Optional.of("abd"), Suggestions.nearest("abc", List.of("abd", "abe")));
        assertEquals(Optional.empty(), Suggestions.nearest("abc", List.of()));
    }

    @Test
    void likelyTypoAllowsOneEditForShortNamesAndTwoForLongOnes() {
        assertTrue(Suggestions.isLikelyTypo("domian", "domain"));
        assertTrue(Suggestions.isLikelyTypo("containerRegisty", "containerRegistry"));
        assertTrue(Suggestions.isLikelyTypo("kidn", "kind"));
        assertFalse(Suggestions.isLikelyTypo("kxyd", "kind"));
        assertTrue(Suggestions.isLikelyTypo("objectStorge", "objectStorage"));
        assertFalse(Suggestions.isLikelyTypo("hostname", "domain"));
    }

    @Test
    void hugeNamesAreNotComparedQuadratically() {
        String huge = "k".repeat(5_000_000);
        int distance = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Suggestions.distance(huge, "kind"));
        assertEquals(5_000_000, distance);
    }
}
