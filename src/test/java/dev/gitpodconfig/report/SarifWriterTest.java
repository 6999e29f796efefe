package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.SeverityOverrides;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.load.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifWriterTest {

    private static final ToolInfo TOOL =
            new ToolInfo("gitpod-config-maven-plugin", "1.2.3", "https://example.org/plugin");

    @TempDir
    static Path base;

    static String sarif;
    static JsonNode run;

    @BeforeAll
    static void writeTheFixture() throws Exception {
        CheckResult result = ReportFixture.check(base);
        GitpodConfigChecker checker = ReportFixture.checker(base);
        sarif = writer(checker).write(result, base);
        run = JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
    }

    private static SarifWriter writer(GitpodConfigChecker checker) {
        return new SarifWriter(
                TOOL,
                Rules.all().stream().map(Rule::info).toList(),
                checker.severityOverrides(),
                checker.disabledRules());
    }

    @Test
    void validatesAgainstTheOfficialSchema() {
        assertEquals(List.of(), SarifSchema.errors(sarif));
    }

    @Test
    void theDriverListsEveryRuleWithDescriptionsHelpAndLevel() {
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("gitpod-config-maven-plugin", driver.get("name").asString());
        assertEquals("1.2.3", driver.get("version").asString());
        assertEquals("https://example.org/plugin", driver.get("informationUri").asString());
        JsonNode rules = driver.get("rules");
        assertEquals(Rules.all().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String id = Rules.all().get(i).info().id();
            assertEquals(id, rule.get("id").asString());
            RuleInfo info = Rules.all().get(i).info();
            assertEquals(
                    info.summary().replace("`", ""),
                    rule.get("shortDescription").get("text").asString());
            String full = rule.get("fullDescription").get("text").asString();
            assertTrue(full.startsWith(info.rationale().replace("`", "").replace('\n', ' ') + " Sources: "), full);
            assertTrue(full.contains(" (" + info.sources().get(0).url() + ")"), full);
            assertFalse(full.contains("`") || full.contains("\n"), full);
            assertTrue(
                    rule.get("help")
                            .get("text")
                            .asString()
                            .startsWith("Fix: " + info.fix().replace("`", "")),
                    id);
            assertEquals(
                    "https://example.org/plugin/blob/main/docs/rules.md#" + id,
                    rule.get("helpUri").asString());
            String markdown = rule.get("help").get("markdown").asString();
            assertTrue(markdown.startsWith("**Why:** " + info.rationale()), markdown);
            assertTrue(markdown.contains("**Fix:** " + info.fix()), markdown);
            assertTrue(markdown.endsWith("(https://example.org/plugin/blob/main/docs/rules.md#" + id + ")"), markdown);
            JsonNode tags = rule.get("properties").get("tags");
            assertEquals(1, tags.size(), id);
            assertTrue(
                    List.of("registry", "storage", "database", "security", "structure")
                            .contains(tags.get(0).asString()),
                    id);
            assertEquals(
                    id.startsWith("registry-")
                            ? "registry"
                            : id.startsWith("yaml-") ? "structure" : tags.get(0).asString(),
                    tags.get(0).asString(),
                    id);
            String level = switch (Rules.all().get(i).info().defaultSeverity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            };
            assertEquals(level, rule.get("defaultConfiguration").get("level").asString(), id);
        }
    }

    @Test
    void everyResultHasARegionARelativeLocationAndAFingerprint() {
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 4, sarif);
        for (JsonNode result : results) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertEquals(
                    "%SRCROOT%",
                    location.get("artifactLocation").get("uriBaseId").asString());
            assertTrue(location.get("artifactLocation").get("uri").asString().startsWith("gitpod/"));
            JsonNode region = location.get("region");
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertTrue(region.get(field).asInt() >= 1, field + " in " + result);
            }
            assertTrue(result.get("partialFingerprints")
                    .get(SarifWriter.FINGERPRINT_KEY)
                    .asString()
                    .matches("[0-9a-f]{32}(:\\d+)?"));
            assertEquals(
                    Rules.ids().indexOf(result.get("ruleId").asString()),
                    result.get("ruleIndex").asInt());
        }
    }

    @Test
    void theEcrResultCarriesRuleLevelMessageRegionAndYamlPath() {
        JsonNode ecr = result("registry-ecr-unsupported");
        assertEquals("error", ecr.get("level").asString());
        assertTrue(ecr.get("message").get("text").asString().startsWith("Amazon ECR cannot be Gitpod's registry"));
        JsonNode location = ecr.get("locations").get(0);
        assertEquals(
                "gitpod/gitpod.config.yaml",
                location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
        JsonNode region = location.get("physicalLocation").get("region");
        assertEquals(
                List.of(7, 10, 7, 91),
                List.of(
                        region.get("startLine").asInt(),
                        region.get("startColumn").asInt(),
                        region.get("endLine").asInt(),
                        region.get("endColumn").asInt()));
        JsonNode logical = location.get("logicalLocations").get(0);
        assertEquals(
                "containerRegistry.external.url",
                logical.get("fullyQualifiedName").asString());
        assertEquals("url", logical.get("name").asString());
    }

    @Test
    void findingsThatSayTheInstallerRejectsTheFileCarryTheProperty() {
        JsonNode typo = result("config-unknown-key");
        assertTrue(typo.get("properties").get("installerRejects").asBoolean(), typo.toString());
        assertFalse(result("registry-ecr-unsupported").has("properties"));
    }

    @Test
    void aKnownReplacementBecomesASarifFix() {
        JsonNode typo = result("config-unknown-key");
        JsonNode replacement = typo.get("fixes")
                .get(0)
                .get("artifactChanges")
                .get(0)
                .get("replacements")
                .get(0);
        assertEquals(
                "containerRegistry.external.certifcate",
                typo.get("locations")
                        .get(0)
                        .get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString());
        assertEquals(
                "certificate", replacement.get("insertedContent").get("text").asString());
        assertEquals(8, replacement.get("deletedRegion").get("startLine").asInt());
        assertEquals(5, replacement.get("deletedRegion").get("startColumn").asInt());
        assertEquals(15, replacement.get("deletedRegion").get("endColumn").asInt());
        assertFalse(result("registry-ecr-unsupported").has("fixes"));
    }

    @Test
    void aSuppressedResultKeepsItsReasonAndUntilDate() {
        JsonNode suppressed = result("config-wrong-type");
        JsonNode suppression = suppressed.get("suppressions").get(0);
        assertEquals("inSource", suppression.get("kind").asString());
        assertEquals("accepted", suppression.get("status").asString());
        assertEquals(
                "tracked in OPS-1 <& \"quoted\">",
                suppression.get("justification").asString());
        assertEquals("2027-06-30", suppression.get("properties").get("until").asString());
        assertEquals(
                10,
                suppression
                        .get("location")
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt());
        assertFalse(result("registry-ecr-unsupported").has("suppressions"));
    }

    @Test
    void configuredSeveritiesAndDisabledRulesAreRuleConfigurationOverrides() {
        JsonNode invocation = run.get("invocations").get(0);
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        List<String> overrides = new ArrayList<>();
        for (JsonNode override : invocation.get("ruleConfigurationOverrides")) {
            JsonNode configuration = override.get("configuration");
            overrides.add(override.get("descriptor").get("id").asString() + "="
                    + (configuration.has("enabled")
                            ? "enabled:" + configuration.get("enabled").asBoolean()
                            : configuration.get("level").asString()));
        }
        assertEquals(
                List.of("registry-gitlab-unsupported=warning", "config-unresolved-placeholder=enabled:false"),
                overrides);
        assertEquals(
                "warning", result("registry-gitlab-unsupported").get("level").asString());
    }

    @Test
    void theDirectiveThatNamesASecretIsReportedWithTheSecretMasked() {
        JsonNode invalid = result("suppression-invalid");
        assertTrue(
                invalid.get("message").get("text").asString().contains("unknown rule id '****'"), invalid.toString());
    }

    @Test
    void noPlantedSecretAppearsInTheReport() {
        for (String secret : ReportFixture.SECRETS) {
            assertFalse(sarif.contains(secret), secret);
        }
    }

    @Test
    void twoRunsOnTheSameInputGiveTheSameBytes() throws Exception {
        GitpodConfigChecker checker = ReportFixture.checker(base);
        assertEquals(sarif, writer(checker).write(checker.check(), base));
    }

    @Test
    void anEmptyResultIsValidToo() {
        String empty = new SarifWriter(TOOL, List.of(), SeverityOverrides.NONE, Set.of())
                .write(new CheckResult(List.of(), List.of(), List.of()), base);
        assertEquals(List.of(), SarifSchema.errors(empty));
    }

    @Test
    void pointAndBackwardPositionsStillGiveAValidRegionAndDuplicatesGetDistinctFingerprints() throws Exception {
        Finding point = new Finding(
                "yaml-syntax", Severity.ERROR, "dir with space/x#1.yaml", new Position(0, 0, 0, 0), "", "m", "f");
        Finding backwards = new Finding(
                "yaml-syntax", Severity.ERROR, "dir with space/x#1.yaml", new Position(3, 9, 2, 1), "", "m", "f");
        String text = new SarifWriter(
                        TOOL, Rules.all().stream().map(Rule::info).toList(), SeverityOverrides.NONE, Set.of())
                .write(new CheckResult(List.of(point, backwards), List.of(), List.of()), base);
        assertEquals(List.of(), SarifSchema.errors(text));
        JsonNode results =
                JsonMapper.builder().build().readTree(text).get("runs").get(0).get("results");
        assertEquals(
                "dir%20with%20space/x%231.yaml",
                results.get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
        JsonNode region =
                results.get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(
                List.of(3, 9, 3, 9),
                List.of(
                        region.get("startLine").asInt(),
                        region.get("startColumn").asInt(),
                        region.get("endLine").asInt(),
                        region.get("endColumn").asInt()));
        String first = results.get(0)
                .get("partialFingerprints")
                .get(SarifWriter.FINGERPRINT_KEY)
                .asString();
        assertEquals(
                first + ":2",
                results.get(1)
                        .get("partialFingerprints")
                        .get(SarifWriter.FINGERPRINT_KEY)
                        .asString());
    }

    /**
     * A viewer shows the decoded JSON: control characters from the input are escaped in the text it shows, and
     * percent-encoded in the URI, which keeps naming the real file. A backslash is part of a POSIX file name.
     */
    @Test
    void controlCharactersAreShownEscapedAndUrisNameTheRealFile() throws Exception {
        String file = "evil\n::error::x\u001b[2J\\gitpod.config.yaml";
        Finding finding = new Finding(
                "config-unknown-key",
                Severity.ERROR,
                file,
                new Position(2, 3, 2, 9),
                "containerRegistry.k\u001b[31m\ny",
                "Unknown key 'k\u001b[31m\ny'.",
                "Remove\r it.");
        SuppressedFinding suppressed = new SuppressedFinding(
                new Finding("config-unknown-key", Severity.ERROR, file, Position.at(3, 3), "a", "m", "f"),
                "ok\n::error::x",
                null,
                Position.at(3, 10));
        CheckResult result =
                new CheckResult(List.of(finding), List.of(file), List.of(), List.of(suppressed), List.of());
        String text = new SarifWriter(
                        TOOL, Rules.all().stream().map(Rule::info).toList(), SeverityOverrides.NONE, Set.of())
                .write(result, base);
        assertEquals(List.of(), SarifSchema.errors(text));
        JsonNode results =
                JsonMapper.builder().build().readTree(text).get("runs").get(0).get("results");
        JsonNode first = results.get(0);
        assertEquals(
                "Unknown key 'k\\u001b[31m\\ny'. Fix: Remove\\r it.",
                first.get("message").get("text").asString());
        JsonNode logical = first.get("locations").get(0).get("logicalLocations").get(0);
        assertEquals(
                "containerRegistry.k\\u001b[31m\\ny",
                logical.get("fullyQualifiedName").asString());
        assertEquals(
                "./evil%0A::error::x%1B%5B2J%5Cgitpod.config.yaml",
                first.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
        assertEquals(
                "ok\\n::error::x",
                results.get(1).get("suppressions").get(0).get("justification").asString());
    }

    private static JsonNode result(String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId + " in " + sarif);
    }
}
