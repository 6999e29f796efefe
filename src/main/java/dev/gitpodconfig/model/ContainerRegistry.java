package dev.gitpodconfig.model;

import java.util.Optional;

/**
 * The container registry Gitpod will push workspace images to, as the installer (or KOTS) will read
 * it: defaults applied, ignored settings left out (they are listed in {@link GitpodConfig#ignoredSettings()}).
 *
 * @param inCluster whether the in-cluster registry is used (the default)
 * @param inClusterValue the setting that decided it, absent when the default applies
 * @param external the external registry, present exactly when {@code inCluster} is false
 * @param s3Backend the in-cluster registry's S3 backend, present only when it is in use
 * @param legacyS3Storage KOTS: the S3 items of releases 2022.03–04, present when any of them is set
 *     (later releases ignore them; {@link #s3Backend()} never reflects them)
 * @param declaredAt where the registry settings are (the {@code containerRegistry} key or the document)
 */
public record ContainerRegistry(
        boolean inCluster,
        Optional<ConfigValue> inClusterValue,
        Optional<ExternalRegistry> external,
        Optional<S3Backend> s3Backend,
        Optional<LegacyS3Storage> legacyS3Storage,
        ConfigValue declaredAt) {

    /**
     * A registry without legacy KOTS items.
     *
     * @param inCluster whether the in-cluster registry is used
     * @param inClusterValue the setting that decided it
     * @param external the external registry
     * @param s3Backend the S3 backend
     * @param declaredAt where the registry settings are
     */
    public ContainerRegistry(
            boolean inCluster,
            Optional<ConfigValue> inClusterValue,
            Optional<ExternalRegistry> external,
            Optional<S3Backend> s3Backend,
            ConfigValue declaredAt) {
        this(inCluster, inClusterValue, external, s3Backend, Optional.empty(), declaredAt);
    }

    /**
     * An external registry.
     *
     * @param url the push prefix ({@code containerRegistry.external.url}; KOTS {@code reg_url})
     * @param server the authentication server (KOTS {@code reg_server}; installer configs have none)
     * @param credentialsSecret the name of the dockerconfigjson Secret ({@code external.certificate.name})
     * @param username KOTS {@code reg_username}
     * @param password KOTS {@code reg_password} (its text must never be printed)
     * @param declaredAt where a missing setting is reported
     */
    public record ExternalRegistry(
            Optional<ConfigValue> url,
            Optional<ConfigValue> server,
            Optional<ConfigValue> credentialsSecret,
            Optional<ConfigValue> username,
            Optional<ConfigValue> password,
            ConfigValue declaredAt) {}

    /**
     * The S3 bucket behind the in-cluster registry.
     *
     * @param bucket the bucket name
     * @param region the bucket's region
     * @param endpoint the S3 endpoint (KOTS pre-fills {@code s3.amazonaws.com})
     * @param credentialsSecret installer: {@code s3storage.certificate.name}
     * @param accessKey KOTS: {@code reg_incluster_storage_s3_accesskey} (never printed)
     * @param secretKey KOTS: {@code reg_incluster_storage_s3_secretkey} (never printed)
     * @param declaredAt where a missing setting is reported
     */
    public record S3Backend(
            Optional<ConfigValue> bucket,
            Optional<ConfigValue> region,
            Optional<ConfigValue> endpoint,
            Optional<ConfigValue> credentialsSecret,
            Optional<ConfigValue> accessKey,
            Optional<ConfigValue> secretKey,
            ConfigValue declaredAt) {}

    /**
     * The registry S3 items of KOTS releases 2022.03 and 2022.04, which configured S3 storage for an
     * <em>external</em> registry. Release 2022.05 replaced them with the in-cluster registry's
     * {@code reg_incluster_storage} items and ignores them since.
     *
     * @param enabled {@code reg_s3storage} ({@code "1"} asked for S3 storage)
     * @param bucket {@code reg_bucketname}, now {@code reg_incluster_storage_s3_bucketname}
     * @param accessKey {@code reg_accesskey}, now {@code reg_incluster_storage_s3_accesskey} (never printed)
     * @param secretKey {@code reg_secretkey}, now {@code reg_incluster_storage_s3_secretkey} (never printed)
     */
    public record LegacyS3Storage(
            Optional<ConfigValue> enabled,
            Optional<ConfigValue> bucket,
            Optional<ConfigValue> accessKey,
            Optional<ConfigValue> secretKey) {

        /**
         * Whether {@code reg_s3storage} is {@code "1"}: the file asks for an S3-backed registry the old way.
         *
         * @return true when S3 storage was switched on
         */
        public boolean requested() {
            Optional<String> text = enabled.isPresent() ? enabled.get().nonBlankText() : Optional.empty();
            return text.isPresent() && text.get().equals("1");
        }
    }
}
