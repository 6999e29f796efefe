package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallerConfigReaderTest {

    private static List<String> ignoredPaths(GitpodConfig config) {
        return config.ignoredSettings().stream().map(s -> s.value().path()).toList();
    }

    @Test
    void absentSectionsTakeTheInstallerDefaults() {
        GitpodConfig config = Yaml.installer("domain: gitpod.example.com\n");
        assertEquals(GitpodConfig.Format.INSTALLER, config.format());
        assertEquals("", config.rootPath());
        ContainerRegistry registry = config.registry();
        assertTrue(registry.inCluster());
        assertTrue(registry.inClusterValue().isEmpty());
        assertTrue(registry.external().isEmpty());
        assertTrue(registry.s3Backend().isEmpty());
        assertEquals("", registry.declaredAt().path(), "a missing section is reported at the document");
        ObjectStorage storage = config.storage();
        assertEquals(ObjectStorage.Provider.IN_CLUSTER, storage.provider());
        ConfigValue region = storage.region().orElseThrow();
        assertTrue(region.isDefault());
        assertEquals("local", region.text().orElseThrow());
        assertEquals("metadata.region", region.path());
        assertTrue(config.repository().isEmpty());
        assertTrue(config.ignoredSettings().isEmpty());
    }

    @Test
    void externalRegistryIsReadWithPathsAndPositions() {
        GitpodConfig config = Yaml.installer("""
                domain: gitpod.example.com
                repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod
                containerRegistry:
                  inCluster: false
                  external:
                    url: registry.example.com/gitpod
                    certificate:
                      kind: secret
                      name: container-registry
                """);
        ContainerRegistry registry = config.registry();
        assertFalse(registry.inCluster());
        assertEquals(
                "containerRegistry.inCluster",
                registry.inClusterValue().orElseThrow().path());
        ContainerRegistry.ExternalRegistry external = registry.external().orElseThrow();
        ConfigValue url = external.url().orElseThrow();
        assertEquals("containerRegistry.external.url", url.path());
        assertEquals("registry.example.com/gitpod", url.text().orElseThrow());
        assertEquals(new Position(6, 10, 6, 37), url.position());
        assertEquals(
                "container-registry",
                external.credentialsSecret().orElseThrow().text().orElseThrow());
        assertEquals(
                "containerRegistry.external.certificate.name",
                external.credentialsSecret().orElseThrow().path());
        assertTrue(external.server().isEmpty(), "installer configs have no server");
        assertEquals("containerRegistry.external", external.declaredAt().path());
        assertEquals("repository", config.repository().orElseThrow().path());
        assertTrue(config.ignoredSettings().isEmpty());
    }

    @Test
    void yaml11FalseWordsSwitchToTheExternalRegistry() {
        assertFalse(Yaml.installer("containerRegistry:\n  inCluster: no\n")
                .registry()
                .inCluster());
        assertFalse(Yaml.installer("containerRegistry:\n  inCluster: off\n")
                .registry()
                .inCluster());
        assertTrue(Yaml.installer("containerRegistry:\n  inCluster: yes\n")
                .registry()
                .inCluster());
    }

    @Test
    void quotedFalseIsNotABooleanSoTheDefaultApplies() {
        GitpodConfig config = Yaml.installer("""
                containerRegistry:
                  inCluster: "false"
                  external:
                    url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
                """);
        assertTrue(config.registry().inCluster());
        assertTrue(config.registry().external().isEmpty());
        assertTrue(config.ignoredSettings().isEmpty(), "the installer rejects the file, so nothing is merely ignored");
        GitpodConfig storage =
                Yaml.installer("objectStorage:\n  inCluster: \"true\"\n  s3:\n    endpoint: s3.amazonaws.com\n");
        assertTrue(storage.ignoredSettings().isEmpty());
    }

    @Test
    void externalWithoutUrlIsReportedAtInCluster() {
        ContainerRegistry.ExternalRegistry external = Yaml.installer("containerRegistry:\n  inCluster: false\n")
                .registry()
                .external()
                .orElseThrow();
        assertTrue(external.url().isEmpty());
        assertEquals("containerRegistry.inCluster", external.declaredAt().path());
        assertEquals(2, external.declaredAt().position().line());
    }

    @Test
    void s3storageBesideAnExternalRegistryIsIgnored() {
        GitpodConfig config = Yaml.installer("""
                containerRegistry:
                  inCluster: false
                  external:
                    url: registry.example.com
                  s3storage:
                    bucket: registry
                """);
        assertTrue(config.registry().s3Backend().isEmpty());
        IgnoredSetting ignored = config.ignoredSettings().get(0);
        assertEquals(List.of("containerRegistry.s3storage"), ignoredPaths(config));
        assertEquals(new Position(5, 3, 5, 12), ignored.value().position(), "reported at the key");
        assertTrue(ignored.reason().contains("inCluster is false"), ignored.reason());
    }

    @Test
    void externalBesideTheInClusterRegistryIsIgnored() {
        GitpodConfig explicit =
                Yaml.installer("containerRegistry:\n  inCluster: true\n  external:\n    url: gcr.io/p\n");
        assertEquals(List.of("containerRegistry.external"), ignoredPaths(explicit));
        assertTrue(explicit.ignoredSettings().get(0).reason().endsWith("inCluster is true"));
        GitpodConfig byDefault = Yaml.installer("containerRegistry:\n  external:\n    url: gcr.io/p\n");
        assertTrue(byDefault.ignoredSettings().get(0).reason().endsWith("true by default"));
        assertTrue(byDefault.registry().external().isEmpty());
    }

    @Test
    void inClusterRegistryWithS3Backend() {
        GitpodConfig config = Yaml.installer("""
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: gitpod-registry
                    region: eu-west-1
                    endpoint: s3.eu-west-1.amazonaws.com
                    certificate:
                      kind: secret
                      name: s3-backend
                """);
        ContainerRegistry.S3Backend backend = config.registry().s3Backend().orElseThrow();
        assertEquals("gitpod-registry", backend.bucket().orElseThrow().text().orElseThrow());
        assertEquals(
                "containerRegistry.s3storage.region",
                backend.region().orElseThrow().path());
        assertEquals(
                "s3.eu-west-1.amazonaws.com",
                backend.endpoint().orElseThrow().text().orElseThrow());
        assertEquals(
                "s3-backend", backend.credentialsSecret().orElseThrow().text().orElseThrow());
        assertEquals("containerRegistry.s3storage", backend.declaredAt().path());
        assertTrue(backend.accessKey().isEmpty());
    }

    @Test
    void nullS3storageIsAbsent() {
        GitpodConfig config = Yaml.installer("containerRegistry:\n  inCluster: true\n  s3storage: null\n");
        assertTrue(config.registry().s3Backend().isEmpty());
        assertTrue(config.ignoredSettings().isEmpty());
    }

    @Test
    void objectStorageProviders() {
        GitpodConfig s3 = Yaml.installer("""
                metadata:
                  region: eu-west-1
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                    bucket: gitpod-data
                """);
        assertEquals(ObjectStorage.Provider.S3, s3.storage().provider());
        assertEquals(
                "objectStorage.s3.endpoint",
                s3.storage().s3().orElseThrow().endpoint().orElseThrow().path());
        assertEquals(
                "gitpod-data",
                s3.storage().s3().orElseThrow().bucket().orElseThrow().text().orElseThrow());
        assertEquals("eu-west-1", s3.storage().region().orElseThrow().text().orElseThrow());
        assertFalse(s3.storage().region().orElseThrow().isDefault());

        assertEquals(
                ObjectStorage.Provider.GCS,
                Yaml.installer("objectStorage:\n  inCluster: false\n  cloudStorage:\n    project: p\n")
                        .storage()
                        .provider());
        assertEquals(
                ObjectStorage.Provider.AZURE,
                Yaml.installer(
                                "objectStorage:\n  inCluster: false\n  s3: {endpoint: x}\n  azure: {credentials: {kind: secret, name: a}}\n")
                        .storage()
                        .provider(),
                "azure wins over s3, as in the installer");
        assertEquals(
                ObjectStorage.Provider.NONE,
                Yaml.installer("objectStorage:\n  inCluster: false\n").storage().provider());
    }

    @Test
    void providerBlocksBesideInClusterStorageAreIgnored() {
        GitpodConfig config = Yaml.installer("""
                objectStorage:
                  s3:
                    endpoint: s3.amazonaws.com
                  cloudStorage:
                    project: p
                """);
        assertEquals(ObjectStorage.Provider.IN_CLUSTER, config.storage().provider());
        assertEquals(List.of("objectStorage.s3", "objectStorage.cloudStorage"), ignoredPaths(config));
        assertTrue(config.ignoredSettings().get(0).reason().contains("true by default"));
    }

    @Test
    void installationResourceConfigHasPrefixedPaths() {
        YamlMapping cr = Yaml.root(Yaml.installation("""
                    containerRegistry:
                      inCluster: false
                      external:
                        url: registry.example.com
                      s3storage:
                        bucket: b
                """));
        YamlMapping spec = cr.mapping("spec").orElseThrow().mapping("config").orElseThrow();
        GitpodConfig config = new InstallerConfigReader().read(spec, "spec.config");
        assertEquals("spec.config", config.rootPath());
        assertEquals("spec.config.domain", config.pathOf("domain"));
        ConfigValue url = config.registry().external().orElseThrow().url().orElseThrow();
        assertEquals("spec.config.containerRegistry.external.url", url.path());
        assertEquals(10, url.position().line());
        assertEquals(List.of("spec.config.containerRegistry.s3storage"), ignoredPaths(config));
        assertEquals(
                "spec.config.metadata.region",
                config.storage().region().orElseThrow().path());
        assertEquals(
                "spec.config.containerRegistry", config.registry().declaredAt().path());
    }

    @Test
    void allValuesListsScalarsAndTemplatesOnce() {
        GitpodConfig config = Yaml.installer("""
                domain: gitpod.example.com
                base: &ref
                  name: shared
                copy: *ref
                containerRegistry:
                  privateBaseImageAllowList: [docker.io, quay.io]
                  external:
                    url: [[ .WorkspaceImageRepo ]]
                """);
        List<String> paths = config.allValues().stream().map(ConfigValue::path).toList();
        assertEquals(
                List.of(
                        "domain",
                        "base.name",
                        "containerRegistry.privateBaseImageAllowList[0]",
                        "containerRegistry.privateBaseImageAllowList[1]",
                        "containerRegistry.external.url"),
                paths);
        ConfigValue template = config.allValues().get(4);
        assertEquals("[[ .WorkspaceImageRepo ]]", template.text().orElseThrow());
        assertTrue(template.isPlaceholder());
    }
}
