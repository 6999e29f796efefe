package dev.gitpodconfig.model;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the typed view of an installer config, applying the installer's defaults:
 * everything absent is in-cluster, and a setting another setting switches off is listed as ignored.
 * A value of the wrong type is treated as absent here; the {@code config-wrong-type} rule reports it.
 */
public final class InstallerConfigReader {

    /** The object storage provider blocks, in the order the schema lists them. */
    private static final List<String> STORAGE_BLOCKS = List.of("s3", "cloudStorage", "azure");

    /**
     * Reads a config.
     *
     * @param root the config mapping
     * @param rootPath its YAML path: empty, or {@code spec.config} inside an Installation resource
     * @return the view
     */
    public GitpodConfig read(YamlMapping root, String rootPath) {
        InstallerDecoder.Result decoded = InstallerDecoder.decode(root, isWholeConfig(root));
        // The typed view reads what the installer reads: key spellings resolved, YAML 1.1 scalars converted.
        YamlMapping effective = decoded.effective();
        Paths paths = new Paths(rootPath, effective);
        List<IgnoredSetting> ignored = new ArrayList<>();
        ContainerRegistry registry = readRegistry(effective, paths, ignored);
        ObjectStorage storage = readStorage(effective, paths, ignored);
        Database database = DatabaseReader.installer(effective, paths, ignored);
        Optional<ConfigValue> repository = paths.value(effective, "repository", "repository");
        return new GitpodConfig(
                        GitpodConfig.Format.INSTALLER,
                        root,
                        rootPath,
                        registry,
                        storage,
                        repository,
                        ignored,
                        decoded.problems())
                .with(
                        database,
                        paths.value(effective, "domain", "domain"),
                        Optional.of(certificateName(effective, paths)));
    }

    /**
     * Whether a document is a whole installer config, held to every {@code required} check, rather than a
     * partial overlay (a KOTS config patch, a Terraform fragment): the installer's own files state
     * {@code apiVersion} or {@code kind}.
     */
    private static boolean isWholeConfig(YamlMapping root) {
        for (YamlMapping.Entry entry : root.entries()) {
            String key = entry.key().value();
            if (key.equalsIgnoreCase("apiVersion") || key.equalsIgnoreCase("kind")) {
                return true;
            }
        }
        return false;
    }

    private static ContainerRegistry readRegistry(YamlMapping root, Paths paths, List<IgnoredSetting> ignored) {
        ConfigValue declaredAt = paths.keyOrDocument(root, "containerRegistry", "containerRegistry");
        Optional<YamlMapping> registry = root.mapping("containerRegistry");
        if (registry.isEmpty()) {
            return new ContainerRegistry(true, Optional.empty(), Optional.empty(), Optional.empty(), declaredAt);
        }
        YamlMapping map = registry.get();
        Optional<ConfigValue> inClusterValue = paths.value(map, "inCluster", "containerRegistry.inCluster");
        boolean inCluster = booleanOr(inClusterValue, true);
        // A non-boolean inCluster ("false" in quotes) makes the installer reject the file: nothing is "ignored" then.
        boolean switchKnown = isBooleanOrAbsent(inClusterValue);
        Optional<YamlMapping> external = map.mapping("external");
        Optional<YamlMapping> s3storage = map.mapping("s3storage");

        Optional<ContainerRegistry.ExternalRegistry> externalRegistry = Optional.empty();
        if (!inCluster) {
            ConfigValue externalAt = external.isPresent()
                    ? paths.key(map, "external", "containerRegistry.external")
                    : inClusterValue.orElse(declaredAt);
            externalRegistry = Optional.of(new ContainerRegistry.ExternalRegistry(
                    external.isPresent()
                            ? paths.value(external.get(), "url", "containerRegistry.external.url")
                            : Optional.empty(),
                    Optional.empty(),
                    external.isPresent()
                            ? paths.secretName(external.get(), "certificate", "containerRegistry.external.certificate")
                            : Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    externalAt));
            if (s3storage.isPresent()) {
                ignored.add(new IgnoredSetting(
                        paths.key(map, "s3storage", "containerRegistry.s3storage"),
                        "containerRegistry.s3storage only configures the in-cluster registry, and inCluster is false",
                        "remove containerRegistry.s3storage, or set containerRegistry.inCluster: true to use it"));
            }
        } else if (external.isPresent() && switchKnown) {
            ignored.add(new IgnoredSetting(
                    paths.key(map, "external", "containerRegistry.external"),
                    "containerRegistry.external is ignored because containerRegistry.inCluster is "
                            + (inClusterValue.isPresent() ? "true" : "true by default"),
                    "remove containerRegistry.external, or set containerRegistry.inCluster: false to use it"));
        }

        Optional<ContainerRegistry.S3Backend> backend = Optional.empty();
        if (inCluster && s3storage.isPresent()) {
            YamlMapping s3 = s3storage.get();
            String base = "containerRegistry.s3storage";
            backend = Optional.of(new ContainerRegistry.S3Backend(
                    paths.value(s3, "bucket", base + ".bucket"),
                    paths.value(s3, "region", base + ".region"),
                    paths.value(s3, "endpoint", base + ".endpoint"),
                    paths.secretName(s3, "certificate", base + ".certificate"),
                    Optional.empty(),
                    Optional.empty(),
                    paths.key(map, "s3storage", base)));
        }
        return new ContainerRegistry(inCluster, inClusterValue, externalRegistry, backend, declaredAt);
    }

