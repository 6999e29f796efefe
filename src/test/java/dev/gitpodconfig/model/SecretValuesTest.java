package dev.gitpodconfig.model;

import static dev.gitpodconfig.testing.Yaml.base64;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.Yaml;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    static final String PASSWORD = "Zx9-pass-Q7";
    static final String USER_AND_PASSWORD = "robot$gitpod:" + PASSWORD;
    static final String AUTH = base64(USER_AND_PASSWORD);
    static final String DOCKER_CONFIG_JSON = "{\"auths\":{\"gcr.io\":{\"username\":\"robot$gitpod\",\"password\":\"" + PASSWORD
            + "\",\"auth\":\"" + AUTH + "\"}}}";

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
        SecretValues secrets = collect(DocumentKind.KOTS_CONFIG_VALUES, kotsValues("    reg_password:\n      value: 'Xy7${k9Q}Zp2'\n"));
        assertMasked(secrets, "Xy7${k9Q}Zp2");
        assertMasked(secrets, "${k9Q}");
    }

    @Test
    void documentWithoutSecretsMasksNothing() {
        SecretValues secrets = collect(DocumentKind.INSTALLER_CONFIG, "domain: gitpod.example.com\nrepository: eu.gcr.io/x\n");
        assertTrue(secrets.isEmpty());
        assertKept(secrets, "gitpod.example.com");
    }

    @Test
    void secretKeysAreKnownByTheirEndingInAnyCase() {
        for (String key : new String[] {"password", "storage_PASSWORD", "dbPasswd", "clientSecret", "secretKey", "token",
                "registryAuth", "apiKey", "api_key", "accessKey", "ACCESS_KEY", "privateKey", "private_key", "credential",
                "serviceAccountCredentials", ".dockerconfigjson", "encryption_keys", "store_azure_access_key"}) {
            assertTrue(SecretValues.isSecretKey(key), key);
        }
        for (String key : new String[] {"", "d", "domain", "bucket", "registry", "url", "kind", "name", "keys", "author",
                "secretName", "tokenizer", "passwordless"}) {
            assertFalse(SecretValues.isSecretKey(key), key);
        }
    }
}
