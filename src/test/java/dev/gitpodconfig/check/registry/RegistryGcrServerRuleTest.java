package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertAt;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
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
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);
    /** Reads Docker config files too. */
    private static final Checks.Run WITH_DOCKER_CONFIG =
            Checks.options(o -> o.includes(List.of("**/*.yaml", "**/config.json")));

    @Nested
    class Kots {

        @Test
        void serverWithAPathIsReportedAtTheServer() {
            Finding finding = single(
                    RUN.check(kotsExternalRegistry(
                            "reg_url",
                            "gcr.io/my-project/gitpod",
                            "reg_server",
                            "gcr.io/my-project",
                            "reg_username",
                            "_json_key",
                            "reg_password",
                            "pw-0123")),
                    RULE,
                    CONFIG,
                    10,
                    14);
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals("spec.values.reg_server.value", finding.yamlPath());
            assertMessageContains(finding, "reg_server `gcr.io/my-project` carries the path `/my-project`");
            assertEquals("Set reg_server to `gcr.io`.", finding.fix());
        }

        @Test
        void missingServerIsReportedAtTheUrlWithThePathOfTheServer() {
            Finding finding = single(
                    RUN.check(kotsExternalRegistry(
                            "reg_url", "eu.gcr.io/my-project/gitpod", "reg_username", "_json_key")),
                    RULE,
                    CONFIG,
                    8,
                    14);
            assertEquals("spec.values.reg_server", finding.yamlPath());
            assertMessageContains(
                    finding,
                    "reg_server is not set, but reg_url `eu.gcr.io/my-project/gitpod` is on Google "
                            + "Container Registry: KOTS then stores the registry credentials under reg_url");
            assertEquals("Set reg_server to `eu.gcr.io`.", finding.fix());
        }

        @Test
        void emptyServerIsReportedAtTheEmptyValue() {
            Finding finding = single(
                    RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", "\"\"")),
                    RULE,
                    CONFIG,
                    10,
                    14);
            assertMessageContains(finding, "reg_server is empty");
        }

        @Test
        void serverNamingAnotherGcrHostIsReported() {
            Finding finding = single(
                    RUN.check(kotsExternalRegistry("reg_url", "eu.gcr.io/my-project/gitpod", "reg_server", "gcr.io")),
                    RULE,
                    CONFIG,
                    10,
                    14);
            assertMessageContains(finding, "reg_server `gcr.io` names another host");
            assertMessageContains(finding, "the host `eu.gcr.io` of reg_url `eu.gcr.io/my-project/gitpod`");
            assertEquals("Set reg_server to `eu.gcr.io`.", finding.fix());
        }

        @Test
        void serverThatIsNotAGoogleHostIsReported() {
            single(
                    RUN.check(kotsExternalRegistry(
                            "reg_url", "asia.gcr.io/my-project", "reg_server", "registry.example.com")),
                    RULE,
                    CONFIG,
                    10,
                    14);
        }

        @Test
        void urlWithoutProjectIsReportedAtTheUrl() {
            CheckResult result = RUN.check(kotsExternalRegistry("reg_url", "us.gcr.io", "reg_server", "us.gcr.io"));
            Finding finding = single(result, RULE, CONFIG, 8, 14);
            assertMessageContains(finding, "reg_url `us.gcr.io` names no project");
            assertEquals(
                    "Set reg_url to `us.gcr.io/<project>/gitpod`, where <project> is your Google Cloud project id.",
                    finding.fix());
        }

        @ParameterizedTest
        @ValueSource(strings = {"gcr.io/", "eu.gcr.io/"})
        void serverWithATrailingSlashFailsTheKotsPreflight(String server) {
            String host = server.substring(0, server.length() - 1);
            Finding finding = single(
                    RUN.check(kotsExternalRegistry("reg_url", host + "/my-project", "reg_server", server)),
                    RULE,
                    CONFIG,
                    10,
                    14);
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals(
                    "reg_server `" + server + "` ends in '/': Gitpod's KOTS preflight check rejects it (\"google "
                            + "container registries must use the address " + host + ", not " + server + "\").",
                    finding.message());
            assertEquals("Set reg_server to `" + host + "`.", finding.fix());
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://gcr.io", "https://gcr.io/", "HTTPS://gcr.io"})
        void serverWithAnHttpsSchemePasses(String server) {
            // The preflight parses it as a URL with the host gcr.io and an empty path; the scheme is stripped
            // from the credentials key by the docker client and the kubelet.
            assertNoFinding(
                    RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", server)), RULE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"gcr.io", "us.gcr.io", "eu.gcr.io", "asia.gcr.io"})
        void serverEqualToTheUrlHostPasses(String host) {
            assertNoFinding(
                    RUN.check(kotsExternalRegistry("reg_url", host + "/my-project/gitpod", "reg_server", host)), RULE);
        }

        @Test
        void gitpodsOwnGcpFixturePasses() {
            assertNoFinding(
                    RUN.check(kotsExternalRegistry(
                            "reg_url",
                            "\"gcr.io/sh-automated-tests\"",
                            "reg_server",
                            "\"gcr.io\"",
                            "reg_username",
                            "\"_json_key\"",
                            "reg_password",
                            "${GCP_KEY}")),
                    RULE);
        }

        @Test
        void placeholderServerIsSkipped() {
            assertNoFinding(
                    RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", "${SERVER}")), RULE);
        }

        @Test
        void inClusterRegistryIsNotChecked() {
            assertNoFinding(RUN.check("""
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
            assertNoFinding(RUN.check(kotsExternalRegistry("reg_url", "myregistry.azurecr.io")), RULE);
        }
    }

    @Nested
    class Installer {

        @Test
        void urlWithoutProjectIsReportedAtTheUrl() {
            Finding finding =
                    single(RUN.check(installerExternal("gcr.io/", "container-registry")), RULE, CONFIG, 6, 10);
            assertEquals("containerRegistry.external.url", finding.yamlPath());
            assertMessageContains(finding, "containerRegistry.external.url `gcr.io` names no project");
        }

        @Test
        void installationResourceUrlWithoutProjectIsReported() {
            Finding finding = single(RUN.check("""
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
            CheckResult result = RUN.check(installerExternal("gcr.io/my-project/gitpod", "container-registry") + "---\n"
                    + stringDataSecret("container-registry", auths("gcr.io/my-project")));
            Finding finding = single(result, RULE, CONFIG, 17, 3);
            assertEquals("stringData..dockerconfigjson", finding.yamlPath());
            assertMessageContains(
                    finding,
                    "The auths key `gcr.io/my-project` of the Secret `container-registry` carries the "
                            + "path `/my-project`");
            assertFixContains(finding, "--docker-server=gcr.io ");
        }

        @Test
        void authsKeyForAnotherGcrHostInBase64DataIsReported() {
            CheckResult result = RUN.check(installerExternal("eu.gcr.io/my-project/gitpod", "container-registry")
                    + "---\n" + dataSecret("container-registry", auths("gcr.io")));
            Finding finding = single(result, RULE, CONFIG, 17, 3);
            assertEquals("data..dockerconfigjson", finding.yamlPath());
            assertMessageContains(
                    finding, "The auths key `gcr.io` of the Secret `container-registry` names another host");
        }

        @Test
        void authsKeyWithAnHttpsSchemePasses() {
            // The docker client and the kubelet strip the scheme from an auths key.
            assertNoFinding(
                    RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("https://gcr.io"))),
                    RULE);
        }

        @Test
        void authsKeyWithAnotherSchemeIsReported() {
            Finding finding = single(
                    RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("ftp://gcr.io"))),
                    RULE,
                    CONFIG,
                    17,
                    3);
            assertMessageContains(finding, "has the scheme `ftp://`");
        }

        @Test
        void secretWithoutAnyGcrKeyIsReportedAsMissingTheServer() {
            Finding finding = single(
                    RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("https://index.docker.io/v1/"))),
                    RULE,
                    CONFIG,
                    17,
                    3);
            assertMessageContains(finding, "The Secret `regcred` has no auths key `gcr.io`");
        }

        @Test
        void oneFindingPerWrongKey() {
            CheckResult result = RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("regcred", auths("gcr.io/my-project", "eu.gcr.io", "docker.io")));
            List<Finding> findings = findings(result, RULE);
            assertEquals(2, findings.size(), findings::toString);
            findings.forEach(f -> assertAt(f, RULE, CONFIG, 17, 3));
        }

        @Test
        void secretWithTheHostAmongOtherKeysPasses() {
            // Gitpod's preview environments key one Secret by eu.gcr.io and europe-docker.pkg.dev (research §4).
            assertNoFinding(
                    RUN.check(installerExternal("eu.gcr.io/gitpod-core-dev/build/", "regcred") + "---\n"
                            + dataSecret("regcred", auths("eu.gcr.io", "europe-docker.pkg.dev"))),
                    RULE);
        }

        @Test
        void secretOfAnotherNameIsNotUsed() {
            CheckResult result = RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                    + stringDataSecret("other", auths("gcr.io/my-project")));
            assertNoFinding(result, RULE);
            assertTrue(
                    result.notes().stream()
                            .anyMatch(n ->
                                    n.contains("names the Secret `regcred`, which is not among the checked files")),
                    result.notes()::toString);
        }

        @Test
        void secretInAnotherFileIsCheckedAndTheFindingIsInThatFile(@TempDir Path dir) {
            CheckResult result = Checks.checkProject(
                    dir,
                    Map.of(
                            "gitpod/gitpod.config.yaml",
                                    installerExternal("eu.gcr.io/my-project/gitpod", "container-registry"),
                            "secrets/registry.yaml", dataSecret("container-registry", auths("eu.gcr.io/my-project"))));
            Finding finding = single(result, RULE, "secrets/registry.yaml", 7, 3);
            assertMessageContains(
                    finding,
                    "of containerRegistry.external.url `eu.gcr.io/my-project/gitpod` (gitpod/gitpod.config.yaml)");
            assertEquals(List.of(), result.notes());
        }

        @Test
        void secretInTheConfigFileWinsOverOneOfTheSameNameElsewhere(@TempDir Path dir) {
            CheckResult result = Checks.checkProject(
                    dir,
                    Map.of(
                            "gitpod/gitpod.config.yaml",
                            installerExternal("gcr.io/my-project", "regcred") + "---\n"
                                    + stringDataSecret("regcred", auths("gcr.io")),
                            "staging/registry.yaml",
                            stringDataSecret("regcred", auths("gcr.io/other"))));
            assertNoFinding(result, RULE);
        }

        @Test
        void dockerConfigJsonKeyIsReportedAtTheKey(@TempDir Path dir) {
            String dockerConfig =
                    "{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {},\n\t\t\"gcr.io/my-project\": {\n"
                            + "\t\t\t\"auth\": \"eHg6eXk=\"\n\t\t}\n\t}\n}\n";
            CheckResult result = WITH_DOCKER_CONFIG.checkProject(
                    dir,
                    Map.of(
                            "gitpod/gitpod.config.yaml",
                            installerExternal("gcr.io/my-project/gitpod", "not-in-the-repo"),
                            "docker/config.json",
                            dockerConfig));
            Finding finding = single(result, RULE, "docker/config.json", 4, 3);
            assertEquals("auths.gcr.io/my-project", finding.yamlPath());
            assertMessageContains(finding, "of the Docker config docker/config.json carries the path `/my-project`");
            assertFixContains(finding, "docker login gcr.io");
        }

        @Test
        void dockerConfigWithoutGoogleKeysIsNoFinding(@TempDir Path dir) {
            CheckResult result = WITH_DOCKER_CONFIG.checkProject(
                    dir,
                    Map.of(
                            "gitpod/gitpod.config.yaml",
                            installerExternal("gcr.io/my-project/gitpod", "not-in-the-repo"),
                            "docker/config.json",
                            "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"eHg6eXk=\"}}}"));
            assertNoFinding(result, RULE);
        }

        @Test
        void placeholderAuthsKeyIsSkipped() {
            assertNoFinding(
                    RUN.check(installerExternal("gcr.io/my-project", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("${REGISTRY_SERVER}"))),
                    RULE);
        }

        @Test
        void correctSecretPasses() {
            assertNoFinding(
                    RUN.check(installerExternal("gcr.io/my-project/gitpod", "regcred") + "---\n"
                            + stringDataSecret("regcred", auths("gcr.io"))),
                    RULE);
        }
    }
}
