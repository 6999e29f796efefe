package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.CONFIG;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertContains;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertNone;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.auths;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.base64;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.check;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.checkProject;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.dataSecret;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.installer;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.secret;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.single;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsInvalidRuleTest {

    private static final String RULE = "registry-credentials-invalid";

    @Test
    void badBase64IsReportedAtTheDockerConfigJsonKey() {
        Finding finding = single(check(secret("regcred", "data", "'{\"auths\": {}}'")), RULE, CONFIG, 7, 3);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("data..dockerconfigjson", finding.yamlPath());
        assertEquals("The Secret `regcred` has a .dockerconfigjson in data that is not valid base64 (data values must be "
                + "base64-encoded; put plain JSON under stringData instead); the Kubernetes API server rejects such a Secret.",
                finding.message());
        assertContains(finding.fix(), "kubectl create secret docker-registry");
    }

    @Test
    void brokenJsonIsReportedWithThePlaceInTheJsonOnly() {
        Finding finding = single(check(dataSecret("regcred", "{\"auths\": {\"gcr.io\": {\"auth\": \"c2VjcmV0\"}}")),
                RULE, CONFIG, 7, 3);
        assertContains(finding.message(), "has a .dockerconfigjson that is not valid JSON (the decoded JSON breaks at line 1, column");
    }

    @Test
    void jsonWithoutAuthsIsReported() {
        Finding finding = single(check(stringDataSecret("regcred", "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}")), RULE, CONFIG, 7, 3);
        assertContains(finding.message(), "without an \"auths\" object");
    }

    @Test
    void secretWithoutTheKeyIsReportedAtItsDataKey() {
        Finding finding = single(check("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: regcred
                type: kubernetes.io/dockerconfigjson
                data:
                  .dockercfg: e30=
                """), RULE, CONFIG, 6, 1);
        assertEquals("data", finding.yamlPath());
        assertContains(finding.message(), "has no .dockerconfigjson key in data or stringData");
    }

    @Test
    void unreferencedSecretsAreCheckedToo(@TempDir Path dir) {
        CheckResult result = checkProject(dir, Map.of("k8s/pull-secret.yaml", "---\n" + secret("pull", "data", "'%%%'")), List.of());
        single(result, RULE, "k8s/pull-secret.yaml", 8, 3);
    }

    @Test
    void brokenSecretIsNotCheckedByTheServerRules() {
        CheckResult result = check(installer("gcr.io/my-project", "regcred") + "---\n" + secret("regcred", "data", "'%%%'"));
        single(result, RULE, CONFIG, 17, 3);
        assertNone(result, "registry-gcr-server");
    }

    @Test
    void validAndTemplatedSecretsPass() {
        assertNone(check(dataSecret("regcred", auths("gcr.io"))), RULE);
        assertNone(check(stringDataSecret("regcred", auths("registry.example.com:5000"))), RULE);
        assertNone(check(secret("regcred", "data", "${DOCKER_CONFIG_B64}")), RULE);
        assertNone(check(secret("regcred", "data", base64("{\"auths\": {}}"))), RULE);
    }
}
