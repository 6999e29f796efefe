package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files on disk that a hostile repository can hold: names no one would type, and files whose reading
 * would make the check wait. Each is checked under its real name, or skipped with a warning.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the names and file types are POSIX ones")
class HostileFilesTest {

    private static final String ECR_CONFIG =
            Yaml.installerExternal("123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod");

    @TempDir
    Path project;

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private CheckResult check(UnaryOperator<CheckOptions.Builder> options) throws InvalidOptionsException {
        return new GitpodConfigChecker(options.apply(CheckOptions.builder(project)).build()).check();
    }

    private static List<String> filesOf(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::file).toList();
    }

    @Test
    void aBackslashInAFileNameIsReportedAsItIsAndDoesNotMatchTheTargetExclude() throws Exception {
        write("gitpod\\gitpod.config.yaml", ECR_CONFIG);
        write("gitpod/gitpod.config.yaml", Yaml.installerExternal("registry.example.com/gitpod"));
        write("target\\evil.yaml", ECR_CONFIG);
        write("target/built.yaml", ECR_CONFIG);
        CheckResult result = check(UnaryOperator.identity());
        assertEquals(List.of("gitpod/gitpod.config.yaml", "gitpod\\gitpod.config.yaml", "target\\evil.yaml"),
                result.checkedFiles().stream().sorted().toList());
        assertEquals(List.of("gitpod\\gitpod.config.yaml", "target\\evil.yaml"),
                filesOf(result.findings(), "registry-ecr-unsupported"));
    }
}
