package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the typed view of KOTS ConfigValues. An item's value is its {@code value},
 * else {@code valuePlaintext}, else {@code default}, else what the admin console pre-fills; items are
 * only in effect when their {@code when} condition holds (for example {@code reg_url} only when
 * {@code reg_incluster} is {@code "0"}).
 */
public final class KotsConfigReader {

    /** The YAML path of the items. */
    public static final String VALUES_PATH = "spec.values";

    /**
     * Reads ConfigValues.
     *
     * @param document the ConfigValues document
     * @return the view
     */
    public GitpodConfig read(YamlMapping document) {
        Optional<YamlMapping> set = document.mappingAt("spec", "values");
        YamlMapping values = set.isPresent() ? set.get() : new YamlMapping(List.of(), document.position());
        Items items = new Items(values, document);
        List<IgnoredSetting> ignored = new ArrayList<>();
        ContainerRegistry registry = readRegistry(items, ignored);
        Database database = DatabaseReader.kots(items, ignored);
        return new GitpodConfig(
                        GitpodConfig.Format.KOTS,
                        values,
                        VALUES_PATH,
                        registry,
                        readStorage(items),
                        Optional.empty(),
                        ignored,
                        List.of())
                .with(database, Optional.empty(), Optional.empty());
    }

    /**
     * The effective value of one item, as KOTS resolves it.
     *
     * @param values the {@code spec.values} mapping
     * @param item the item name
     * @return the value's node and path, if the file sets one
     */
    public static Optional<ConfigValue> itemValue(YamlMapping values, String item) {
        Optional<YamlMapping> entry = values.mapping(item);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        for (String field : List.of("value", "valuePlaintext", "default")) {
            Optional<YamlNode> node = entry.get().get(field);
            if (node.isPresent() && !(node.get() instanceof YamlScalar scalar && scalar.isNull())) {
                return Optional.of(ConfigValue.of(VALUES_PATH + "." + item + "." + field, node.get()));
            }
        }
        return Optional.empty();
    }

    private static ContainerRegistry readRegistry(Items items, List<IgnoredSetting> ignored) {
        Optional<ConfigValue> inClusterValue = items.set(KotsItem.REG_INCLUSTER);
        boolean inCluster = !textOr(inClusterValue, "1").equals("0");
        ConfigValue declaredAt = inClusterValue.isPresent() ? inClusterValue.get() : items.anchor();
        Optional<ContainerRegistry.ExternalRegistry> external = Optional.empty();
        Optional<ContainerRegistry.S3Backend> backend = Optional.empty();
        if (!inCluster) {
            external = Optional.of(new ContainerRegistry.ExternalRegistry(
                    items.set(KotsItem.REG_URL),
                    items.set(KotsItem.REG_SERVER),
                    Optional.empty(),
                    items.set(KotsItem.REG_USERNAME),
                    items.set(KotsItem.REG_PASSWORD),
                    declaredAt));
        } else {
            for (KotsItem item : List.of(KotsItem.REG_URL, KotsItem.REG_SERVER)) {
                Optional<ConfigValue> value = items.set(item);
                if (value.isPresent() && value.get().nonBlankText().isPresent()) {
                    ignored.add(new IgnoredSetting(
                            value.get(),
                            item.itemName() + " is ignored because reg_incluster is "
                                    + (inClusterValue.isPresent() ? "\"1\"" : "\"1\" by default")
                                    + " (in-cluster registry)",
                            "remove " + item.itemName()
                                    + ", or set reg_incluster to \"0\" to use an external registry"));
                }
            }
            Optional<ConfigValue> storage = items.set(KotsItem.REG_INCLUSTER_STORAGE);
            if (textOr(storage, "none").equals("s3")) {
                backend = Optional.of(new ContainerRegistry.S3Backend(
                        items.effective(KotsItem.REG_INCLUSTER_STORAGE_S3_BUCKETNAME),
                        items.effective(KotsItem.REG_INCLUSTER_STORAGE_S3_REGION),
                        items.effective(KotsItem.REG_INCLUSTER_STORAGE_S3_ENDPOINT),
                        Optional.empty(),
                        items.effective(KotsItem.REG_INCLUSTER_STORAGE_S3_ACCESSKEY),
                        items.effective(KotsItem.REG_INCLUSTER_STORAGE_S3_SECRETKEY),
                        storage.get()));
            }
        }
        ContainerRegistry.LegacyS3Storage legacyItems = new ContainerRegistry.LegacyS3Storage(
                items.set(KotsItem.LEGACY_REG_S3STORAGE),
                items.set(KotsItem.LEGACY_REG_BUCKETNAME),
                items.set(KotsItem.LEGACY_REG_ACCESSKEY),
                items.set(KotsItem.LEGACY_REG_SECRETKEY));
        Optional<ContainerRegistry.LegacyS3Storage> legacy =
                legacyItems.enabled().isPresent()
                                || legacyItems.bucket().isPresent()
                                || legacyItems.accessKey().isPresent()
                                || legacyItems.secretKey().isPresent()
                        ? Optional.of(legacyItems)
                        : Optional.empty();
        return new ContainerRegistry(inCluster, inClusterValue, external, backend, legacy, declaredAt);
    }

