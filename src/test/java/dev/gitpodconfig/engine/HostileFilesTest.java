package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.report.CheckstyleXmlWriter;
import dev.gitpodconfig.report.ConsoleFormat;
import dev.gitpodconfig.report.GithubAnnotations;
import dev.gitpodconfig.testing.HostileFiles;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
        return new GitpodConfigChecker(
                        options.apply(CheckOptions.builder(project)).build())
                .check();
    }

    private static List<String> filesOf(List<Finding> findings, String ruleId) {
        return findings.stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .map(Finding::file)
                .toList();
    }

    /**
     * A file name with line feeds, an escape sequence and a carriage return: the findings carry the real name,
     * and every line printed from them shows those characters escaped.
     */
    @Test
    void controlCharactersInAFileNameReachNoOutputRaw() throws Exception {
        String name = "evil\n::stop-commands::pwnd\n::error file=README.md,line=1::fake\u001b[2J\r.yaml";
        write(name, ECR_CONFIG);
        CheckResult result = check(UnaryOperator.identity());
        assertEquals(List.of(name), filesOf(result.findings(), "registry-ecr-unsupported"));
        List<String> printed = new ArrayList<>();
        for (Finding finding : result.findings()) {
            printed.add(ConsoleFormat.line(finding));
            printed.add(GithubAnnotations.command(GithubAnnotations.Level.ERROR, finding.file(), finding));
        }
        printed.add(CheckstyleXmlWriter.write(result, project).replace("\n", ""));
        for (String line : printed) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20), line);
        }
        String shown = "evil\\n::stop-commands::pwnd\\n::error file=README.md,line=1::fake\\u001b[2J\\r.yaml";
        assertTrue(printed.get(0).startsWith(shown + ":[6,10] "), printed.get(0));
    }

    @Test
    void aBackslashInAFileNameIsReportedAsItIsAndDoesNotMatchTheTargetExclude() throws Exception {
        write("gitpod\\gitpod.config.yaml", ECR_CONFIG);
        write("gitpod/gitpod.config.yaml", Yaml.installerExternal("registry.example.com/gitpod"));
        write("target\\evil.yaml", ECR_CONFIG);
        write("target/built.yaml", ECR_CONFIG);
        CheckResult result = check(UnaryOperator.identity());
        assertEquals(
                List.of("gitpod/gitpod.config.yaml", "gitpod\\gitpod.config.yaml", "target\\evil.yaml"),
                result.checkedFiles().stream().sorted().toList());
        assertEquals(
                List.of("gitpod\\gitpod.config.yaml", "target\\evil.yaml"),
                filesOf(result.findings(), "registry-ecr-unsupported"));
    }

    /** A file swapped for a FIFO between the walk and the read hung a third of the runs. */
    @Test
    void aFileSwappedForAFifoAfterTheWalkIsSkippedWithAWarning() throws Exception {
        Path swapped = write("gitpod/a.yaml", ECR_CONFIG);
        write("gitpod/b.yaml", ECR_CONFIG);
        CheckOptions options = CheckOptions.builder(project).build();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        Files.delete(swapped);
        HostileFiles.fifo(swapped);
        try {
            CheckResult result = assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> new GitpodConfigChecker(options).check(files));
            assertEquals(List.of("gitpod/b.yaml"), result.checkedFiles());
            String reason = "not a regular file (a FIFO, a device or a socket), not read";
            assertEquals(List.of(new SkippedFile("gitpod/a.yaml", reason, true)), result.skippedFiles());
        } finally {
            HostileFiles.release(swapped);
        }
    }

    /**
     * A link to a file outside the configuration directory was read and checked; it is no part of the
     * repository's configuration (and could be /proc/kmsg, whose read blocks, or a secret of the build machine).
     */
    @Test
    void aLinkToOutsideTheConfigDirectoryIsSkippedWithAWarning(@TempDir Path outside) throws Exception {
        Path elsewhere = Files.writeString(outside.resolve("gitpod.config.yaml"), ECR_CONFIG);
        Files.createSymbolicLink(project.resolve("linked.yaml"), elsewhere);
        Path fifo = HostileFiles.fifo(outside.resolve("kmsg"));
        Files.createSymbolicLink(project.resolve("kmsg.yaml"), fifo);
        write("gitpod/gitpod.config.yaml", ECR_CONFIG);
        Files.createSymbolicLink(project.resolve("inside.yaml"), project.resolve("gitpod/gitpod.config.yaml"));
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(UnaryOperator.identity()));
        assertEquals(List.of("gitpod/gitpod.config.yaml", "inside.yaml"), result.checkedFiles());
        String reason = "a link to outside the configuration directory, not checked";
        assertEquals(
                List.of(new SkippedFile("linked.yaml", reason, true)),
                result.skippedFiles(),
                "a link to a FIFO is no regular file and not found at all");
    }

    @Test
    void aDirectoryThatCannotBeReadIsSkippedWithAWarningAndCounted() throws Exception {
        write("gitpod/gitpod.config.yaml", Yaml.installerExternal("registry.example.com/gitpod"));
        Path unreadable = HostileFiles.unreadableDirectory(project, "ops");
        try {
            CheckResult result = check(UnaryOperator.identity());
            assertEquals(List.of("gitpod/gitpod.config.yaml"), result.checkedFiles());
            assertEquals(1, result.skippedFiles().size());
            SkippedFile skipped = result.skippedFiles().get(0);
            assertTrue(
                    skipped.file().startsWith("ops/dddd") && skipped.unparsable() && skipped.unreadableDirectory(),
                    skipped.toString());
            assertEquals(List.of(skipped.file()), result.unreadableDirectories());
            assertEquals(
                    "Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped; "
                            + "1 directory(ies) could not be read.",
                    ConsoleFormat.summary(result));
            String line = ConsoleFormat.skippedLine(skipped);
            assertTrue(
                    line.endsWith(": could not be read (FileSystemException: File name too long); Gitpod config "
                            + "files in it are not checked"),
                    line);
        } finally {
            HostileFiles.delete(unreadable);
        }
    }
}
