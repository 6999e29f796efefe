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

    private static final RuleInfo INFO = new RuleInfo(
            "registry-s3-endpoint-region",
            Severity.ERROR,
            "The in-cluster registry's S3 backend uses an AWS endpoint that does not serve its Region: us-east-1 takes "
                    + "s3.amazonaws.com or s3.us-east-1.amazonaws.com, any other Region s3.<region>.amazonaws.com "
                    + "(s3.<region>.amazonaws.com.cn in China); or the Region is not an AWS Region.",
            "The registry's S3 driver sends the bucket's requests to the endpoint: s3.amazonaws.com only serves us-east-1, so "
                    + "with a bucket elsewhere the registry's health check eventually reports 503 errors and image builds fail. "
                    + "Non-AWS endpoints (MinIO, Ceph, other S3-compatible services) are not checked.",
            "Gitpod Self-Hosted 'Resource Configuration' page (ECR section); KOTS help text of "
                    + "reg_incluster_storage_s3_endpoint and commit 9c77d947; research §5.2, §6",
            "Set the endpoint to s3.<region>.amazonaws.com for the bucket's Region (s3.<region>.amazonaws.com.cn in China).");

    private static final String CONSEQUENCE = "With another endpoint the registry's S3 health check eventually fails "
            + "with 503 errors and workspace image builds stop.";

    /** Creates the rule. */
    public RegistryS3EndpointRegionRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<ContainerRegistry.S3Backend> backend = config.registry().s3Backend();
        if (backend.isPresent() && backend.get().region().isPresent() && backend.get().endpoint().isPresent()) {
            S3EndpointRegionCheck.check(config.format(), backend.get().region().get(), backend.get().endpoint().get(), CONSEQUENCE,
                    findings);
        }
    }
}
