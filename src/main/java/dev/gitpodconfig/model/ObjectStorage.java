package dev.gitpodconfig.model;

import java.util.List;
import java.util.Optional;

/**
 * Where Gitpod stores workspace content, as the installer (or KOTS) will read it.
 *
 * <p>When object storage is not in-cluster, every provider block the file sets is exposed ({@link #s3()},
 * {@link #gcs()}, {@link #azure()}), also those the installer does not use because another block wins;
 * {@link #provider()} says which one is used.
 *
 * @param provider the provider in use
 * @param providerValue the setting that chose it (installer {@code objectStorage.inCluster}, KOTS
 *     {@code store_provider}), absent when the default applies
 * @param region installer {@code metadata.region} (default {@code local}), KOTS {@code store_region}
 *     (which KOTS writes into {@code metadata.region})
 * @param s3 the S3 settings when an S3 block (KOTS: provider {@code s3}) is set
 * @param gcs the Google Cloud Storage settings when a {@code cloudStorage} block (KOTS: {@code gcp}) is set
 * @param azure the Azure settings when an {@code azure} block (KOTS: {@code azure}) is set
 * @param providerBlocks installer: the keys of the provider blocks set beside {@code inCluster: false},
 *     in document order (mappings or not); empty for KOTS
 * @param declaredAt where the storage settings are
 */
public record ObjectStorage(
        Provider provider,
        Optional<ConfigValue> providerValue,
        Optional<ConfigValue> region,
        Optional<S3> s3,
        Optional<Gcs> gcs,
        Optional<Azure> azure,
        List<ConfigValue> providerBlocks,
        ConfigValue declaredAt) {

    /** Copies the block list. */
    public ObjectStorage {
        providerBlocks = List.copyOf(providerBlocks);
    }

    /**
     * Object storage without GCS, Azure or block details.
     *
     * @param provider the provider in use
     * @param providerValue the setting that chose it
     * @param region the region
     * @param s3 the S3 settings
     * @param declaredAt where the storage settings are
     */
    public ObjectStorage(
            Provider provider,
            Optional<ConfigValue> providerValue,
            Optional<ConfigValue> region,
            Optional<S3> s3,
            ConfigValue declaredAt) {
        this(provider, providerValue, region, s3, Optional.empty(), Optional.empty(), List.of(), declaredAt);
    }

    /** The storage providers of release 2022.11.3. */
    public enum Provider {
        /** In-cluster MinIO (the default). */
        IN_CLUSTER,
        /** S3 or an S3-compatible service. */
        S3,
        /** Google Cloud Storage. */
        GCS,
        /** Azure Blob Storage through a MinIO gateway. */
        AZURE,
        /** Not in-cluster, but no provider block; or a KOTS provider value that is not known. */
        NONE
    }

    /**
     * S3 object storage.
     *
     * @param endpoint the endpoint, {@code host[:port]} (KOTS pre-fills {@code s3.amazonaws.com})
     * @param bucket the bucket (optional in 2022.11.3: one bucket per user when empty)
     * @param credentialsSecret installer: {@code objectStorage.s3.credentials.name}
     * @param accessKey KOTS: {@code store_s3_access_key_id} (never printed)
     * @param secretKey KOTS: {@code store_s3_secret_access_key} (never printed)
     * @param declaredAt where a missing setting is reported: the {@code s3} key, or KOTS {@code store_provider}
     */
    public record S3(
            Optional<ConfigValue> endpoint,
            Optional<ConfigValue> bucket,
            Optional<ConfigValue> credentialsSecret,
            Optional<ConfigValue> accessKey,
            Optional<ConfigValue> secretKey,
            ConfigValue declaredAt) {

        /**
         * S3 settings without credentials.
         *
         * @param endpoint the endpoint
         * @param bucket the bucket
         * @param declaredAt where a missing setting is reported
         */
        public S3(Optional<ConfigValue> endpoint, Optional<ConfigValue> bucket, ConfigValue declaredAt) {
            this(endpoint, bucket, Optional.empty(), Optional.empty(), Optional.empty(), declaredAt);
        }
    }

    /**
     * Google Cloud Storage.
     *
     * @param project installer {@code objectStorage.cloudStorage.project}, KOTS {@code store_gcp_project}
     * @param serviceAccountSecret installer: {@code objectStorage.cloudStorage.serviceAccount.name}
     * @param credentials KOTS: {@code store_gcp_credentials}, the service-account key (never printed)
     * @param declaredAt where a missing setting is reported
     */
    public record Gcs(
            Optional<ConfigValue> project,
            Optional<ConfigValue> serviceAccountSecret,
            Optional<ConfigValue> credentials,
            ConfigValue declaredAt) {}

    /**
     * Azure Blob Storage.
     *
     * @param credentialsSecret installer: {@code objectStorage.azure.credentials.name}
     * @param accountName KOTS: {@code store_azure_account_name}
     * @param accessKey KOTS: {@code store_azure_access_key} (never printed)
     * @param declaredAt where a missing setting is reported
     */
    public record Azure(
            Optional<ConfigValue> credentialsSecret,
            Optional<ConfigValue> accountName,
            Optional<ConfigValue> accessKey,
            ConfigValue declaredAt) {}
}
