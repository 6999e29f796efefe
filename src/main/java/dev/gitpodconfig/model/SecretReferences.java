package dev.gitpodconfig.model;

import dev.gitpodconfig.load.LoadedDocument;
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

    /** The keys the installer requires of each Secret it checks, by the block whose {@code name} names it. */
    private static final List<Required> REQUIRED = List.of(
            new Required("certificate", true, "tls.crt", "tls.key"),
            new Required("objectStorage.cloudStorage.serviceAccount", true, "service-account.json"),
            new Required("objectStorage.azure.credentials", true, "accountName", "accountKey"),
            new Required("objectStorage.s3.credentials", true, "accessKeyId", "secretAccessKey"),
            new Required("containerRegistry.external.certificate", true, RegistryCredentialsReader.DOCKER_CONFIG_KEY),
            new Required("containerRegistry.s3storage.certificate", true, "s3AccessKey", "s3SecretKey"),
            new Required("database.cloudSQL.serviceAccount", true, "credentials.json", "encryptionKeys", "password", "username"),
            new Required("database.external.certificate", true, "encryptionKeys", "host", "password", "port", "username"),
            new Required("database.ssl.caCert", true, "ca.crt"),
            new Required("license", false, "license"),
            new Required("authProviders[]", false, "provider"),
            new Required("sshGatewayHostKey", false),
            new Required("customCACert", false, "ca.crt"));

    /** One row of the table: the setting's path (a {@code []} segment for each item of a list) and its keys. */
    private record Required(String setting, boolean decidesDependency, String... keys) {}

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
            collect(config, config.root(), required.setting().split("\\."), 0, "", required, references);
        }
        return new SecretReferences(namespace, references);
    }

    private static void collect(GitpodConfig config, YamlMapping mapping, String[] segments, int at, String path,
            Required required, List<SecretReference> into) {
        String segment = segments[at];
        boolean list = segment.endsWith("[]");
        String key = list ? segment.substring(0, segment.length() - 2) : segment;
        String keyPath = path.isEmpty() ? key : path + "." + key;
        Optional<YamlNode> value = mapping.get(key);
        if (value.isEmpty()) {
            return;
        }
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

    private static void descend(GitpodConfig config, YamlMapping block, String[] segments, int at, String path,
            Required required, List<SecretReference> into) {
        if (at + 1 < segments.length) {
            collect(config, block, segments, at + 1, path, required, into);
            return;
        }
        Optional<YamlMapping.Entry> name = block.entry("name");
        if (name.isPresent() && name.get().value() instanceof YamlScalar) {
            into.add(new SecretReference(config.pathOf(path), ConfigValue.of(config.pathOf(path + ".name"), name.get().value()),
                    List.of(required.keys()), required.decidesDependency()));
        }
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
            if (reference.secretName().isPresent() && reference.secretName().get().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
