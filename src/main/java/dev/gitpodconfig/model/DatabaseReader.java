package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code database} block of an installer config and the {@code db_*} items of KOTS ConfigValues
 * into a {@link Database}, as release 2022.11.3 chooses the database: the installer uses the in-cluster MySQL
 * unless {@code database.inCluster} is false, then Cloud SQL when {@code cloudSQL} is set, else the external
 * database when {@code external} is set, else none ({@code install/installer/pkg/components/database/objects.go});
 * KOTS applies the {@code when} conditions of {@code kots-config.yaml}.
 */
final class DatabaseReader {

    private static final String INSTALLER_FIX_SUFFIX = "set database.inCluster: false to use it";

    private DatabaseReader() {}

    static Database installer(YamlMapping root, InstallerConfigReader.Paths paths, List<IgnoredSetting> ignored) {
        ConfigValue declaredAt = paths.keyOrDocument(root, "database", "database");
        Optional<YamlMapping> database = root.mapping("database");
        if (database.isEmpty()) {
            return new Database(
                    Database.Kind.IN_CLUSTER,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    declaredAt);
        }
        YamlMapping map = database.get();
        Optional<ConfigValue> inClusterValue = paths.value(map, "inCluster", "database.inCluster");
        boolean inCluster = InstallerConfigReader.booleanOr(inClusterValue, true);
        Optional<YamlMapping> external = map.mapping("external");
        Optional<YamlMapping> cloudSql = map.mapping("cloudSQL");
        Optional<YamlMapping> ssl = map.mapping("ssl");
        Optional<ConfigValue> caCert =
                ssl.isPresent() ? paths.secretName(ssl.get(), "caCert", "database.ssl.caCert") : Optional.empty();
        if (inCluster) {
            // A non-boolean inCluster ("false" in quotes) makes the installer reject the file: nothing is ignored then.
            if (InstallerConfigReader.isBooleanOrAbsent(inClusterValue)) {
                String why = " is ignored because database.inCluster is "
                        + (inClusterValue.isPresent() ? "true" : "true by default") + ": the in-cluster MySQL is used";
                for (String block : List.of("external", "cloudSQL")) {
                    if (map.mapping(block).isPresent()) {
                        ignored.add(new IgnoredSetting(
                                paths.key(map, block, "database." + block),
                                "database." + block + why,
                                "remove database." + block + ", or " + INSTALLER_FIX_SUFFIX));
                    }
                }
            }
            return new Database(
                    Database.Kind.IN_CLUSTER, inClusterValue, Optional.empty(), Optional.empty(), caCert, declaredAt);
        }
        if (cloudSql.isPresent()) {
            if (external.isPresent()) {
                ignored.add(new IgnoredSetting(
                        paths.key(map, "external", "database.external"),
                        "database.external is ignored because database.cloudSQL is set as well, and the installer "
                                + "then connects to Cloud SQL",
                        "remove database.external, or remove database.cloudSQL to use the external database"));
            }
            YamlMapping c = cloudSql.get();
            return new Database(
                    Database.Kind.CLOUD_SQL,
                    inClusterValue,
                    Optional.empty(),
                    Optional.of(new Database.CloudSql(
                            paths.value(c, "instance", "database.cloudSQL.instance"),
                            paths.secretName(c, "serviceAccount", "database.cloudSQL.serviceAccount"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            paths.key(map, "cloudSQL", "database.cloudSQL"))),
                    caCert,
                    declaredAt);
        }
        if (external.isPresent()) {
            return new Database(
                    Database.Kind.EXTERNAL,
                    inClusterValue,
                    Optional.of(new Database.External(
                            paths.secretName(external.get(), "certificate", "database.external.certificate"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            paths.key(map, "external", "database.external"))),
                    Optional.empty(),
                    caCert,
                    declaredAt);
        }
        return new Database(Database.Kind.NONE, inClusterValue, Optional.empty(), Optional.empty(), caCert, declaredAt);
    }

    static Database kots(KotsConfigReader.Items items, List<IgnoredSetting> ignored) {
        Optional<ConfigValue> inClusterValue = items.set(KotsItem.DB_INCLUSTER);
        ConfigValue declaredAt = inClusterValue.isPresent() ? inClusterValue.get() : items.anchor();
        if (!KotsConfigReader.textOr(inClusterValue, "1").equals("0")) {
            String why = " is ignored because db_incluster is "
                    + (inClusterValue.isPresent() ? "\"1\"" : "\"1\" by default") + " (in-cluster MySQL)";
            String fix = "or set db_incluster to \"0\" to use your own database";
            if (KotsConfigReader.textOr(items.set(KotsItem.DB_CLOUDSQL_ENABLED), "0")
                    .equals("1")) {
                ignoreSet(items, ignored, why, fix, KotsItem.DB_CLOUDSQL_ENABLED);
            }
            ignoreSet(
                    items,
                    ignored,
                    why,
                    fix,
                    KotsItem.DB_CLOUDSQL_INSTANCE,
                    KotsItem.DB_GCP_CREDENTIALS,
                    KotsItem.DB_HOST);
            return new Database(
                    Database.Kind.IN_CLUSTER,
                    inClusterValue,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    declaredAt);
        }
        Optional<ConfigValue> cloudSqlValue = items.set(KotsItem.DB_CLOUDSQL_ENABLED);
        if (KotsConfigReader.textOr(cloudSqlValue, "0").equals("1")) {
            ignoreSet(
                    items,
                    ignored,
                    " is ignored because db_cloudsql_enabled is \"1\" (Cloud SQL)",
                    "or set db_cloudsql_enabled to \"0\" to connect to that host",
                    KotsItem.DB_HOST);
            return new Database(
                    Database.Kind.CLOUD_SQL,
                    inClusterValue,
                    Optional.empty(),
                    Optional.of(new Database.CloudSql(
                            items.set(KotsItem.DB_CLOUDSQL_INSTANCE),
                            Optional.empty(),
                            items.set(KotsItem.DB_GCP_CREDENTIALS),
                            items.effective(KotsItem.DB_USERNAME),
                            items.set(KotsItem.DB_PASSWORD),
                            cloudSqlValue.get())),
                    Optional.empty(),
                    declaredAt);
        }
        ignoreSet(
                items,
                ignored,
                " is ignored because db_cloudsql_enabled is "
                        + (cloudSqlValue.isPresent() ? "\"0\"" : "\"0\" by default") + " (external database)",
                "or set db_cloudsql_enabled to \"1\" to use Cloud SQL",
                KotsItem.DB_CLOUDSQL_INSTANCE,
                KotsItem.DB_GCP_CREDENTIALS);
        return new Database(
                Database.Kind.EXTERNAL,
                inClusterValue,
                Optional.of(new Database.External(
                        Optional.empty(),
                        items.set(KotsItem.DB_HOST),
                        items.effective(KotsItem.DB_PORT),
                        items.effective(KotsItem.DB_USERNAME),
                        items.set(KotsItem.DB_PASSWORD),
                        declaredAt)),
                Optional.empty(),
                Optional.empty(),
                declaredAt);
    }

    /** Lists the items among {@code candidates} that the file sets to a non-blank value as ignored. */
    private static void ignoreSet(
            KotsConfigReader.Items items,
            List<IgnoredSetting> ignored,
            String why,
            String fix,
            KotsItem... candidates) {
        for (KotsItem item : candidates) {
            Optional<ConfigValue> value = items.set(item);
            if (value.isPresent() && value.get().nonBlankText().isPresent()) {
                ignored.add(new IgnoredSetting(
                        value.get(), item.itemName() + why, "remove " + item.itemName() + ", " + fix));
            }
        }
    }
}
