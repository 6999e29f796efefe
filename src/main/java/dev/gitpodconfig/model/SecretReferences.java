package dev.gitpodconfig.model;

import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Secrets an installer config names, as the installer's {@code validate cluster} checks them
 * ({@code ClusterValidation} at 2022.11.3): a reference counts when its block is present, as the
 * installer tests its pointer, whether or not another setting makes the block unused. KOTS ConfigValues
 * name no Secrets (KOTS makes them from its items), so they have none.
 *
 * @param namespace the namespace the config states (an Installation resource's {@code metadata.namespace});
 *     an installer config file states none
 * @param references the references in the installer's order
 */
public record SecretReferences(Optional<String> namespace, List<SecretReference> references) {

    /** The block whose name defaults when the config leaves it out. */
    private static final String CERTIFICATE = "certificate";

    /** The keys the installer requires of each Secret it checks, by the block whose {@code name} names it. */
    private static final List<Required> REQUIRED = List.of(
            required(CERTIFICATE, true, "tls.crt", "tls.key"),
            required("objectStorage.cloudStorage.serviceAccount", true, "service-account.json"),
            required("objectStorage.azure.credentials", true, "accountName", "accountKey"),
            required("objectStorage.s3.credentials", true, "accessKeyId", "secretAccessKey"),
            required("containerRegistry.external.certificate", true, RegistryCredentialsReader.DOCKER_CONFIG_KEY),
            required("containerRegistry.s3storage.certificate", true, "s3AccessKey", "s3SecretKey"),
            required(
                    "database.cloudSQL.serviceAccount",
                    true,
                    "credentials.json",
                    "encryptionKeys",
                    "password",
                    "username"),
            required("database.external.certificate", true, "encryptionKeys", "host", "password", "port", "username"),
            required("database.ssl.caCert", true, "ca.crt"),
            required("license", false, "license"),
            required("authProviders[]", false, "provider"),
            required("sshGatewayHostKey", false),
            required("customCACert", false, "ca.crt"));

    /** The installer's default for {@code certificate.name}. */
    public static final String DEFAULT_CERTIFICATE = "https-certificates";

    /** One row of the table: the setting's path (a {@code []} segment for each item of a list) and its keys. */
    private record Required(String setting, boolean decidesDependency, List<String> keys) {}

    private static Required required(String setting, boolean decidesDependency, String... keys) {
        return new Required(setting, decidesDependency, List.of(keys));
    }

    /**
     * Creates the references; the list is copied.
     *
     * @param namespace the stated namespace
     * @param references the references
     */
    public SecretReferences {
        references = List.copyOf(references);
    }

    /**
     * Reads the references of a configuration.
     *
     * @param config the typed view
     * @param kind the kind of the document it was read from
     * @param document the document
     * @return the references, none for KOTS ConfigValues
     */
    public static SecretReferences of(GitpodConfig config, DocumentKind kind, LoadedDocument document) {
        if (config.format() != GitpodConfig.Format.INSTALLER) {
            return new SecretReferences(Optional.empty(), List.of());
        }
        Optional<String> namespace = Optional.empty();
        if (kind == DocumentKind.INSTALLATION_CR && document.root().orElse(null) instanceof YamlMapping resource) {
            Optional<YamlMapping> metadata = resource.mapping("metadata");
            namespace = metadata.isPresent() ? metadata.get().text("namespace") : Optional.empty();
        }
        List<SecretReference> references = new ArrayList<>();
        for (Required required : REQUIRED) {
            if (required.setting().equals(CERTIFICATE) && keepsDefaultName(config.root(), required.setting())) {
                references.add(defaultCertificate(config, required));
            } else {
                collect(config, config.root(), required.setting().split("\\."), 0, "", required, references);
            }
        }
        return new SecretReferences(namespace, references);
    }

    /**
     * The installer's default {@code certificate.name}, which it checks when the config leaves the name out (or
     * null): reported where the {@code certificate} block is, else at the top of the config.
     */
    private static SecretReference defaultCertificate(GitpodConfig config, Required required) {
        Optional<YamlMapping.Entry> block = field(config.root(), required.setting());
        Position anchor =
                block.isPresent() ? block.get().key().position() : config.root().position();
        return new SecretReference(
                config.pathOf(required.setting()),
                ConfigValue.defaulted(config.pathOf(required.setting() + ".name"), DEFAULT_CERTIFICATE, anchor),
                required.keys(),
                required.decidesDependency());
    }

    private static void collect(
            GitpodConfig config,
            YamlMapping mapping,
            String[] segments,
            int at,
            String path,
            Required required,
            List<SecretReference> into) {
        String segment = segments[at];
        boolean list = segment.endsWith("[]");
        String key = list ? segment.substring(0, segment.length() - 2) : segment;
        String keyPath = path.isEmpty() ? key : path + "." + key;
        Optional<YamlMapping.Entry> found = field(mapping, key);
        if (found.isEmpty()) {
            return;
        }
        Optional<YamlNode> value = Optional.of(found.get().value());
        if (list) {
            if (value.get() instanceof YamlSequence items) {
                int i = 0;
                for (YamlNode item : items.items()) {
                    if (item instanceof YamlMapping itemMapping) {
                        descend(config, itemMapping, segments, at, keyPath + "[" + i + "]", required, into);
                    }
                    i++;
                }
            }
        } else if (value.get() instanceof YamlMapping child) {
            descend(config, child, segments, at, keyPath, required, into);
        }
    }

    private static void descend(
            GitpodConfig config,
            YamlMapping block,
            String[] segments,
            int at,
            String path,
            Required required,
            List<SecretReference> into) {
        if (at + 1 < segments.length) {
            collect(config, block, segments, at + 1, path, required, into);
            return;
        }
        Optional<YamlMapping.Entry> name = field(block, "name");
        // A null name keeps the installer's default, as an absent one does. The installer turns a number or a
        // boolean into the text of its value (0777 into 511): such a name is left to config-wrong-type.
        if (name.isPresent()
                && name.get().value() instanceof YamlScalar scalar
                && scalar.type() == YamlScalar.ScalarType.STRING) {
            ConfigValue value =
                    ConfigValue.of(config.pathOf(path + ".name"), name.get().value());
            into.add(new SecretReference(config.pathOf(path), value, required.keys(), required.decidesDependency()));
        }
    }

    /** Whether the installer keeps its default name for a block: the block, or its name, is absent or null. */
    private static boolean keepsDefaultName(YamlMapping root, String setting) {
        Optional<YamlMapping.Entry> block = field(root, setting);
        if (block.isEmpty() || (block.get().value() instanceof YamlScalar scalar && scalar.isNull())) {
            return true;
        }
        if (!(block.get().value() instanceof YamlMapping mapping)) {
            return false;
        }
        Optional<YamlMapping.Entry> name = field(mapping, "name");
        return name.isEmpty() || (name.get().value() instanceof YamlScalar scalar && scalar.isNull());
    }

    /**
     * The entry the installer decodes a field from: Go's JSON decoding, which the installer's YAML decoding
     * ends in, matches field names ignoring case, and of several matching keys the last wins.
     */
    private static Optional<YamlMapping.Entry> field(YamlMapping mapping, String name) {
        YamlMapping.Entry found = null;
        for (YamlMapping.Entry entry : mapping.entries()) {
            if (entry.key().value().equalsIgnoreCase(name)) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether another reference of this config names a Secret: such a Secret is no "did you mean" for a
     * reference it does not belong to.
     *
     * @param name a Secret name
     * @return true when a reference names it
     */
    public boolean names(String name) {
        for (SecretReference reference : references) {
            if (reference.secretName().isPresent()
                    && reference.secretName().get().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
