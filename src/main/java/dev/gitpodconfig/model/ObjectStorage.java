package dev.gitpodconfig.model;

import java.util.Optional;

/**
 * Where Gitpod stores workspace content, as the installer (or KOTS) will read it.
 *
 * @param provider the provider in use
 * @param providerValue the setting that chose it (installer {@code objectStorage.inCluster}, KOTS
 *     {@code store_provider}), absent when the default applies
 * @param region installer {@code metadata.region} (default {@code local}), KOTS {@code store_region}
 * @param s3 the S3 settings when S3 is in use
 * @param declaredAt where the storage settings are
 */
public record ObjectStorage(
        Provider provider,
        Optional<ConfigValue> providerValue,
        Optional<ConfigValue> region,
        Optional<S3> s3,
        ConfigValue declaredAt) {

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
     * @param endpoint the endpoint, {@code host[:port]}
     * @param bucket the bucket (optional in 2022.11.3: one bucket per user when empty)
     * @param declaredAt where a missing setting is reported
     */
    public record S3(Optional<ConfigValue> endpoint, Optional<ConfigValue> bucket, ConfigValue declaredAt) {}
}
