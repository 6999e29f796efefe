package dev.gitpodconfig.check.certificate;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Yaml.CERTIFICATE_CONFIG;
import static dev.gitpodconfig.testing.Yaml.certManagerCertificate;
import static dev.gitpodconfig.testing.Yaml.testCertificate;
import static dev.gitpodconfig.testing.Yaml.tlsSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateDomainRuleTest {

    private static final String RULE = "certificate-domain";
    private static final Checks.Run ONLY = Checks.only(RULE);

    @Test
    void reportsACertManagerCertificateWithoutTheWorkspaceWildcard() {
        Finding finding = ONLY.single(CERTIFICATE_CONFIG
                + certManagerCertificate("https-certificates", "gitpod.example.com", "*.gitpod.example.com"));
        assertAt(
                finding,
                RULE,
                Checks.FILE,
                4,
                9,
                "certificate.name names `https-certificates`, but the Certificate "
                        + "`gitpod-tls` (gitpod.config.yaml, line 11) does not cover `*.ws.gitpod.example.com` (domain "
                        + "gitpod.example.com)",
                "browsers reject the connection to every workspace");
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("certificate.name", finding.yamlPath());
        assertEquals("Add `*.ws.gitpod.example.com` to the Certificate's dnsNames.", finding.fix());
    }

    @Test
    void passesACertManagerCertificateWithAllThreeNames() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG
                + certManagerCertificate(
                        "https-certificates", "gitpod.example.com", "*.gitpod.example.com", "*.ws.gitpod.example.com"));
    }

    @Test
    void namesAreComparedIgnoringCase() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG
                + certManagerCertificate(
                        "https-certificates", "Gitpod.Example.com", "*.GITPOD.example.com", "*.ws.gitpod.EXAMPLE.com"));
    }

    @Test
    void reportsATlsSecretWithoutTheWorkspaceWildcardWithoutQuotingTheCertificate() {
        String pem = testCertificate("no-ws");
        Finding finding = ONLY.single(CERTIFICATE_CONFIG + tlsSecret("https-certificates", pem));
        assertAt(
                finding,
                RULE,
                Checks.FILE,
                4,
                9,
                "but the certificate in the Secret `https-certificates` "
                        + "(gitpod.config.yaml, line 9) does not cover `*.ws.gitpod.example.com`");
        assertEquals(
                "Add `*.ws.gitpod.example.com` to the certificate (issue a new one with these names).", finding.fix());
        String body =
                pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertFalse(
                finding.message().contains(body) || finding.fix().contains(body), "no certificate text in the finding");
    }

    @Test
    void passesATlsSecretWithAllThreeNames() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG + tlsSecret("https-certificates", testCertificate("full")));
    }

    @Test
    void aWildcardAloneCoversNeitherTheDomainNorTheWorkspaces() {
        Finding finding =
                ONLY.single(CERTIFICATE_CONFIG + tlsSecret("https-certificates", testCertificate("wildcard-only")));
        assertAt(
                finding,
                RULE,
                Checks.FILE,
                4,
                9,
                "does not cover `gitpod.example.com` and `*.ws.gitpod.example.com`",
                "the names it lacks");
    }

    @Test
    void theCommonNameDoesNotCountForATlsCertificate() {
        Finding finding = ONLY.single(CERTIFICATE_CONFIG + tlsSecret("https-certificates", testCertificate("cn-only")));
        assertAt(
                finding,
                RULE,
                Checks.FILE,
                4,
                9,
                "does not cover `gitpod.example.com`, `*.gitpod.example.com` and " + "`*.ws.gitpod.example.com`");
    }

    @Test
    void theDefaultNameHttpsCertificatesIsLookedUp() {
        Finding finding = ONLY.single("domain: gitpod.example.com\n---\n"
                + certManagerCertificate("https-certificates", "gitpod.example.com"));
        assertAt(finding, RULE, Checks.FILE, 1, 1, "certificate.name is `https-certificates` by default");
    }

    @Test
    void otherSecretNamesAndNamespacesAreNotTheCertificate() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG + certManagerCertificate("other-tls", "gitpod.example.com"));
        String installation = """
                apiVersion: install.gitpod.io/v1alpha1
                kind: Installation
                metadata:
                  name: gitpod
                  namespace: gitpod
                spec:
                  config:
                    domain: gitpod.example.com
                ---
                """;
        String elsewhere = certManagerCertificate("https-certificates", "gitpod.example.com")
                .replace("  name: gitpod-tls\n", "  name: gitpod-tls\n  namespace: staging\n");
        ONLY.assertNoFinding(installation + elsewhere);
        Checks.assertAt(
                ONLY.single(installation + elsewhere.replace("staging", "gitpod")),
                RULE,
                Checks.FILE,
                8,
                5,
                "spec.config.certificate.name is `https-certificates` by default");
    }

    @Test
    void nothingWithoutADomainOrCertificateInTheFiles() {
        ONLY.assertNoFinding("certificate:\n  kind: secret\n  name: https-certificates\n---\n"
                + certManagerCertificate("https-certificates", "gitpod.example.com"));
        ONLY.assertNoFinding(CERTIFICATE_CONFIG + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
        ONLY.assertNoFinding("domain: ${DOMAIN}\n---\n" + certManagerCertificate("https-certificates", "example.com"));
    }

    @Test
    void aTlsCrtThatIsNoCertificateIsLeftAlone() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG + tlsSecret("https-certificates", "${TLS_CRT}"));
    }

    @Test
    void oneCoveringObjectIsEnough() {
        ONLY.assertNoFinding(CERTIFICATE_CONFIG + tlsSecret("https-certificates", testCertificate("no-ws")) + "---\n"
                + certManagerCertificate(
                        "https-certificates", "gitpod.example.com", "*.gitpod.example.com", "*.ws.gitpod.example.com"));
    }

    @Test
    void findsTheCertificateInAnotherFile(@TempDir Path base) {
        CheckResult result = ONLY.checkProject(
                base,
                Map.of(
                        "gitpod/gitpod.config.yaml", CERTIFICATE_CONFIG.replace("---\n", ""),
                        "tls/certificate.yaml",
                                certManagerCertificate(
                                        "https-certificates", "gitpod.example.com", "*.gitpod.example.com")));
        Checks.single(result, RULE, "gitpod/gitpod.config.yaml", 4, 9);
        Checks.assertMessageContains(Checks.single(result, RULE), "(tls/certificate.yaml, line 6)");
    }
}
