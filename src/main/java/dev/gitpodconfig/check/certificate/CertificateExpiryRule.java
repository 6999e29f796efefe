package dev.gitpodconfig.check.certificate;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.TlsCertificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code certificate-expiry}: the certificate in the files that Gitpod will serve expires within 30 days
 * (a warning), or has expired (an error), judged on the build's date.
 */
public final class CertificateExpiryRule extends ConfigRule {

    /** How long before the end of its validity a certificate is reported. */
    static final Duration WARN_BEFORE = Duration.ofDays(30);

    private static final RuleInfo INFO = RuleInfo.builder("certificate-expiry")
            .severity(Severity.WARNING)
            .title("the TLS certificate expires soon or has expired")
            .summary("""
                The certificate in the `tls.crt` of the Secret `certificate.name` names expires within 30 days (an
                error once it has expired), judged on the build's date.
                """)
            .description("""
                For the Secret `certificate.name` names (`https-certificates` by default), found by name in the
                checked files as `certificate-domain` finds it: when its `tls.crt` is in the file, the first
                certificate's end of validity (`notAfter`) is compared with the time of the build. Within 30 days: a
                warning; past it: an error. Reported at `certificate.name`, with the Secret's file and line and the
                date (UTC).

                A cert-manager Certificate is not reported: cert-manager renews it before it expires. A result cached
                by the plugin is not reused on another day.
                """)
            .rationale("""
                Gitpod's proxy serves the Secret as it is: once the certificate has expired, browsers and Git clients
                refuse every connection to the dashboard and the workspaces. A certificate copied into a GitOps
                repository is not renewed by anyone.
                """)
            .fix("""
                Renew the certificate and replace `tls.crt` and `tls.key`, or let cert-manager issue it (a
                `Certificate` with `secretName` set to the Secret's name).
                """)
            .gitpodSource(
                    "install/installer/pkg/config/v1/validation.go",
                    "`certificate` names the Secret with `tls.crt` and `tls.key`")
            .gitpodSource(
                    "install/kots/manifests/gitpod-certificate.yaml",
                    "Gitpod's own certificates come from cert-manager, which renews them")
            .build();

    /** Creates the rule. */
    public CertificateExpiryRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (config.certificateName().isEmpty()
                || (target.objects().secrets().isEmpty()
                        && target.objects().certificates().isEmpty())) {
            return;
        }
        Instant now = target.clock().instant();
        for (ServedCertificates.Served served : ServedCertificates.of(config, target)) {
            Optional<TlsCertificate> parsed = served.parsed();
            if (parsed.isEmpty()) {
                continue;
            }
            Instant notAfter = parsed.get().notAfter();
            if (notAfter.isAfter(now.plus(WARN_BEFORE))) {
                continue;
            }
            ConfigValue reference = config.certificateName().get();
            boolean expired = !notAfter.isAfter(now);
            String date = notAfter.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            long days = Duration.between(now, notAfter).toDays();
            findings.at(reference)
                    .severity(expired ? Severity.ERROR : Severity.WARNING)
                    .message("The certificate in " + served.describe() + ", which " + Wording.nameOf(reference)
                            + " names, "
                            + (expired
                                    ? "expired on " + date + ": browsers and Git clients refuse "
                                            + "every connection to Gitpod."
                                    : "expires on " + date + " (in " + days + (days == 1 ? " day" : " days")
                                            + "): then browsers and Git clients refuse every connection to Gitpod."))
                    .fix("Renew the certificate and replace tls.crt and tls.key in " + served.describe()
                            + ", or let cert-manager issue and renew it.")
                    .report();
        }
    }
}
