package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.RegistryVendor;

/** {@code registry-gitlab-unsupported}: GitLab's container registry as Gitpod's external registry. */
public final class RegistryGitlabUnsupportedRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(
            "registry-gitlab-unsupported",
            Severity.ERROR,
            "The external registry is GitLab's: registry.gitlab.com, a host in gitlabRegistryHosts, or a host that looks like a "
                    + "GitLab registry (a 'gitlab' DNS label, or port 5050).",
            "GitLab only accepts images under an existing <group>/<project> path and scopes its tokens to it, so Gitpod's "
                    + "pushes to <url>/base-images and <url>/workspace-images are refused and workspaces fail with "
                    + "'cannot resolve workspace image'.",
            "Gitpod Self-Hosted 'Resource Configuration' page (GitLab section); gitpod-io/gitpod#5305, #7264, #8795; research §5.4",
            "Use the in-cluster registry, or a registry that creates repositories on push.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        for (ExternalRegistryHosts.Host host : ExternalRegistryHosts.of(target)) {
            if (target.registryHosts().classify(host.reference()) != RegistryVendor.GITLAB) {
                continue;
            }
            findings.at(host.value())
                    .message("GitLab's container registry cannot be Gitpod's registry: "
                            + target.registryHosts().gitlabReason(host.reference()) + ". GitLab refuses pushes outside "
                            + "an existing <group>/<project>, so Gitpod's pushes to "
                            + ExternalRegistryHosts.pushTargets(host.reference()) + " fail.")
                    .fix(ExternalRegistryHosts.inClusterFix(target.config().orElseThrow().format())
                            + " If this host is not a GitLab registry, skip this rule with skipRules.")
                    .report();
            return;
        }
    }
}
