package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Inline suppression directives, severities and non-suppressible rules, through the engine. */
class SuppressionsTest {

    static final Clock TODAY =
            Clock.fixed(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod";

    static CheckResult check(String yaml) {
        return check(yaml, b -> b);
    }

    static CheckResult check(String yaml, UnaryOperator<CheckOptions.Builder> options) {
        return Checks.options(b -> options.apply(b.clock(TODAY))).check(yaml);
    }

    static String ecrConfig(String urlLineSuffix) {
        return Yaml.bareExternalRegistry(ECR + urlLineSuffix);
    }

    static String summary(Finding f) {
        return f.ruleId() + "@" + f.position().line() + ":" + f.position().column();
    }

    @Test
    void aTrailingDirectiveSuppressesTheFindingOnItsLineAndKeepsTheReason() {
        CheckResult result =
                check(ecrConfig("  # gitpod-config:ignore registry-ecr-unsupported -- migrating in OPS-7"));
        assertEquals(List.of(), result.findings());
        assertEquals(1, result.suppressed().size());
        SuppressedFinding suppressed = result.suppressed().get(0);
        assertEquals("registry-ecr-unsupported@4:10", summary(suppressed.finding()));
        assertEquals("migrating in OPS-7", suppressed.reason());
        assertNull(suppressed.until());
        assertEquals(4, suppressed.directive().line());
        assertEquals(0, result.count(Severity.ERROR));
    }

    @Test
    void aDirectiveAloneOnTheLineAboveSuppressesTheNextLineAndDirectivesMayStack() {
        String yaml = "containerRegistry:\n  inCluster: false\n  external:\n"
                + "    # gitpod-config:ignore registry-ecr-unsupported until=2027-03-15 -- until the S3 bucket exists\n"
                + "    # gitpod-config:ignore config-unknown-key -- vendor extension\n"
                + "    url: " + ECR + "\n    colour: blue\n    certificate: {kind: secret, name: ecr}\n"
                + "domain: gitpod.example.com\n";
        CheckResult result = check(yaml);
        assertEquals(
                List.of("registry-ecr-unsupported@6:10"),
                result.suppressed().stream().map(s -> summary(s.finding())).toList());
        assertEquals(LocalDate.of(2027, 3, 15), result.suppressed().get(0).until());
        // config-unknown-key is on line 7, not 6: the second directive suppresses nothing.
        assertEquals(
                List.of("suppression-unused@5:5", "config-unknown-key@7:5"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        Finding unused = result.findings().get(0);
        assertEquals(Severity.WARNING, unused.severity());
        assertTrue(unused.message().contains("no finding of config-unknown-key starts on line 6"), unused.message());
    }

    @Test
    void aDirectiveAboveAKotsItemKeyAppliesToTheItemsValueLine() {
        String yaml = Yaml.kotsExternalRegistry("reg_username", "robot", "reg_password", "pw")
                .replace("    reg_incluster:", "    reg_url:\n      value: " + ECR + "\n    reg_incluster:")
                .replace(
                        "    reg_url:",
                        "    # gitpod-config:ignore registry-ecr-unsupported -- migrating in OPS-7\n    reg_url:");
        CheckResult result = check(yaml);
        assertEquals(
                List.of("registry-ecr-unsupported@7:14"),
                result.suppressed().stream().map(s -> summary(s.finding())).toList());
        assertEquals(
                List.of(),
                result.findings().stream().map(SuppressionsTest::summary).toList());
    }

    @Test
    void aDirectiveAboveAnItemKeyReachesNoFurtherThanTheItem() {
        // The value line of the next item is not part of this one: the directive stays unused.
        String yaml = Yaml.kotsValues("    # gitpod-config:ignore registry-ecr-unsupported -- wrong place\n"
                + "    reg_note:\n      other: x\n    reg_incluster:\n      value: \"0\"\n"
                + "    reg_url:\n      value: " + ECR + "\n");
        CheckResult result = check(yaml);
        assertEquals(List.of(), result.suppressed());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("registry-ecr-unsupported")));
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("suppression-unused")));
    }

    @Test
    void aHashInsideAQuotedOrBlockScalarIsNotAComment() {
        String yaml = "containerRegistry:\n  inCluster: false\n  external:\n"
                + "    url: \"" + ECR + "\"\n"
                + "    certificate: {kind: secret, name: \"x # gitpod-config:ignore registry-ecr-unsupported -- no\"}\n"
                + "domain: |\n  # gitpod-config:ignore registry-ecr-unsupported -- not a comment\n";
        CheckResult result = check(yaml);
        // The domain, a text with a line break, is no domain name: the installer's validation says so (a warning).
        assertEquals(
                List.of("registry-ecr-unsupported@4:10", "config-invalid-value@6:9"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        assertEquals(List.of(), result.suppressed());
    }

    @Test
    void aDirectiveWithoutReasonIsInvalidAndSuppressesNothing() {
        CheckResult result = check(ecrConfig(" # gitpod-config:ignore registry-ecr-unsupported"));
        assertEquals(
                List.of("registry-ecr-unsupported@4:10", "suppression-invalid@4:62"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        Finding invalid = result.findings().get(1);
        assertEquals(Severity.ERROR, invalid.severity());
        assertEquals(new Position(4, 62, 4, 109), invalid.position());
        assertEquals(
                "Invalid suppression directive: the reason is missing: end the directive with ' -- <reason>'. "
                        + "It suppresses nothing.",
                invalid.message());
    }

    @Test
    void anUnknownRuleIdIsInvalidWithASuggestion() {
        CheckResult result = check(ecrConfig(" # gitpod-config:ignore registry-ecr-unsuported -- typo"));
        Finding invalid = result.findings().get(1);
        assertEquals("suppression-invalid", invalid.ruleId());
        assertTrue(
                invalid.message()
                        .contains(
                                "unknown rule id 'registry-ecr-unsuported' (did you mean 'registry-ecr-unsupported'?)"),
                invalid.message());
    }

    @Test
    void anExpiredDirectiveIsInvalidAndTheFindingCountsAgain() {
        CheckResult result =
                check(ecrConfig(" # gitpod-config:ignore registry-ecr-unsupported until=2027-03-14 -- temporary"));
        assertEquals(
                List.of("registry-ecr-unsupported@4:10", "suppression-invalid@4:62"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        assertTrue(result.findings().get(1).message().contains("it expired on 2027-03-14 (until=2027-03-14)"));
        assertTrue(result.findings().get(1).fix().startsWith("Fix the finding and remove the directive"));
        assertEquals(2, result.count(Severity.ERROR));
    }

    @Test
    void aNonSuppressibleRuleCannotBeSilenced() {
        CheckResult result = check(
                ecrConfig(" # gitpod-config:ignore registry-ecr-unsupported -- please"),
                b -> b.nonSuppressibleRules(Set.of("registry-ecr-unsupported")));
        assertEquals(
                List.of("registry-ecr-unsupported@4:10", "suppression-invalid@4:62"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        assertTrue(result.findings()
                .get(1)
                .message()
                .contains("'registry-ecr-unsupported' cannot be suppressed in this project (parameter"
                        + " nonSuppressibleRules)"));
    }

    @Test
    void suppressionFindingsCannotThemselvesBeSuppressed() {
        CheckResult result =
                check("# gitpod-config:ignore suppression-unused -- quiet\ncontainerRegistry:\n  inCluster: true\n"
                        + "domain: gitpod.example.com\n");
        assertEquals(
                List.of("suppression-invalid@1:1"),
                result.findings().stream().map(SuppressionsTest::summary).toList());
        assertTrue(result.findings().get(0).message().contains("'suppression-unused' cannot be suppressed"));
    }

    @Test
    void aDirectiveForASkippedRuleIsNotReportedAsUnused() {
        CheckResult result = check(
                ecrConfig(" # gitpod-config:ignore registry-ecr-unsupported -- r"),
                b -> b.skipRules(Set.of("registry-ecr-unsupported")));
        assertEquals(List.of(), result.findings());
        CheckResult off = check(
                ecrConfig(" # gitpod-config:ignore registry-ecr-unsupported -- r"),
                b -> b.severities(Map.of("registry-ecr-unsupported", "off")));
        assertEquals(List.of(), off.findings());
    }

    @Test
    void severitiesChangeEveryFindingOfARuleAndOffTurnsItOff() {
        CheckResult warning = check(ecrConfig(""), b -> b.severities(Map.of("registry-ecr-unsupported", "WARNING")));
        assertEquals(Severity.WARNING, warning.findings().get(0).severity());
        CheckResult unused = check(
                ecrConfig(" # gitpod-config:ignore config-unknown-key -- r"),
                b -> b.severities(Map.of("suppression-unused", "error")));
        assertEquals(Severity.ERROR, unused.findings().get(1).severity());
        assertEquals("suppression-unused", unused.findings().get(1).ruleId());
        CheckResult silent = check(
                ecrConfig(" # gitpod-config:ignore config-unknown-key -- r"),
                b -> b.severities(Map.of("suppression-unused", "off")));
        assertEquals(
                List.of("registry-ecr-unsupported@4:10"),
                silent.findings().stream().map(SuppressionsTest::summary).toList());
    }

    @Test
    void fingerprintsIgnoreMovedLinesButFollowTheValue() {
        String fingerprint = check(ecrConfig("")).findings().get(0).fingerprint();
        String moved =
                check("# a comment\n\n" + ecrConfig("")).findings().get(0).fingerprint();
        String otherValue = check(ecrConfig("2")).findings().get(0).fingerprint();
        assertTrue(fingerprint.matches("[0-9a-f]{32}"), fingerprint);
        assertEquals(fingerprint, moved);
        assertTrue(!fingerprint.equals(otherValue));
    }

    @Test
    void theFingerprintTakesNoPartInEquality() {
        Finding found = check(ecrConfig("")).findings().get(0);
        Finding plain = new Finding(
                found.ruleId(),
                found.severity(),
                found.file(),
                found.position(),
                found.yamlPath(),
                found.message(),
                found.fix());
        assertEquals(plain, found);
        assertEquals(plain.hashCode(), found.hashCode());
    }

    @Test
    void knownFixesCarryTheirReplacement() {
        CheckResult typo = check(
                "domain: gitpod.example.com\nmetadata:\n  region: eu-west-1\ncontainerRegistery:\n  inCluster: true\n");
        assertEquals("config-unknown-key@4:1", summary(typo.findings().get(0)));
        assertEquals("containerRegistry", typo.findings().get(0).replacement());
        CheckResult quoted = check("containerRegistry:\n  inCluster: \"False\"\ndomain: gitpod.example.com\n");
        Finding wrongType = quoted.findings().get(0);
        assertEquals("config-wrong-type@2:14", summary(wrongType));
        assertEquals("false", wrongType.replacement());
        assertNull(check(ecrConfig("")).findings().get(0).replacement());
    }
}
