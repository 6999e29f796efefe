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

    private static final RuleInfo INFO = RuleInfo.builder("storage-s3-endpoint-region")
            .severity(Severity.WARNING)
            .title("AWS object storage whose endpoint Region differs from the configured region")
            .summary("""
                AWS S3 object storage whose endpoint serves another Region than `metadata.region` (KOTS `store_region`),
                or whose region is `local` or not an AWS Region.
                """)
            .description("""
                S3 object storage on an AWS endpoint whose Region differs from `metadata.region` (KOTS `store_region`,
                which KOTS writes into `metadata.region`), reported at the endpoint; or whose region is `local` (also
                when `metadata.region` is left out: `local` is the default) or not an AWS Region, reported at the region
                with the nearest listed name.

                Any S3 form of the right Region passes (the legacy dash form `s3-<region>.amazonaws.com` only for the
                Regions launched before 2019-03-20), and Regions are checked against the same bundled list, as for
                `registry-s3-endpoint-region`. Non-AWS endpoints are not checked (`local` is right for MinIO).
                """)
            .rationale("""
                The installer passes `metadata.region` to the MinIO client as the bucket's Region, so requests are
                signed for it, and its documentation says "If using Minio, set to `local`". Gitpod's AWS reference setup
                uses `s3.<region>.amazonaws.com` of the bucket's Region for object storage, as for the registry. A
                warning rather than an error: the MinIO client redirects some requests itself, so a mismatch does not
                always fail.
                """)
            .fix("""
                Set `metadata.region` (KOTS `store_region`) to the bucket's Region and the endpoint to
                `s3.<region>.amazonaws.com`.
                """)
            .gitpodSource("install/installer/pkg/common/storage.go", "`metadata.region` is the MinIO client's Region")
            .gitpodSource("install/installer/docs/overview.md", "\"If using Minio, set to `local`\"")
            .gitpodSource("install/installer/pkg/config/v1/envvars.go", "KOTS `store_region` becomes `metadata.region`")
            .gitpodSource("install/infra/modules/eks/output.tf", "the AWS reference setup's storage endpoint")
            .source("AWS documentation, Amazon S3 endpoints", "https://docs.aws.amazon.com/general/latest/gr/s3.html")
            .source(
                    "AWS documentation, Amazon S3 virtual hosting of buckets (legacy s3-Region endpoints, Regions "
                            + "launched before 2019-03-20)",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html")
            .build();

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
        Optional<ConfigValue> endpoint =
                storage.s3().isPresent() ? storage.s3().get().endpoint() : Optional.empty();
        if (endpoint.isPresent() && storage.region().isPresent()) {
            S3EndpointRegionCheck.check(config.format(), storage.region().get(), endpoint.get(), CONSEQUENCE, findings);
        }
    }
}
