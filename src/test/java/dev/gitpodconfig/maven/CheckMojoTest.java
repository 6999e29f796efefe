package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Harness tests of the Mojo: parameter mapping, log levels and how it fails. */
@MojoTest
class CheckMojoTest {

    private static final String ECR_LINE =
            "gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR cannot be";

    @Inject
    private Log log;

    @Provides
    Log log() {
        return new RecordingLog();
    }

    @BeforeEach
    void clearLog() {
        ((RecordingLog) log).lines.clear();
        ((RecordingLog) log).debug = false;
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check")
    void logsWhatTheGoalCostAtDebugLevelOnly(CheckMojo mojo) throws Exception {
        mojo.execute();
        assertTrue(lines().stream().noneMatch(l -> l.contains("goal took")), lines().toString());
        ((RecordingLog) log).debug = true;
        mojo.execute();
        assertTrue(
                lines().stream()
                        .anyMatch(
                                l -> l.matches(
                                        "DEBUG Gitpod config goal took \\d+\\.\\d ms, \\d+\\.\\d ms of CPU on the build's thread")),
                lines().toString());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    void failsOnViolationAfterLoggingTheFindingAtError(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("Gitpod config check failed: 1 error(s), 0 warning(s)"),
                failure.getMessage());
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("ERROR " + ECR_LINE)), lines().toString());
        assertTrue(
                lines().contains("INFO Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped."),
                lines().toString());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void logsAtWarningAndPassesWhenFailOnViolationIsFalse(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("WARN " + ECR_LINE)), lines().toString());
        assertTrue(lines().stream().noneMatch(l -> l.startsWith("ERROR")), lines().toString());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothingButSayItSkipped(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertEquals(List.of("INFO Skipping Gitpod config check (gitpod-config.skip=true)."), lines());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skipRules", value = "registry-ecr-unsupported")
    void skipRulesTurnsARuleOff(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().contains("INFO Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped."),
                lines().toString());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skipRules", value = "registry-ecr-unsuported")
    void unknownRuleIdIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("Unknown rule id 'registry-ecr-unsuported'"), error.getMessage());
    }

    @Test
    @Basedir("/unit/ecr")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "violationSeverity", value = "fatal")
    void unknownSeverityIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("unknown severity 'fatal'"), error.getMessage());
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check")
    void warnsWhenNoConfigIsFound(CheckMojo mojo) {
        assertDoesNotThrow(mojo::execute);
        assertTrue(
                lines().stream().anyMatch(l -> l.startsWith("WARN No Gitpod config files found in ")),
                lines().toString());
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failIfNoFiles", value = "true")
    void failsWhenNoConfigIsFoundAndFailIfNoFilesIsSet(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("No Gitpod config files found in "), failure.getMessage());
    }

    private List<String> lines() {
        return ((RecordingLog) log).lines;
    }

    /** Keeps what the Mojo logs, prefixed with its level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        /** Whether debug lines are enabled, and so recorded. */
        boolean debug;

        @Override
        public void debug(CharSequence content) {
            if (debug) {
                lines.add("DEBUG " + content);
            }
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }
    }
}
