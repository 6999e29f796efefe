package dev.gitpodconfig.model;

import dev.gitpodconfig.load.ByteSearch;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Kubernetes objects an installer config refers to from one document: a {@code Secret}, a
 * Bitnami {@code SealedSecret}, an External Secrets {@code ExternalSecret} ({@link KubernetesSecret}),
 * or a cert-manager {@code Certificate} ({@link CertManagerCertificate}). Only names, namespaces, types
 * and key names are read; of the values, only a plain Secret's {@code tls.crt}, kept unprinted.
 * Stateless and thread-safe.
 */
public final class ClusterObjectsReader {

    /** Every kind read here ends in one of these words: the byte test before a file is parsed looks for them. */
    private static final List<byte[]> ASCII_MARKERS =
            List.of("Secret".getBytes(StandardCharsets.US_ASCII), "Certificate".getBytes(StandardCharsets.US_ASCII));

    private ClusterObjectsReader() {}

    /**
     * Whether a file's raw bytes may hold an object read here: its {@code kind} names it. A cheap test
     * before anything is parsed; files in an encoding that is not ASCII-compatible always pass it.
     *
     * @param bytes the file's content
     * @param charset the encoding assumed for files without a byte-order mark
     * @return false only when the file cannot hold such an object
     */
    public static boolean mayHoldObjects(byte[] bytes, Charset charset) {
        for (byte[] marker : ASCII_MARKERS) {
            if (ByteSearch.contains(bytes, marker)) {
                return true;
            }
        }
        return RegistryCredentialsReader.mayBeWide(bytes, charset);
    }

    /**
     * Reads the Secret a document defines or makes.
     *
     * @param root the document's root, or empty
     * @param file the file, relative to the project base directory
     * @param document the document's index
     * @return the Secret, empty unless the document is a named Secret, SealedSecret or ExternalSecret
     */
    public static Optional<KubernetesSecret> secret(Optional<YamlNode> root, String file, int document) {
        if (root.isEmpty() || !(root.get() instanceof YamlMapping object)) {
            return Optional.empty();
        }
        String kind = object.text("kind").orElse("");
        String apiVersion = object.text("apiVersion").orElse("");
        if (kind.equals("Secret") && apiVersion.equals("v1")) {
            return plainSecret(object, file, document);
        }
        if (kind.equals("SealedSecret") && apiVersion.startsWith("bitnami.com/")) {
            return sealedSecret(object, file, document);
        }
        if (kind.equals("ExternalSecret") && apiVersion.startsWith("external-secrets.io/")) {
            return externalSecret(object, file, document);
        }
        return Optional.empty();
    }

    /**
     * Reads the cert-manager Certificate a document defines.
     *
     * @param root the document's root, or empty
     * @param file the file, relative to the project base directory
     * @param document the document's index
     * @return the Certificate, empty unless the document is a Certificate of {@code cert-manager.io} with a
     *     {@code spec.secretName}
     */
    public static Optional<CertManagerCertificate> certificate(Optional<YamlNode> root, String file, int document) {
        if (root.isEmpty()
                || !(root.get() instanceof YamlMapping object)
                || !object.text("kind").orElse("").equals("Certificate")
                || !object.text("apiVersion").orElse("").startsWith("cert-manager.io/")) {
            return Optional.empty();
        }
        Optional<YamlMapping> spec = object.mapping("spec");
        Optional<YamlMapping.Entry> secretName = spec.isPresent() ? spec.get().entry("secretName") : Optional.empty();
        if (secretName.isEmpty() || !(secretName.get().value() instanceof YamlScalar)) {
            return Optional.empty();
        }
        Optional<ConfigValue> commonName = Optional.empty();
        Optional<YamlMapping.Entry> common = spec.get().entry("commonName");
        if (common.isPresent() && common.get().value() instanceof YamlScalar) {
            commonName =
                    Optional.of(ConfigValue.of("spec.commonName", common.get().value()));
        }
        List<ConfigValue> dnsNames = new ArrayList<>();
        if (spec.get().get("dnsNames").orElse(null) instanceof YamlSequence names) {
            int i = 0;
            for (YamlNode item : names.items()) {
                if (item instanceof YamlScalar) {
                    dnsNames.add(ConfigValue.of("spec.dnsNames[" + i + "]", item));
                }
                i++;
            }
        }
        Optional<YamlMapping> metadata = object.mapping("metadata");
        return Optional.of(new CertManagerCertificate(
                file,
                document,
                text(metadata, "name"),
                text(metadata, "namespace"),
                ConfigValue.of("spec.secretName", secretName.get().value()),
                commonName,
                dnsNames));
    }