    private static ObjectStorage readStorage(Items items) {
        Optional<ConfigValue> providerValue = items.set(KotsItem.STORE_PROVIDER);
        String provider = textOr(providerValue, "incluster");
        ConfigValue declaredAt = providerValue.isPresent() ? providerValue.get() : items.anchor();
        ObjectStorage.Provider kind = switch (provider) {
            case "incluster" -> ObjectStorage.Provider.IN_CLUSTER;
            case "s3" -> ObjectStorage.Provider.S3;
            case "gcp" -> ObjectStorage.Provider.GCS;
            case "azure" -> ObjectStorage.Provider.AZURE;
            default -> ObjectStorage.Provider.NONE;
        };
        Optional<ConfigValue> region =
                kind == ObjectStorage.Provider.IN_CLUSTER ? Optional.empty() : items.set(KotsItem.STORE_REGION);
        Optional<ObjectStorage.S3> s3 = kind == ObjectStorage.Provider.S3
                ? Optional.of(new ObjectStorage.S3(
                        items.effective(KotsItem.STORE_S3_ENDPOINT),
                        items.set(KotsItem.STORE_S3_BUCKET),
                        Optional.empty(),
                        items.set(KotsItem.STORE_S3_ACCESS_KEY_ID),
                        items.set(KotsItem.STORE_S3_SECRET_ACCESS_KEY),
                        declaredAt))
                : Optional.empty();
        Optional<ObjectStorage.Gcs> gcs = kind == ObjectStorage.Provider.GCS
                ? Optional.of(new ObjectStorage.Gcs(
                        items.set(KotsItem.STORE_GCP_PROJECT),
                        Optional.empty(),
                        items.set(KotsItem.STORE_GCP_CREDENTIALS),
                        declaredAt))
                : Optional.empty();
        Optional<ObjectStorage.Azure> azure = kind == ObjectStorage.Provider.AZURE
                ? Optional.of(new ObjectStorage.Azure(
                        Optional.empty(),
                        items.set(KotsItem.STORE_AZURE_ACCOUNT_NAME),
                        items.set(KotsItem.STORE_AZURE_ACCESS_KEY),
                        declaredAt))
                : Optional.empty();
        return new ObjectStorage(kind, providerValue, region, s3, gcs, azure, List.of(), declaredAt);
    }

    /** An item's text, trimmed, or a default when it is not set or blank. */
    static String textOr(Optional<ConfigValue> value, String otherwise) {
        Optional<String> text = value.isPresent() ? value.get().nonBlankText() : Optional.empty();
        return text.isPresent() ? text.get() : otherwise;
    }

    /** Looks items up in {@code spec.values}. */
    record Items(YamlMapping values, YamlMapping document) {
        Optional<ConfigValue> set(KotsItem item) {
            return itemValue(values, item.itemName());
        }

        Optional<ConfigValue> effective(KotsItem item) {
            Optional<ConfigValue> set = set(item);
            if (set.isPresent() || item.prefilled().isEmpty()) {
                return set;
            }
            return Optional.of(ConfigValue.defaulted(
                    VALUES_PATH + "." + item.itemName() + ".value",
                    item.prefilled().get(),
                    anchor().position()));
        }

        ConfigValue anchor() {
            Optional<YamlMapping> spec = document.mapping("spec");
            Optional<YamlMapping.Entry> entry = spec.isPresent() ? spec.get().entry("values") : Optional.empty();
            return entry.isPresent() ? ConfigValue.of(VALUES_PATH, entry.get().key()) : ConfigValue.of("", document);
        }
    }
}
