package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.CONFIG;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertContains;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertNone;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.auths;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.check;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.checkProject;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.dataSecret;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.installer;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.kots;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.single;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.engine.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryGarServerRuleTest {

    private static final String RULE = "registry-gar-server";

    @Test
    void kotsMissingServerIsReportedAtTheUrl() {
        Finding finding = single(check(kots("reg_url", "europe-west1-docker.pkg.dev/my-project/gitpod",
                "reg_username", "_json_key")), RULE, CONFIG, 8, 14);
        assertEquals("spec.values.reg_server", finding.yamlPath());
        assertContains(finding.message(), "reg_server is not set, but reg_url `europe-west1-docker.pkg.dev/my-project/gitpod` is on "
                + "Google Artifact Registry: KOTS then stores the registry credentials under reg_url");
        assertEquals("Set reg_server to `europe-west1-docker.pkg.dev`.", finding.fix());
    }

    @Test
    void kotsServerOfAnotherLocationIsReported() {
        Finding finding = single(check(kots("reg_url", "europe-west1-docker.pkg.dev/my-project/gitpod",
                "reg_server", "us-docker.pkg.dev")), RULE, CONFIG, 10, 14);
        assertContains(finding.message(), "reg_server `us-docker.pkg.dev` names another host");
        assertEquals("Set reg_server to `europe-west1-docker.pkg.dev`.", finding.fix());
    }

    @Test
    void kotsServerEqualToTheUrlIsReportedForItsPath() {
        Finding finding = single(check(kots("reg_url", "us-docker.pkg.dev/p/r", "reg_server", "us-docker.pkg.dev/p/r")),
                RULE, CONFIG, 10, 14);
        assertContains(finding.message(), "carries the path `/p/r`");
    }

    @Test
    void kotsServerWithAGoogleHostPasses() {
        assertNone(check(kots("reg_url", "europe-docker.pkg.dev/my-project/gitpod", "reg_server", "europe-docker.pkg.dev")), RULE);
    }

    @Test
    void unknownLocationIsLeftToTheUrlRule() {
        CheckResult result = check(kots("reg_url", "europ-west1-docker.pkg.dev/my-project/gitpod", "reg_server", "europe-west1-docker.pkg.dev"));
        assertNone(result, RULE);
        assertEquals(1, RegistryRulesTestSupport.findings(result, "registry-gar-url").size());
    }

    @Test
    void installerSecretKeyWithThePathIsReportedAtTheDockerConfigJsonKey() {
        Finding finding = single(check(installer("europe-west1-docker.pkg.dev/my-project/gitpod", "container-registry") + "---\n"
                + dataSecret("container-registry", auths("europe-west1-docker.pkg.dev/my-project/gitpod"))), RULE, CONFIG, 17, 3);
        assertEquals("data..dockerconfigjson", finding.yamlPath());
        assertContains(finding.message(), "The auths key `europe-west1-docker.pkg.dev/my-project/gitpod` of the Secret "
                + "`container-registry` carries the path `/my-project/gitpod`: Google Artifact Registry authenticates against "
                + "the host `europe-west1-docker.pkg.dev` of containerRegistry.external.url");
        assertContains(finding.fix(), "--docker-server=europe-west1-docker.pkg.dev ");
    }

    @Test
    void installerSecretOfAnotherLocationIsReported() {
        single(check(installer("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred") + "---\n"
                + stringDataSecret("regcred", auths("europe-west2-docker.pkg.dev"))), RULE, CONFIG, 17, 3);
    }

    @Test
    void installerSecretWithoutAnArtifactRegistryKeyIsReported(@TempDir Path dir) {
        CheckResult result = checkProject(dir, Map.of(
                "gitpod.config.yaml", installer("us-docker.pkg.dev/my-project/gitpod", "regcred"),
                "k8s/regcred.yaml", stringDataSecret("regcred", auths("gcr.io"))), List.of());
        Finding finding = single(result, RULE, "k8s/regcred.yaml", 7, 3);
        assertContains(finding.message(), "The Secret `regcred` has no auths key `us-docker.pkg.dev`");
        assertContains(finding.message(), "(gitpod.config.yaml)");
    }

    @Test
    void installerSecretWithTheHostPasses() {
        assertNone(check(installer("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred") + "---\n"
                + dataSecret("regcred", auths("europe-west1-docker.pkg.dev"))), RULE);
    }

    @Test
    void installerConfigWithoutItsSecretPasses() {
        assertNone(check(installer("europe-west1-docker.pkg.dev/my-project/gitpod", "regcred")), RULE);
    }
}
