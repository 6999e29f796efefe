package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryVendor;

/** {@code registry-ecr-unsupported}: Amazon ECR as Gitpod's external registry. */
public final class RegistryEcrUnsupportedRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-ecr-unsupported")
            .severity(Severity.ERROR)
            .title("Amazon ECR as the external registry")
            .summary("""
                The external registry in use is Amazon ECR (private, China, FIPS, dual-stack, GovCloud or ECR Public).
                """)
            .description("""
                The external registry in use is Amazon ECR: private `<account>.dkr.ecr.<region>.amazonaws.com` (also
                China `....amazonaws.com.cn`, GovCloud, FIPS `dkr.ecr-fips`, dual-stack `dkr-ecr....on.aws`) or ECR Public
                `public.ecr.aws`, in any case and with any port. Installer: `containerRegistry.inCluster: false` with
                `external.url`; KOTS: `reg_incluster` `"0"` with `reg_url` or `reg_server`.

                It never fires for `repository:` (where Gitpod pulls its own images from), for
                `privateBaseImageAllowList` entries, or for a URL the installer ignores (`inCluster: true`, KOTS
                `reg_incluster` absent or `"1"`).
                """)
            .rationale("""
                Amazon ECR does not fully implement the Docker v2 API: it does not create a repository when an image is
                pushed to it. Gitpod pushes to `<url>/base-images` and `<url>/workspace-images` without creating them,
                so every image build fails, and ECR's short-lived tokens break pulls as well. Gitpod's documentation:
                "For that reason, ECR is not supported with Gitpod."
                """)
            .fix("""
                Use the in-cluster registry backed by an S3 bucket instead: `containerRegistry.inCluster: true` with
                `containerRegistry.s3storage`, and remove `containerRegistry.external` (KOTS: `reg_incluster` `"1"` and
                `reg_incluster_storage` `"s3"`, without `reg_url` and `reg_server`). The message fills in the Region of
                the ECR host, else `metadata.region`.
                """)
            .gitpodDocs("Amazon ECR", "amazon-elastic-container-registry-ecr")
            .gitpodSource(
                    "install/installer/docs/overview.md",
                    "ECR errors on push; use the in-cluster registry with S3 storage")
            .source(
                    "Gitpod issue #2055: workspace images on ECR fail with `no basic auth credentials`",
                    "https://github.com/gitpod-io/gitpod/issues/2055")
            .source(
                    "AWS documentation, Amazon ECR private registry (the registry host format)",
                    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html")
            .source(
                    "AWS documentation, Amazon ECR endpoints (FIPS and dual-stack hosts)",
                    "https://docs.aws.amazon.com/general/latest/gr/ecr.html")
            .build();

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
            GitpodConfig config = target.config().orElseThrow();
            findings.at(host.value())
                    .message("Amazon ECR cannot be Gitpod's registry: " + what + ". ECR does not create repositories "
                            + "on push, so Gitpod's pushes to " + ExternalRegistryHosts.pushTargets(host.reference())
                            + " fail.")
                    .fix(ExternalRegistryHosts.inClusterFix(
                            config, ExternalRegistryHosts.statedRegion(config, host.reference()), true))
                    .report();
            return; // one finding per configuration: the server repeats what the URL already says
        }
    }
}
