package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.report.SarifSchema;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Harness tests of the check goal's reports, GitHub annotations, suppressions and severities. */
@MojoTest
class CheckMojoReportsTest extends RecordingLogSupport {

    private final List<String> annotations = new ArrayList<>();

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    void writesAValidSarifReportByDefaultEvenWhenTheBuildFails(CheckMojo mojo) throws Exception {
        Path directory = cleanOutputDirectory(mojo);
        assertThrows(MojoFailureException.class, mojo::execute);
        Path sarif = directory.resolve("gitpod-config.sarif");
        assertTrue(Files.isRegularFile(sarif));
        assertEquals(List.of(), SarifSchema.errors(Files.readString(sarif)));
        assertFalse(Files.exists(directory.resolve("gitpod-config-checkstyle.xml")));
        assertTrue(lines().contains("INFO Report(s): target/gitpod-config/gitpod-config.sarif"), lines().toString());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "sarif,CHECKSTYLE")
    @MojoParameter(name = "failOnViolation", value = "false")
    void writesBothFormatsWhenAsked(CheckMojo mojo) throws Exception {
        Path directory = cleanOutputDirectory(mojo);
        assertDoesNotThrow(mojo::execute);
        assertTrue(Files.readString(directory.resolve("gitpod-config-checkstyle.xml"))
                .contains("source=\"registry-ecr-unsupported\""));
        assertTrue(Files.isRegularFile(directory.resolve("gitpod-config.sarif")));
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    @MojoParameter(name = "failOnViolation", value = "false")
    void noneWritesNoReport(CheckMojo mojo) throws Exception {
        Path directory = cleanOutputDirectory(mojo);
        assertDoesNotThrow(mojo::execute);
        assertFalse(Files.exists(directory));
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "sarif,html")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Unknown output format 'html' in outputFormats: use sarif, checkstyle or none.", error.getMessage());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    void onGithubActionsFindingsBecomeWorkflowCommandsOnTheirOwnLines(CheckMojo mojo) {
        mojo.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        mojo.annotationOutput = annotations::add;
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(1, annotations.size(), annotations.toString());
        assertTrue(
                annotations
                        .get(0)
                        .startsWith("::error"
                                + " file=gitpod/gitpod.config.yaml,line=6,col=10,title=registry-ecr-unsupported::Amazon"
                                + " ECR cannot be"),
                annotations.get(0));
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    @MojoParameter(name = "failOnViolation", value = "false")
    void annotationPathsAreRelativeToTheWorkspaceAndFollowTheLogLevel(CheckMojo mojo) throws Exception {
        Path basedir = ((File) field(mojo, "basedir")).toPath();
        mojo.environment = Map.of(
                "GITHUB_ACTIONS",
                "true",
                "GITHUB_WORKSPACE",
                basedir.getParent().toString())::get;
        mojo.annotationOutput = annotations::add;
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                annotations.get(0).startsWith("::warning file=ecr/gitpod/gitpod.config.yaml,line=6,col=10,"),
                annotations.get(0));
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    @MojoParameter(name = "failOnViolation", value = "false")
    void autoPrintsNothingOutsideGithubActionsAndFalseTurnsThemOff(CheckMojo mojo) throws Exception {
        mojo.environment = Map.<String, String>of()::get;
        mojo.annotationOutput = annotations::add;
        mojo.execute();
        assertEquals(List.of(), annotations);
        setField(mojo, "githubAnnotations", "false");
        mojo.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        mojo.execute();
        assertEquals(List.of(), annotations);
        setField(mojo, "githubAnnotations", "true");
        mojo.environment = Map.<String, String>of()::get;
        mojo.execute();
        assertEquals(1, annotations.size());
        setField(mojo, "githubAnnotations", "sometimes");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Invalid githubAnnotations 'sometimes': use auto, true or false.", error.getMessage());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "sarif,checkstyle")
    @MojoParameter(name = "failOnViolation", value = "false")
    void inAReactorPathsAreRelativeToTheTopOfTheBuildAndTheSarifRunNamesItsModule(CheckMojo mojo) throws Exception {
        Path basedir = ((File) field(mojo, "basedir")).toPath().toAbsolutePath();
        Path directory = cleanOutputDirectory(mojo);
        setField(mojo, "executionRootDirectory", basedir.getParent().toFile());
        mojo.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        mojo.annotationOutput = annotations::add;
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().stream()
                        .anyMatch(l -> l.startsWith(
                                "WARN ecr/gitpod/gitpod.config.yaml:[6,10] " + "(registry-ecr-unsupported)")),
                lines().toString());
        assertTrue(
                lines().contains("INFO Report(s): ecr/target/gitpod-config/gitpod-config.sarif, "
                        + "ecr/target/gitpod-config/gitpod-config-checkstyle.xml"),
                lines().toString());
        assertTrue(
                annotations.get(0).startsWith("::warning file=ecr/gitpod/gitpod.config.yaml,line=6,col=10,"),
                annotations.get(0));
        String sarif = Files.readString(directory.resolve("gitpod-config.sarif"));
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode run = JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
        assertEquals(
                "gitpod-config/ecr/", run.get("automationDetails").get("id").asString());
        assertEquals(
                basedir.getParent().toUri().toString(),
                run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString());
        JsonNode location = run.get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation");
        assertEquals("ecr/gitpod/gitpod.config.yaml", location.get("uri").asString());
        assertEquals("%SRCROOT%", location.get("uriBaseId").asString());
        // Checkstyle keeps absolute paths, which Jenkins and reviewdog resolve wherever the build ran.
        assertTrue(Files.readString(directory.resolve("gitpod-config-checkstyle.xml"))
                .contains("<file name=\"" + basedir.resolve("gitpod/gitpod.config.yaml") + "\">"));
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aBuildOfTheProjectAloneKeepsItsPathsAndHasNoAutomationId(CheckMojo mojo) throws Exception {
        Path basedir = ((File) field(mojo, "basedir")).toPath();
        Path directory = cleanOutputDirectory(mojo);
        setField(mojo, "executionRootDirectory", basedir.toFile());
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().stream().anyMatch(l -> l.startsWith("WARN gitpod/gitpod.config.yaml:[6,10] ")),
                lines().toString());
        JsonNode run = JsonMapper.builder()
                .build()
                .readTree(Files.readString(directory.resolve("gitpod-config.sarif")))
                .get("runs")
                .get(0);
        assertFalse(run.has("automationDetails"), run.toString());
        assertEquals(
                "gitpod/gitpod.config.yaml",
                run.get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    void aSuppressedFindingLeavesTheErrorCount(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().contains("INFO Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped."),
                lines().toString());
        assertTrue(
                lines().contains("INFO 1 finding(s) suppressed by gitpod-config:ignore comments; -X lists them with"
                        + " their reasons."),
                lines().toString());
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    @MojoParameter(name = "nonSuppressibleRules", value = "registry-ecr-unsupported")
    void aNonSuppressibleRuleFailsDespiteTheDirective(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("Gitpod config check failed: 2 error(s), 0 warning(s)"),
                failure.getMessage());
        assertTrue(
                lines().stream()
                        .anyMatch(
                                l -> l.startsWith("ERROR gitpod/gitpod.config.yaml:[4,5] (suppression-invalid) Invalid"
                                        + " suppression directive: 'registry-ecr-unsupported' cannot be"
                                        + " suppressed in this project")),
                lines().toString());
    }

    @Test
    @Basedir("/unit/severities")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputFormats", value = "none")
    void severitiesFromThePomChangeARulesSeverity(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().stream().anyMatch(l -> l.startsWith("WARN ") && l.contains("(registry-ecr-unsupported)")),
                lines().toString());
        assertTrue(
                lines().contains("INFO Checked 1 Gitpod config file(s): 0 error(s), 1 warning(s); 0 file(s) skipped."),
                lines().toString());
    }

    @Test
    @Basedir("/unit/bad-severities")
    @InjectMojo(goal = "check")
    void anUnknownRuleInSeveritiesIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("Unknown rule id 'registry-ecr' in severities."), error.getMessage());
    }

    private static Path cleanOutputDirectory(CheckMojo mojo) throws Exception {
        Path directory = ((File) field(mojo, "outputDirectory")).toPath();
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return directory;
    }

    private static Object field(CheckMojo mojo, String name) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(mojo);
    }

    private static void setField(CheckMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
