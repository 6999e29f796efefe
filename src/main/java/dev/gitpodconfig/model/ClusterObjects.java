package dev.gitpodconfig.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes objects of every checked file that an installer config refers to: the Secrets
 * (plain, sealed or external) by name, and the cert-manager Certificates by the Secret they write. The
 * config names a Secret ({@code objectStorage.s3.credentials.name}) that a GitOps repository usually
 * keeps in another file, so rules look it up here. Immutable and thread-safe.
 */
public final class ClusterObjects {

    /** An index without objects. */
    public static final ClusterObjects EMPTY = new ClusterObjects(List.of(), List.of());

    private final List<KubernetesSecret> secrets;
    private final List<CertManagerCertificate> certificates;
    private final Map<String, List<KubernetesSecret>> secretsByName;
    private final Map<String, List<CertManagerCertificate>> certificatesBySecret;

    private ClusterObjects(Collection<KubernetesSecret> secrets, Collection<CertManagerCertificate> certificates) {
        // Loops rather than stream collectors: the index is built in every build, and in a clean build each
        // lambda costs a class spun at first use (see the README's Performance section).
        this.secrets = List.copyOf(secrets);
        this.certificates = List.copyOf(certificates);
        Map<String, List<KubernetesSecret>> byName = new HashMap<>();
        for (KubernetesSecret secret : this.secrets) {
            add(byName, secret.secretName(), secret);
        }
        Map<String, List<CertManagerCertificate>> bySecret = new HashMap<>();
        for (CertManagerCertificate certificate : this.certificates) {
            add(bySecret, certificate.targetSecret(), certificate);
        }
        this.secretsByName = frozen(byName);
        this.certificatesBySecret = frozen(bySecret);
    }

    private static <T> void add(Map<String, List<T>> groups, String key, T object) {
        List<T> group = groups.get(key);
        if (group == null) {
            group = new ArrayList<>();
            groups.put(key, group);
        }
        group.add(object);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> groups) {
        for (Map.Entry<String, List<T>> group : groups.entrySet()) {
            group.setValue(List.copyOf(group.getValue()));
        }
        return Map.copyOf(groups);
    }

    /**
     * Builds an index.
     *
     * @param secrets the Secrets of all checked files, in the order the files were read
     * @param certificates the cert-manager Certificates of all checked files
     * @return the index
     */
    public static ClusterObjects of(
            Collection<KubernetesSecret> secrets, Collection<CertManagerCertificate> certificates) {
        return secrets.isEmpty() && certificates.isEmpty() ? EMPTY : new ClusterObjects(secrets, certificates);
    }

    /**
     * Whether two namespaces can be the same: the installer looks for a Secret in the namespace it
     * installs to, which neither file need state, so only two stated, different namespaces rule a match out.
     *
     * @param one a namespace, or empty
     * @param other another namespace, or empty
     * @return false only when both are stated and differ
     */
    public static boolean sameNamespace(Optional<String> one, Optional<String> other) {
        return one.isEmpty() || other.isEmpty() || one.get().equals(other.get());
    }

    /**
     * All Secrets, in the order the files were read.
     *
     * @return the Secrets
     */
    public List<KubernetesSecret> secrets() {
        return secrets;
    }

    /**
     * All cert-manager Certificates, in the order the files were read.
     *
     * @return the Certificates
     */
    public List<CertManagerCertificate> certificates() {
        return certificates;
    }

    /**
     * The Secrets an installer config's reference resolves to: those of that name whose namespace can be
     * the config's. A Secret in the config's own file wins (a multi-document file is the strongest link);
     * otherwise every match in the checked files.
     *
     * @param file the referring config's file
     * @param name the referenced name
     * @param namespace the config's namespace, when its document states one
     * @return the Secrets, empty when none is among the checked files
     */
    public List<KubernetesSecret> secretsFor(String file, String name, Optional<String> namespace) {
        List<KubernetesSecret> matching = new ArrayList<>();
        List<KubernetesSecret> sameFile = new ArrayList<>();
        for (KubernetesSecret secret : secretsByName.getOrDefault(name, List.of())) {
            if (secret.inNamespace(namespace)) {
                matching.add(secret);
                if (secret.file().equals(file)) {
                    sameFile.add(secret);
                }
            }
        }
        return List.copyOf(sameFile.isEmpty() ? matching : sameFile);
    }

    /**
     * The cert-manager Certificates that write the Secret a config names, chosen as
     * {@link #secretsFor} chooses Secrets.
     *
     * @param file the referring config's file
     * @param secretName the referenced Secret's name ({@code certificate.name})
     * @param namespace the config's namespace, when its document states one
     * @return the Certificates, empty when none is among the checked files
     */
    public List<CertManagerCertificate> certificatesFor(String file, String secretName, Optional<String> namespace) {
        List<CertManagerCertificate> matching = new ArrayList<>();
        List<CertManagerCertificate> sameFile = new ArrayList<>();
        for (CertManagerCertificate certificate : certificatesBySecret.getOrDefault(secretName, List.of())) {
            if (certificate.inNamespace(namespace)) {
                matching.add(certificate);
                if (certificate.file().equals(file)) {
                    sameFile.add(certificate);
                }
            }
        }
        return List.copyOf(sameFile.isEmpty() ? matching : sameFile);
    }
}