    private static ObjectStorage readStorage(YamlMapping root, Paths paths, List<IgnoredSetting> ignored) {
        ConfigValue declaredAt = paths.keyOrDocument(root, "objectStorage", "objectStorage");
        Optional<YamlMapping> metadata = root.mapping("metadata");
        Optional<ConfigValue> region =
                metadata.isPresent() ? paths.value(metadata.get(), "region", "metadata.region") : Optional.empty();
        if (region.isEmpty() || (region.get().node() instanceof YamlScalar scalar && scalar.isNull())) {
            // A null string leaves the installer's default in place (encoding/json skips null for a string).
            Position anchor = region.isPresent()
                    ? region.get().position()
                    : paths.keyOrDocument(root, "metadata", "metadata").position();
            region = Optional.of(ConfigValue.defaulted(paths.full("metadata.region"), "local", anchor));
        }
        Optional<YamlMapping> storage = root.mapping("objectStorage");
        if (storage.isEmpty()) {
            return new ObjectStorage(
                    ObjectStorage.Provider.IN_CLUSTER, Optional.empty(), region, Optional.empty(), declaredAt);
        }
        YamlMapping map = storage.get();
        Optional<ConfigValue> inClusterValue = paths.value(map, "inCluster", "objectStorage.inCluster");
        // An explicit null makes the installer's pointer nil, which its object storage code reads as "not in-cluster".
        Optional<YamlNode> written = map.get("inCluster");
        boolean explicitNull = written.isPresent() && written.get() instanceof YamlScalar s && s.isNull();
        boolean inCluster = !explicitNull && booleanOr(inClusterValue, true);
        if (inCluster) {
            for (String block : STORAGE_BLOCKS) {
                if (map.mapping(block).isPresent() && isBooleanOrAbsent(inClusterValue)) {
                    ignored.add(new IgnoredSetting(
                            paths.key(map, block, "objectStorage." + block),
                            "objectStorage." + block + " is ignored because objectStorage.inCluster is "
                                    + (inClusterValue.isPresent() ? "true" : "true by default")
                                    + ": the in-cluster MinIO is used",
                            "remove objectStorage." + block + ", or set objectStorage.inCluster: false to use it"));
                }
            }
            return new ObjectStorage(
                    ObjectStorage.Provider.IN_CLUSTER, inClusterValue, region, Optional.empty(), declaredAt);
        }
        // The installer's precedence when several blocks are set: azure (MinIO gateway), then s3, then GCS.
        ObjectStorage.Provider provider = map.mapping("azure").isPresent()
                ? ObjectStorage.Provider.AZURE
                : map.mapping("s3").isPresent()
                        ? ObjectStorage.Provider.S3
                        : map.mapping("cloudStorage").isPresent()
                                ? ObjectStorage.Provider.GCS
                                : ObjectStorage.Provider.NONE;
        Optional<ObjectStorage.S3> s3 = Optional.empty();
        Optional<YamlMapping> s3Block = map.mapping("s3");
        if (s3Block.isPresent()) {
            YamlMapping s = s3Block.get();
            s3 = Optional.of(new ObjectStorage.S3(
                    paths.value(s, "endpoint", "objectStorage.s3.endpoint"),
                    paths.value(s, "bucket", "objectStorage.s3.bucket"),
                    paths.secretName(s, "credentials", "objectStorage.s3.credentials"),
                    Optional.empty(),
                    Optional.empty(),
                    paths.key(map, "s3", "objectStorage.s3")));
        }
        Optional<ObjectStorage.Gcs> gcs = Optional.empty();
        Optional<YamlMapping> gcsBlock = map.mapping("cloudStorage");
        if (gcsBlock.isPresent()) {
            YamlMapping c = gcsBlock.get();
            gcs = Optional.of(new ObjectStorage.Gcs(
                    paths.value(c, "project", "objectStorage.cloudStorage.project"),
                    paths.secretName(c, "serviceAccount", "objectStorage.cloudStorage.serviceAccount"),
                    Optional.empty(),
                    paths.key(map, "cloudStorage", "objectStorage.cloudStorage")));
        }
        Optional<ObjectStorage.Azure> azure = Optional.empty();
        Optional<YamlMapping> azureBlock = map.mapping("azure");
        if (azureBlock.isPresent()) {
            azure = Optional.of(new ObjectStorage.Azure(
                    paths.secretName(azureBlock.get(), "credentials", "objectStorage.azure.credentials"),
                    Optional.empty(),
                    Optional.empty(),
                    paths.key(map, "azure", "objectStorage.azure")));
        }
        List<ConfigValue> blocks = new ArrayList<>();
        for (YamlMapping.Entry entry : map.entries()) {
            if (STORAGE_BLOCKS.contains(entry.key().value())) {
                blocks.add(
                        ConfigValue.of(paths.full("objectStorage." + entry.key().value()), entry.key()));
            }
        }
        // A second provider block is valid but silently unused (install/installer/pkg/common/storage.go).
        String used = provider == ObjectStorage.Provider.AZURE
                ? "azure"
                : provider == ObjectStorage.Provider.S3 ? "s3" : "cloudStorage";
        for (String block : STORAGE_BLOCKS) {
            if (provider != ObjectStorage.Provider.NONE
                    && !block.equals(used)
                    && map.mapping(block).isPresent()) {
                ignored.add(new IgnoredSetting(
                        paths.key(map, block, "objectStorage." + block),
                        "objectStorage." + block + " is ignored because objectStorage." + used + " is set as well: "
                                + "the installer uses the first of azure, s3 and cloudStorage that is set, so it stores "
                                + "workspace content in " + describe(used),
                        "remove objectStorage." + block + ", or remove objectStorage." + used + " if " + describe(block)
                                + " is the storage you mean"));
            }
        }
        return new ObjectStorage(provider, inClusterValue, region, s3, gcs, azure, blocks, declaredAt);
    }

