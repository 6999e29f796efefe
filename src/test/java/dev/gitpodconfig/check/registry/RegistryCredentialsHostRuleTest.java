package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.auths;
import static dev.gitpodconfig.testing.Yaml.dataSecret;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryCredentialsHostRuleTest {

    private static final String RULE = "registry-credentials-host";
    private static final Checks.Run RUN = Checks.only(RULE);

    private static CheckResult check(String url, String... servers) {
        return RUN.check(Yaml.documents(installerExternal(url), dataSecret("container-registry", auths(servers))));
    }

    @Test
    void aTypoInTheAuthsHostIsReportedAtTheSecretsNameInTheConfig(@TempDir Path base) {
        CheckResult result = RUN.checkProject(
                base,
                Map.of(
                        "gitpod/gitpod.config.yaml", installerExternal("registry.example.com/gitpod"),
                        "secrets/registry.yaml", dataSecret("container-registry", auths("registry.exmaple.com"))));
        Finding finding = assertAt(
                single(result, RULE),
                RULE,
                "gitpod/gitpod.config.yaml",
                9,
                13,
                "containerRegistry.external.certificate.name names the Secret `container-registry` "
                        + "(secrets/registry.yaml, line 7), which has no auths entry for `registry.example.com`, the "
                        + "host of containerRegistry.external.url `registry.example.com/gitpod`; it has credentials "
                        + "for `registry.exmaple.com`.");
        assertEquals(Severity.ERROR, finding.severity());
        assertFixContains(finding, "--docker-server=registry.example.com");
    }

    @ParameterizedTest
    @CsvSource({
        "registry.example.com/gitpod, https://registry.example.com/",
        "registry.example.com/gitpod, http://registry.example.com",
        "registry.example.com/gitpod, registry.example.com/gitpod",
        "registry.example.com:5000/gitpod, registry.example.com:5000",
        "REGISTRY.example.com/gitpod, registry.EXAMPLE.com",
        "docker.io/my-org/gitpod, https://index.docker.io/v1/",
        "docker.io/my-org/gitpod, registry-1.docker.io",
        "index.docker.io/my-org/gitpod, docker.io",
        "registry.example.com/gitpod, ${REGISTRY_HOST}",
    })
    void keysMatchAsDockerMatchesThem(String url, String server) {
        assertNoFinding(check(url, "other.example.com", server), RULE);
    }

    @ParameterizedTest
    @CsvSource({
        "registry.example.com:5000/gitpod, registry.example.com",
        "registry.example.com/gitpod, registry.example.com:443",
        "registry.example.com/gitpod, example.com",
        "quay.io/my-org/gitpod, https://index.docker.io/v1/",
    })
    void anotherHostOrPortIsNoMatch(String url, String server) {
        single(check(url, server), RULE);
    }

    @Test
    void anEmptyAuthsObjectIsSaidToBeEmpty() {
        Finding finding = single(
                RUN.check(Yaml.documents(
                        installerExternal("registry.example.com/gitpod"),
                        stringDataSecret("container-registry", "{\"auths\": {}}"))),
                RULE);
        assertAt(finding, RULE, Checks.FILE, 9, 13, "its auths object is empty");
    }

    @Test
    void userinfoInAnAuthsKeyIsNotShown() {
        Finding finding = single(check("registry.example.com/gitpod", "robot:hunter2-secret@other.example.com"), RULE);
        assertAt(finding, RULE, Checks.FILE, 9, 13, "it has credentials for `other.example.com`");
        assertFalse(finding.message().contains("hunter2"), finding.message());
    }

    @Test
    void googleRegistriesAreLeftToTheirServerRules() {
        CheckResult result = Checks.check(Yaml.documents(
                installerExternal("gcr.io/my-project/gitpod"),
                dataSecret("container-registry", auths("registry.example.com"))));
        assertNoFinding(result, RULE);
        single(result, "registry-gcr-server");
        assertNoFinding(check("europe-docker.pkg.dev/my-project/gitpod", "registry.example.com"), RULE);
    }

    @Test
    void nothingWhenTheSecretIsNotAmongTheCheckedFilesOrCannotBeRead() {
        assertNoFinding(RUN.check(installerExternal("registry.example.com/gitpod")), RULE);
        assertNoFinding(
                RUN.check(Yaml.documents(
                        installerExternal("registry.example.com/gitpod"),
                        dataSecret("other-registry", auths("other.example.com")))),
                RULE);
        CheckResult broken = Checks.check(Yaml.documents(
                installerExternal("registry.example.com/gitpod"),
                stringDataSecret("container-registry", "{\"credsStore\": \"desktop\"}")));
        assertNoFinding(broken, RULE);
        single(broken, "registry-credentials-invalid");
    }

    @Test
    void nothingForTheInClusterRegistry() {
        String config = installerExternal("registry.example.com/gitpod").replace("inCluster: false", "inCluster: true");
        assertNoFinding(
                RUN.check(Yaml.documents(config, dataSecret("container-registry", auths("other.example.com")))), RULE);
    }

    @Test
    void oneDefinitionWithTheHostIsEnough(@TempDir Path base) {
        CheckResult result = RUN.checkProject(
                base,
                Map.of(
                        "gitpod.config.yaml", installerExternal("registry.example.com/gitpod"),
                        "overlays/dev/registry.yaml", dataSecret("container-registry", auths("dev.example.com")),
                        "overlays/prod/registry.yaml",
                                dataSecret("container-registry", auths("registry.example.com"))));
        assertNoFinding(result, RULE);
    }
}
