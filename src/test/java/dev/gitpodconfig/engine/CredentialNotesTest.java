package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialNotesTest {

    private static final String CONFIG = Yaml.installerExternal("registry.example.com/gitpod");
    private static final String SECRET = Yaml.registrySecret("eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6e319fQ==");
    private static final Checks.Run RUN = Checks.file("gitpod/gitpod.config.yaml");

    @Test
    void notesAreCollectedOnlyWhenAskedFor() throws Exception {
        CheckResult result = RUN.options(o -> o.collectNotes(false)).check(CONFIG);
        assertEquals(List.of(), result.notes());
        assertEquals(RUN.check(CONFIG).findings(), result.findings());
    }

    @Test
    void aSecretThatIsNotAmongTheCheckedFilesIsANoteNotAFinding() throws Exception {
        CheckResult result = RUN.check(CONFIG);
        assertEquals(List.of(), result.findings());
        assertEquals(
                List.of("gitpod/gitpod.config.yaml:[9,13] containerRegistry.external.certificate.name names the Secret "
                        + "`container-registry`, which is not among the checked files; registry-gcr-server and registry-gar-server check "
                        + "its auths keys only when its file is included."),
                result.notes());
    }

    @Test
    void aSecretInTheSameFileIsFound() throws Exception {
        CheckResult result = RUN.check(CONFIG + "---\n" + SECRET);
        assertEquals(List.of(), result.notes());
        assertEquals(List.of("gitpod/gitpod.config.yaml"), result.checkedFiles());
    }

    @Test
    void aSecretInAnotherFileIsFound(@TempDir Path dir) throws Exception {
        CheckResult result = Checks.checkProject(
                dir, Map.of("gitpod/gitpod.config.yaml", CONFIG, "gitpod/registry-secret.yaml", SECRET));
        assertEquals(List.of(), result.notes());
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("gitpod/gitpod.config.yaml", "gitpod/registry-secret.yaml"), result.checkedFiles());
    }

    @Test
    void aUtf16SecretInAnotherFileIsFoundToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gitpod.config.yaml"), CONFIG);
        Files.writeString(dir.resolve("registry-secret.yaml"), "\uFEFF" + SECRET, StandardCharsets.UTF_16LE);
        CheckResult result = Checks.checkProject(dir);
        assertEquals(List.of(), result.notes());
        assertEquals(List.of("gitpod.config.yaml", "registry-secret.yaml"), result.checkedFiles());
    }

    @Test
    void aPlaceholderSecretIsANote() throws Exception {
        CheckResult result = RUN.check(SECRET.replace(
                "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6e319fQ==",
                "'{{repl ConfigOption \"reg_docker_config\" | Base64Encode }}'"));
        assertEquals(List.of(), result.findings());
        assertEquals(
                List.of(
                        "gitpod/gitpod.config.yaml:[7,3] the data..dockerconfigjson of the Secret `container-registry` is "
                                + "a template placeholder; its auths keys are not checked."),
                result.notes());
    }

    @Test
    void kotsConfigValuesNeedNoSecret() throws Exception {
        CheckResult result = RUN.check("""
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: registry.example.com/gitpod
                    reg_username:
                      value: gitpod
                    reg_password:
                      value: a-password
                """);
        assertEquals(List.of(), result.notes());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void theOldConstructorHasNoNotes() {
        assertEquals(List.of(), new CheckResult(List.of(), List.of(), List.of()).notes());
    }
}
