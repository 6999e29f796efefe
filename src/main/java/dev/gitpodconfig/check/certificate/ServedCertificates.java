package dev.gitpodconfig.check.certificate;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.model.CertManagerCertificate;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KubernetesSecret;
import dev.gitpodconfig.model.SecretReferences;
import dev.gitpodconfig.model.TlsCertificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificates in the checked files that Gitpod's proxy would serve for an installer config: the
 * cert-manager Certificates that write the Secret {@code certificate.name} names, and the
 * {@code kubernetes.io/tls} Secrets of that name whose {@code tls.crt} is in the files.
 */
final class ServedCertificates {

    /**
     * One certificate.
     *
     * @param describe where it is, for messages
     * @param dnsNames the names it covers: a Certificate's {@code dnsNames} and {@code commonName}, a
     *     certificate's DNS subject alternative names
     * @param parsed the parsed {@code tls.crt}, empty for a cert-manager Certificate (which cert-manager renews)
     *     and for a {@code tls.crt} that is no X.509 certificate
     * @param readable false for a {@code tls.crt} that is no PEM X.509 certificate
     */
    record Served(String describe, List<String> dnsNames, Optional<TlsCertificate> parsed, boolean readable) {}

    private ServedCertificates() {}

    /**
     * The certificates for a config's {@code certificate.name}.
     *
     * @param config the installer config
     * @param target its document, with the objects of all checked files
     * @return the certificates, empty when the files hold none of that name (or the name is not checkable)
     */
    static List<Served> of(GitpodConfig config, CheckTarget target) {
        List<Served> served = new ArrayList<>();
        Optional<ConfigValue> reference = config.certificateName();
        Optional<String> name = reference.isPresent() ? reference.get().checkableText() : Optional.empty();
        if (name.isEmpty() || target.document().isEmpty()) {
            return served;
        }
        String file = target.file().relativePath();
        Optional<String> namespace = SecretReferences.of(
                        config, target.kind(), target.document().get())
                .namespace();
        for (CertManagerCertificate certificate : target.objects().certificatesFor(file, name.get(), namespace)) {
            List<String> names = new ArrayList<>();
            for (ConfigValue dnsName : certificate.dnsNames()) {
                dnsName.checkableText().ifPresent(names::add);
            }
            if (certificate.commonName().isPresent()) {
                certificate.commonName().get().checkableText().ifPresent(names::add);
            }
            served.add(new Served(certificate.describe(), names, Optional.empty(), true));
        }
        for (KubernetesSecret secret : target.objects().secretsFor(file, name.get(), namespace)) {
            if (secret.tlsCertificate().isPresent()) {
                Optional<TlsCertificate> parsed =
                        TlsCertificate.parse(secret.tlsCertificate().get());
                served.add(new Served(
                        secret.describe(),
                        parsed.isPresent() ? parsed.get().dnsNames() : List.of(),
                        parsed,
                        parsed.isPresent()));
            }
        }
        return served;
    }
}
