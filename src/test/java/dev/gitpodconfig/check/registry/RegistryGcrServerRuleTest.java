package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.CONFIG;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertContains;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertNone;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.auths;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.check;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.checkProject;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.dataSecret;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.findings;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.installer;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.kots;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.single;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.stringDataSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryGcrServerRuleTest {

    private static final String RULE = "registry-gcr-server";

    @Nested
    class Kots {

        @Test
        void serverWithAPathIsReportedAtTheServer() {
            Finding finding = single(check(kots("reg_url", "gcr.io/my-project/gitpod", "reg_server", "gcr.io/my-project",
                    "reg_username", "_json_key", "reg_password", "pw-0123")), RULE, CONFIG, 10, 14);
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals("spec.values.reg_server.value", finding.yamlPath());
            assertContains(finding.message(), "reg_server `gcr.io/my-project` carries the path `/my-project`");
            assertEquals("Set reg_server to `gcr.io`.", finding.fix());
        }

        @Test
        void missingServerIsReportedAtTheUrlWithThePathOfTheServer() {
            Finding finding = single(check(kots("reg_url", "eu.gcr.io/my-project/gitpod", "reg_username", "_json_key")),
                    RULE, CONFIG, 8, 14);
            assertEquals("spec.values.reg_server", finding.yamlPath());
            assertContains(finding.message(), "reg_server is not set, but reg_url `eu.gcr.io/my-project/gitpod` is on Google "
                    + "Container Registry: KOTS then stores the registry credentials under reg_url");
            assertEquals("Set reg_server to `eu.gcr.io`.", finding.fix());
        }

        @Test
        void emptyServerIsReportedAtTheEmptyValue() {
            Finding finding = single(check(kots("reg_url", "gcr.io/my-project", "reg_server", "\"\"")), RULE, CONFIG, 10, 14);
            assertContains(finding.message(), "reg_server is empty");
        }

        @Test
        void serverNamingAnotherGcrHostIsReported() {
            Finding finding = single(check(kots("reg_url", "eu.gcr.io/my-project/gitpod", "reg_server", "gcr.io")),
                    RULE, CONFIG, 10, 14);
            assertContains(finding.message(), "reg_server `gcr.io` names another host");
            assertContains(finding.message(), "the host `eu.gcr.io` of reg_url `eu.gcr.io/my-project/gitpod`");
            assertEquals("Set reg_server to `eu.gcr.io`.", finding.fix());
        }

        @Test
        void serverThatIsNotAGoogleHostIsReported() {
            single(check(kots("reg_url", "asia.gcr.io/my-project", "reg_server", "registry.example.com")), RULE, CONFIG, 10, 14);
        }

        @Test
        void urlWithoutProjectIsReportedAtTheUrl() {
            CheckResult result = check(kots("reg_url", "us.gcr.io", "reg_server", "us.gcr.io"));
            Finding finding = single(result, RULE, CONFIG, 8, 14);
            assertContains(finding.message(), "reg_url `us.gcr.io` names no project");
            assertEquals("Set reg_url to `us.gcr.io/<project>/gitpod`, where <project> is your Google Cloud project id.", finding.fix());
        }

        @ParameterizedTest
        @ValueSource(strings = {"gcr.io", "us.gcr.io", "eu.gcr.io", "asia.gcr.io"})
        void serverEqualToTheUrlHostPasses(String host) {
            assertNone(check(kots("reg_url", host + "/my-project/gitpod", "reg_server", host)), RULE);
        }

        @Test
        void gitpodsOwnGcpFixturePasses() {
            assertNone(check(kots("reg_url", "\"gcr.io/sh-automated-tests\"", "reg_server", "\"gcr.io\"",
                    "reg_username", "\"_json_key\"", "reg_password", "${GCP_KEY}")), RULE);
        }

        @Test
        void placeholderServerIsSkipped() {
            assertNone(check(kots("reg_url", "gcr.io/my-project", "reg_server", "${SERVER}")), RULE);
        }

        @Test
        void inClusterRegistryIsNotChecked() {
            assertNone(check("""
                    apiVersion: kots.io/v1beta1
                    kind: ConfigValues
                    spec:
                      values:
                        reg_incluster:
                          value: "1"
                        reg_url:
                          value: gcr.io/my-project
                    """), RULE);
        }

        @Test
        void nonGoogleUrlIsNotChecked() {
            assertNone(check(kots("reg_url", "myregistry.azurecr.io")), RULE);
        }
    }

    @Nested
    class Installer {

        @Test
        void urlWithoutProjectIsReportedAtTheUrl() {
            Finding finding = single(check(installer("gcr.io/", "container-registry")), RULE, CONFIG, 6, 10);
            assertEquals("containerRegistry.external.url", finding.yamlPath());
            assertContains(finding.message(), "containerRegistry.external.url `gcr.io` names no project");
        }

        @Test
        void installationResourceUrlWithoutProjectIsReported() {
            Finding finding = single(check("""
                    apiVersion: install.gitpod.io/v1alpha1
                    kind: Installation
                    spec:
                      config:
                        containerRegistry:
                          inCluster: false
                          external:
                            url: eu.gcr.io
                    """), RULE, CONFIG, 8, 14);
            assertEquals("spec.config.containerRegistry.external.url", finding.yamlPath());
        }

        @Test
        void authsKeyWithAPathInASameFileSecretIsReportedAtTheDockerConfigJsonKey() {
            CheckResult result = check(installer("gcr.io/my-project/gitpod", "container-registry") + "---\n"
                    + stringDataSecret("container-registry", auths("gcr.io/my-project")));
            Finding finding = single(result, RULE, CONFIG, 17, 3);
            assertEquals("stringData..dockerconfigjson", finding.yamlPath());
            assertContains(finding.message(), "The auths key `gcr.io/my-project` of the Secret `container-registry` carries the "
                    + "path `/my-project`");
            assertContains(finding.fix(), "--docker-server=gcr.io ");
        }

        @Test
        void authsKeyForAnotherGcrHostInBase64DataIsReported() {
            CheckResult result = check(installer("eu.gcr.io/my-project/gitpod", "container-registry") + "---\n"
                    + dataSecret("container-registry", auths("gcr.io")));
            Finding finding = single(result, RULE, CONFIG, 17, 3);
            assertEquals("data..dockerconfigjson", finding.yamlPath());
            assertContains(finding.message(), "The auths key `gcr.io` of the Secret `container-registry` names another host");
        }

        @Test
        void authsKeyWithASchemeIsReported() {
            Finding finding = single(check(installer("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("https://gcr.io"))), RULE, CONFIG, 17, 3);
            assertContains(finding.message(), "has the scheme `https://`");
        }

        @Test
        void secretWithoutAnyGcrKeyIsReportedAsMissingTheServer() {
            Finding finding = single(check(installer("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("https://index.docker.io/v1/"))), RULE, CONFIG, 17, 3);
            assertContains(finding.message(), "The Secret `regcred` has no auths key `gcr.io`");
        }

        @Test
        void oneFindingPerWrongKey() {
            CheckResult result = check(installer("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("gcr.io/my-project", "eu.gcr.io", "docker.io")));
            List<Finding> findings = findings(result, RULE);
            assertEquals(2, findings.size(), findings::toString);
            findings.forEach(f -> RegistryRulesTestSupport.assertAt(f, RULE, CONFIG, 17, 3));
        }

        @Test
        void secretWithTheHostAmongOtherKeysPasses() {
            // Gitpod's preview environments key one Secret by eu.gcr.io and europe-docker.pkg.dev (research §4).
            assertNone(check(installer("eu.gcr.io/gitpod-core-dev/build/", "regcred") + "---\n"
                    + dataSecret("regcred", auths("eu.gcr.io", "europe-docker.pkg.dev"))), RULE);
        }

        @Test
        void secretOfAnotherNameIsNotUsed() {
            CheckResult result = check(installer("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("other", auths("gcr.io/my-project")));
            assertNone(result, RULE);
            assertTrue(result.notes().stream().anyMatch(n -> n.contains("names the Secret `regcred`, which is not among the checked files")),
                    result.notes()::toString);
        }

        @Test
        void secretInAnotherFileIsCheckedAndTheFindingIsInThatFile(@TempDir Path dir) {
            CheckResult result = checkProject(dir, Map.of(
                    "gitpod/gitpod.config.yaml", installer("eu.gcr.io/my-project/gitpod", "container-registry"),
                    "secrets/registry.yaml", dataSecret("container-registry", auths("eu.gcr.io/my-project"))), List.of());
            Finding finding = single(result, RULE, "secrets/registry.yaml", 7, 3);
            assertContains(finding.message(), "of containerRegistry.external.url `eu.gcr.io/my-project/gitpod` (gitpod/gitpod.config.yaml)");
            assertEquals(List.of(), result.notes());
        }

        @Test
        void secretInTheConfigFileWinsOverOneOfTheSameNameElsewhere(@TempDir Path dir) {
            CheckResult result = checkProject(dir, Map.of(
                    "gitpod/gitpod.config.yaml", installer("gcr.io/my-project", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("gcr.io")),
                    "staging/registry.yaml", stringDataSecret("regcred", auths("gcr.io/other"))), List.of());
            assertNone(result, RULE);
        }

        @Test
        void dockerConfigJsonKeyIsReportedAtTheKey(@TempDir Path dir) {
            String dockerConfig = """
                    {
                    \t"auths": {
                    \t\t"https://index.docker.io/v1/": {},
                    \t\t"gcr.io/my-project": {
                    \t\t\t"auth": "eHg6eXk="
                    \t\t}
                    \t}
                    }
                    """;
            CheckResult result = checkProject(dir, Map.of(
                    "gitpod/gitpod.config.yaml", installer("gcr.io/my-project/gitpod", "not-in-the-repo"),
                    "docker/config.json", dockerConfig), List.of("**/*.yaml", "**/config.json"));
            Finding finding = single(result, RULE, "docker/config.json", 4, 3);
            assertEquals("auths.gcr.io/my-project", finding.yamlPath());
            assertContains(finding.message(), "of the Docker config docker/config.json carries the path `/my-project`");
            assertContains(finding.fix(), "docker login gcr.io");
        }

        @Test
        void dockerConfigWithoutGoogleKeysIsNoFinding(@TempDir Path dir) {
            CheckResult result = checkProject(dir, Map.of(
                    "gitpod/gitpod.config.yaml", installer("gcr.io/my-project/gitpod", "not-in-the-repo"),
                    "docker/config.json", "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"eHg6eXk=\"}}}"),
                    List.of("**/*.yaml", "**/config.json"));
            assertNone(result, RULE);
        }

        @Test
        void placeholderAuthsKeyIsSkipped() {
            assertNone(check(installer("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("${REGISTRY_SERVER}"))), RULE);
        }

        @Test
        void correctSecretPasses() {
            assertNone(check(installer("gcr.io/my-project/gitpod", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("gcr.io"))), RULE);
        }
    }
}
