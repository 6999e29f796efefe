package dev.gitpodconfig.engine;

import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitpodConfigCheckerTest {

    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    @TempDir
    Path project;

    private void write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private CheckResult checkProject(java.util.function.UnaryOperator<CheckOptions.Builder> options)
            throws InvalidOptionsException {
        return Checks.options(options).checker(project).check();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.file() + ":" + f.position().line() + ":"
                        + f.position().column() + " " + f.ruleId() + " " + f.severity())
                .toList();
    }

    // --- checkContent ---

    @Test
    void checkContentReportsSortedFindingsForOneFile() {
        CheckResult result = Checks.check("""
                domain: gitpod.example.com
                containerRegistry:
                  inClustr: true
                  inCluster: false
                  external:
                    url: %s
                    certificate: {kind: secret, name: "${SECRET_NAME}"}
                """.formatted(ECR));
        assertEquals(
                List.of(
                        "gitpod.config.yaml:3:3 config-unknown-key ERROR",
                        "gitpod.config.yaml:6:10 registry-ecr-unsupported ERROR",
                        "gitpod.config.yaml:7:39 config-unresolved-placeholder INFO"),
                describe(result.findings()));
        assertEquals(List.of(Checks.FILE), result.checkedFiles());
        assertTrue(result.skippedFiles().isEmpty());
        assertEquals(2, result.count(Severity.ERROR));
        assertEquals(0, result.count(Severity.WARNING));
        assertEquals(2, result.countAtLeast(Severity.WARNING));
        assertEquals(3, result.countAtLeast(Severity.INFO));
    }

    @Test
    void findingsAtTheSamePositionAreOrderedByRule() {
        CheckResult result = Checks.check(kotsValues("    reg_urll: {value: x}\n    reg_url: {value: 0}\n"));
        assertEquals(
                List.of(
                        "gitpod.config.yaml:7:5 config-unknown-key ERROR",
                        "gitpod.config.yaml:8:22 config-ignored-block WARNING",
                        "gitpod.config.yaml:8:22 config-wrong-type ERROR"),
                describe(result.findings()));
    }

    @Test
    void otherDocumentsAreSkippedWithTheirReasons() {
        CheckResult result =
                Checks.check("image: gitpod/workspace-full\n---\napiVersion: v1\nkind: ConfigMap\ndata: {}\n");
        assertTrue(result.findings().isEmpty());
        assertTrue(result.checkedFiles().isEmpty());
        assertEquals(
                List.of(new SkippedFile(
                        Checks.FILE,
                        "no Gitpod configuration keys; kind ConfigMap of v1",
                        SkippedFile.Cause.NOT_GITPOD)),
                result.skippedFiles());
        assertEquals(
                List.of(new SkippedFile(Checks.FILE, "no YAML documents", SkippedFile.Cause.NOT_GITPOD)),
                Checks.check("# nothing\n").skippedFiles());
    }

    @Test
    void unparsableFileIsSkippedUnlessItLooksLikeGitpodConfig() {
        CheckResult other = Checks.check("tasks:\n\t- init: make\n");
        assertTrue(other.findings().isEmpty());
        SkippedFile skipped = other.skippedFiles().get(0);
        assertTrue(skipped.unparsable());
        assertTrue(skipped.reason().startsWith("not loadable as YAML: invalid YAML: "), skipped.reason());

        CheckResult gitpod = Checks.check("containerRegistry:\n\tinCluster: false\n");
        assertEquals(List.of("gitpod.config.yaml:2:1 yaml-syntax ERROR"), describe(gitpod.findings()));
        assertEquals(List.of(Checks.FILE), gitpod.checkedFiles());
        assertTrue(gitpod.skippedFiles().isEmpty());
    }

    @Test
    void aliasGraphBelowTheLimitIsNotExpanded() {
        StringBuilder yaml = new StringBuilder(installerExternal(ECR))
                .append("workspace:\n  templates:\n    default:\n      l0: &l0 [a, b, c, d, e]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("      l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(5, "*l" + (level - 1))))
                    .append("]\n");
        }
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Checks.check(yaml.toString()));
        assertEquals(List.of("gitpod.config.yaml:6:10 registry-ecr-unsupported ERROR"), describe(result.findings()));
    }

    // --- options ---

    @Test
    void unknownSkipRuleIdIsAnOptionsError() {
        CheckOptions options = CheckOptions.builder(project)
                .skipRules(Set.of("registry-ecr-unsuported"))
                .build();
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> new GitpodConfigChecker(options));
        assertTrue(e.getMessage().contains("'registry-ecr-unsuported'"), e.getMessage());
        assertTrue(e.getMessage().contains("registry-ecr-unsupported"), "lists the known rules: " + e.getMessage());
    }

    @Test
    void unknownRuleIdsAndSeveritiesAreConfigurationErrors() {
        InvalidOptionsException unknownId = assertThrows(
                InvalidOptionsException.class,
                () -> new GitpodConfigChecker(CheckOptions.builder(Path.of("."))
                        .severities(Map.of("registry-ecr", "warning"))
                        .build()));
        assertTrue(
                unknownId.getMessage().startsWith("Unknown rule id 'registry-ecr' in severities."),
                unknownId.getMessage());
        InvalidOptionsException badLevel = assertThrows(
                InvalidOptionsException.class,
                () -> new GitpodConfigChecker(CheckOptions.builder(Path.of("."))
                        .severities(Map.of("registry-ecr-unsupported", "fatal"))
                        .build()));
        assertEquals(
                "Invalid severity 'fatal' for rule 'registry-ecr-unsupported' in severities: use error, warning,"
                        + " info or off.",
                badLevel.getMessage());
        InvalidOptionsException unknownLocked = assertThrows(
                InvalidOptionsException.class,
                () -> new GitpodConfigChecker(CheckOptions.builder(Path.of("."))
                        .nonSuppressibleRules(Set.of("nope"))
                        .build()));
        assertTrue(unknownLocked.getMessage().startsWith("Unknown rule id 'nope' in nonSuppressibleRules."));
    }

    @Test
    void skipRulesRemovesOnlyThatRule() {
        String yaml = installerExternal(ECR) + "  extrenal: {}\n";
        assertEquals(2, Checks.check(yaml).findings().size());
        CheckResult result = Checks.options(o -> o.skipRules(Set.of("registry-ecr-unsupported")))
                .check(yaml);
        assertEquals(
                List.of("config-unknown-key"),
                result.findings().stream().map(Finding::ruleId).toList());
        CheckResult none = Checks.options(o -> o.skipRules(
                        Set.copyOf(Rules.all().stream().map(r -> r.info().id()).toList())))
                .check(yaml);
        assertTrue(none.findings().isEmpty());
        assertEquals(List.of(Checks.FILE), none.checkedFiles(), "the file is still checked");
    }

    // --- check() over a project ---

    @Test
    void checksAProjectTree() throws Exception {
        write("gitpod/gitpod.config.yaml", installerExternal(ECR));
        write("kots/values.yml", kotsValues("    reg_urll:\n      value: x\n"));
        write(".gitpod.yml", "image: gitpod/workspace-full\ntasks:\n  - init: make\n");
        write("broken.yaml", "tasks:\n\t- init: make\n");
        write("target/gitpod.config.yaml", installerExternal(ECR));
        write("node_modules/x/gitpod.config.yaml", installerExternal(ECR));
        write("notes.txt", installerExternal(ECR));
        CheckResult result = checkProject(o -> o);
        assertEquals(
                List.of(
                        "gitpod/gitpod.config.yaml:6:10 registry-ecr-unsupported ERROR",
                        "kots/values.yml:7:5 config-unknown-key ERROR"),
                describe(result.findings()));
        assertEquals(List.of("gitpod/gitpod.config.yaml", "kots/values.yml"), result.checkedFiles());
        assertEquals(
                List.of(".gitpod.yml", "broken.yaml"),
                result.skippedFiles().stream().map(SkippedFile::file).toList());
        assertFalse(result.skippedFiles().get(0).unparsable());
        assertTrue(result.skippedFiles().get(1).unparsable());
    }

    @Test
    void skippedFilesSayWhyTheyWereSkipped() throws Exception {
        write("gitpod/a-helm.yaml", "containerRegistry:\n  host: registry.acme.dev\n  mirror: mirror.acme.dev\n");
        write("gitpod/b-kind.yaml", "apiVersion: kots.io/v1beta1\nkind: ConfigValue\nspec:\n  values: {}\n");
        write("gitpod/c-broken.yaml", "tasks:\n\t- init: make\n");
        write("gitpod/d-gone.yaml", "domain: gitpod.example.com\n");
        CheckOptions options = CheckOptions.builder(project).build();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        Files.delete(project.resolve("gitpod/d-gone.yaml"));
        CheckResult result = Checks.checker(options).check(files);
        assertEquals(List.of(), result.checkedFiles());
        assertEquals(
                List.of(
                        new SkippedFile(
                                "gitpod/a-helm.yaml", "no Gitpod configuration keys", SkippedFile.Cause.NOT_GITPOD),
                        new SkippedFile(
                                "gitpod/b-kind.yaml",
                                "kind ConfigValue of kots.io/v1beta1",
                                SkippedFile.Cause.UNKNOWN_KIND),
                        result.skippedFiles().get(2),
                        new SkippedFile(
                                "gitpod/d-gone.yaml",
                                "the file disappeared before it could be read",
                                SkippedFile.Cause.UNREADABLE)),
                result.skippedFiles());
        assertEquals(SkippedFile.Cause.NOT_YAML, result.skippedFiles().get(2).cause());
        assertFalse(result.skippedFiles().get(0).isWarned());
        assertTrue(result.skippedFiles().get(1).isWarned());
    }

    @Test
    void aMisspeltKindDoesNotHideTheConfig() {
        CheckResult result = Checks.check("apiVersion: v1\nkind: Fulll\ndomain: gitpod.example.com\n"
                + "containerRegistry:\n  inCluster: false\n  external:\n    url: " + ECR + "/gitpod\n"
                + "    certificate:\n      kind: secret\n      name: container-registry\n");
        assertEquals(List.of(Checks.FILE), result.checkedFiles());
        assertTrue(
                describe(result.findings()).contains("gitpod.config.yaml:7:10 registry-ecr-unsupported ERROR"),
                describe(result.findings()).toString());
    }

    @Test
    void configDirectoryIncludesAndExcludesNarrowTheSearch() throws Exception {
        write("gitpod/gitpod.config.yaml", installerExternal(ECR));
        write("gitpod/drafts/old.yaml", installerExternal(ECR));
        write("gitpod/other.yaml", installerExternal(ECR));
        write("elsewhere/gitpod.config.yaml", installerExternal(ECR));
        CheckResult result =
                checkProject(o -> o.configDirectory(project.resolve("gitpod")).excludes(List.of("drafts/**")));
        assertEquals(
                List.of("gitpod/gitpod.config.yaml", "gitpod/other.yaml"),
                result.checkedFiles(),
                "paths stay relative to the base directory");
        CheckResult included = checkProject(o -> o.includes(List.of("**/gitpod.config.yaml")));
        assertEquals(List.of("elsewhere/gitpod.config.yaml", "gitpod/gitpod.config.yaml"), included.checkedFiles());
        assertEquals(
                4, checkProject(o -> o.includes(List.of())).checkedFiles().size(), "empty includes keep the defaults");
    }

    @Test
    void encodingOptionDecodesFilesWithoutBom() throws Exception {
        Path file = project.resolve("gitpod.config.yaml");
        Files.write(
                file,
                "domain: gitpod.example.com\nmetadata:\n  shortname: M\u00fcnchen\ncontainerRegistry: {}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(
                List.of("gitpod.config.yaml:3:15 yaml-syntax ERROR"),
                describe(checkProject(o -> o).findings()));
        assertTrue(checkProject(o -> o.charset(StandardCharsets.ISO_8859_1))
                .findings()
                .isEmpty());
    }

    @Test
    void unreadableConfigDirectoryIsAnOptionsError() {
        InvalidOptionsException e = assertThrows(
                InvalidOptionsException.class, () -> checkProject(o -> o.configDirectory(project.resolve("missing"))));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void emptyProjectHasNothingToReport() throws Exception {
        CheckResult result = checkProject(o -> o);
        assertTrue(result.findings().isEmpty());
        assertTrue(result.checkedFiles().isEmpty());
        assertTrue(result.skippedFiles().isEmpty());
    }

    // --- secrets ---

    @Test
    void plantedSecretNeverAppearsInAFinding() throws Exception {
        String secret = "Pl4nted-S3cret-Value";
        String auth = Yaml.base64("robot:" + secret);
        String json = "{\"auths\":{\"" + ECR + "\":{\"username\":\"robot\",\"password\":\"" + secret + "\",\"auth\":\""
                + auth + "\"}}}";
        write("kots.yaml", kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: https://robot:%1$s@%2$s/gitpod
                    reg_password:
                      value: %1$s
                    reg_docker_config_enable:
                      value: %1$s
                    reg_incluster_storage:
                      value: %1$s
                """.formatted(secret, ECR)));
        write(
                "secret.yaml",
                Yaml.registrySecret(Yaml.base64(json))
                        + "---\n" + installerExternal("https://robot:" + secret + "@registry.gitlab.com/g/p")
                        // A key no rule expects, which the unknown-key rule quotes: only the Secret document knows it
                        // is secret.
                        + "  " + secret + ": x\n");
        CheckResult result = checkProject(o -> o);
        assertEquals(
                List.of(
                        "kots.yaml:8:14 registry-external-missing ERROR",
                        "kots.yaml:10:14 registry-ecr-unsupported ERROR",
                        "kots.yaml:10:14 registry-url-format ERROR",
                        "kots.yaml:14:14 config-wrong-type ERROR",
                        "kots.yaml:16:14 config-wrong-type ERROR",
                        // The installer cannot read a config that shares its file with the Secret.
                        "secret.yaml:9:1 config-multi-document WARNING",
                        "secret.yaml:14:10 registry-gitlab-unsupported ERROR",
                        "secret.yaml:14:10 registry-url-format ERROR",
                        // The Secret holds credentials for ECR, not for the GitLab host of the URL.
                        "secret.yaml:17:13 registry-credentials-host ERROR",
                        "secret.yaml:18:3 config-unknown-key ERROR"),
                describe(result.findings()),
                "the planted values are reported on");
        assertTrue(
                result.findings().get(3).message().endsWith("but it is '****'."),
                "the quoted bool item value is masked");
        assertTrue(result.findings().get(9).message().startsWith("Unknown key '****'"), "the quoted key is masked");
        for (Finding finding : result.findings()) {
            for (String text : List.of(finding.message(), finding.fix(), finding.yamlPath())) {
                assertFalse(text.contains(secret), finding::toString);
                assertFalse(text.contains(auth), finding::toString);
                assertFalse(text.contains("robot:"), finding::toString);
            }
        }
    }
}
