package dev.gitpodconfig.model;

import java.util.List;
import java.util.Optional;

/**
 * A Secret that one document of the checked files defines or makes: a Kubernetes {@code Secret} of any
 * type, a Bitnami {@code SealedSecret}, or an External Secrets {@code ExternalSecret}. It holds what the
 * checks compare with an installer config's references: the name, the namespace, the type and the key
 * names. Values are not kept, except a plain Secret's {@code tls.crt}, behind {@link Content}, which
 * never prints it.
 *
 * @param source what kind of object makes the Secret
 * @param file the file, relative to the project base directory
 * @param document the 0-based index of the document in its file
 * @param name the name of the Secret made (a Secret's {@code metadata.name}; a SealedSecret's
 *     {@code metadata.name}, else {@code spec.template.metadata.name}; an ExternalSecret's
 *     {@code spec.target.name}, else {@code metadata.name}), with its position
 * @param namespace the namespace, when the document states one
 * @param type the Secret's {@code type} when stated (for a SealedSecret {@code spec.template.type}, for an
 *     ExternalSecret {@code spec.target.template.type}); the API server's default is {@code Opaque}
 * @param keys the key names the Secret has, in document order, each once: {@code data} and
 *     {@code stringData} of a Secret, {@code spec.encryptedData} of a SealedSecret,
 *     {@code spec.data[].secretKey} and template {@code data} of an ExternalSecret
 * @param keysKnown false when the Secret may have further keys that the files do not list (an
 *     ExternalSecret with {@code dataFrom} or a template with {@code templateFrom}): then no key may
 *     be reported missing
 * @param tlsCertificate a plain Secret's {@code tls.crt}, for the certificate rules; empty for other
 *     objects and Secrets without one
 */
public record KubernetesSecret(
        Source source,
        String file,
        int document,
        ConfigValue name,
        Optional<String> namespace,
        Optional<String> type,
        List<String> keys,
        boolean keysKnown,
        Optional<Content> tlsCertificate) {

    /** The key of a TLS Secret that holds the PEM certificate chain. */
    public static final String TLS_CERTIFICATE_KEY = "tls.crt";

    /** The kinds of object that make a Secret. */
    public enum Source {
        /** A Kubernetes {@code Secret} ({@code v1}). */
        SECRET("Secret"),
        /** A Bitnami {@code SealedSecret} ({@code bitnami.com/v1alpha1}): the controller makes the Secret. */
        SEALED_SECRET("SealedSecret"),
        /** An External Secrets {@code ExternalSecret} ({@code external-secrets.io}): the operator makes the Secret. */
        EXTERNAL_SECRET("ExternalSecret");

        private final String kind;

        Source(String kind) {
            this.kind = kind;
        }

        /**
         * The object's {@code kind}, as the file writes it.
         *
         * @return e.g. {@code SealedSecret}
         */
        public String kind() {
            return kind;
        }
    }

    /**
     * Creates the view; the list is copied.
     *
     * @param source kind of object
     * @param file file
     * @param document document index
     * @param name the Secret's name
     * @param namespace namespace
     * @param type Secret type
     * @param keys key names
     * @param keysKnown whether the key names are all known
     * @param tlsCertificate the {@code tls.crt} content
     */
    public KubernetesSecret {
        keys = List.copyOf(keys);
    }

    /**
     * The Secret's name as text.
     *
     * @return the name
     */
    public String secretName() {
        return name.text().orElse("");
    }

    /**
     * The line the name is written on, for messages that point the reader to the Secret.
     *
     * @return the 1-based line
     */
    public int line() {
        return name.position().line();
    }

    /**
     * Whether the Secret has a key.
     *
     * @param key the key name
     * @return true when it is among {@link #keys()}
     */
    public boolean hasKey(String key) {
        return keys.contains(key);
    }

    /**
     * Whether this Secret lives in a namespace: always when either side states none (the installer
     * looks in the namespace it installs to, which the files need not say), otherwise when both are equal.
     *
     * @param other a namespace, or empty
     * @return false only when both are stated and differ
     */
    public boolean inNamespace(Optional<String> other) {
        return ClusterObjects.sameNamespace(namespace, other);
    }

    /**
     * Where the Secret is, for messages: e.g. {@code the SealedSecret `storage-s3` (secrets/s3.yaml, line 4)}.
     *
     * @return the phrase
     */
    public String describe() {
        return "the " + source.kind() + " `" + secretName() + "` (" + file + ", line " + line() + ")";
    }

    /**
     * A value read from a Secret that must never be printed: {@link #toString()} hides it, and only
     * {@link #bytes()} gives it out, to a rule that parses it without quoting it.
     */
    public static final class Content {
        private final String text;
        private final boolean base64;

        /**
         * Wraps a value.
         *
         * @param text the value as written
         * @param base64 true for a value under {@code data}, which Kubernetes stores base64-encoded
         */
        public Content(String text, boolean base64) {
            this.text = text;
            this.base64 = base64;
        }

        /**
         * The value's bytes, decoded from base64 for a {@code data} value.
         *
         * @return the bytes, empty when a {@code data} value is not valid base64
         */
        public Optional<byte[]> bytes() {
            if (!base64) {
                return Optional.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            try {
                // Kubernetes decodes data values like Go's base64.StdEncoding, which skips line breaks.
                return Optional.of(java.util.Base64.getDecoder()
                        .decode(text.replace("\r", "").replace("\n", "")));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return "Content[hidden]";
        }
    }
}
