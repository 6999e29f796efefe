package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.RegistryVendor;

/** {@code registry-ecr-unsupported}: Amazon ECR as Gitpod's external registry. */
public final class RegistryEcrUnsupportedRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(
            "registry-ecr-unsupported",
            Severity.ERROR,
            "The external registry in use is Amazon ECR (private, China, FIPS, dual-stack, GovCloud or ECR Public).",
            "ECR does not fully implement the Docker v2 API: it does not create a repository when an image is pushed to it. "
                    + "Gitpod pushes to <url>/base-images and <url>/workspace-images without creating them, so every image build "
                    + "fails, and ECR's short-lived tokens break pulls as well.",
            "Gitpod Self-Hosted 'Resource Configuration' page (ECR section); install/installer/docs/overview.md; research §5.1",
            "Use the in-cluster registry backed by an S3 bucket instead.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        for (ExternalRegistryHosts.Host host : ExternalRegistryHosts.of(target)) {
            RegistryVendor vendor = target.registryHosts().classify(host.reference());
            if (vendor != RegistryVendor.AMAZON_ECR && vendor != RegistryVendor.AMAZON_ECR_PUBLIC) {
                continue;
            }
            String what = vendor == RegistryVendor.AMAZON_ECR_PUBLIC
                    ? "'" + host.reference().host() + "' is Amazon ECR Public"
                    : "'" + host.reference().hostAndPort() + "' is an Amazon ECR host";
            findings.at(host.value())
                    .message("Amazon ECR cannot be Gitpod's registry: " + what + ". ECR does not create repositories "
                            + "on push, so Gitpod's pushes to " + ExternalRegistryHosts.pushTargets(host.reference())
                            + " fail.")
                    .fix(ExternalRegistryHosts.inClusterFix(target.config().orElseThrow().format()))
                    .report();
            return; // one finding per configuration: the server repeats what the URL already says
        }
    }
}