    private static Optional<KubernetesSecret> plainSecret(YamlMapping object, String file, int document) {
        Optional<YamlMapping> metadata = object.mapping("metadata");
        Optional<ConfigValue> name = name(metadata, "metadata.name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        Optional<KubernetesSecret.Content> certificate = Optional.empty();
        // The API server merges stringData over data, so a key in stringData wins.
        for (String field : new String[] {"data", "stringData"}) {
            Optional<YamlMapping> values = object.mapping(field);
            if (values.isEmpty()) {
                continue;
            }
            for (YamlMapping.Entry entry : values.get().entries()) {
                keys.add(entry.key().value());
                if (entry.key().value().equals(KubernetesSecret.TLS_CERTIFICATE_KEY)
                        && entry.value() instanceof YamlScalar scalar
                        && !scalar.isNull()) {
                    certificate = Optional.of(new KubernetesSecret.Content(scalar.value(), field.equals("data")));
                }
            }
        }
        return Optional.of(new KubernetesSecret(
                KubernetesSecret.Source.SECRET,
                file,
                document,
                name.get(),
                text(metadata, "namespace"),
                object.text("type"),
                List.copyOf(keys),
                true,
                certificate));
    }

    private static Optional<KubernetesSecret> sealedSecret(YamlMapping object, String file, int document) {
        Optional<YamlMapping> metadata = object.mapping("metadata");
        Optional<YamlMapping> template = object.mappingAt("spec", "template");
        Optional<YamlMapping> templateMetadata =
                template.isPresent() ? template.get().mapping("metadata") : Optional.empty();
        // The controller names the Secret after the SealedSecret; the template's name stands in when a
        // generator leaves metadata.name to be filled in later.
        Optional<ConfigValue> name = name(metadata, "metadata.name");
        if (name.isEmpty()) {
            name = name(templateMetadata, "spec.template.metadata.name");
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> namespace = text(metadata, "namespace");
        if (namespace.isEmpty()) {
            namespace = text(templateMetadata, "namespace");
        }
        Optional<YamlMapping> encrypted = object.mappingAt("spec", "encryptedData");
        List<String> keys = new ArrayList<>();
        if (encrypted.isPresent()) {
            for (YamlMapping.Entry entry : encrypted.get().entries()) {
                keys.add(entry.key().value());
            }
        }
        return Optional.of(new KubernetesSecret(
                KubernetesSecret.Source.SEALED_SECRET,
                file,
                document,
                name.get(),
                namespace,
                text(template, "type"),
                keys,
                true,
                Optional.empty()));
    }

    private static Optional<KubernetesSecret> externalSecret(YamlMapping object, String file, int document) {
        Optional<YamlMapping> metadata = object.mapping("metadata");
        Optional<YamlMapping> spec = object.mapping("spec");
        Optional<YamlMapping> target = spec.isPresent() ? spec.get().mapping("target") : Optional.empty();
        Optional<ConfigValue> name = name(target, "spec.target.name");
        if (name.isEmpty()) {
            name = name(metadata, "metadata.name");
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        boolean known = spec.isEmpty() || spec.get().get("dataFrom").isEmpty();
        if (spec.isPresent() && spec.get().get("data").orElse(null) instanceof YamlSequence data) {
            for (YamlNode item : data.items()) {
                Optional<String> key = item instanceof YamlMapping entry ? entry.text("secretKey") : Optional.empty();
                if (key.isPresent()) {
                    keys.add(key.get());
                } else {
                    known = false; // a key this reader cannot name, e.g. a template placeholder
                }
            }
        }
        // v1beta1 has the template at spec.target.template; spec.template is accepted for older manifests.
        Optional<YamlMapping> template = target.isPresent() ? target.get().mapping("template") : Optional.empty();
        if (template.isEmpty() && spec.isPresent()) {
            template = spec.get().mapping("template");
        }
        if (template.isPresent()) {
            Optional<YamlMapping> templateData = template.get().mapping("data");
            if (templateData.isPresent()) {
                for (YamlMapping.Entry entry : templateData.get().entries()) {
                    keys.add(entry.key().value());
                }
            }
            if (template.get().get("templateFrom").isPresent()) {
                known = false;
            }
        }
        return Optional.of(new KubernetesSecret(
                KubernetesSecret.Source.EXTERNAL_SECRET,
                file,
                document,
                name.get(),
                text(metadata, "namespace"),
                text(template, "type"),
                List.copyOf(keys),
                known,
                Optional.empty()));
    }

    private static Optional<ConfigValue> name(Optional<YamlMapping> mapping, String path) {
        Optional<YamlMapping.Entry> entry = mapping.isPresent() ? mapping.get().entry("name") : Optional.empty();
        if (entry.isEmpty()
                || !(entry.get().value() instanceof YamlScalar scalar)
                || scalar.isNull()
                || scalar.value().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ConfigValue.of(path, scalar));
    }

    private static Optional<String> text(Optional<YamlMapping> mapping, String key) {
        return mapping.isPresent() ? mapping.get().text(key) : Optional.empty();
    }
}
