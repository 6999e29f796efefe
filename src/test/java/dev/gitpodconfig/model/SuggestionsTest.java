package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.testing.Checks;
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
        assertEquals(
                Optional.of("abd"), Suggestions.nearest("abc", List.of("abe", "abd")), "equal distance: alphabetical");
        assertEquals(Optional.of("abd"), Suggestions.nearest("abc", List.of("abd", "abe")));
        assertEquals(Optional.empty(), Suggestions.nearest("abc", List.of()));
    }

    @Test
    void suggestionSaysDidYouMeanOnlyForAPlausibleTypo() {
        List<String> keys = List.of("allowInsecureConnection", "bucket", "credentials", "endpoint");
        assertEquals(Suggestion.didYouMean("endpoint"), Suggestions.suggest("endpiont", keys));
        assertEquals(Suggestion.didYouMean("credentials"), Suggestions.suggest("credentails", keys));
        assertEquals(
                new Suggestion(Suggestion.Kind.NEAREST, "bucket"),
                Suggestions.suggest("bucketName", keys),
                "four edits from a six-letter key: nearest, but no guess");
        assertEquals(Suggestion.NONE, Suggestions.suggest("bucket", List.of()));
    }

    @Test
    void aTypoMayChangeAThirdOfTheLetters() {
        List<String> certificate = List.of("certificate");
        assertEquals(Suggestion.didYouMean("certificate"), Suggestions.suggest("certxxxcate", certificate), "3 of 11");
        assertEquals(
                new Suggestion(Suggestion.Kind.NEAREST, "certificate"),
                Suggestions.suggest("cerxxxxcate", certificate),
                "4 of 11");
        assertEquals(Suggestion.didYouMean("url"), Suggestions.suggest("uxx", List.of("url")), "at least two letters");
    }

    /** The keys of containerRegistry and the top-level keys of the 2022.11.3 installer config. */
    private static final List<String> REGISTRY_KEYS =
            List.of("inCluster", "external", "s3storage", "privateBaseImageAllowList");

    private static final List<String> TOP_LEVEL_KEYS = List.of(
            "apiVersion",
            "kind",
            "domain",
            "metadata",
            "repository",
            "observability",
            "analytics",
            "database",
            "objectStorage",
            "containerRegistry",
            "certificate",
            "httpProxy",
            "imagePullSecrets",
            "workspace",
            "openVSX",
            "authProviders",
            "blockNewUsers",
            "license",
            "sshGatewayHostKey",
            "disableDefinitelyGp",
            "customCACert",
            "dropImageRepo",
            "customization",
            "components",
            "experimental");

    @ParameterizedTest(name = "{0}: no suggestion")
    @CsvSource({"host", "mirror", "certificat", "ca"})
    void aNameFarFromEveryRegistryKeyGetsNoSuggestion(String name) {
        assertEquals(Suggestion.NONE, Suggestions.suggest(name, REGISTRY_KEYS));
    }

    @Test
    void networkPolicyIsNotSaidToBeWorkspace() {
        assertEquals(Suggestion.NONE, Suggestions.suggest("networkPolicy", TOP_LEVEL_KEYS));
    }

    @ParameterizedTest(name = "{0}: did you mean {1}")
    @CsvSource({
        "inCluser, inCluster",
        "extrenal, external",
        "S3Storage, s3storage",
        "privateBaseImageAllowlist, " + "privateBaseImageAllowList"
    })
    void aTypoOfARegistryKeyGetsDidYouMean(String name, String key) {
        assertEquals(Suggestion.didYouMean(key), Suggestions.suggest(name, REGISTRY_KEYS));
    }

    @Test
    void configUnknownKeySuggestsNoFarFetchedKey() {
        Finding host = Checks.only("config-unknown-key")
                .single("containerRegistry:\n  inCluster: true\n  host: registry.example.com\n");
        assertFalse(host.fix().contains("Rename"), host.fix());
        assertFalse((host.message() + host.fix()).contains("'inCluster'"), host.message());
        Finding policy = Checks.only("config-unknown-key")
                .single("containerRegistry:\n  inCluster: true\nnetworkPolicy:\n  enabled: true\n");
        assertFalse((policy.message() + policy.fix()).contains("workspace"), policy.message());
        Finding typo = Checks.only("config-unknown-key").single("containerRegistry:\n  inCluser: true\n");
        assertTrue(typo.message().contains("Did you mean 'inCluster'?"), typo.message());
    }

    @Test
    void aNameHalfOfWhoseLettersAgreeGetsTheNearestKey() {
        assertEquals(
                new Suggestion(Suggestion.Kind.NEAREST, "repository"),
                Suggestions.suggest("registry", TOP_LEVEL_KEYS),
                "4 edits, 10 letters");
        assertEquals(
                Suggestion.NONE, Suggestions.suggest("region", TOP_LEVEL_KEYS), "5 edits from 'domain', 6 letters");
    }

    @Test
    void suggestionHasAKeyExactlyWhenItSuggestsOne() {
        assertThrows(IllegalArgumentException.class, () -> new Suggestion(Suggestion.Kind.NONE, "bucket"));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion(Suggestion.Kind.DID_YOU_MEAN, ""));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion(Suggestion.Kind.NEAREST, ""));
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
