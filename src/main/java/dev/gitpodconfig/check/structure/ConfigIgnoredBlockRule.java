package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.IgnoredSetting;

/** {@code config-ignored-block}: settings the installer or KOTS will not use. */
public final class ConfigIgnoredBlockRule extends ConfigRule {

    private static final RuleInfo INFO = new RuleInfo(
            "config-ignored-block",
            Severity.WARNING,
            "A block the installer ignores: external beside inCluster: true, s3storage beside inCluster: false, a storage provider "
                    + "block beside objectStorage.inCluster: true, KOTS reg_url while reg_incluster is \"1\".",
            "An ignored block usually means the team believes a setting is in effect that is not (research §5.1: users told to "
                    + "remove s3storage found their installs working).",
            "install/installer/pkg/components/docker-registry/helm.go, pkg/common/storage.go (research §2.4, §2.6)",
            "Remove the ignored block, or change the switch that turns it off.");

    /** Creates the rule. */
    public ConfigIgnoredBlockRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        for (IgnoredSetting ignored : config.ignoredSettings()) {
            findings.at(ignored.value())
                    .message("Ignored setting: " + ignored.reason() + ".")
                    .fix(capitalize(ignored.fix()) + ".")
                    .report();
        }
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
