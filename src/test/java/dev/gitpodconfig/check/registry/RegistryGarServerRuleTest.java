package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.findings;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.auths;
import static dev.gitpodconfig.testing.Yaml.dataSecret;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternalRegistry;
import static dev.gitpodconfig.testing.Yaml.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryGarServerRuleTest {

    private static final String RULE = "registry-gar-server";
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);

    @Test
    void kotsMissingServerIsReportedAtTheUrl() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "europe-west1-docker.pkg.dev/my-project/gitpod", "reg_username", "_json_key")),
                RULE,
                CONFIG,
                8,
                14);
        assertEquals("spec.values.reg_server", finding.yamlPath());
        assertMessageContains(
                finding,
                "reg_server is not set, but reg_url `europe-west1-docker.pkg.dev/my-project/gitpod` is on "
                        + "Google Artifact Registry: KOTS then stores the registry credentials under reg_url");
        assertEquals("Set reg_server to `europe-west1-docker.pkg.dev`.", finding.fix());
    }

    @Test
    void kotsServerOfAnotherLocationIsReported() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "europe-west1-docker.pkg.dev/my-project/gitpod", "reg_server", "us-docker.pkg.dev")),
                RULE,
                CONFIG,
                10,
                14);
        assertMessageContains(finding, "reg_server `us-docker.pkg.dev` names another host");
        assertEquals("Set reg_server to `europe-west1-docker.pkg.dev`.", finding.fix());
    }

    @Test
    void kotsServerEqualToTheUrlIsReportedForItsPath() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "us-docker.pkg.dev/p/r", "reg_server", "us-docker.pkg.dev/p/r")),
                RULE,
                CONFIG,
                10,
                14);
        assertMessageContains(finding, "carries the path `/p/r`");
    }

    @Test
    void kotsServerWithAGoogleHostPasses() {
        assertNoFinding(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "europe-docker.pkg.dev/my-project/gitpod", "reg_server", "europe-docker.pkg.dev")),
                RULE);
    }

    @Test
    void unknownLocationIsLeftToTheUrlRule() {
        CheckResult result = RUN.check(kotsExternalRegistry(
                "reg_url",
                "europ-west1-docker.pkg.dev/my-project/gitpod",
                "reg_server",
                "europe-west1-docker.pkg.dev"));
        assertNoFinding(result, RULE);
        assertEquals(1, findings(result, "registry-gar-url").size());
    }

    @Test
    void installerSecretKeyWithThePathIsReportedAtTheDockerConfigJsonKey() {
        Finding finding = single(
                RUN.check(installerExternal("europe-west1-docker.pkg.dev/my-project/gitpod", "container-registry")
                        + "---\n"
                        + dataSecret("container-registry", auths("europe-west1-docker.pkg.dev/my-project/gitpod"))),
                RULE,
                CONFIG,
                17,
                3);
        assertEquals("data..dockerconfigjson", finding.yamlPath());
        assertMessageContains(
                finding,
                "The auths key `europe-west1-docker.pkg.dev/my-project/gitpod` of the Secret "
                        + "`container-registry` carries the path `/my-project/gitpod`: Google Artifact Registry authenticates against "
                        + "the host `europe-west1-docker.pkg.dev` of containerRegistry.external.url");
        assertFixContains(finding, "--docker-server=europe-west1-docker.pkg.dev ");
    }

    @Test
    void installerSecretOfAnotherLocationIsReported() {
        single(
                RUN.check(installerExternal("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred") + "---\n"
                        + stringDataSecret("regcred", auths("europe-west2-docker.pkg.dev"))),
                RULE,
                CONFIG,
                17,
                3);
    }

    @Test
    void installerSecretWithoutAnArtifactRegistryKeyIsReported(@TempDir Path dir) {
        CheckResult result = Checks.checkProject(
                dir,
                Map.of(
                        "gitpod.config.yaml", installerExternal("us-docker.pkg.dev/my-project/gitpod", "regcred"),
                        "k8s/regcred.yaml", stringDataSecret("regcred", auths("gcr.io"))));
        Finding finding = single(result, RULE, "k8s/regcred.yaml", 7, 3);
        assertMessageContains(finding, "The Secret `regcred` has no auths key `us-docker.pkg.dev`");
        assertMessageContains(finding, "(gitpod.config.yaml)");
    }

    @Test
    void installerSecretWithTheHostPasses() {
        assertNoFinding(
                RUN.check(installerExternal("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred") + "---\n"
                        + dataSecret("regcred", auths("europe-west1-docker.pkg.dev"))),
                RULE);
    }

    @Test
    void installerConfigWithoutItsSecretPasses() {
        assertNoFinding(RUN.check(installerExternal("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred")), RULE);
    }
}
