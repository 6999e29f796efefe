package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.RegistryVendor;

/** {@code registry-gitlab-unsupported}: GitLab's container registry as Gitpod's external registry. */
public final class RegistryGitlabUnsupportedRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-gitlab-unsupported")
            .severity(Severity.ERROR)
            .title("GitLab's container registry as the external registry")
            .summary("""
                The external registry is GitLab's: `registry.gitlab.com`, a host in `gitlabRegistryHosts`, or a host
                that looks like a GitLab registry (a `gitlab` DNS label, or port 5050).
                """)
            .description("""
                The external registry is GitLab's: `registry.gitlab.com`, a host listed in the `gitlabRegistryHosts`
                parameter, or a host that looks like a GitLab registry (a `gitlab` DNS label such as
                `registry.gitlab.example.com`, or port 5050, GitLab's default registry port).
                """)
            .rationale("""
                GitLab only accepts images under an existing `<group>/<project>` path and scopes its tokens to it, so
                Gitpod's pushes to `<url>/base-images` and `<url>/workspace-images` are refused and workspaces fail with
                "cannot resolve workspace image". Gitpod's documentation: "GitLab is currently unsupported for use as
                the container registry."
                """)
            .fix("""
                Use the in-cluster registry, or a registry that creates repositories on push. If a host only looks like
                GitLab's, skip the rule with `skipRules`.
                """)
            .gitpodDocs("GitLab", "gitlab")
            .source(
                    "Gitpod issue #8795: a self-hosted GitLab instance as Gitpod's container registry",
                    "https://github.com/gitpod-io/gitpod/issues/8795")
            .source(
                    "Gitpod issue #7264: private registries that fail with unauthorized access",
                    "https://github.com/gitpod-io/gitpod/issues/7264")
            .source(
                    "GitLab documentation, container registry (image names under a project)",
                    "https://docs.gitlab.com/ee/user/packages/container_registry/")
            .source(
                    "GitLab documentation, container registry administration (port 5050)",
                    "https://docs.gitlab.com/ee/administration/packages/container_registry.html")
            .build();

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
                    .fix(ExternalRegistryHosts.inClusterFix(
                                    target.config().orElseThrow(),
                                    ExternalRegistryHosts.metadataRegion(
                                            target.config().orElseThrow()),
                                    false)
                            + " If this host is not a GitLab registry, skip this rule with skipRules.")
                    .report();
            return;
        }
    }
}
