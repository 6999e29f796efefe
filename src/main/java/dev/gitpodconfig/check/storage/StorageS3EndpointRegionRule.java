package dev.gitpodconfig.check.storage;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.ObjectStorage;
import java.util.Optional;

/**
 * {@code storage-s3-endpoint-region}: AWS S3 object storage whose endpoint serves another Region than
 * {@code metadata.region} (KOTS {@code store_region}), or whose region is {@code local} or not an AWS
 * Region (reported here, once, at the region's value).
 */
public final class StorageS3EndpointRegionRule extends ConfigRule {

    private static final RuleInfo INFO = new RuleInfo(
            "storage-s3-endpoint-region",
            Severity.WARNING,
            "AWS S3 object storage whose endpoint serves another Region than metadata.region (KOTS store_region), or whose "
                    + "region is local or not an AWS Region.",
            "The installer passes metadata.region to the MinIO client as the bucket's Region: requests are signed for it, "
                    + "and 'local' is only right for the in-cluster MinIO. Gitpod's AWS reference setup uses "
                    + "s3.<region>.amazonaws.com of that Region for object storage, as for the registry. A warning: the MinIO "
                    + "client redirects some requests itself, so a mismatch does not always fail.",
            "install/installer/pkg/common/storage.go and docs/overview.md (\"If using Minio, set to local\"); "
                    + "install/infra/modules/eks/output.tf; research §2.4, §2.6, §5.6",
            "Set metadata.region (KOTS store_region) to the bucket's Region and the endpoint to s3.<region>.amazonaws.com.");

    private static final String CONSEQUENCE = "Gitpod's object storage signs its S3 requests for this region, and AWS "
            + "rejects or redirects requests signed for a Region the bucket is not in.";

    /** Creates the rule. */
    public StorageS3EndpointRegionRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        ObjectStorage storage = config.storage();
        if (storage.provider() != ObjectStorage.Provider.S3) {
            return;
        }
        Optional<ConfigValue> endpoint = storage.s3().isPresent() ? storage.s3().get().endpoint() : Optional.empty();
        if (endpoint.isPresent() && storage.region().isPresent()) {
            S3EndpointRegionCheck.check(config.format(), storage.region().get(), endpoint.get(), CONSEQUENCE, findings);
        }
    }
}
