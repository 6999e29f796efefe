package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.HostileFiles;
import dev.gitpodconfig.testing.Yaml;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Harness tests of what the check goal prints for hostile file names and directories it cannot read. */
@MojoTest
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the names and the unreadable directory are POSIX ones")
class CheckMojoHostileFilesTest extends RecordingLogSupport {

    private static final String EVIL =
            "evil\n::stop-commands::pwnd\n::error file=README.md,line=1::fake\u001b[2J\r.yaml";
    private static final String EVIL_SHOWN =
            "evil\\n::stop-commands::pwnd\\n::error file=README.md,line=1::fake\\u001b[2J\\r.yaml";

    @TempDir
    Path project;

    private final List<String> annotations = new ArrayList<>();

    /**
     * Under GITHUB_ACTIONS every line of the build log is read for workflow commands: a file name with line
     * feeds printed raw would stop the runner from reading commands and forge an error on another file.
     */
    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check")
    void controlCharactersInFileNamesAndReasonsWriteNoLineOfTheirOwn(CheckMojo mojo) throws Exception {
        Files.writeString(
                project.resolve(EVIL), Yaml.installerExternal("123456789012.dkr.ecr.eu-west-1.amazonaws.com/x"));
        Files.writeString(project.resolve("broken\u001b]0;pwnd\u0007.yaml"), "a: [\n");
        useProject(mojo);
        mojo.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        mojo.annotationOutput = annotations::add;
        assertThrows(MojoFailureException.class, mojo::execute);
        List<String> printed = new ArrayList<>(lines());
        printed.addAll(annotations);
        for (String line : printed) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F), line);
        }
        String ecrLine = "ERROR " + EVIL_SHOWN + ":[6,10] (registry-ecr-unsupported)";
        assertTrue(lines().stream().anyMatch(l -> l.startsWith(ecrLine)), lines().toString());
        assertTrue(
                lines().stream().anyMatch(l -> l.startsWith("WARN Skipped broken\\u001b]0;pwnd\\u0007.yaml: ")),
                lines().toString());
        assertEquals(1, annotations.size(), annotations.toString());
        assertTrue(
                annotations.get(0).startsWith("::error file=evil\\n%3A%3Astop-commands%3A%3Apwnd\\n%3A%3Aerror "),
                annotations.get(0));
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check")
    void aDirectoryThatCannotBeReadIsWarnedCountedAndFailsFailIfNoFiles(CheckMojo mojo) throws Exception {
        Files.writeString(project.resolve("gitpod.config.yaml"), Yaml.installerExternal("registry.example.com/gitpod"));
        Path unreadable = HostileFiles.unreadableDirectory(project, "ops");
        try {
            useProject(mojo);
            assertDoesNotThrow(mojo::execute);
            String reason = ": could not be read (FileSystemException: File name too long); Gitpod config files in it "
                    + "are not checked";
            assertTrue(
                    lines().stream().anyMatch(l -> l.startsWith("WARN Skipped ops/dddd") && l.endsWith(reason)),
                    lines().toString());
            assertTrue(
                    lines().contains("INFO Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) "
                            + "skipped; 1 directory(ies) could not be read."),
                    lines().toString());
            setField(mojo, "failIfNoFiles", true);
            MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
            String message = failure.getMessage();
            assertTrue(
                    message.startsWith("1 directory(ies) could not be read, so Gitpod config files in them "
                            + "were not checked: ops/dddd"),
                    message);
            assertTrue(message.endsWith(". Set failIfNoFiles to false to allow this."), message);
            Files.delete(project.resolve("gitpod.config.yaml"));
            setField(mojo, "failIfNoFiles", false);
            lines().clear();
            assertDoesNotThrow(mojo::execute);
            String notSearched =
                    "). 1 directory(ies) could not be read, so Gitpod config files in them were not checked: ";
            assertTrue(
                    lines().stream()
                            .anyMatch(l ->
                                    l.startsWith("WARN No Gitpod config files found in ") && l.contains(notSearched)),
                    lines().toString());
        } finally {
            HostileFiles.delete(unreadable);
        }
    }

    private void useProject(CheckMojo mojo) throws ReflectiveOperationException {
        setField(mojo, "basedir", project.toFile());
        setField(mojo, "configDirectory", project.toFile());
        setField(
                mojo, "outputDirectory", project.resolve("target/gitpod-config").toFile());
        setField(mojo, "useCache", false);
    }

    private static void setField(CheckMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
