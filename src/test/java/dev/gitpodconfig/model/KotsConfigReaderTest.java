package dev.gitpodconfig.model;

import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class KotsConfigReaderTest {

    private static GitpodConfig kots(String items) {
        return Yaml.kots(kotsValues(items));
    }

    private static List<String> ignoredPaths(GitpodConfig config) {
        return config.ignoredSettings().stream().map(s -> s.value().path()).toList();
    }

    @Test
    void itemsLiveAtSpecValues() {
        GitpodConfig config = kots("    domain:\n      value: gitpod.example.com\n");
        assertEquals(GitpodConfig.Format.KOTS, config.format());
        assertEquals("spec.values", config.rootPath());
        assertEquals("spec.values.reg_url", config.pathOf("reg_url"));
        assertTrue(config.repository().isEmpty());
    }

    @Test
    void absentRegInclusterMeansTheInClusterRegistry() {
        GitpodConfig config = kots("    reg_url:\n      value: 123456789012.dkr.ecr.eu-west-1.amazonaws.com\n");
        assertTrue(config.registry().inCluster());
        assertTrue(config.registry().inClusterValue().isEmpty());
        assertTrue(config.registry().external().isEmpty(), "reg_url is not in effect");
        assertEquals(List.of("spec.values.reg_url.value"), ignoredPaths(config));
        assertTrue(config.ignoredSettings().get(0).reason().contains("\"1\" by default"));
        assertEquals("spec.values", config.registry().declaredAt().path(), "reported at the values key");
        assertEquals(6, config.registry().declaredAt().position().line());
    }

    @Test
    void regInclusterOneIgnoresUrlAndServer() {
        GitpodConfig config = kots("""
                    reg_incluster:
                      value: "1"
                    reg_url:
                      value: gcr.io/project
                    reg_server:
                      value: gcr.io
                """);
        assertTrue(config.registry().inCluster());
        assertEquals(List.of("spec.values.reg_url.value", "spec.values.reg_server.value"), ignoredPaths(config));
        assertTrue(config.ignoredSettings().get(0).reason().contains("reg_incluster is \"1\""));
    }

    @Test
    void blankIgnoredUrlIsNotListed() {
        assertTrue(kots("    reg_url:\n      value: \"\"\n").ignoredSettings().isEmpty());
    }

    @Test
    void regInclusterZeroSelectsTheExternalRegistry() {
        GitpodConfig config = kots("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: gcr.io/project/gitpod
                    reg_server:
                      default: gcr.io
                    reg_username:
                      value: _json_key
                    reg_password:
                      valuePlaintext: secret-json
                """);
        assertFalse(config.registry().inCluster());
        ContainerRegistry.ExternalRegistry external =
                config.registry().external().orElseThrow();
        assertEquals("spec.values.reg_url.value", external.url().orElseThrow().path());
        assertEquals(10, external.url().orElseThrow().position().line());
        assertEquals(14, external.url().orElseThrow().position().column());
        assertEquals(
                "spec.values.reg_server.default",
                external.server().orElseThrow().path());
        assertEquals("_json_key", external.username().orElseThrow().text().orElseThrow());
        assertEquals(
                "spec.values.reg_password.valuePlaintext",
                external.password().orElseThrow().path());
        assertEquals("spec.values.reg_incluster.value", external.declaredAt().path());
        assertTrue(config.ignoredSettings().isEmpty());
    }

    @Test
    void valueWinsOverValuePlaintextAndDefault() {
        GitpodConfig config = kots("""
                    reg_incluster:
                      default: "1"
                      valuePlaintext: "1"
                      value: "0"
                    reg_url:
                      value: null
                      default: registry.example.com
                """);
        assertFalse(config.registry().inCluster());
        assertEquals(
                "registry.example.com",
                config.registry()
                        .external()
                        .orElseThrow()
                        .url()
                        .orElseThrow()
                        .text()
                        .orElseThrow(),
                "a null value falls through to the next field");
        assertEquals(java.util.Optional.empty(), KotsConfigReader.itemValue(config.root(), "reg_username"));
    }

    @Test
    void inClusterS3BackendUsesTheConsolePrefilledEndpoint() {
        GitpodConfig config = kots("""
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_region:
                      value: eu-west-1
                    reg_incluster_storage_s3_bucketname:
                      value: registry
                """);
        ContainerRegistry.S3Backend backend = config.registry().s3Backend().orElseThrow();
        ConfigValue endpoint = backend.endpoint().orElseThrow();
        assertTrue(endpoint.isDefault());
        assertEquals("s3.amazonaws.com", endpoint.text().orElseThrow());
        assertEquals("spec.values.reg_incluster_storage_s3_endpoint.value", endpoint.path());
        assertEquals(6, endpoint.position().line(), "a default is reported at spec.values");
        assertEquals("eu-west-1", backend.region().orElseThrow().text().orElseThrow());
        assertEquals(
                "spec.values.reg_incluster_storage.value", backend.declaredAt().path());
        assertTrue(backend.accessKey().isEmpty());
        assertTrue(kots("    reg_incluster_storage:\n      value: none\n")
                .registry()
                .s3Backend()
                .isEmpty());
    }

    @Test
    void storageProviders() {
        ObjectStorage absent = kots("    domain:\n      value: x\n").storage();
        assertEquals(ObjectStorage.Provider.IN_CLUSTER, absent.provider());
        assertTrue(absent.region().isEmpty());
        ObjectStorage s3 = kots("""
                    store_provider:
                      value: s3
                    store_region:
                      value: eu-west-2
                    store_s3_bucket:
                      value: data
                """).storage();
        assertEquals(ObjectStorage.Provider.S3, s3.provider());
        assertEquals("eu-west-2", s3.region().orElseThrow().text().orElseThrow());
        assertEquals(
                "s3.amazonaws.com",
                s3.s3().orElseThrow().endpoint().orElseThrow().text().orElseThrow());
        assertEquals("data", s3.s3().orElseThrow().bucket().orElseThrow().text().orElseThrow());
        assertEquals(
                ObjectStorage.Provider.GCS,
                kots("    store_provider:\n      value: gcp\n").storage().provider());
        assertEquals(
                ObjectStorage.Provider.AZURE,
                kots("    store_provider:\n      value: azure\n").storage().provider());
        assertEquals(
                ObjectStorage.Provider.NONE,
                kots("    store_provider:\n      value: minio\n").storage().provider());
    }

    @Test
    void documentWithoutValuesReadsAsDefaults() {
        GitpodConfig config = Yaml.kots("apiVersion: kots.io/v1beta1\nkind: ConfigValues\n");
        assertTrue(config.registry().inCluster());
        assertEquals(ObjectStorage.Provider.IN_CLUSTER, config.storage().provider());
        assertTrue(config.root().entries().isEmpty());
        assertEquals("", config.registry().declaredAt().path());
    }

    @Test
    void itemCatalogue() {
        assertEquals(
                KotsItem.Kind.SECRET,
                KotsItem.byName("reg_password").orElseThrow().kind());
        assertEquals(
                KotsItem.Kind.BOOL,
                KotsItem.byName("reg_incluster").orElseThrow().kind());
        assertEquals("1", KotsItem.REG_INCLUSTER.prefilled().orElseThrow());
        assertTrue(KotsItem.byName("reg_s3storage").orElseThrow().isLegacy());
        assertFalse(KotsItem.REG_URL.isLegacy());
        assertTrue(KotsItem.byName("reg_nonsense").isEmpty());
        assertEquals(java.util.Set.of("none", "s3"), KotsItem.REG_INCLUSTER_STORAGE.options());
        assertTrue(KotsItem.names().contains("store_s3_endpoint"));
    }
}
