package dev.gitpodconfig.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.testing.Yaml;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentClassifierTest {

    private final DocumentClassifier classifier = new DocumentClassifier();

    private Classification classify(String yaml) {
        LoadedFile file = Yaml.load(yaml);
        assertTrue(file.problems().isEmpty(), () -> file.problems().toString());
        assertEquals(1, file.documents().size());
        return classifier.classify(file.documents().get(0).root());
    }

    private void assertKind(DocumentKind expected, String yaml) {
        Classification classification = classify(yaml);
        assertEquals(expected, classification.kind(), () -> "reason: " + classification.reason());
        assertFalse(classification.reason().isBlank());
    }

    @Test
    void fullInstallerConfig() {
        assertKind(DocumentKind.INSTALLER_CONFIG, """
                apiVersion: v1
                kind: Full
                domain: gitpod.example.com
                metadata:
                  region: eu-west-1
                repository: eu.gcr.io/gitpod-core-dev/build
                containerRegistry:
                  inCluster: true
                objectStorage:
                  inCluster: true
                """);
    }

    @Test
    void installerConfigWithoutApiVersion() {
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerRegistry:\n  inCluster: false\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "objectStorage:\n  inCluster: true\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "domain: gitpod.example.com\n",
                "workspace:\n  runtime:\n    fsShiftMethod: shiftfs\n",
                "apiVersion: v1\nworkspace:\n  runtime:\n    containerdSocket: /run/k3s/containerd/containerd.sock\n",
                "metadata:\n  region: eu-west-1\ndatabase:\n  inCluster: false\n",
                "kind: Workspace\ndomain: ws.example.com\n"
            })
    void partialInstallerConfigs(String yaml) {
        assertKind(DocumentKind.INSTALLER_CONFIG, yaml);
    }

    @Test
    void misspeltSectionStillMarksAnInstallerConfig() {
        assertKind(DocumentKind.INSTALLER_CONFIG, "domain: gitpod.example.com\nobjectStorag:\n  inCluster: false\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerregistry:\n  inCluster: false\n");
        // A misspelt top-level key counts as the installer's, which rejects it as an unknown field.
        assertKind(DocumentKind.INSTALLER_CONFIG, "apiVerrsion: v1\ndomain: gitpod.example.com\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "custoCmACert:\n  kind: secret\n  name: ca\ndomain: g.example.com\n");
        assertKind(DocumentKind.OTHER, "kind: ConfigMap\nobjectStorag: {}\n");
        assertKind(DocumentKind.OTHER, "registry: {}\nstorage: {}\n");
    }

    @Test
    void installerKindMustBeAnInstallationKind() {
        assertKind(DocumentKind.OTHER, "kind: Deployment\ndomain: gitpod.example.com\n");
        assertKind(DocumentKind.OTHER, "apiVersion: v2\ncontainerRegistry:\n  inCluster: true\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fulll", "full", "FULL", "Worksapce", "WebAp"})
    void misspeltKindWithInstallerKeysIsAnInstallerConfig(String kind) {
        Classification classification = classify("apiVersion: v1\nkind: " + kind + "\ndomain: gitpod.example.com\n"
                + "containerRegistry:\n  inCluster: true\n");
        assertEquals(DocumentKind.INSTALLER_CONFIG, classification.kind(), classification.reason());
        assertEquals("installer configuration keys, kind " + kind + " misspelt", classification.reason());
        assertFalse(classification.unknownKind());
    }

    @Test
    void misspeltKindWithOnlyPartialInstallerKeysIsAnInstallerConfig() {
        assertKind(DocumentKind.INSTALLER_CONFIG, "kind: Ful\ndomain: gitpod.example.com\nworkspace: {}\n");
    }

    @Test
    void installerKindWithoutInstallerKeysIsAVisibleSkip() {
        Classification classification = classify("apiVersion: v1\nkind: Fulll\nreplicas: 2\nimage: nginx\n");
        assertEquals(DocumentKind.OTHER, classification.kind());
        assertEquals("kind Fulll of v1", classification.reason());
        assertTrue(classification.unknownKind());
    }

    @Test
    void installerSettingsUnderAForeignKindAreAVisibleSkip() {
        Classification classification = classify("kind: Deployment\ncontainerRegistry:\n  inCluster: false\n");
        assertEquals(DocumentKind.OTHER, classification.kind());
        assertEquals("kind Deployment", classification.reason());
        assertTrue(classification.unknownKind());
    }

    @Test
    void gitpodAndKotsKindsThatAreNotReadAreVisibleSkips() {
        Classification installation = classify("apiVersion: install.gitpod.io/v1alpha1\nkind: Instalation\n"
                + "spec:\n  config:\n    domain: gitpod.example.com\n");
        assertEquals(DocumentKind.OTHER, installation.kind());
        assertEquals("kind Instalation of install.gitpod.io/v1alpha1", installation.reason());
        assertTrue(installation.unknownKind());
        Classification kots = classify("apiVersion: kots.io/v1beta1\nkind: ConfigValue\nspec:\n  values: {}\n");
        assertEquals(DocumentKind.OTHER, kots.kind());
        assertTrue(kots.unknownKind());
    }

    @Test
    void kindsOfOtherToolsArePlainlyNotGitpod() {
        assertFalse(classify("apiVersion: v1\nkind: ConfigMap\ndata:\n  domain: x\n")
                .unknownKind());
        assertFalse(classify("kind: Deployment\ndomain: gitpod.example.com\n").unknownKind());
        assertFalse(classify("apiVersion: kots.io/v1beta1\nkind: Application\nspec: {}\n")
                .unknownKind());
        assertFalse(classify("apiVersion: apps/v1\nkind: Full\ncontainerRegistry:\n  inCluster: true\n")
                .unknownKind());
        assertFalse(classify("image: gitpod/workspace-full\n").unknownKind());
    }

    @Test
    void teamHelmValuesWithTheirOwnContainerRegistryAreNotGitpod() {
        assertKind(DocumentKind.OTHER, """
                containerRegistry:
                  host: registry.acme.dev
                  mirror: mirror.acme.dev
                image:
                  repository: acme/app
                replicaCount: 2
                """);
        assertKind(DocumentKind.OTHER, "containerRegistry:\n  host: registry.acme.dev\n  mirror: mirror.acme.dev\n");
        assertKind(DocumentKind.OTHER, "containerRegistry: registry.acme.dev\nimage: acme/app\n");
        assertKind(DocumentKind.OTHER, "domain: app.acme.dev\ncontainerRegistry:\n  - host: registry.acme.dev\n");
        assertKind(DocumentKind.OTHER, "objectStorage:\n  bucket: acme-assets\n  endpoint: minio.acme.dev\n");
        assertFalse(classify("containerRegistry:\n  host: registry.acme.dev\n").unknownKind());
    }

    @Test
    void containerRegistryWithGitpodKeysOrCloseOnesIsAnInstallerConfig() {
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerRegistry:\n  inCluser: false\n  host: x\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerRegistry:\n  External:\n    url: r.example.com\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerRegistery:\n  s3storage: {}\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "containerRegistry: {}\n");
        // Of the wrong shape, but Gitpod's: config-wrong-type reports them.
        assertKind(
                DocumentKind.INSTALLER_CONFIG, "domain: gitpod.example.com\ncontainerRegistry:\n  - inCluster: true\n");
        assertKind(
                DocumentKind.INSTALLER_CONFIG, "apiVersion: v1\ndomain: gitpod.example.com\ncontainerRegistry: true\n");
        assertKind(DocumentKind.INSTALLER_CONFIG, "domain: gitpod.example.com\ncontainerRegistry: []\n");
        assertKind(
                DocumentKind.INSTALLER_CONFIG,
                "kind: Full\ndomain: gitpod.example.com\ncontainerRegistry:\n" + "  url: registry.example.com\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "apiVersion: v1\ndomain: gitpod.example.com\nreplicas: 3\n",
                "apiVersion: v1\ndomains: gitpod.example.com\nkind: Meta\n",
                "apiVersion: v1\nDOMAIN: gitpod.example.com\n",
                "apiVersion: v1\nkind: 1\ndomain: gitpod.example.com\n",
                "Domain: gitpod.example.com\nWorkspace: {}\n",
                // Nothing but apiVersion: v1: the installer rejects it (domain is required), so it must be read.
                "apiVersion: v1\n"
            })
    void keysInAnyCaseAndAnExplicitV1MarkAnInstallerConfig(String yaml) {
        assertKind(DocumentKind.INSTALLER_CONFIG, yaml);
    }

    @Test
    void aBareApiVersionOfAnotherVersionOrWithAKindIsNotAnInstallerConfig() {
        assertKind(DocumentKind.OTHER, "apiVersion: v2\n");
        assertKind(DocumentKind.OTHER, "apiVersion: v1\nkind: ConfigMap\n");
    }

    @Test
    void kotsConfigValues() {
        assertKind(DocumentKind.KOTS_CONFIG_VALUES, Yaml.kotsValues("    reg_incluster:\n      value: \"1\"\n"));
    }

    @Test
    void kotsConfigSchemaIsNotChecked() {
        Classification classification = classify("""
                apiVersion: kots.io/v1beta1
                kind: Config
                metadata:
                  name: gitpod
                spec:
                  groups:
                    - name: container_registry
                      items:
                        - name: reg_incluster
                          type: bool
                          default: "1"
                """);
        assertEquals(DocumentKind.OTHER, classification.kind());
        assertEquals("kind Config of kots.io/v1beta1", classification.reason());
    }

    @Test
    void installationCustomResource() {
        assertKind(DocumentKind.INSTALLATION_CR, Yaml.installation("    domain: gitpod.example.com\n"));
    }

    @Test
    void dockerConfigJsonSecret() {
        assertKind(DocumentKind.REGISTRY_SECRET, Yaml.registrySecret("eyJhdXRocyI6e319"));
        assertKind(DocumentKind.OTHER, "apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n  a: b\n");
    }

    @Test
    void dockerConfigJson() {
        assertKind(
                DocumentKind.DOCKER_CONFIG_JSON,
                "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"dXNlcjpwYXNz\"}}, \"credsStore\": \"desktop\"}\n");
        assertKind(DocumentKind.OTHER, "auths:\n  gcr.io: {}\nsomethingElse: 1\n");
    }

    @Test
    void workspaceGitpodYmlIsNotChecked() {
        assertKind(DocumentKind.OTHER, """
                image: gitpod/workspace-full
                tasks:
                  - init: mvn -B install
                    command: mvn spring-boot:run
                ports:
                  - port: 8080
                    onOpen: open-preview
                vscode:
                  extensions:
                    - redhat.java
                """);
    }

    @Test
    void helmValuesAreNotChecked() {
        assertKind(DocumentKind.OTHER, """
                hostname: gitpod.example.com
                imagePrefix: eu.gcr.io/gitpod-core-dev/build/
                version: v0.10.0
                installPodSecurityPolicies: true
                authProviders: []
                components:
                  imageBuilder:
                    registry:
                      name: registry.example.com/gitpod
                docker-registry:
                  enabled: false
                """);
    }

    @Test
    void trimmedHelmValuesAreNotChecked() {
        // Two keys the installer also knows must not outweigh the Helm chart's own 'hostname'.
        assertKind(DocumentKind.OTHER, """
                hostname: gitpod.example.com
                authProviders: []
                components:
                  server:
                    replicas: 2
                """);
    }

    @Test
    void kubernetesConfigMapIsNotChecked() {
        Classification classification = classify("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  domain: gitpod.example.com
                """);
        assertEquals(DocumentKind.OTHER, classification.kind());
        assertEquals("kind ConfigMap of v1", classification.reason());
    }

    @Test
    void mostlyForeignKeysAreNotAnInstallerConfig() {
        assertKind(DocumentKind.OTHER, "domain: gitpod.example.com\ncustomLabel: team-a\n");
        assertKind(DocumentKind.OTHER, "metadata:\n  name: x\nspec:\n  replicas: 1\n");
        assertKind(DocumentKind.OTHER, "name: app\nversion: 1\nservices: {}\n");
    }

    @Test
    void scalarListAndEmptyDocuments() {
        assertEquals(
                "the document is not a mapping", classify("just a string\n").reason());
        assertEquals(DocumentKind.OTHER, classify("just a string\n").kind());
        assertEquals(
                DocumentKind.OTHER, classify("- domain: gitpod.example.com\n").kind());
        Classification empty = classifier.classify(Optional.empty());
        assertEquals(DocumentKind.OTHER, empty.kind());
        assertEquals("empty document", empty.reason());
    }

    @Test
    void onlyOtherIsUnchecked() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertEquals(kind != DocumentKind.OTHER, kind.isChecked(), kind.name());
            assertFalse(kind.label().isBlank());
        }
    }
}
