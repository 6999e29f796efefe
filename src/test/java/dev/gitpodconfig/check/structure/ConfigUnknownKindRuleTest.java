package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigUnknownKindRuleTest {

    private static final String RULE = "config-unknown-kind";
    private static final String REST = "domain: gitpod.example.com\ncontainerRegistry:\n  inCluster: true\n";

    @ParameterizedTest
    @CsvSource({"Fulll, Full", "full, Full", "FULL, Full", "WorkSpace, Workspace", "Ide, IDE", "webapp, WebApp"})
    void aMisspeltKindIsReportedWithTheKindItIsClosestTo(String written, String meant) {
        Finding finding =
                assertSingle("apiVersion: v1\nkind: " + written + "\n" + REST, RULE, Severity.WARNING, 2, 7, "kind");
        assertEquals(
                "Unknown installation kind '" + written + "': the installer accepts only Full, Meta, IDE, WebApp "
                        + "or Workspace (case-sensitive), and rejects this file until the kind is fixed. Did you mean '"
                        + meant
                        + "'?",
                finding.message());
        assertEquals("Set kind to '" + meant + "'.", finding.fix());
        assertEquals(meant, finding.replacement());
        assertTrue(finding.installerRejects(), "the installer's installation_kind validation rejects the file");
    }

    @Test
    void aSpaceInsideQuotesCounts() {
        Finding finding = assertSingle("kind: \" Full\"\n" + REST, RULE, Severity.WARNING, 1, 7, "kind");
        assertMessageContains(finding, "kind ' Full'", "Did you mean 'Full'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Full", "Meta", "IDE", "WebApp", "Workspace", "~", "null", "''", "${KIND}"})
    void installationKindsNullAndPlaceholdersAreNotReported(String kind) {
        assertNoFinding("apiVersion: v1\nkind: " + kind + "\n" + REST, RULE);
    }

    @Test
    void aKindFarFromEveryInstallationKindGetsTheListWithoutAGuess() {
        // Far from every kind, so a bare document is not read as an installer config; inside an Installation it is.
        Finding finding = assertSingle(
                Yaml.installation("    kind: Everything\n    domain: gitpod.example.com\n"),
                RULE,
                Severity.WARNING,
                7,
                11,
                "spec.config.kind");
        assertFalse(finding.message().contains("Did you mean"), finding.message());
        assertEquals("Set kind to one of Full, Meta, IDE, WebApp or Workspace.", finding.fix());
        assertNull(finding.replacement());
    }

    @Test
    void theRestOfTheConfigIsStillChecked() {
        String yaml = """
                apiVersion: v1
                kind: Fulll
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod
                    certificate:
                      kind: secret
                      name: container-registry
                """;
        Checks.single(Checks.check(yaml), "registry-ecr-unsupported", Checks.FILE, 7, 10);
        Checks.single(Checks.check(yaml), RULE, Checks.FILE, 2, 7);
        assertNoFinding(yaml, "config-invalid-value"); // the kind is reported once, by this rule
    }

    @Test
    void kotsHasNoKind() {
        assertNoFinding(Yaml.kotsValues("    reg_incluster:\n      value: \"1\"\n"), RULE);
    }
}
