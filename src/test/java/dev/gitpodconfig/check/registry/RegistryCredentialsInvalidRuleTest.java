package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.auths;
import static dev.gitpodconfig.testing.Yaml.base64;
import static dev.gitpodconfig.testing.Yaml.dataSecret;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.registrySecret;
import static dev.gitpodconfig.testing.Yaml.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsInvalidRuleTest {

    private static final String RULE = "registry-credentials-invalid";
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);

    @Test
    void badBase64IsReportedAtTheDockerConfigJsonKey() {
        Finding finding = single(RUN.check(registrySecret("regcred", "data", "'{\"auths\": {}}'")), RULE, CONFIG, 7, 3);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("data..dockerconfigjson", finding.yamlPath());
        assertEquals(
                "The Secret `regcred` has a .dockerconfigjson in data that is not valid base64 (data values must be "
                        + "base64-encoded; put plain JSON under stringData instead); the Kubernetes API server rejects such a Secret.",
                finding.message());
        assertFixContains(finding, "kubectl create secret docker-registry");
    }

    @Test
    void brokenJsonIsReportedWithThePlaceInTheJsonOnly() {
        Finding finding = single(
                RUN.check(dataSecret("regcred", "{\"auths\": {\"gcr.io\": {\"auth\": \"c2VjcmV0\"}}")),
                RULE,
                CONFIG,
                7,
                3);
        assertMessageContains(
                finding, "has a .dockerconfigjson that is not valid JSON (the decoded JSON breaks at line 1, column");
    }

    @Test
    void jsonWithoutAuthsIsReported() {
        Finding finding = single(
                RUN.check(stringDataSecret("regcred", "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}")),
                RULE,
                CONFIG,
                7,
                3);
        assertMessageContains(finding, "without an \"auths\" object");
    }

    @Test
    void secretWithoutTheKeyIsReportedAtItsDataKey() {
        Finding finding = single(RUN.check("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: regcred
                type: kubernetes.io/dockerconfigjson
                data:
                  .dockercfg: e30=
                """), RULE, CONFIG, 6, 1);
        assertEquals("data", finding.yamlPath());
        assertMessageContains(finding, "has no .dockerconfigjson key in data or stringData");
    }

    @Test
    void unreferencedSecretsAreCheckedToo(@TempDir Path dir) {
        CheckResult result = Checks.checkProject(
                dir, Map.of("k8s/pull-secret.yaml", "---\n" + registrySecret("pull", "data", "'%%%'")));
        single(result, RULE, "k8s/pull-secret.yaml", 8, 3);
    }

    @Test
    void brokenSecretIsNotCheckedByTheServerRules() {
        CheckResult result = RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                + registrySecret("regcred", "data", "'%%%'"));
        single(result, RULE, CONFIG, 17, 3);
        assertNoFinding(result, "registry-gcr-server");
    }

    @Test
    void validAndTemplatedSecretsPass() {
        assertNoFinding(RUN.check(dataSecret("regcred", auths("gcr.io"))), RULE);
        assertNoFinding(RUN.check(stringDataSecret("regcred", auths("registry.example.com:5000"))), RULE);
        assertNoFinding(RUN.check(registrySecret("regcred", "data", "${DOCKER_CONFIG_B64}")), RULE);
        assertNoFinding(RUN.check(registrySecret("regcred", "data", base64("{\"auths\": {}}"))), RULE);
    }
}
