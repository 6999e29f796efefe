package dev.gitpodconfig.check.secrets;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretNameUnknownRuleTest {

    private static final String RULE = "secret-name-unknown";
    private static final Checks.Run RUN = Checks.only(RULE);
    /** An installer config that names its certificate, so that the default name plays no part. */
    private static final String TLS = "certificate:\n  kind: secret\n  name: https-certificates\n";

    @Test
    void aSecretHoldingExactlyTheNeededKeysUnderAnotherNameIsOffered(@TempDir Path base) {
        CheckResult result = RUN.checkProject(
                base,
                Map.of(
                        "gitpod/gitpod.config.yaml",
                        Yaml.s3Config("storage-s3") + TLS,
                        "secrets/storage.yaml",
                        Yaml.opaqueSecret("storage-azure", "secretAccessKey", "accessKeyId")));
        Finding finding = assertAt(
                single(result, RULE),
                RULE,
                "gitpod/gitpod.config.yaml",
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "objectStorage.s3.credentials.name names the Secret `storage-s3`, which no checked file defines, but "
                        + "the Secret `storage-azure` (secrets/storage.yaml, line 4) holds exactly the keys it needs "
                        + "(`accessKeyId` and `secretAccessKey`): did you mean `storage-azure`?",
                "`secret storage-s3 not found`");
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("storage-azure", finding.replacement());
        assertFixContains(finding, "Set objectStorage.s3.credentials.name to `storage-azure`");
    }

    @Test
    void aSecretOfACloseNameIsOffered() {
        CheckResult result = RUN.check(
                Yaml.documents(Yaml.s3Config("storage-s3") + TLS, Yaml.opaqueSecret("storage-s3s", "region")));
        Finding finding = assertAt(
                single(result, RULE),
                RULE,
                Checks.FILE,
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "but the Secret `storage-s3s` (gitpod.config.yaml, line 17) does: did you mean `storage-s3s`?");
        assertEquals("storage-s3s", finding.replacement());
    }

    @Test
    void aCertificateWritingASecretOfACloseNameIsOffered() {
        String certificate = """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: gitpod
                spec:
                  secretName: https-certificate
                """;
        assertAt(
                single(RUN.check(Yaml.documents("domain: gitpod.example.com\n" + TLS, certificate)), RULE),
                RULE,
                Checks.FILE,
                4,
                9,
                "certificate.name names the Secret `https-certificates`",
                "the Certificate `gitpod` (gitpod.config.yaml, line 11) writes `https-certificate`: did you mean");
    }

    @Test
    void nothingWhenTheFilesHoldNoSecretsAtAll() {
        assertNoFinding(RUN.check(Yaml.s3Config("storage-s3")), RULE);
    }

    @Test
    void nothingWhenNoSecretIsCloseOrHoldsTheKeys() {
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3") + TLS, Yaml.opaqueSecret("database", "host", "port"))),
                RULE);
    }

    @Test
    void aSingleKeyOrTheTlsPairIsNoReasonToGuess() {
        String registry = Yaml.installerExternal("registry.example.com/gitpod", "gitpod-registry") + TLS;
        assertNoFinding(
                RUN.check(Yaml.documents(registry, Yaml.opaqueSecret("registry-credentials", ".dockerconfigjson"))),
                RULE);
        assertNoFinding(
                RUN.check(Yaml.documents(
                        "domain: gitpod.example.com\n" + TLS, Yaml.opaqueSecret("ingress-tls", "tls.crt", "tls.key"))),
                RULE);
    }

    @Test
    void twoSecretsWithTheKeysAreNoGuess() {
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3") + TLS,
                        Yaml.opaqueSecret("storage-azure", "accessKeyId", "secretAccessKey"),
                        Yaml.opaqueSecret("backup-s3-user", "accessKeyId", "secretAccessKey"))),
                RULE);
    }

    @Test
    void aDefinedNameIsNotReported() {
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3") + TLS,
                        Yaml.opaqueSecret("storage-s3", "accessKeyId", "secretAccessKey"),
                        Yaml.opaqueSecret("storage-s3s", "accessKeyId", "secretAccessKey"))),
                RULE);
    }

    @Test
    void aSealedSecretNamedInItsTemplateDefinesTheName() {
        String sealed = """
                apiVersion: bitnami.com/v1alpha1
                kind: SealedSecret
                metadata: {}
                spec:
                  template:
                    metadata:
                      name: storage-s3
                  encryptedData:
                    accessKeyId: AgBy3i4OJSWK+PiTySYZZA==
                """;
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3") + TLS,
                        sealed,
                        Yaml.opaqueSecret("storage-s3s", "accessKeyId", "secretAccessKey"))),
                RULE);
    }

    @Test
    void anExternalSecretWithDataFromDefinesItsTargetName() {
        String external = Yaml.externalSecret("storage-s3", Yaml.DATA_FROM);
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3") + TLS,
                        external,
                        Yaml.opaqueSecret("storage-s3s", "accessKeyId", "secretAccessKey"))),
                RULE);
    }

    @Test
    void aSecretInAnotherNamespaceIsNotOffered() {
        String installation = Yaml.s3Installation("gitpod");
        String secret = Yaml.opaqueSecret("storage-s3s", "accessKeyId", "secretAccessKey");
        assertNoFinding(
                RUN.check(Yaml.documents(
                        installation,
                        secret.replace("  name: storage-s3s\n", "  name: storage-s3s\n  namespace: other\n"))),
                RULE);
        assertAt(
                single(RUN.check(Yaml.documents(installation, secret)), RULE),
                RULE,
                Checks.FILE,
                14,
                17,
                "did you mean `storage-s3s`?");
    }

    @Test
    void aSecretAnotherReferenceNamesIsNotOffered() {
        String config = Yaml.s3Config("storage-s3") + TLS
                + "containerRegistry:\n  inCluster: true\n  s3storage:\n    certificate:\n      kind: secret\n"
                + "      name: storage-s4\n";
        String secret = Yaml.opaqueSecret("storage-s4", "s3AccessKey", "s3SecretKey");
        assertNoFinding(RUN.check(Yaml.documents(config, secret)), RULE);
    }
}
