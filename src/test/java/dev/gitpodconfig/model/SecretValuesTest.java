package dev.gitpodconfig.model;

import static dev.gitpodconfig.testing.Yaml.base64;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    static final String PASSWORD = "Zx9-pass-Q7";
    static final String USER_AND_PASSWORD = "robot$gitpod:" + PASSWORD;
    static final String AUTH = base64(USER_AND_PASSWORD);
    static final String DOCKER_CONFIG_JSON = "{\"auths\":{\"gcr.io\":{\"username\":\"robot$gitpod\",\"password\":\""
            + PASSWORD + "\",\"auth\":\"" + AUTH + "\"}}}";

    private static SecretValues collect(DocumentKind kind, String yaml) {
        SecretValues secrets = new SecretValues();
        secrets.collect(kind, Yaml.root(yaml));
        return secrets;
    }

    private static void assertMasked(SecretValues secrets, String secret) {
        assertEquals("before **** after", secrets.mask("before " + secret + " after"), secret);
    }

    private static void assertKept(SecretValues secrets, String text) {
        assertEquals(text, secrets.mask(text));
    }

    @Test
    void kotsPasswordItemsAreMaskedButNotTheirNames() {
        SecretValues secrets = collect(DocumentKind.KOTS_CONFIG_VALUES, kotsValues("""
                    reg_password:
                      value: hunter-2-pass
                      data: reg_password
                    store_s3_secret_access_key:
                      valuePlaintext: wJalrXUtnFEMI/K7MDENG
                    reg_incluster_storage_s3_accesskey:
                      default: AKIAIOSFODNN7EXAMPLE
                    custom_api_token:
                      value: tok-123456
                    reg_url:
                      value: registry.example.com/gitpod
                    reg_username:
                      value: gitpod-robot
                """));
        assertMasked(secrets, "hunter-2-pass");
        assertMasked(secrets, "wJalrXUtnFEMI/K7MDENG");
        assertMasked(secrets, "AKIAIOSFODNN7EXAMPLE");
        assertMasked(secrets, "tok-123456");
        assertKept(secrets, "KOTS item 'reg_password' must be a string");
        assertKept(secrets, "'registry.example.com/gitpod' is an Amazon ECR host");
        assertKept(secrets, "spec.values.reg_username.value is gitpod-robot");
        assertFalse(secrets.isEmpty());
    }

    @Test
    void registrySecretDataIsMaskedEncodedAndDecoded() {
        SecretValues secrets = collect(DocumentKind.REGISTRY_SECRET, Yaml.registrySecret(base64(DOCKER_CONFIG_JSON)));
        assertMasked(secrets, base64(DOCKER_CONFIG_JSON));
        assertMasked(secrets, DOCKER_CONFIG_JSON);
        assertMasked(secrets, AUTH);
        assertMasked(secrets, USER_AND_PASSWORD);
        assertMasked(secrets, PASSWORD);
        assertKept(secrets, "secret container-registry of type kubernetes.io/dockerconfigjson for gcr.io");
    }

    @Test
    void registrySecretStringDataIsMasked() {
        SecretValues secrets = collect(DocumentKind.REGISTRY_SECRET, """
                kind: Secret
                type: kubernetes.io/dockerconfigjson
                stringData:
                  .dockerconfigjson: '%s'
                """.formatted(DOCKER_CONFIG_JSON));
        assertMasked(secrets, DOCKER_CONFIG_JSON);
        assertMasked(secrets, AUTH);
        assertMasked(secrets, PASSWORD);
        assertKept(secrets, "gcr.io");
    }

    @Test
    void dockerConfigJsonAuthIsMasked() {
        SecretValues secrets = collect(DocumentKind.DOCKER_CONFIG_JSON, DOCKER_CONFIG_JSON);
        assertMasked(secrets, AUTH);
        assertMasked(secrets, PASSWORD);
        assertMasked(secrets, USER_AND_PASSWORD);
    }

    @Test
    void urlUserinfoIsMasked() {
        SecretValues secrets = collect(DocumentKind.INSTALLER_CONFIG, """
                containerRegistry:
                  external:
                    url: https://bob:s3cretpw@registry.example.com/gitpod
                """);
        assertMasked(secrets, "bob:s3cretpw");
        assertMasked(secrets, "s3cretpw");
        assertKept(secrets, "registry.example.com/gitpod");
    }

    @Test
    void valuesOfCredentialNamedKeysAreMaskedButObjectRefsAreNot() {
        SecretValues secrets = collect(DocumentKind.INSTALLER_CONFIG, """
                experimental:
                  webapp:
                    server:
                      githubApp:
                        webhookSecret: topsecretvalue
                objectStorage:
                  s3:
                    credentials:
                      kind: secret
                      name: storage-s3
                """);
        assertMasked(secrets, "topsecretvalue");
        assertKept(secrets, "the secret storage-s3");
    }

    @Test
    void shortValuesAreNotMaskedAndLongestSecretsGoFirst() {
        SecretValues secrets = collect(DocumentKind.KOTS_CONFIG_VALUES, kotsValues("""
                    reg_password:
                      value: abc
                    store_azure_access_key:
                      value: abcd
                    store_gcp_credentials:
                      value: abcdefgh
                """));
        assertKept(secrets, "abc");
        assertEquals("x **** y", secrets.mask("x abcdefgh y"), "the longer secret is masked whole");
        assertEquals("x **** y", secrets.mask("x abcd y"));
    }

    @Test
    void multiLineSecretsAreMaskedLineByLine() {
        SecretValues secrets = collect(DocumentKind.KOTS_CONFIG_VALUES, kotsValues("""
                    store_gcp_credentials:
                      value: |
                        {"type": "service_account",
                         "private_key": "-----BEGIN PRIVATE KEY-----MIIEvQ"}
                """));
        assertMasked(secrets, "\"private_key\": \"-----BEGIN PRIVATE KEY-----MIIEvQ\"}");
    }

    @Test
    void placeholderInsideASecretIsMaskedOnItsOwn() {
        SecretValues secrets = collect(
                DocumentKind.KOTS_CONFIG_VALUES, kotsValues("    reg_password:\n      value: 'Xy7${k9Q}Zp2'\n"));
        assertMasked(secrets, "Xy7${k9Q}Zp2");
        assertMasked(secrets, "${k9Q}");
    }

    @Test
    void documentWithoutSecretsMasksNothing() {
        SecretValues secrets =
                collect(DocumentKind.INSTALLER_CONFIG, "domain: gitpod.example.com\nrepository: eu.gcr.io/x\n");
        assertTrue(secrets.isEmpty());
        assertKept(secrets, "gitpod.example.com");
    }

    @Test
    void urlUserinfoEndsAtTheLastAtSign() {
        SecretValues secrets = collect(
                DocumentKind.INSTALLER_CONFIG,
                Yaml.installerExternal("https://AKIAUSER:wJalrPlant/SlashPw09XY@x@harbor.example.com/gitpod"));
        assertMasked(secrets, "wJalrPlant/SlashPw09XY@x");
        assertMasked(secrets, "AKIAUSER:wJalrPlant/SlashPw09XY@x");
        assertKept(secrets, "harbor.example.com/gitpod");
        SecretValues digest = collect(
                DocumentKind.INSTALLER_CONFIG,
                Yaml.installerExternal("https://registry.example.com/gitpod@sha256:" + "0123456789abcdef".repeat(4)));
        assertTrue(digest.isEmpty(), "a digest is no userinfo");
    }

    @Test
    void aSliceOfTheSourceHasItsSecretsMaskedAsWritten() {
        String yaml = kotsValues("""
                    reg_password:
                      value: "Pl4nt\\x41Pw"
                    reg_url:
                      value: 'https://user:Pl4nt''Url@registry.example.com/gitpod'
                    reg_server:
                      value: "https://user:Pl4nt\\x40Esc@registry.example.com"
                    reg_username:
                      value: robot
                """);
        SecretValues secrets = new SecretValues();
        secrets.add(DocumentKind.KOTS_CONFIG_VALUES, Yaml.root(yaml));
        SourceText source = new SourceText(yaml);
        assertEquals("value: ****", secrets.maskedSlice(source, new Position(8, 7, 8, 27)));
        assertEquals(
                "'https://****@registry.example.com/gitpod'",
                secrets.maskedSlice(source, new Position(10, 14, 10, 69)));
        // An escape sequence may stand for the '@' or '/' that ends the userinfo: then the whole value is masked.
        assertEquals("****", secrets.maskedSlice(source, new Position(12, 14, 12, 62)));
        assertEquals(
                "reg_password:\n      value: ****\n    reg_url:",
                secrets.maskedSlice(source, new Position(7, 5, 9, 13)));
        assertEquals("value: robot", secrets.maskedSlice(source, new Position(14, 7, 14, 19)));
        assertEquals("", secrets.maskedSlice(source, Position.at(8, 14)));
    }

    @Test
    void whatABrokenDocumentHoldsAtSecretPositionsIsMasked() {
        LoadedFile file = new SafeYamlLoader(LoadLimits.DEFAULTS, SecretValues.PATHS)
                .load(
                        Yaml.utf8(
                                kotsValues("""
                    reg_password:
                      value: Pl4nt-Plain-Pw
                    reg_url:
                      value: https://user:Pl4nt-Url-Pw@registry.example.com
                    reg_username:
                      value: robot-user
                    store_s3_secret_access_key:
                      value: !Pl4ntTag
                    reg_server:
                      value: *Undefined
                """)
                                        + "data:\n  .dockerconfigjson: &Pl4ntAnchor e30=\nstringData:\n  password: *Pl4ntAlias\n"),
                        "t.yaml",
                        StandardCharsets.UTF_8);
        assertEquals(1, file.problems().size(), file::toString);
        SecretValues secrets = new SecretValues();
        secrets.addBrokenDocument(file.brokenDocumentSecrets());
        for (String secret : List.of("Pl4nt-Plain-Pw", "Pl4nt-Url-Pw", "user:Pl4nt-Url-Pw", "Pl4ntTag", "!Pl4ntTag")) {
            assertMasked(secrets, secret);
        }
        assertKept(secrets, "robot-user registry.example.com Undefined");
        assertEquals("value: ****", secrets.maskedSlice(new SourceText(file.text()), new Position(8, 7, 8, 28)));

        LoadedFile secret = new SafeYamlLoader(LoadLimits.DEFAULTS, SecretValues.PATHS)
                .load(
                        Yaml.utf8(
                                "kind: Secret\ndata:\n  .dockerconfigjson: &Pl4ntAnchor e30=\nstringData:\n  password: *Pl4ntAlias\n"),
                        "t.yaml",
                        StandardCharsets.UTF_8);
        SecretValues secretSecrets = new SecretValues();
        secretSecrets.addBrokenDocument(secret.brokenDocumentSecrets());
        assertMasked(secretSecrets, "Pl4ntAnchor");
        assertMasked(secretSecrets, "Pl4ntAlias");
        assertKept(secretSecrets, "kind Secret");
    }

    @Test
    void secretPathsCoverEveryKind() {
        assertTrue(SecretValues.PATHS.isSecret(List.of("spec", "values", "reg_password", "value")));
        assertTrue(SecretValues.PATHS.isSecret(List.of("spec", "values", "custom_token", "default")));
        assertFalse(SecretValues.PATHS.isSecret(List.of("spec", "values", "reg_password", "data")));
        assertFalse(SecretValues.PATHS.isSecret(List.of("spec", "values", "reg_username", "value")));
        assertTrue(SecretValues.PATHS.isSecret(List.of("data", ".dockerconfigjson")));
        assertTrue(SecretValues.PATHS.isSecret(List.of("stringData", "x", 0)));
        assertFalse(SecretValues.PATHS.isSecret(List.of("data")));
        assertTrue(SecretValues.PATHS.isSecret(List.of("objectStorage", "s3", "secretKey")));
        assertFalse(SecretValues.PATHS.isSecret(List.of("objectStorage", "s3", "credentials", "name")));
    }

    @Test
    void theTagOfASecretCollectionAndTheItemsOfACredentialListAreMaskedInTheSource() {
        // Both found by the fuzz test: a finding over the whole document hashed the tag and the list items.
        String secret = Yaml.registrySecret("!Pl4ntTag\n    - item");
        String installer = "objectStorage:\n  s3:\n    credentials:\n      secretKey: [Pl4ntItem, [Pl4ntNested]]\n"
                + "      name: storage-secret\n";
        SecretValues secrets = new SecretValues();
        secrets.add(
                DocumentKind.REGISTRY_SECRET,
                Yaml.load(secret).documents().get(0).root().orElseThrow());
        String masked = secrets.maskedSlice(new SourceText(secret), new Position(1, 1, 9, 1));
        assertFalse(masked.contains("Pl4nt"), masked);
        assertTrue(masked.contains("type: kubernetes.io/dockerconfigjson"), masked);
        SecretValues installerSecrets = collect(DocumentKind.INSTALLER_CONFIG, installer);
        String maskedInstaller = installerSecrets.maskedSlice(new SourceText(installer), new Position(1, 1, 6, 1));
        // A list's span before its first item holds its tag and anchor, if any, and its opening bracket.
        assertEquals(
                "objectStorage:\n  s3:\n    credentials:\n      secretKey: ****, ****]]\n"
                        + "      name: storage-secret\n",
                maskedInstaller);
        assertKept(installerSecrets, "the Secret storage-secret");
        assertTrue(SecretValues.PATHS.isSecret(List.of("objectStorage", "s3", "secretKey", 1, 0)));
    }
}
