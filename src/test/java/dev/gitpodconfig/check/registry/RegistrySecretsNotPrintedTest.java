package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Yaml.base64;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.registrySecret;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.report.ConsoleFormat;
import dev.gitpodconfig.testing.Checks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants distinctive values in every secret field the registry rules read past (KOTS password items,
 * URL userinfo, Secret data and stringData, auth, password, username and token values, Docker config
 * files, malformed Secrets) and proves that none reaches a finding, a note, a skip reason or a console line.
 */
class RegistrySecretsNotPrintedTest {

    private static final String KOTS_PASSWORD = "Planted-kots-password-81f3";
    private static final String URL_USER = "planted-url-user-5c1d";
    private static final String URL_PASSWORD = "Planted-url-password-77a2";
    private static final String SERVER_PASSWORD = "Planted-server-password-19c4";
    private static final String JSON_USER = "planted-json-user-0d6e";
    private static final String JSON_PASSWORD = "Planted-json-password-2b8e";
    private static final String JSON_AUTH_PASSWORD = "Planted-auth-password-c4a0";
    private static final String TOKEN = "Planted-identity-token-6f1b";
    private static final String BROKEN_PASSWORD = "Planted-broken-json-password-93de";
    private static final String CONFIG_JSON_AUTH_PASSWORD = "Planted-config-json-password-e2c7";
    private static final String YAML_PASSWORD = "Planted-unparsable-yaml-password-4a5b";

    private static String dockerConfig(String server, String user, String password, String authPassword) {
        return "{\"auths\":{\"" + server + "\":{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\",\"email\":\"" + user + "@example.com\",\"auth\":\"" + base64(user + ":" + authPassword)
                + "\",\"identitytoken\":\"" + TOKEN + "\"}}}";
    }

    @Test
    void noPlantedValueIsPrinted(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("kots/config-values.yaml", """
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: https://%s:%s@eu.gcr.io
                    reg_server:
                      value: %s:%s@gcr.io/my-project
                    reg_password:
                      value: %s
                """.formatted(
                        URL_USER, URL_PASSWORD, URL_USER, SERVER_PASSWORD, KOTS_PASSWORD));
        files.put("kots/plaintext.yaml", """
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: us-docker.pkg.dev/my-project
                    reg_server:
                      value: us-docker.pkg.dev/my-project
                    reg_username:
                      value: _json_key
                    reg_password:
                      valuePlaintext: '{"type": "service_account", "private_key": "%s"}'
                """.formatted(KOTS_PASSWORD));
        files.put(
                "gitpod/gitpod.config.yaml",
                installerExternal(
                        "https://" + URL_USER + ":" + URL_PASSWORD + "@europe-west1-docker.pkg.dev/my-project/gitpod",
                        "container-registry"));
        files.put(
                "gitpod/registry-secret.yaml",
                registrySecret(
                        "container-registry",
                        "data",
                        base64(dockerConfig(
                                "europe-west1-docker.pkg.dev/my-project",
                                JSON_USER,
                                JSON_PASSWORD,
                                JSON_AUTH_PASSWORD))));
        files.put(
                "gcr/gitpod.config.yaml",
                installerExternal("gcr.io/my-project", "gcr-credentials") + "---\n"
                        + registrySecret(
                                "gcr-credentials",
                                "stringData",
                                "'" + dockerConfig("gcr.io/my-project", JSON_USER, JSON_PASSWORD, JSON_AUTH_PASSWORD)
                                        + "'"));
        files.put(
                "broken/json.yaml",
                registrySecret(
                        "broken-json",
                        "data",
                        base64("{\"auths\":{\"gcr.io\":{\"password\":\"" + BROKEN_PASSWORD + "\" \"auth\": \""
                                + BROKEN_PASSWORD + "\"}}}")));
        files.put(
                "broken/string-json.yaml",
                registrySecret(
                        "broken-string-json",
                        "stringData",
                        "'{\"auths\": {\"gcr.io\": {\"password\": \"" + BROKEN_PASSWORD + "\\q\"}}}'"));
        files.put(
                "broken/yaml-json.yaml",
                registrySecret(
                        "broken-yaml-json", "data", base64("auths: {gcr.io: {password: " + BROKEN_PASSWORD + "}}")));
        files.put(
                "broken/no-auths.yaml",
                registrySecret("no-auths", "stringData", "'{\"password\": \"" + BROKEN_PASSWORD + "\"}'"));
        files.put("broken/base64.yaml", registrySecret("broken-base64", "data", "'" + BROKEN_PASSWORD + "=='"));
        files.put(
                "broken/unparsable.yaml",
                "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n"
                        + "  .dockerconfigjson: \"{\\\"auths\\\": {\\\"password\\\": \\\"" + YAML_PASSWORD + "\n");
        files.put(
                "docker/gitpod.config.yaml",
                installerExternal("gcr.io/other-project/gitpod", "secret-not-in-the-repository"));
        files.put(
                "docker/config.json",
                "{\n\t\"auths\": {\n\t\t\"gcr.io/my-project\": {\n\t\t\t\"auth\": \""
                        + base64(JSON_USER + ":" + CONFIG_JSON_AUTH_PASSWORD) + "\",\n\t\t\t\"password\": \""
                        + CONFIG_JSON_AUTH_PASSWORD
                        + "\"\n\t\t}\n\t}\n}\n");

        CheckResult result = Checks.options(o -> o.includes(List.of("**/*.yaml", "**/config.json")))
                .checkProject(dir, files);

        Set<String> rules = result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertTrue(
                result.findings().stream().anyMatch(f -> f.file().equals("docker/config.json")),
                result.findings()::toString);
        for (String rule : List.of(
                "registry-gcr-server",
                "registry-gar-url",
                "registry-gar-server",
                "registry-url-format",
                "registry-external-missing",
                "registry-credentials-invalid")) {
            assertTrue(rules.contains(rule), () -> rule + " should have fired: " + result.findings());
        }
        assertTrue(
                result.findings().stream()
                                .filter(f -> f.ruleId().equals("registry-credentials-invalid"))
                                .count()
                        >= 5,
                result.findings()::toString);
        assertTrue(result.skippedFiles().stream().anyMatch(SkippedFile::unparsable), result.skippedFiles()::toString);

        List<String> printed = new ArrayList<>();
        for (Finding finding : result.findings()) {
            printed.add(ConsoleFormat.line(finding));
            printed.add(finding.yamlPath());
            printed.add(finding.file());
        }
        printed.addAll(result.notes());
        result.skippedFiles().forEach(skipped -> printed.add(skipped.file() + " " + skipped.reason()));
        printed.add(ConsoleFormat.summary(result));

        List<String> planted = new ArrayList<>(List.of(
                KOTS_PASSWORD,
                URL_PASSWORD,
                SERVER_PASSWORD,
                JSON_USER,
                JSON_PASSWORD,
                JSON_AUTH_PASSWORD,
                TOKEN,
                BROKEN_PASSWORD,
                CONFIG_JSON_AUTH_PASSWORD,
                YAML_PASSWORD,
                URL_USER,
                base64(JSON_USER + ":" + JSON_AUTH_PASSWORD),
                base64(JSON_USER + ":" + CONFIG_JSON_AUTH_PASSWORD)));
        planted.add("Planted"); // any part of any planted value
        for (String text : printed) {
            for (String secret : planted) {
                assertFalse(text.contains(secret), () -> "<" + secret + "> printed in: " + text);
            }
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("planted"), text);
        }
    }
}
