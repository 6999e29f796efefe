package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterObjectsReaderTest {

    private static Optional<KubernetesSecret> secret(String yaml) {
        LoadedDocument document = Yaml.load(yaml).documents().get(0);
        return ClusterObjectsReader.secret(document.root(), "secrets.yaml", document.index());
    }

    private static Optional<CertManagerCertificate> certificate(String yaml) {
        LoadedDocument document = Yaml.load(yaml).documents().get(0);
        return ClusterObjectsReader.certificate(document.root(), "tls.yaml", document.index());
    }

    @Test
    void aSecretHasTheKeysOfDataAndStringDataOnceEach() {
        KubernetesSecret secret = secret("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: storage-s3
                  namespace: gitpod
                type: Opaque
                data:
                  accessKeyId: QUtJQQ==
                stringData:
                  secretAccessKey: value-of-key
                  accessKeyId: AKIA
                """).orElseThrow();
        assertEquals(KubernetesSecret.Source.SECRET, secret.source());
        assertEquals("storage-s3", secret.secretName());
        assertEquals(4, secret.line());
        assertEquals("metadata.name", secret.name().path());
        assertEquals(Optional.of("gitpod"), secret.namespace());
        assertEquals(Optional.of("Opaque"), secret.type());
        assertEquals(List.of("accessKeyId", "secretAccessKey"), secret.keys());
        assertTrue(secret.keysKnown());
        assertEquals(Optional.empty(), secret.tlsCertificate());
        assertEquals("the Secret `storage-s3` (secrets.yaml, line 4)", secret.describe());
    }

    @Test
    void aTlsSecretKeepsItsCertificateWithoutPrintingIt() {
        String pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        KubernetesSecret data = secret("apiVersion: v1\nkind: Secret\nmetadata:\n  name: https-certificates\n"
                        + "type: kubernetes.io/tls\ndata:\n  tls.crt: " + Yaml.base64(pem) + "\n  tls.key: a2V5\n")
                .orElseThrow();
        KubernetesSecret.Content content = data.tlsCertificate().orElseThrow();
        assertEquals(pem, new String(content.bytes().orElseThrow(), StandardCharsets.UTF_8));
        assertFalse(data.toString().contains(Yaml.base64(pem)), data.toString());
        assertFalse(content.toString().contains("MIIB"), content.toString());

        KubernetesSecret plain = secret("apiVersion: v1\nkind: Secret\nmetadata:\n  name: https-certificates\n"
                        + "stringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIB\n")
                .orElseThrow();
        assertTrue(new String(plain.tlsCertificate().orElseThrow().bytes().orElseThrow(), StandardCharsets.UTF_8)
                .startsWith("-----BEGIN CERTIFICATE-----\nMIIB"));
        KubernetesSecret broken = secret("apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  tls.crt: '%%'\n")
                .orElseThrow();
        assertEquals(Optional.empty(), broken.tlsCertificate().orElseThrow().bytes());
    }

    @Test
    void aSealedSecretIsNamedByItsMetadataElseByItsTemplate() {
        String sealed = """
                apiVersion: bitnami.com/v1alpha1
                kind: SealedSecret
                metadata:
                  name: %s
                spec:
                  template:
                    type: kubernetes.io/tls
                    metadata:
                      name: from-template
                      namespace: gitpod
                  encryptedData:
                    tls.crt: AgBy3i4O
                    tls.key: AgCtr8OJ
                """;
        KubernetesSecret named = secret(sealed.formatted("from-metadata")).orElseThrow();
        assertEquals(KubernetesSecret.Source.SEALED_SECRET, named.source());
        assertEquals("from-metadata", named.secretName());
        assertEquals(List.of("tls.crt", "tls.key"), named.keys());
        assertEquals(Optional.of("kubernetes.io/tls"), named.type());
        assertEquals(Optional.of("gitpod"), named.namespace());
        assertEquals(Optional.empty(), named.tlsCertificate());

        KubernetesSecret templated = secret(sealed.formatted("~")).orElseThrow();
        assertEquals("from-template", templated.secretName());
        assertEquals("spec.template.metadata.name", templated.name().path());
        assertEquals(9, templated.line());
    }

    @Test
    void anExternalSecretIsNamedByItsTargetAndHasTheKeysOfDataAndTemplate() {
        KubernetesSecret external = secret("""
                apiVersion: external-secrets.io/v1beta1
                kind: ExternalSecret
                metadata:
                  name: gitpod-database
                  namespace: gitpod
                spec:
                  target:
                    name: database
                    template:
                      type: Opaque
                      data:
                        host: "{{ .endpoint }}"
                  data:
                    - secretKey: password
                      remoteRef:
                        key: gitpod/db
                    - secretKey: endpoint
                      remoteRef:
                        key: gitpod/db
                """).orElseThrow();
        assertEquals(KubernetesSecret.Source.EXTERNAL_SECRET, external.source());
        assertEquals("database", external.secretName());
        assertEquals("spec.target.name", external.name().path());
        assertEquals(List.of("password", "endpoint", "host"), external.keys());
        assertTrue(external.keysKnown());
        assertEquals(Optional.of("Opaque"), external.type());
    }

    @Test
    void anExternalSecretWithDataFromOrTemplateFromHasUnknownKeys() {
        String head = "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n"
                + "  name: database\nspec:\n";
        KubernetesSecret dataFrom = secret(head + "  dataFrom:\n    - extract:\n        key: gitpod/db\n")
                .orElseThrow();
        assertEquals("database", dataFrom.secretName());
        assertEquals("metadata.name", dataFrom.name().path());
        assertFalse(dataFrom.keysKnown());
        KubernetesSecret templateFrom = secret(head + "  target:\n    template:\n      templateFrom:\n"
                        + "        - configMap:\n            name: db-template\n")
                .orElseThrow();
        assertFalse(templateFrom.keysKnown());
    }

    @Test
    void otherObjectsAndUnnamedSecretsAreNotRead() {
        assertEquals(Optional.empty(), secret("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));
        assertEquals(Optional.empty(), secret("apiVersion: v1\nkind: Secret\nmetadata: {}\ndata:\n  a: Yg==\n"));
        assertEquals(Optional.empty(), secret("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ' '\n"));
        assertEquals(
                Optional.empty(), secret("apiVersion: example.com/v1\nkind: SealedSecret\nmetadata:\n  name: x\n"));
        assertEquals(Optional.empty(), secret("- kind: Secret\n"));
        assertEquals(Optional.empty(), certificate("apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n"));
    }

    @Test
    void aCertificateHasItsSecretNameAndDnsNamesWithPositions() {
        CertManagerCertificate certificate = certificate("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: gitpod
                  namespace: gitpod
                spec:
                  secretName: https-certificates
                  commonName: gitpod.example.com
                  dnsNames:
                    - gitpod.example.com
                    - "*.gitpod.example.com"
                    - "*.ws.gitpod.example.com"
                """).orElseThrow();
        assertEquals("https-certificates", certificate.targetSecret());
        assertEquals(7, certificate.secretName().position().line());
        assertEquals(Optional.of("gitpod"), certificate.name());
        assertEquals(Optional.of("gitpod"), certificate.namespace());
        assertEquals(
                Optional.of("gitpod.example.com"),
                certificate.commonName().orElseThrow().text());
        assertEquals(
                List.of("gitpod.example.com", "*.gitpod.example.com", "*.ws.gitpod.example.com"),
                certificate.dnsNames().stream().map(v -> v.text().orElseThrow()).toList());
        assertEquals("spec.dnsNames[2]", certificate.dnsNames().get(2).path());
        assertEquals(12, certificate.dnsNames().get(2).position().line());
        assertEquals("the Certificate `gitpod` (tls.yaml, line 7)", certificate.describe());
        assertEquals(Optional.empty(), certificate("apiVersion: cert-manager.io/v1\nkind: Certificate\nspec: {}\n"));
    }

    @Test
    void onlyFilesThatNameAKindReadHereAreParsedInThePassBeforeTheRules() {
        assertTrue(ClusterObjectsReader.mayHoldObjects(Yaml.utf8("kind: SealedSecret"), StandardCharsets.UTF_8));
        assertTrue(ClusterObjectsReader.mayHoldObjects(Yaml.utf8("kind: Certificate"), StandardCharsets.UTF_8));
        assertFalse(ClusterObjectsReader.mayHoldObjects(Yaml.utf8("domain: x"), StandardCharsets.UTF_8));
        byte[] wide = "domain: x".getBytes(StandardCharsets.UTF_16);
        assertTrue(ClusterObjectsReader.mayHoldObjects(wide, StandardCharsets.UTF_8));
        assertTrue(ClusterObjectsReader.mayHoldObjects(Yaml.utf8("domain: x"), Charset.forName("UTF-16LE")));
    }

    @Test
    void theIndexMatchesNamespacesAndPrefersTheConfigsFile() {
        KubernetesSecret here =
                secret("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n").orElseThrow();
        KubernetesSecret other = new KubernetesSecret(
                KubernetesSecret.Source.SECRET,
                "other.yaml",
                0,
                here.name(),
                Optional.of("other"),
                Optional.empty(),
                List.of(),
                true,
                Optional.empty());
        ClusterObjects objects = ClusterObjects.of(List.of(here, other), List.of());
        assertEquals(List.of(here), objects.secretsFor("secrets.yaml", "s", Optional.empty()));
        assertEquals(List.of(here, other), objects.secretsFor("config.yaml", "s", Optional.empty()));
        assertEquals(List.of(here), objects.secretsFor("config.yaml", "s", Optional.of("gitpod")));
        assertEquals(List.of(), objects.secretsFor("config.yaml", "t", Optional.empty()));
        assertTrue(ClusterObjects.of(List.of(), List.of()) == ClusterObjects.EMPTY);
    }
}
