package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretKeyNamesTest {

    @Test
    void secretKeysAreKnownByTheirEndingInAnyCase() {
        for (String key : new String[] {
            "password",
            "storage_PASSWORD",
            "dbPasswd",
            "clientSecret",
            "secretKey",
            "token",
            "registryAuth",
            "apiKey",
            "api_key",
            "accessKey",
            "ACCESS_KEY",
            "privateKey",
            "private_key",
            "credential",
            "serviceAccountCredentials",
            ".dockerconfigjson",
            "encryption_keys",
            "store_azure_access_key"
        }) {
            assertTrue(SecretKeyNames.isSecretKey(key), key);
        }
        for (String key : new String[] {
            "",
            "d",
            "domain",
            "bucket",
            "registry",
            "url",
            "kind",
            "name",
            "keys",
            "author",
            "secretName",
            "tokenizer",
            "passwordless"
        }) {
            assertFalse(SecretKeyNames.isSecretKey(key), key);
        }
    }
}
