package dev.gitpodconfig.check.secrets;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRequiredKeysRuleTest {

    private static final String RULE = "secret-required-keys";
    private static final Checks.Run RUN = Checks.only(RULE);

    @Test
    void aMissingKeyIsReportedAtTheConfigsNameWithTheNearestKeyTheSecretHas() {
        CheckResult result = RUN.check(Yaml.documents(
                Yaml.s3Config("storage-s3"), Yaml.opaqueSecret("storage-s3", "accessKey", "secretAccessKey")));
        Finding finding = assertAt(
                single(result, RULE),
                RULE,
                Checks.FILE,
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "objectStorage.s3.credentials.name names the Secret `storage-s3`",
                "the Secret `storage-s3` (gitpod.config.yaml, line 14) lacks `accessKeyId` (nearest: `accessKey`)",
                "it has `accessKey`, `secretAccessKey`",
                "`secret storage-s3 has no accessKeyId entry`");
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("objectStorage.s3.credentials.name", finding.yamlPath());
        assertFixContains(finding, "Rename `accessKey` to `accessKeyId`");
        assertFalse(finding.message().contains("value-of-"), finding.message());
    }

    @Test
    void theSecretIsFoundInAnotherFileAndTheFindingStaysInTheConfig(@TempDir Path base) {
        CheckResult result = RUN.checkProject(
                base,
                Map.of(
                        "gitpod/gitpod.config.yaml", Yaml.s3Config("storage-s3"),
                        "secrets/storage.yaml", Yaml.opaqueSecret("storage-s3", "secretAccessKey")));
        Finding finding = assertAt(
                single(result, RULE),
                RULE,
                "gitpod/gitpod.config.yaml",
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "the Secret `storage-s3` (secrets/storage.yaml, line 4) lacks `accessKeyId`;",
                "it has `secretAccessKey`");
        assertFixContains(finding, "Add `accessKeyId` to the Secret `storage-s3`");
    }

    @Test
    void aSecretWithEveryRequiredKeyPasses() {
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.s3Config("storage-s3"),
                        Yaml.opaqueSecret("storage-s3", "accessKeyId", "secretAccessKey", "region"))),
                RULE);
    }

    @Test
    void keysUnderDataCountAsKeysUnderStringDataDo() {
        String secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: storage-s3\ndata:\n  accessKeyId: QUtJQQ==\n"
                + "stringData:\n  secretAccessKey: value-of-secret\n";
        assertNoFinding(RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), secret)), RULE);
    }

    @Test
    void aSecretOfAnotherNameIsNotThisRulesBusiness() {
        assertNoFinding(
                RUN.check(
                        Yaml.documents(Yaml.s3Config("storage-s3"), Yaml.opaqueSecret("storage-azure", "accountName"))),
                RULE);
    }

    @Test
    void aSecretInAnotherNamespaceThanTheInstallationIsNoMatch() {
        String installation = Yaml.s3Installation("gitpod");
        String secret = Yaml.opaqueSecret("storage-s3", "accessKey", "secretAccessKey");
        String elsewhere = secret.replace("  name: storage-s3\n", "  name: storage-s3\n  namespace: other\n");
        String same = secret.replace("  name: storage-s3\n", "  name: storage-s3\n  namespace: gitpod\n");

        assertNoFinding(RUN.check(Yaml.documents(installation, elsewhere)), RULE);
        assertAt(
                single(RUN.check(Yaml.documents(installation, same)), RULE),
                RULE,
                Checks.FILE,
                14,
                17,
                "spec.config.objectStorage.s3.credentials.name names the Secret `storage-s3`");
    }

    @Test
    void aSealedSecretNamedInItsTemplateIsCheckedByItsEncryptedKeys() {
        String sealed = """
                apiVersion: bitnami.com/v1alpha1
                kind: SealedSecret
                metadata:
                  annotations:
                    sealedsecrets.bitnami.com/cluster-wide: "true"
                spec:
                  template:
                    metadata:
                      name: storage-s3
                  encryptedData:
                    accessKey: AgBy3i4OJSWK+PiTySYZZA==
                    secretAccessKey: AgCtr8OJSWK+PiTySYZZA==
                """;
        assertAt(
                single(RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), sealed)), RULE),
                RULE,
                Checks.FILE,
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "the SealedSecret `storage-s3` (gitpod.config.yaml, line 19) lacks `accessKeyId` (nearest: "
                        + "`accessKey`)");
        assertNoFinding(
                RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), sealed.replace("accessKey:", "accessKeyId:"))),
                RULE);
    }

    @Test
    void anExternalSecretWithDataFromHasKeysThatCannotBeKnown() {
        String external = Yaml.externalSecret("storage-s3", "  data:\n    - secretKey: accessKey\n");
        assertAt(
                single(RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), external)), RULE),
                RULE,
                Checks.FILE,
                Yaml.S3_SECRET_NAME_LINE,
                Yaml.S3_SECRET_NAME_COLUMN,
                "the ExternalSecret `storage-s3` (gitpod.config.yaml, line 17) lacks `accessKeyId` (nearest: "
                        + "`accessKey`) and `secretAccessKey`; it has `accessKey`.");
        String withDataFrom = external + Yaml.DATA_FROM;
        assertNoFinding(RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), withDataFrom)), RULE);
    }

    @Test
    void anExternalSecretTemplateAddsItsKeys() {
        String external = """
                apiVersion: external-secrets.io/v1beta1
                kind: ExternalSecret
                metadata:
                  name: storage-s3
                spec:
                  target:
                    template:
                      data:
                        accessKeyId: "{{ .id }}"
                        secretAccessKey: "{{ .key }}"
                  data:
                    - secretKey: id
                      remoteRef:
                        key: gitpod/storage
                """;
        assertNoFinding(RUN.check(Yaml.documents(Yaml.s3Config("storage-s3"), external)), RULE);
    }

    @Test
    void theDefaultCertificateNameIsCheckedWhenTheConfigLeavesItOut() {
        String config = "domain: gitpod.example.com\ncontainerRegistry:\n  inCluster: true\n";
        Finding finding = assertAt(
                single(RUN.check(Yaml.documents(config, Yaml.opaqueSecret("https-certificates", "tls.crt"))), RULE),
                RULE,
                Checks.FILE,
                1,
                1,
                "certificate.name names the Secret `https-certificates`",
                "lacks `tls.key`");
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void aCertManagerCertificateWritesTheTlsKeys() {
        String certificate = """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: https-certificates
                spec:
                  secretName: https-certificates
                  dnsNames:
                    - gitpod.example.com
                """;
        String config = "domain: gitpod.example.com\ncontainerRegistry:\n  inCluster: true\n";
        assertNoFinding(
                RUN.check(Yaml.documents(config, certificate, Yaml.opaqueSecret("https-certificates", "ca.crt"))),
                RULE);
    }

    @Test
    void aRegistrySecretWithoutItsDockerConfigIsLeftToRegistryCredentialsInvalid() {
        String secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: container-registry\n"
                + "type: kubernetes.io/dockerconfigjson\nstringData:\n  config.json: '{}'\n";
        String config = Yaml.installerExternal("registry.example.com/gitpod");
        CheckResult result = Checks.check(Yaml.documents(config, secret));
        assertNoFinding(result, RULE);
        single(result, "registry-credentials-invalid");
        String opaque = Yaml.opaqueSecret("container-registry", "config.json");
        assertAt(
                single(RUN.check(Yaml.documents(config, opaque)), RULE),
                RULE,
                Checks.FILE,
                9,
                13,
                "lacks `.dockerconfigjson`");
    }

    @Test
    void aReferenceThatServesOneFeatureIsAWarning() {
        String config = "domain: gitpod.example.com\ncertificate:\n  kind: secret\n  name: https-certificates\n"
                + "customCACert:\n  kind: secret\n  name: custom-ca\n";
        Finding finding = assertAt(
                single(RUN.check(Yaml.documents(config, Yaml.opaqueSecret("custom-ca", "ca.pem"))), RULE),
                RULE,
                Checks.FILE,
                7,
                9,
                "customCACert.name names the Secret `custom-ca`",
                "lacks `ca.crt`");
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void oneCompleteDefinitionOfTheNameIsEnough(@TempDir Path base) {
        CheckResult result = RUN.checkProject(
                base,
                Map.of(
                        "gitpod.config.yaml", Yaml.s3Config("storage-s3"),
                        "overlays/dev/storage.yaml", Yaml.opaqueSecret("storage-s3", "accessKey"),
                        "overlays/prod/storage.yaml",
                                Yaml.opaqueSecret("storage-s3", "accessKeyId", "secretAccessKey")));
        assertNoFinding(result, RULE);
    }

    @Test
    void kotsConfigValuesNameNoSecrets() {
        assertNoFinding(
                RUN.check(Yaml.documents(
                        Yaml.kotsExternal("registry.example.com/gitpod"),
                        Yaml.opaqueSecret("https-certificates", "tls.crt"))),
                RULE);
    }
}
