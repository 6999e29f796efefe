package dev.gitpodconfig.check.certificate;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Yaml.CERTIFICATE_CONFIG;
import static dev.gitpodconfig.testing.Yaml.certManagerCertificate;
import static dev.gitpodconfig.testing.Yaml.testCertificate;
import static dev.gitpodconfig.testing.Yaml.tlsSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The test certificate {@code full} is valid until 2025-01-01T11:28:01Z; each test fixes the build's clock. */
class CertificateExpiryRuleTest {

    private static final String RULE = "certificate-expiry";
    private static final String FULL = CERTIFICATE_CONFIG + tlsSecret("https-certificates", testCertificate("full"));

    private static Checks.Run at(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return Checks.only(RULE).options(o -> o.clock(clock));
    }

    @Test
    void nothingLongBeforeTheEnd() {
        at("2024-06-01T00:00:00Z").assertNoFinding(FULL);
        at("2024-12-02T11:00:00Z").assertNoFinding(FULL); // 30 days and 28 minutes left
    }

    @Test
    void warnsWithinThirtyDays() {
        Finding finding = at("2024-12-02T11:29:00Z").single(FULL);
        assertAt(
                finding,
                RULE,
                Checks.FILE,
                4,
                9,
                "The certificate in the Secret `https-certificates` "
                        + "(gitpod.config.yaml, line 9), which certificate.name names, expires on 2025-01-01 (in 29 days)");
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Severity.WARNING, at("2024-12-31T00:00:00Z").single(FULL).severity());
    }

    @Test
    void errsOnceExpired() {
        Finding finding = at("2025-01-01T12:00:00Z").single(FULL);
        assertAt(finding, RULE, Checks.FILE, 4, 9, "expired on 2025-01-01: browsers and Git clients refuse");
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void aCertManagerCertificateIsRenewedAndNotReported() {
        at("2030-01-01T00:00:00Z")
                .assertNoFinding(CERTIFICATE_CONFIG
                        + certManagerCertificate(
                                "https-certificates",
                                "gitpod.example.com",
                                "*.gitpod.example.com",
                                "*.ws.gitpod.example.com"));
    }

    @Test
    void onlyTheSecretTheConfigNames() {
        at("2030-01-01T00:00:00Z")
                .assertNoFinding(CERTIFICATE_CONFIG + tlsSecret("other-tls", testCertificate("full")));
    }
}