    private static String describe(String block) {
        return switch (block) {
            case "s3" -> "S3";
            case "cloudStorage" -> "Google Cloud Storage";
            default -> "Azure Blob Storage";
        };
    }

    /** {@code certificate.name}, or the installer's default {@code https-certificates} where the file sets none. */
    private static ConfigValue certificateName(YamlMapping root, Paths paths) {
        Optional<ConfigValue> name = paths.secretName(root, "certificate", "certificate");
        return name.isPresent()
                ? name.get()
                : ConfigValue.defaulted(
                        paths.full("certificate.name"),
                        "https-certificates",
                        paths.keyOrDocument(root, "certificate", "certificate").position());
    }

    /** The value when it is a YAML boolean, otherwise the default. */
    static boolean booleanOr(Optional<ConfigValue> value, boolean otherwise) {
        if (value.isEmpty()) {
            return otherwise;
        }
        Optional<Boolean> parsed = Booleans.of(value.get().node());
        return parsed.isPresent() ? parsed.get() : otherwise;
    }

    static boolean isBooleanOrAbsent(Optional<ConfigValue> value) {
        return value.isEmpty() || Booleans.of(value.get().node()).isPresent();
    }

    /**
     * Builds values with full YAML paths under the config root.
     */
    record Paths(String rootPath, YamlMapping root) {
        String full(String relative) {
            return rootPath.isEmpty() ? relative : rootPath + "." + relative;
        }

        /**
         * A setting, also when it is an explicit null ({@code url: ~}): its text is then empty, and a rule that
         * finds it missing reports it at the null value rather than at its parent key.
         */
        Optional<ConfigValue> value(YamlMapping map, String key, String relativePath) {
            Optional<YamlNode> node = map.get(key);
            return node.isEmpty() ? Optional.empty() : Optional.of(ConfigValue.of(full(relativePath), node.get()));
        }

        /** The {@code name} of a secret reference ({@code ObjectRef}) under a key. */
        Optional<ConfigValue> secretName(YamlMapping map, String key, String relativePath) {
            Optional<YamlMapping> ref = map.mapping(key);
            return ref.isPresent() ? value(ref.get(), "name", relativePath + ".name") : Optional.empty();
        }

        ConfigValue key(YamlMapping map, String key, String relativePath) {
            Optional<YamlMapping.Entry> entry = map.entry(key);
            return ConfigValue.of(
                    full(relativePath), entry.isPresent() ? entry.get().key() : map);
        }

        ConfigValue keyOrDocument(YamlMapping map, String key, String relativePath) {
            Optional<YamlMapping.Entry> entry = map.entry(key);
            return entry.isPresent()
                    ? ConfigValue.of(full(relativePath), entry.get().key())
                    : ConfigValue.of(rootPath, root);
        }
    }
}
