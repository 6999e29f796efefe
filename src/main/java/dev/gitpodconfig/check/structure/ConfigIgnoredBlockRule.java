package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.IgnoredSetting;

/** {@code config-ignored-block}: settings the installer or KOTS will not use. */
public final class ConfigIgnoredBlockRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-ignored-block")
            .severity(Severity.WARNING)
            .title("settings that another setting switches off")
            .summary("""
                A block the installer ignores: `external` beside `inCluster: true`, `s3storage` beside `inCluster:
                false`, a storage provider block beside `objectStorage.inCluster: true` or beside another provider
                block that wins, `database.external` beside `database.cloudSQL`, KOTS `reg_url` while `reg_incluster`
                is `"1"`.
                """)
            .description("""
                A block the installer ignores: `containerRegistry.external` beside `inCluster: true`,
                `containerRegistry.s3storage` beside `inCluster: false`, an `objectStorage` provider block (`s3`,
                `cloudStorage`, `azure`) beside `objectStorage.inCluster: true` (or its default), or beside another
                provider block that the installer uses first (it takes `azure`, then `s3`, then `cloudStorage`);
                `database.external` or `database.cloudSQL` beside `database.inCluster: true` (or its default), and
                `database.external` beside `database.cloudSQL` (the installer then uses Cloud SQL); KOTS `reg_url` or
                `reg_server` while `reg_incluster` is `"1"`; `db_host`, `db_cloudsql_instance`, `db_gcp_credentials`
                or `db_cloudsql_enabled: "1"` while `db_incluster` is `"1"`, `db_host` while `db_cloudsql_enabled` is
                `"1"`, and `db_cloudsql_instance` or `db_gcp_credentials` while it is `"0"`.
                """)
            .rationale("""
                An ignored block usually means the team believes a setting is in effect that is not. In Gitpod's issue
                tracker, an `s3storage` block beside an external registry recurs in reports of failed installs.
                """)
            .fix("Remove the ignored block, or change the switch that turns it off.")
            .gitpodSource(
                    "install/installer/pkg/components/docker-registry/helm.go",
                    "`s3storage` is used only by the in-cluster registry")
            .gitpodSource(
                    "install/installer/pkg/components/image-builder-mk3/configmap.go",
                    "`external` is used only when `inCluster` is false")
            .gitpodSource(
                    "install/installer/pkg/common/storage.go",
                    "`objectStorage.inCluster` overrides the provider blocks; `azure` wins over `s3`, `s3` over "
                            + "`cloudStorage`")
            .gitpodSource(
                    "install/installer/pkg/components/database/objects.go",
                    "`database.inCluster` first, then `cloudSQL`, then `external`")
            .gitpodSource(
                    "install/kots/manifests/kots-config.yaml",
                    "`reg_url` and `reg_server` apply only while "
                            + "`reg_incluster` is `\"0\"`, the `db_*` items by their `when` conditions")
            .source(
                    "Gitpod issue #8855: check the EKS guide for registry validity (ignored `s3storage`)",
                    "https://github.com/gitpod-io/gitpod/issues/8855")
            .build();

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
