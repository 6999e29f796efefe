package dev.gitpodconfig.model;

import java.util.List;
import java.util.Optional;

/**
 * A cert-manager {@code Certificate} ({@code cert-manager.io/v1}) of the checked files: the Secret it
 * writes the certificate into and the names it requests. Data for the certificate rules, which find the
 * certificate an installer config's {@code certificate.name} names.
 *
 * @param file the file, relative to the project base directory
 * @param document the 0-based index of the document in its file
 * @param name the Certificate's {@code metadata.name}, when stated
 * @param namespace the namespace, when the document states one
 * @param secretName {@code spec.secretName}, the Secret cert-manager writes to, with its position
 * @param commonName {@code spec.commonName}, when stated
 * @param dnsNames {@code spec.dnsNames} in document order, each with its position
 */
public record CertManagerCertificate(
        String file,
        int document,
        Optional<String> name,
        Optional<String> namespace,
        ConfigValue secretName,
        Optional<ConfigValue> commonName,
        List<ConfigValue> dnsNames) {

    /**
     * Creates the view; the list is copied.
     *
     * @param file file
     * @param document document index
     * @param name Certificate name
     * @param namespace namespace
     * @param secretName target Secret
     * @param commonName common name
     * @param dnsNames requested DNS names
     */
    public CertManagerCertificate {
        dnsNames = List.copyOf(dnsNames);
    }

    /**
     * The target Secret's name as text.
     *
     * @return the name, empty when {@code spec.secretName} is not a scalar
     */
    public String targetSecret() {
        return secretName.text().orElse("");
    }

    /**
     * Whether this Certificate lives in a namespace, as {@link KubernetesSecret#inNamespace} decides it.
     *
     * @param other a namespace, or empty
     * @return false only when both are stated and differ
     */
    public boolean inNamespace(Optional<String> other) {
        return ClusterObjects.sameNamespace(namespace, other);
    }

    /**
     * Where the Certificate is, for messages: e.g. {@code the Certificate `https-cert` (tls/cert.yaml, line 7)}.
     *
     * @return the phrase
     */
    public String describe() {
        return "the Certificate " + (name.isPresent() ? "`" + name.get() + "` " : "") + "(" + file + ", line "
                + secretName.position().line() + ")";
    }
}
