package dev.gitpodconfig.run;

import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.run.CheckOutcome.Line;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's entry point: a request in, everything the build tool prints and decides on out. */
class CheckRunnerTest {

    private static final String ECR_URL = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod";
    private static final String ECR_LINE = "gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR";

    @TempDir
    Path workspace;

    private Path project;

    @BeforeEach
    void ecrProject() throws IOException {
        project = workspace.resolve("service");
        write(project.resolve("gitpod/gitpod.config.yaml"), installerExternal(ECR_URL));
        write(project.resolve("other.yaml"), "a: 1\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<String> shown(CheckOutcome outcome) {
        List<String> shown = new ArrayList<>();
        for (Line line : outcome.lines()) {
            shown.add(line.level() + " " + line.text());
        }
        return shown;
    }

    @Test
    void aTopDirectoryHoldingTheProjectPrefixesEveryShownPathWithTheModule() throws Exception {
        CheckOutcome outcome = CheckRunner.run(
                new CheckRequest(project).topDirectory(workspace).githubAnnotations("true", null, null));
        List<String> shown = shown(outcome);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("ERROR service/" + ECR_LINE)), shown.toString());
        assertTrue(
                shown.contains("INFO Report(s): service/target/gitpod-config/gitpod-config.sarif"), shown.toString());
        assertTrue(
                outcome.annotations().get(0).startsWith("::error file=service/gitpod/gitpod.config.yaml,line=6,"),
                outcome.annotations().toString());
        assertEquals(
                "service/gitpod/gitpod.config.yaml",
                outcome.result().findings().get(0).file());
    }

    @Test
    void aTopDirectoryThatIsTheProjectOrOutsideItChangesNoPath() throws Exception {
        for (Path top : List.of(project, workspace.resolve("elsewhere"))) {
            List<String> shown = shown(CheckRunner.run(new CheckRequest(project).topDirectory(top)));
            assertTrue(shown.stream().anyMatch(l -> l.startsWith("ERROR " + ECR_LINE)), shown.toString());
            assertTrue(shown.contains("INFO Report(s): target/gitpod-config/gitpod-config.sarif"), shown.toString());
            assertFalse(Files.readString(project.resolve("target/gitpod-config/gitpod-config.sarif"))
                    .contains("automationDetails"));
        }
    }

    @Test
    void aFailingProjectGivesItsLinesReportAndVerdict() throws Exception {
        CheckOutcome outcome = CheckRunner.run(new CheckRequest(project));
        List<String> shown = shown(outcome);
        assertEquals(3, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("ERROR " + ECR_LINE), shown.toString());
        assertEquals(
                "INFO Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 1 file(s) skipped (1 not Gitpod).",
                shown.get(1));
        assertEquals("INFO Report(s): target/gitpod-config/gitpod-config.sarif", shown.get(2));
        assertTrue(Files.isRegularFile(project.resolve("target/gitpod-config/gitpod-config.sarif")));
        assertEquals(1, outcome.violations());
        assertEquals(
                "Gitpod config check failed: 1 error(s), 0 warning(s); the build fails on errors. "
                        + "See the findings above.",
                outcome.failureMessage());
        assertNull(outcome.noFilesMessage());
        assertNull(outcome.reportFailure());
        assertEquals(List.of(), outcome.annotations(), "off outside GitHub Actions");
    }

    @Test
    void findingsThatDoNotFailTheBuildAreWarnings() throws Exception {
        CheckOutcome outcome =
                CheckRunner.run(new CheckRequest(project).failOnViolation(false).outputFormats(List.of("none")));
        assertTrue(
                shown(outcome).get(0).startsWith("WARNING " + ECR_LINE),
                shown(outcome).toString());
        assertEquals(1, outcome.violations(), "the count stays; the build tool decides");
        assertFalse(Files.exists(project.resolve("target")));
        CheckOutcome above = CheckRunner.run(
                new CheckRequest(project).violationSeverity("warning").outputFormats(List.of("none")));
        assertTrue(above.failureMessage().contains("the build fails on warnings and above."), above.failureMessage());
    }

    @Test
    void skipsThatMayHideAConfigAreWarningsAndTheSummaryCountsThemByReason() throws Exception {
        write(
                project.resolve("gitpod/typo.yaml"),
                "apiVersion: install.gitpod.io/v1alpha1\nkind: Instalation\n"
                        + "spec:\n  config:\n    domain: gitpod.example.com\n");
        write(project.resolve("gitpod/broken.yaml"), "image:\n  tag: [1.25\n");
        CheckOutcome outcome = CheckRunner.run(new CheckRequest(project).outputFormats(List.of("none")));
        List<String> shown = shown(outcome);
        assertTrue(
                shown.get(0).startsWith("WARNING Skipped gitpod/broken.yaml: not loadable as YAML: invalid YAML: "),
                shown.toString());
        assertEquals("WARNING Skipped gitpod/typo.yaml: kind Instalation of install.gitpod.io/v1alpha1", shown.get(1));
        assertFalse(shown.toString().contains("other.yaml"), "a plain skip is shown only with debug output");
        assertTrue(
                shown.contains("INFO Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 3 file(s) skipped "
                        + "(1 not Gitpod, 1 unknown kind, 1 not YAML)."),
                shown.toString());
    }

    @Test
    void debugLinesComeOnlyWhenAsked() throws Exception {
        CheckRequest request =
                new CheckRequest(project).outputFormats(List.of()).cacheFile(project.resolve("cache.txt"));
        for (String line : shown(CheckRunner.run(request))) {
            assertFalse(line.startsWith("DEBUG"), line);
        }
        List<String> debug = shown(CheckRunner.run(request.debug(true)));
        assertEquals("DEBUG No result cache: the plugin does not run from a jar file.", debug.get(0));
        assertTrue(debug.get(1).startsWith("DEBUG Skipped other.yaml: "), debug.toString());
        assertTrue(debug.contains("DEBUG Checked gitpod/gitpod.config.yaml"), debug.toString());
        assertTrue(debug.get(debug.size() - 1).matches("DEBUG Gitpod config check took \\d+ ms"), debug.toString());
    }

    @Test
    void annotationPathsAreRelativeToTheWorkspace() throws Exception {
        CheckOutcome outcome = CheckRunner.run(new CheckRequest(project)
                .outputFormats(List.of("none"))
                .githubAnnotations("auto", "true", workspace.toString()));
        assertEquals(1, outcome.annotations().size());
        assertTrue(
                outcome.annotations()
                        .get(0)
                        .startsWith("::error"
                                + " file=service/gitpod/gitpod.config.yaml,line=6,col=10,title=registry-ecr-unsupported::Amazon"
                                + " ECR"),
                outcome.annotations().get(0));
        CheckOutcome elsewhere = CheckRunner.run(new CheckRequest(project)
                .outputFormats(List.of("none"))
                .githubAnnotations(
                        "true", null, workspace.resolve("other-repository").toString()));
        assertTrue(
                elsewhere.annotations().get(0).startsWith("::error file=gitpod/gitpod.config.yaml,"),
                "a project outside the workspace keeps its own paths: "
                        + elsewhere.annotations().get(0));
    }

    @Test
    void filesOutsideTheProjectAreShownAbsoluteExceptInTheWorkspace() throws Exception {
        Path shared = workspace.resolve("shared");
        write(shared.resolve("gitpod.config.yaml"), installerExternal(ECR_URL));
        CheckOutcome outcome = CheckRunner.run(new CheckRequest(project)
                .configDirectory(shared)
                .outputDirectory(workspace.resolve("reports"))
                .githubAnnotations("true", null, workspace.toString()));
        String absolute = slashes(shared.toAbsolutePath().normalize().resolve("gitpod.config.yaml"));
        assertTrue(
                shown(outcome).get(0).startsWith("ERROR " + absolute + ":[6,10] "),
                shown(outcome).toString());
        String reports =
                slashes(workspace.resolve("reports/gitpod-config.sarif").toAbsolutePath());
        assertTrue(
                shown(outcome).contains("INFO Report(s): " + reports),
                shown(outcome).toString());
        assertTrue(
                outcome.annotations().get(0).startsWith("::error file=shared/gitpod.config.yaml,"),
                outcome.annotations().get(0));
    }

    @Test
    void aProjectWithoutGitpodFilesSaysWhereItLooked() throws Exception {
        Files.createDirectories(project.resolve("empty"));
        CheckOutcome outcome = CheckRunner.run(new CheckRequest(project)
                .configDirectory(project.resolve("empty"))
                .excludes(List.of(" old/** ", ""))
                .outputFormats(List.of("none")));
        assertEquals(
                "No Gitpod config files found in " + project.resolve("empty") + " (includes: **/*.yaml, **/*.yml; "
                        + "excludes: old/**).",
                outcome.noFilesMessage());
        assertEquals(0, outcome.violations());
    }

    @Test
    void aReportThatCannotBeWrittenStopsTheRunAfterTheFindings() throws Exception {
        Path notADirectory = project.resolve("reports");
        Files.writeString(notADirectory, "a file");
        CheckOutcome outcome = CheckRunner.run(
                new CheckRequest(project).outputDirectory(notADirectory).githubAnnotations("true", null, null));
        assertTrue(
                outcome.reportFailure()
                        .getMessage()
                        .startsWith("Cannot write the report " + notADirectory.resolve("gitpod-config.sarif") + ": "),
                outcome.reportFailure().getMessage());
        List<String> shown = shown(outcome);
        assertTrue(shown.get(0).startsWith("ERROR " + ECR_LINE), shown.toString());
        assertTrue(shown.get(shown.size() - 1).startsWith("INFO Checked 1 Gitpod config file(s)"), shown.toString());
        assertEquals(List.of(), outcome.annotations());
        assertEquals("a file", Files.readString(notADirectory), "nothing is written over a user file");
    }

    @Test
    void aCacheFileNamingAUserFileIsAConfigurationError() throws Exception {
        Path notes = project.resolve("NOTES.md");
        Files.writeString(notes, "my notes");
        InvalidOptionsException refused = assertThrows(
                InvalidOptionsException.class, () -> CheckRunner.run(new CheckRequest(project).cacheFile(notes)));
        assertEquals(
                "Invalid cacheFile: " + notes + " exists and was not written by this plugin, so it is not "
                        + "replaced. Name a file of its own, such as target/gitpod-config/check-cache.txt.",
                refused.getMessage());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void aReportIsNotWrittenOverAUserFileOfItsName() throws Exception {
        Path source = project.resolve("src");
        Path userFile = source.resolve("gitpod-config-checkstyle.xml");
        Files.createDirectories(source);
        Files.writeString(userFile, "<project/>");
        CheckOutcome outcome = CheckRunner.run(
                new CheckRequest(project).outputDirectory(source).outputFormats(List.of("checkstyle")));
        assertEquals(
                "Cannot write the report " + userFile + ": " + userFile + " exists and was not written by "
                        + "this plugin, so it is not replaced",
                outcome.reportFailure().getMessage());
        assertEquals("<project/>", Files.readString(userFile));
        Files.delete(userFile);
        assertNull(CheckRunner.run(
                        new CheckRequest(project).outputDirectory(source).outputFormats(List.of("checkstyle", "sarif")))
                .reportFailure());
        assertNull(
                CheckRunner.run(new CheckRequest(project)
                                .outputDirectory(source)
                                .outputFormats(List.of("checkstyle", "sarif")))
                        .reportFailure(),
                "its own reports are replaced");
    }

    @Test
    void invalidParametersAreNamedInTheMessage() {
        assertEquals(
                "Unsupported encoding 'no-such-charset'",
                assertThrows(
                                InvalidOptionsException.class,
                                () -> CheckRunner.run(new CheckRequest(project).encoding("no-such-charset")))
                        .getMessage());
        assertEquals(
                "outputFormats 'none' cannot be combined with other formats.",
                assertThrows(
                                InvalidOptionsException.class,
                                () -> CheckRunner.run(
                                        new CheckRequest(project).outputFormats(List.of("none", "sarif"))))
                        .getMessage());
        assertTrue(assertThrows(
                        InvalidOptionsException.class, () -> CheckRunner.run(new CheckRequest(project).maxFileSize(0)))
                .getMessage()
                .startsWith("Invalid maxFileSize 0: "));
        assertEquals(
                "Invalid maxFindingsPerFile 0: at least 1 finding must be listed per file.",
                assertThrows(
                                InvalidOptionsException.class,
                                () -> CheckRunner.run(new CheckRequest(project).maxFindingsPerFile(0)))
                        .getMessage());
        assertTrue(assertThrows(
                        InvalidOptionsException.class,
                        () -> CheckRunner.run(new CheckRequest(project).nonSuppressibleRules(List.of("registry-ecr"))))
                .getMessage()
                .startsWith("Unknown rule id 'registry-ecr' in nonSuppressibleRules."));
    }
}
