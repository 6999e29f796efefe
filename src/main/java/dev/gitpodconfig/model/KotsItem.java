package dev.gitpodconfig.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry, storage and database items of Gitpod's KOTS admin console ({@code install/kots/manifests/kots-config.yaml}
 * at release 2022.11.3), with their types, pre-filled values and whether they hold secrets. The
 * {@code when} conditions are applied by {@link KotsConfigReader}.
 */
public enum KotsItem {
    REG_INCLUSTER("reg_incluster", Kind.BOOL, "1"),
    REG_INCLUSTER_STORAGE("reg_incluster_storage", Kind.SELECT, "none", "none", "s3"),
    REG_INCLUSTER_STORAGE_S3_REGION("reg_incluster_storage_s3_region", Kind.TEXT, null),
    REG_INCLUSTER_STORAGE_S3_ENDPOINT("reg_incluster_storage_s3_endpoint", Kind.TEXT, "s3.amazonaws.com"),
    REG_INCLUSTER_STORAGE_S3_BUCKETNAME("reg_incluster_storage_s3_bucketname", Kind.TEXT, null),
    REG_INCLUSTER_STORAGE_S3_ACCESSKEY("reg_incluster_storage_s3_accesskey", Kind.SECRET, null),
    REG_INCLUSTER_STORAGE_S3_SECRETKEY("reg_incluster_storage_s3_secretkey", Kind.SECRET, null),
    REG_URL("reg_url", Kind.TEXT, null),
    REG_SERVER("reg_server", Kind.TEXT, null),
    REG_USERNAME("reg_username", Kind.TEXT, null),
    REG_PASSWORD("reg_password", Kind.SECRET, null),
    REG_DOCKER_CONFIG_ENABLE("reg_docker_config_enable", Kind.BOOL, "0"),
    REG_DOCKER_CONFIG("reg_docker_config", Kind.SECRET, null),
    STORE_PROVIDER("store_provider", Kind.SELECT, "incluster", "incluster", "azure", "gcp", "s3"),
    STORE_REGION("store_region", Kind.TEXT, null),
    STORE_AZURE_ACCOUNT_NAME("store_azure_account_name", Kind.TEXT, null),
    STORE_AZURE_ACCESS_KEY("store_azure_access_key", Kind.SECRET, null),
    STORE_GCP_PROJECT("store_gcp_project", Kind.TEXT, null),
    STORE_GCP_CREDENTIALS("store_gcp_credentials", Kind.SECRET, null),
    STORE_S3_ENDPOINT("store_s3_endpoint", Kind.TEXT, "s3.amazonaws.com"),
    STORE_S3_BUCKET("store_s3_bucket", Kind.TEXT, null),
    STORE_S3_ACCESS_KEY_ID("store_s3_access_key_id", Kind.SECRET, null),
    STORE_S3_SECRET_ACCESS_KEY("store_s3_secret_access_key", Kind.SECRET, null),
    DB_INCLUSTER("db_incluster", Kind.BOOL, "1"),
    DB_CLOUDSQL_ENABLED("db_cloudsql_enabled", Kind.BOOL, "0"),
    DB_CLOUDSQL_INSTANCE("db_cloudsql_instance", Kind.TEXT, null),
    /** Hidden; KOTS pre-fills a key, which is never repeated here. */
    DB_ENCRYPTION_KEYS("db_encryption_keys", Kind.SECRET, null),
    DB_HOST("db_host", Kind.TEXT, null),
    DB_USERNAME("db_username", Kind.TEXT, "gitpod"),
    DB_PASSWORD("db_password", Kind.SECRET, null),
    DB_PORT("db_port", Kind.TEXT, "3306"),
    DB_GCP_CREDENTIALS("db_gcp_credentials", Kind.SECRET, null),
    /** 2022.03–04: S3 storage for an external registry; replaced by {@code reg_incluster_storage}. */
    LEGACY_REG_S3STORAGE("reg_s3storage", Kind.BOOL, "0"),
    /** 2022.03–04; replaced by {@code reg_incluster_storage_s3_bucketname}. */
    LEGACY_REG_BUCKETNAME("reg_bucketname", Kind.TEXT, null),
    /** 2022.03–04; replaced by {@code reg_incluster_storage_s3_accesskey}. */
    LEGACY_REG_ACCESSKEY("reg_accesskey", Kind.SECRET, null),
    /** 2022.03–04; replaced by {@code reg_incluster_storage_s3_secretkey}. */
    LEGACY_REG_SECRETKEY("reg_secretkey", Kind.SECRET, null);

    /** The item types that matter for checking. */
    public enum Kind {
        /** A bool item: the string {@code "0"} or {@code "1"}. */
        BOOL,
        /** A select_one item with fixed options. */
        SELECT,
        /** Free text. */
        TEXT,
        /** A password or file item, or a key: never printed. */
        SECRET
    }

    private static final Map<String, KotsItem> BY_NAME = indexByName();

    private final String itemName;
    private final Kind kind;
    private final String prefilled;

    @SuppressWarnings("ImmutableEnumChecker") // Set.of: unmodifiable, though its type does not say so
    private final Set<String> options;

    KotsItem(String itemName, Kind kind, String prefilled, String... options) {
        this.itemName = itemName;
        this.kind = kind;
        this.prefilled = prefilled;
        this.options = Set.of(options);
    }

    /**
     * Looks an item up by name.
     *
     * @param name the item name
     * @return the item, if it is a registry, storage or database item this plugin knows
     */
    public static Optional<KotsItem> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The names of all known items.
     *
     * @return the names
     */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * The item's name in ConfigValues.
     *
     * @return the name
     */
    public String itemName() {
        return itemName;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The value the admin console assumes when the item is not set.
     *
     * @return the pre-filled value, if any
     */
    public Optional<String> prefilled() {
        return Optional.ofNullable(prefilled);
    }

    /**
     * The allowed values of a select item.
     *
     * @return the options, empty for other kinds
     */
    public Set<String> options() {
        return options;
    }

    /**
     * Whether this item is from the 2022.03–04 releases and has been replaced.
     *
     * @return true for legacy items
     */
    public boolean isLegacy() {
        return name().startsWith("LEGACY_");
    }

    private static Map<String, KotsItem> indexByName() {
        Map<String, KotsItem> items = new HashMap<>();
        for (KotsItem item : values()) {
            if (items.put(item.itemName(), item) != null) {
                throw new IllegalStateException("Duplicate KOTS item name " + item.itemName());
            }
        }
        return Map.copyOf(items);
    }
}
