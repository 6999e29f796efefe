package dev.gitpodconfig.model;

import static dev.gitpodconfig.testing.Yaml.base64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryCredentialsReaderTest {

    private final SafeYamlLoader loader = new SafeYamlLoader(LoadLimits.DEFAULTS);
    private final RegistryCredentialsReader reader = new RegistryCredentialsReader(loader);

    private RegistryCredentials read(String yaml) {
        LoadedFile file = loader.load(yaml.getBytes(StandardCharsets.UTF_8), "secret.yaml", StandardCharsets.UTF_8);
        assertEquals(List.of(), file.problems());
        LoadedDocument document = file.documents().get(0);
        return reader.read(new DocumentClassifier().classify(document.root()).kind(), document, "secret.yaml")
                .orElseThrow();
    }

    private static String secret(String field, String value) {
        return Yaml.registrySecret("regcred", field, value);
    }

    /** A dockerconfigjson Secret whose data holds another key than .dockerconfigjson. */
    private static final String WITHOUT_KEY = secret("data", "e30=").replace("  .dockerconfigjson:", "  config.json:");

    @Test
    void readsTheAuthsKeysOfBase64Data() {
        RegistryCredentials credentials = read(secret(
                "data", base64("{\"auths\":{\"gcr.io\":{\"auth\":\"eHg6eXk=\"},\"europe-docker.pkg.dev\":{}}}")));
        assertEquals(RegistryCredentials.Status.READ, credentials.status());
        assertEquals(RegistryCredentials.Source.SECRET, credentials.source());
        assertEquals(Optional.of("regcred"), credentials.secretName());
        assertEquals(
                List.of("gcr.io", "europe-docker.pkg.dev"),
                credentials.auths().stream()
                        .map(RegistryCredentials.AuthsKey::server)
                        .toList());
        assertEquals("data..dockerconfigjson", credentials.location().path());
        assertEquals(7, credentials.location().position().line());
        assertEquals(3, credentials.location().position().column());
        assertEquals("the Secret `regcred`", credentials.describe());
    }

    @Test
    void base64MayBeWrappedOverLines() {
        String encoded = base64("{\"auths\":{\"registry.example.com:5000\":{\"username\":\"u\",\"password\":\"p\"}}}");
        String wrapped = "|\n    " + encoded.substring(0, 20) + "\n    " + encoded.substring(20);
        assertEquals(
                RegistryCredentials.Status.READ, read(secret("data", wrapped)).status());
    }

    @Test
    void stringDataWinsOverData() {
        String yaml =
                secret("stringData", "'{\"auths\":{\"gcr.io\":{}}}'") + "data:\n  .dockerconfigjson: bm90IGpzb24=\n";
        RegistryCredentials credentials = read(yaml);
        assertEquals(RegistryCredentials.Status.READ, credentials.status());
        assertEquals("stringData..dockerconfigjson", credentials.location().path());
    }

    @Test
    void prettyPrintedJsonWithTabsInStringDataIsRead() {
        RegistryCredentials credentials =
                read(secret("stringData", "|\n    {\n    \t\"auths\": {\n    \t\t\"gcr.io\": {}\n    \t}\n    }"));
        assertEquals(RegistryCredentials.Status.READ, credentials.status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${DOCKER_CONFIG_JSON}",
                "'{{repl ConfigOption \"reg_docker_config\" }}'",
                "'{\"auths\": {{ .Values.auths }}}'"
            })
    void placeholdersAreNotRead(String value) {
        assertEquals(
                RegistryCredentials.Status.PLACEHOLDER,
                read(secret("stringData", value)).status());
    }

    @Test
    void brokenContentIsInvalidWithAProblemThatQuotesNothing() {
        assertInvalid(secret("data", "not*base64"), "not valid base64");
        assertInvalid(
                secret("data", base64("{\"auths\": {\"gcr.io\": {\"auth\": \"SECRET-VALUE\"}")), "not valid JSON");
        assertInvalid(secret("stringData", "'{\"auths\": [\"SECRET-VALUE\",]'"), "not valid JSON");
        assertInvalid(secret("data", base64("auths:\n  gcr.io: {}\n")), "not a JSON object");
        assertInvalid(secret("stringData", "'{auths: {gcr.io: {}}}'"), "not a JSON object");
        assertInvalid(secret("stringData", "'{\"credsStore\": \"desktop\"}'"), "without an \"auths\" object");
        assertInvalid(secret("stringData", "''"), "an empty .dockerconfigjson");
        assertInvalid(secret("stringData", "{auths: {}}"), "a .dockerconfigjson that is a mapping");
        assertInvalid(WITHOUT_KEY, "has no .dockerconfigjson key");
    }

    private void assertInvalid(String yaml, String problem) {
        RegistryCredentials credentials = read(yaml);
        assertEquals(RegistryCredentials.Status.INVALID, credentials.status(), yaml);
        String text = credentials.problem().orElseThrow();
        assertTrue(text.contains(problem), text);
        assertTrue(!text.contains("SECRET-VALUE"), text);
        assertEquals(List.of(), credentials.auths());
    }

    @Test
    void missingKeyIsReportedAtTheDataKey() {
        RegistryCredentials credentials = read(WITHOUT_KEY);
        assertEquals(6, credentials.location().position().line());
        assertEquals(1, credentials.location().position().column());
    }

    @Test
    void dockerConfigKeysKeepTheirPositions() {
        RegistryCredentials credentials = read(
                "{\"auths\": {\"gcr.io\": {}, \"https://index.docker.io/v1/\": {}},\n \"credsStore\": \"desktop\"}");
        assertEquals(RegistryCredentials.Source.DOCKER_CONFIG, credentials.source());
        assertEquals(
                List.of(12, 26),
                credentials.auths().stream()
                        .map(k -> k.at().position().column())
                        .toList());
        assertEquals("auths.gcr.io", credentials.auths().get(0).at().path());
        assertEquals("the Docker config secret.yaml", credentials.describe());
    }

    @Test
    void onlyFilesThatMayHoldCredentialsPassTheByteTest() {
        java.nio.charset.Charset utf8 = StandardCharsets.UTF_8;
        assertTrue(RegistryCredentialsReader.mayHoldCredentials(
                secret("data", "e30=").getBytes(utf8), utf8));
        assertTrue(RegistryCredentialsReader.mayHoldCredentials("{\"auths\": {}}".getBytes(utf8), utf8));
        assertFalse(RegistryCredentialsReader.mayHoldCredentials(
                "containerRegistry:\n  inCluster: true\n".getBytes(utf8), utf8));
        // Encodings that are not ASCII-compatible are always loaded.
        assertTrue(RegistryCredentialsReader.mayHoldCredentials(
                "\uFEFFdomain: x".getBytes(StandardCharsets.UTF_16BE), utf8));
        assertTrue(RegistryCredentialsReader.mayHoldCredentials(
                "domain: x".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
    }
}
