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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code certificate-domain}: the certificate Gitpod will serve, as the checked files define it, does not
 * cover {@code domain}, {@code *.domain} and {@code *.ws.domain}.
 */
public final class CertificateDomainRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("certificate-domain")
            .severity(Severity.ERROR)
            .title("the TLS certificate does not cover the Gitpod domain")
            .summary("""
                The certificate `certificate.name` names (a cert-manager Certificate, or a `tls.crt` in the files) does
                not cover `domain`, `*.domain` and `*.ws.domain`.
                """)
            .description("""
                For an installer config with a `domain`, the certificate Gitpod's proxy serves is the Secret
                `certificate.name` names (`https-certificates` when the file sets none). The rule looks for it in the
                checked files: a cert-manager `Certificate` whose `spec.secretName` is that name (its `dnsNames` and
                `commonName` count), and a Secret of that name whose `tls.crt` is in the file (the DNS names of the
                first certificate's subject alternative names count; its subject's common name does not, as browsers
                ignore it). Each must cover `domain`, `*.domain` and `*.ws.domain`: a name is covered by the same name
                (ignoring case) or by a wildcard one label above it (`*.example.com` covers `example.com`'s
                subdomains, not `example.com` itself and not `*.ws.example.com`). When several objects make the
                Secret, one that covers all is enough; namespaces count as for `secret-required-keys`.

                Reported at `certificate.name` (at `certificate` or the document when the default name applies), with
                the object's file and line and the names it does not cover. The certificate's own names are not
                quoted. A `tls.crt` that is not a PEM certificate, or is a placeholder, is left alone.
                """)
            .rationale("""
                Gitpod serves its dashboard at `domain`, its services at `*.domain` and every workspace at
                `<id>.ws.domain`; the Certificate Gitpod's KOTS package makes requests exactly these three names.
                Without `*.ws.domain` the dashboard loads but browsers refuse every workspace.
                """)
            .fix("""
                Add the missing names to the Certificate's `dnsNames` (or issue a certificate with them), e.g.
                `gitpod.example.com`, `*.gitpod.example.com` and `*.ws.gitpod.example.com`.
                """)
            .gitpodSource("install/installer/pkg/config/v1/config.go", "`certificate` defaults to `https-certificates`")
            .gitpodSource(
                    "install/kots/manifests/gitpod-certificate.yaml",
                    "Gitpod's own Certificate lists the domain, `*.domain` and `*.ws.domain`")
            .build();

    /** Creates the rule. */
    public CertificateDomainRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<String> domain =
                config.domain().isPresent() ? config.domain().get().checkableText() : Optional.empty();
        if (domain.isEmpty()
                || domain.get().isBlank()
                || config.certificateName().isEmpty()
                || (target.objects().secrets().isEmpty()
                        && target.objects().certificates().isEmpty())) {
            return;
        }
        String host = domain.get().trim();
        List<String> required = List.of(host, "*." + host, "*.ws." + host);
        ServedCertificates.Served lacking = null;
        List<String> missing = List.of();
        for (ServedCertificates.Served served : ServedCertificates.of(config, target)) {
            if (!served.readable()) {
                continue;
            }
            List<String> absent = new ArrayList<>();
            for (String name : required) {
                if (!TlsCertificate.covers(served.dnsNames(), name)) {
                    absent.add(name);
                }
            }
            if (absent.isEmpty()) {
                return; // one object that covers every name (another overlay, say) is enough
            }
            if (lacking == null) {
                lacking = served;
                missing = absent;
            }
        }
        if (lacking == null) {
            return;
        }
        ConfigValue reference = config.certificateName().get();
        String name = reference.checkableText().orElse("");
        String kind = lacking.parsed().isPresent() ? "the certificate in " : "";
        findings.at(reference)
                .message(Wording.nameOf(reference)
                        + (reference.isDefault() ? " is `" + name + "` by default" : " names `" + name + "`") + ", but "
                        + kind + lacking.describe() + " does not cover "
                        + Wording.join(quoted(missing)) + " (domain " + host + "): Gitpod serves its dashboard at the "
                        + "domain, its services at *.domain and each workspace at *.ws.domain, so browsers reject the "
                        + "connection to "
                        + (missing.contains("*.ws." + host) && missing.size() == 1
                                ? "every workspace."
                                : "the names it lacks."))
                .fix("Add " + Wording.join(quoted(missing)) + " to "
                        + (lacking.parsed().isPresent()
                                ? "the certificate (issue a new one with these names)"
                                : "the Certificate's dnsNames")
                        + ".")
                .report();
    }

    private static List<String> quoted(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("`" + name + "`");
        }
        return quoted;
    }
}
