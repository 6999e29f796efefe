package dev.gitpodconfig.model;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the certificate rules read of the leaf certificate in a {@code kubernetes.io/tls} Secret's
 * {@code tls.crt}: its DNS names and when it expires. Parsed with the JDK's X.509 parser; the certificate
 * itself is not kept, and {@link #toString()} shows nothing of it.
 *
 * @param dnsNames the DNS names of its subject alternative names, lower case, in certificate order (browsers
 *     and Go ignore the subject's common name when a certificate has any)
 * @param notAfter the end of its validity
 */
public record TlsCertificate(List<String> dnsNames, Instant notAfter) {

    /** The subject alternative name type of a DNS name (RFC 5280, {@code dNSName [2]}). */
    private static final int DNS_NAME = 2;

    /**
     * Copies the names.
     *
     * @param dnsNames DNS names
     * @param notAfter end of validity
     */
    public TlsCertificate {
        dnsNames = List.copyOf(dnsNames);
    }

    /**
     * Reads the first certificate of a PEM chain (the server's own, which comes first in {@code tls.crt}).
     *
     * @param content the {@code tls.crt} value
     * @return the certificate, empty when the value is not base64 or holds no X.509 certificate
     */
    public static Optional<TlsCertificate> parse(KubernetesSecret.Content content) {
        Optional<byte[]> bytes = content.bytes();
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            Collection<? extends java.security.cert.Certificate> chain =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes.get()));
            if (chain.isEmpty() || !(chain.iterator().next() instanceof X509Certificate leaf)) {
                return Optional.empty();
            }
            return Optional.of(
                    new TlsCertificate(dnsNames(leaf), leaf.getNotAfter().toInstant()));
        } catch (CertificateException | RuntimeException notACertificate) {
            // The parser's messages may quote the input; none is passed on.
            return Optional.empty();
        }
    }

    private static List<String> dnsNames(X509Certificate certificate) throws CertificateParsingException {
        List<String> names = new ArrayList<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            for (List<?> alternative : alternatives) {
                if (alternative.size() == 2
                        && alternative.get(0) instanceof Integer type
                        && type == DNS_NAME
                        && alternative.get(1) instanceof String name) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /**
     * Whether a list of DNS names covers a host name as TLS clients match it (RFC 6125): equal ignoring case, or
     * a wildcard {@code *.parent} for a name one label below {@code parent}. A wildcard name to cover
     * ({@code *.ws.example.com}, for every workspace host) is covered only by the same wildcard.
     *
     * @param names the certificate's DNS names
     * @param host the name to cover, possibly a wildcard
     * @return true when covered
     */
    public static boolean covers(List<String> names, String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        for (String raw : names) {
            String name = raw.toLowerCase(Locale.ROOT);
            if (name.equals(wanted)) {
                return true;
            }
            int dot = wanted.indexOf('.');
            if (name.startsWith("*.")
                    && !wanted.startsWith("*.")
                    && dot > 0
                    && wanted.substring(dot + 1).equals(name.substring(2))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TlsCertificate[hidden]";
    }
}
