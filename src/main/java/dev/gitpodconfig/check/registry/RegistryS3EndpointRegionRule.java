package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.storage.S3EndpointRegionCheck;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import java.util.Optional;

/**
 * {@code registry-s3-endpoint-region}: the in-cluster registry's S3 backend uses an AWS endpoint that
 * does not serve the bucket's Region. Also reports, once, a backend Region that is not an AWS Region.
 */
public final class RegistryS3EndpointRegionRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-s3-endpoint-region")
            .severity(Severity.ERROR)
            .title("the registry's S3 endpoint does not serve its Region")
            .summary("""
                The in-cluster registry's S3 backend uses an AWS endpoint that does not serve its Region: `us-east-1`
                takes `s3.amazonaws.com` or `s3.us-east-1.amazonaws.com`, any other Region `s3.<region>.amazonaws.com`
                (`s3.<region>.amazonaws.com.cn` in China); or the Region is not an AWS Region.
                """)
            .description("""
                The in-cluster registry's S3 backend (installer `containerRegistry.s3storage` while
                `containerRegistry.inCluster` is true; KOTS `reg_incluster` `"1"` and `reg_incluster_storage: s3` with
                `reg_incluster_storage_s3_region` and `reg_incluster_storage_s3_endpoint`) whose AWS endpoint does not
                serve its Region. Region `us-east-1` accepts `s3.amazonaws.com` and `s3.us-east-1.amazonaws.com`; any
                other Region needs `s3.<region>.amazonaws.com`, the China Regions (`cn-north-1`, `cn-northwest-1`)
                `s3.<region>.amazonaws.com.cn`.

                An endpoint of the same Region in another S3 form (dual-stack `s3.dualstack.<region>.amazonaws.com`,
                FIPS `s3-fips[.dualstack].<region>.amazonaws.com`) is accepted, and so is the legacy dash form
                `s3-<region>.amazonaws.com` for the Regions AWS serves it in (those launched before 2019-03-20, outside
                China); for a later Region (`s3-me-south-1.amazonaws.com`) it is reported with
                `s3.<region>.amazonaws.com`.
                One that names another Region or none (the global endpoint outside `us-east-1`, an AWS host that is no
                S3 endpoint such as `registry.amazonaws.com`) is reported at the endpoint, and the message names the
                expected endpoint. A KOTS file that leaves the endpoint item out gets KOTS's pre-filled
                `s3.amazonaws.com`; that finding points at `spec.values`.

                A Region that is not an AWS Region (`eu-west-9`, `local`) is reported at the Region instead, with the
                nearest listed name. Regions are checked against a bundled list of the Regions of the `aws`, `aws-cn`
                and `aws-us-gov` partitions, `src/main/resources/dev/gitpodconfig/aws-regions.txt`, whose header gives
                its source and the date it was read; if AWS opens a Region after that, skip the rule with `skipRules`
                until the plugin is updated. Only AWS endpoints are checked (hosts under `amazonaws.com` and
                `amazonaws.com.cn`): MinIO, Ceph and other S3-compatible services are out of scope, whatever Region they
                name.
                """)
            .rationale("""
                The registry's S3 driver sends the bucket's requests to this endpoint, and `s3.amazonaws.com` serves
                only `us-east-1`: with a bucket elsewhere "the registry healthcheck eventually reports a 503 error" and
                image builds fail. Gitpod's documentation: "If using a region other than `us-east-1`, you will need to
                change the endpoint to be `s3.<region>.amazonaws.com`."
                """)
            .fix("""
                Set the endpoint to `s3.<region>.amazonaws.com` for the bucket's Region (`s3.<region>.amazonaws.com.cn`
                in China), or correct the Region if the bucket is elsewhere.
                """)
            .gitpodDocs("Amazon ECR", "amazon-elastic-container-registry-ecr")
            .gitpodSource(
                    "install/kots/manifests/kots-config.yaml", "the help text of `reg_incluster_storage_s3_endpoint`")
            .source(
                    "Gitpod commit 9c77d947: `s3.amazonaws.com` works only for a bucket in `us-east-1`, else the "
                            + "registry health check reports 503",
                    "https://github.com/gitpod-io/gitpod/commit/9c77d947c25be2e8cb86ca8e8bbec0a98d5cadb6")
            .gitpodSource(
                    "install/installer/pkg/components/docker-registry/helm.go",
                    "`s3storage.endpoint` is the registry's `regionEndpoint`")
            .source("AWS documentation, Amazon S3 endpoints", "https://docs.aws.amazon.com/general/latest/gr/s3.html")
            .source(
                    "AWS documentation, AWS Region billing codes (the list of Regions)",
                    "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-region-billing-codes.html")
            .source(
                    "AWS documentation, Amazon S3 virtual hosting of buckets (legacy s3-Region endpoints, Regions "
                            + "launched before 2019-03-20)",
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html")
            .build();

    private static final String CONSEQUENCE = "With another endpoint the registry's S3 health check eventually fails "
            + "with 503 errors and workspace image builds stop.";

    /** Creates the rule. */
    public RegistryS3EndpointRegionRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<ContainerRegistry.S3Backend> backend = config.registry().s3Backend();
        if (backend.isPresent()
                && backend.get().region().isPresent()
                && backend.get().endpoint().isPresent()) {
            S3EndpointRegionCheck.check(
                    config.format(),
                    backend.get().region().get(),
                    backend.get().endpoint().get(),
                    CONSEQUENCE,
                    findings);
        }
    }
}
