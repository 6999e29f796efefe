package dev.gitpodconfig.model;

import java.util.Optional;

/**
 * The MySQL database Gitpod stores its data in, as the installer (or KOTS) will read it: defaults applied,
 * blocks another setting switches off left out (they are in {@link GitpodConfig#ignoredSettings()}).
 *
 * @param kind the database in use
 * @param inClusterValue the setting that decided it (installer {@code database.inCluster}, KOTS
 *     {@code db_incluster}), absent when the default (in-cluster) applies
 * @param external the external database, present when it is the one in use
 * @param cloudSql the Cloud SQL database, present when it is the one in use
 * @param caCertSecret installer {@code database.ssl.caCert.name}: the Secret with the CA certificate
 * @param declaredAt where the database settings are (the {@code database} key, {@code db_incluster}, or the
 *     document)
 */
public record Database(
        Kind kind,
        Optional<ConfigValue> inClusterValue,
        Optional<External> external,
        Optional<CloudSql> cloudSql,
        Optional<ConfigValue> caCertSecret,
        ConfigValue declaredAt) {

    /** The databases of release 2022.11.3. */
    public enum Kind {
        /** The in-cluster MySQL (the default). */
        IN_CLUSTER,
        /** A MySQL the installer reaches directly, with the connection details in a Secret. */
        EXTERNAL,
        /** Google Cloud SQL through the Cloud SQL Proxy the installer deploys. */
        CLOUD_SQL,
        /** Not in-cluster, and neither external nor Cloud SQL: the installer renders no database. */
        NONE
    }

    /**
     * An external database.
     *
     * @param certificateSecret installer {@code database.external.certificate.name}: the Secret with the
     *     connection details
     * @param host KOTS {@code db_host}
     * @param port KOTS {@code db_port} (pre-filled {@code 3306})
     * @param username KOTS {@code db_username} (pre-filled {@code gitpod})
     * @param password KOTS {@code db_password} (never printed)
     * @param declaredAt where a missing setting is reported
     */
    public record External(
            Optional<ConfigValue> certificateSecret,
            Optional<ConfigValue> host,
            Optional<ConfigValue> port,
            Optional<ConfigValue> username,
            Optional<ConfigValue> password,
            ConfigValue declaredAt) {}

    /**
     * A Cloud SQL database.
     *
     * @param instance installer {@code database.cloudSQL.instance}, KOTS {@code db_cloudsql_instance}: the
     *     connection name {@code <project>:<region>:<instance>}
     * @param serviceAccountSecret installer {@code database.cloudSQL.serviceAccount.name}
     * @param credentials KOTS {@code db_gcp_credentials}, the service-account key (never printed)
     * @param username KOTS {@code db_username} (pre-filled {@code gitpod})
     * @param password KOTS {@code db_password} (never printed)
     * @param declaredAt where a missing setting is reported
     */
    public record CloudSql(
            Optional<ConfigValue> instance,
            Optional<ConfigValue> serviceAccountSecret,
            Optional<ConfigValue> credentials,
            Optional<ConfigValue> username,
            Optional<ConfigValue> password,
            ConfigValue declaredAt) {}
}
