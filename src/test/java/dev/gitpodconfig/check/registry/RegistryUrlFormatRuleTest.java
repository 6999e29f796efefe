package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternalRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryUrlFormatRuleTest {

    private static final String RULE = "registry-url-format";
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);

    @Test
    void schemeIsReportedWithTheUrlWithoutIt() {
        Finding finding = single(
                RUN.check(installerExternal("https://registry.example.com/gitpod", "regcred")), RULE, CONFIG, 6, 10);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("containerRegistry.external.url", finding.yamlPath());
        assertEquals(
                "containerRegistry.external.url is not an image-reference prefix, host[:port][/path]: it has the scheme "
                        + "`https://`. Gitpod appends /base-images and /workspace-images to it, and Docker rejects the resulting image "
                        + "references.",
                finding.message());
        assertEquals("Set containerRegistry.external.url to `registry.example.com/gitpod`.", finding.fix());
    }

    @Test
    void userinfoIsReportedButNeverQuoted() {
        Finding finding = single(
                RUN.check(installerExternal("deploy-bot:Tr0ub4dor-PW@registry.example.com:5000/gitpod", "regcred")),
                RULE,
                CONFIG,
                6,
                10);
        assertMessageContains(finding, "carries credentials (user:password@) before the host");
        assertEquals(
                "Set containerRegistry.external.url to `registry.example.com:5000/gitpod` and keep the credentials in the "
                        + "Secret named by containerRegistry.external.certificate.name.",
                finding.fix());
        for (String text : new String[] {finding.message(), finding.fix(), finding.yamlPath()}) {
            assertFalse(text.contains("Tr0ub4dor"), text);
            assertFalse(text.contains("deploy-bot"), text);
        }
    }

    @Test
    void whiteSpaceIsReported() {
        Finding finding = single(
                RUN.check(installerExternal("\"registry.example.com/gitpod \"", "regcred")), RULE, CONFIG, 6, 10);
        assertMessageContains(finding, "contains white space");
    }

    @Test
    void upperCaseRepositoryPathIsReportedWithTheLowerCaseUrl() {
        Finding finding = single(
                RUN.check(installerExternal("Registry.Example.com/Gitpod/Images", "regcred")), RULE, CONFIG, 6, 10);
        assertMessageContains(finding, "has upper-case letters in its repository path `Gitpod/Images`");
        assertEquals("Set containerRegistry.external.url to `registry.example.com/gitpod/images`.", finding.fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gitpod", "https:///gitpod", ":5000/gitpod"})
    void emptyHostIsReported(String url) {
        Finding finding = single(RUN.check(installerExternal("\"" + url + "\"", "regcred")), RULE, CONFIG, 6, 10);
        assertMessageContains(finding, "has no host");
        assertEquals(
                "Start containerRegistry.external.url with the registry host, e.g. `registry.example.com/gitpod`.",
                finding.fix());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "registry.example.com:99999/gitpod",
                "registry.example.com:port/gitpod",
                "reg_istry.example.com/gitpod"
            })
    void malformedHostIsReported(String url) {
        assertMessageContains(
                single(RUN.check(installerExternal(url, "regcred")), RULE, CONFIG, 6, 10), "has no valid host[:port]");
    }

    @Test
    void kotsServerWithAPathIsReported() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "registry.example.com/gitpod", "reg_server", "registry.example.com/gitpod")),
                RULE,
                CONFIG,
                10,
                14);
        assertEquals(
                "reg_server is not a registry server, host[:port]: it carries the path `/gitpod`. The server is the key the "
                        + "registry credentials are stored under, so no image host matches it.",
                finding.message());
        assertEquals("Set reg_server to `registry.example.com`.", finding.fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://gcr.io", "http://registry.example.com:5000", "HTTPS://registry.example.com"})
    void kotsServerMayCarryAnHttpScheme(String server) {
        // The docker client and the kubelet strip the scheme from the credentials key; Gitpod's KOTS preflight
        // parses the server as a URL and accepts it.
        assertNoFinding(RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", server)), RULE);
    }

    @Test
    void kotsServerWithAnotherSchemeIsReported() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", "ftp://gcr.io")),
                RULE,
                CONFIG,
                10,
                14);
        assertMessageContains(finding, "has the scheme `ftp://`");
        assertEquals("Set reg_server to `gcr.io`.", finding.fix());
    }

    @ParameterizedTest
    @CsvSource({
        "harbor.acme.dev/gitpod:2022.11, the tag `:2022.11`, harbor.acme.dev/gitpod",
        "registry.example.com:5000/gitpod:latest, the tag `:latest`, registry.example.com:5000/gitpod",
        "registry.example.com/gitpod@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, the digest `@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef`, registry.example.com/gitpod"
    })
    void tagOrDigestIsReportedWithTheUrlWithoutIt(String url, String what, String expected) {
        Finding finding = single(RUN.check(installerExternal(url, "regcred")), RULE, CONFIG, 6, 10);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(
                "containerRegistry.external.url is not an image-reference prefix, host[:port][/path]: it ends in "
                        + what
                        + ". Gitpod appends /base-images and /workspace-images to it, and Docker rejects the resulting "
                        + "image references.",
                finding.message());
        assertEquals("Set containerRegistry.external.url to `" + expected + "`.", finding.fix());
    }

    @Test
    void kotsUrlWithATagIsReported() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry("reg_url", "harbor.acme.dev/gitpod:2022.11")), RULE, CONFIG, 8, 14);
        assertMessageContains(finding, "ends in the tag `:2022.11`");
        assertEquals("Set reg_url to `harbor.acme.dev/gitpod`.", finding.fix());
    }

    @Test
    void kotsServerOnGoogleRegistriesIsFixedToTheUrlHost() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "eu.gcr.io/my-project", "reg_server", "bot:pw-4321@gcr.io/my-project")),
                RULE,
                CONFIG,
                10,
                14);
        assertEquals(
                "reg_server is not a registry server, host[:port]: it carries credentials (user:password@) before the host. "
                        + "The server is the key the registry credentials are stored under, so no image host matches it.",
                finding.message());
        assertEquals(
                "Set reg_server to `eu.gcr.io` and keep the credentials in reg_username and reg_password.",
                finding.fix());
    }

    @Test
    void kotsServerPathOnGoogleRegistriesIsLeftToTheirRules() {
        assertNoFinding(
                RUN.check(kotsExternalRegistry("reg_url", "gcr.io/my-project", "reg_server", "gcr.io/my-project")),
                RULE);
        assertNoFinding(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "us-docker.pkg.dev/p/r", "reg_server", "us-docker.pkg.dev/p/r")),
                RULE);
    }

    @Test
    void kotsUrlWithUserinfoPointsToTheCredentialItems() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry("reg_url", "https://me:pw-1234@myregistry.azurecr.io")),
                RULE,
                CONFIG,
                8,
                14);
        assertEquals(
                "Set reg_url to `myregistry.azurecr.io` and keep the credentials in reg_username and reg_password.",
                finding.fix());
        assertFalse(finding.message().contains("pw-1234"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "registry.example.com",
                "registry.example.com/",
                "my-registry.example.com:443/gitpod",
                "10.0.0.12:5000/gitpod/images",
                "localhost:5000",
                "myregistry.azurecr.io",
                "[::1]:5000/gitpod",
                "${REGISTRY_URL}",
                "gcr.io/My-Project-is-a-placeholder-{{ .Values.project }}"
            })
    void wellFormedUrlsAndPlaceholdersPass(String url) {
        assertNoFinding(RUN.check(installerExternal("\"" + url + "\"", "regcred")), RULE);
    }

    @Test
    void urlsTheInstallerIgnoresAreNotChecked() {
        assertNoFinding(RUN.check("""
                containerRegistry:
                  inCluster: true
                  external:
                    url: https://registry.example.com
                """), RULE);
    }
}
