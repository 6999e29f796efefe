package dev.gitpodconfig.check.database;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RequiredSettings;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.Database;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsItem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code database-external-missing}: the database is not in-cluster, but the file does not say which one
 * to use (installer), or lacks the KOTS items its branch requires.
 */
public final class DatabaseExternalMissingRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("database-external-missing")
            .severity(Severity.ERROR)
            .title("a database that is not in-cluster, without its settings")
            .summary("""
                `database.inCluster: false` without `external` or `cloudSQL`, or KOTS `db_incluster` `"0"` without the
                items of the chosen database.
                """)
            .description("""
                Installer: `database.inCluster: false` with neither a `database.external` nor a `database.cloudSQL`
                block, reported at `inCluster`.

                KOTS: `db_incluster` `"0"` with a required item missing or empty, reported at `db_incluster` (an empty
                value at the value): for an external database (`db_cloudsql_enabled` `"0"`, the default) `db_host`,
                `db_port`, `db_username` and `db_password`; for Cloud SQL (`db_cloudsql_enabled` `"1"`)
                `db_cloudsql_instance`, `db_gcp_credentials`, `db_username` and `db_password`. `db_port` and
                `db_username` count as set when the file leaves them out: the admin console pre-fills `3306` and
                `gitpod`.
                """)
            .rationale("""
                The installer's validation does not require either block: it passes, and the installer renders no
                database at all, so Gitpod's server and its other components have no MySQL to connect to and the
                installation never becomes ready. In KOTS the items are required fields of the admin console; the
                Secret it makes for the database from them lacks what is not set.
                """)
            .fix("""
                Add `database.external.certificate` (a Secret with `host`, `port`, `username`, `password` and
                `encryptionKeys`) or `database.cloudSQL` (`instance` and `serviceAccount`), or set
                `database.inCluster: true`; in KOTS set the listed items.
                """)
            .gitpodSource(
                    "install/installer/pkg/components/database/objects.go",
                    "no database objects unless in-cluster, `cloudSQL` or `external` is set")
            .gitpodSource(
                    "install/installer/pkg/config/v1/config.go",
                    "`database` has no `validate` tags that require a block")
            .gitpodSource("install/kots/manifests/kots-config.yaml", "the `db_*` items and their `when` conditions")
            .build();

    /** Creates the rule. */
    public DatabaseExternalMissingRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Database database = config.database();
        if (config.format() == GitpodConfig.Format.INSTALLER) {
            if (database.kind() == Database.Kind.NONE) {
                String base = config.pathOf("database");
                findings.at(database.inClusterValue().orElse(database.declaredAt()))
                        .message(base + ".inCluster is false, but neither " + base + ".external nor " + base
                                + ".cloudSQL is set: the installer's validation passes, but it renders no database, "
                                + "so Gitpod's components have no MySQL to connect to.")
                        .fix("Add " + base + ".external.certificate (a Secret with host, port, username, password and "
                                + "encryptionKeys) or " + base + ".cloudSQL (instance and serviceAccount), or set "
                                + base + ".inCluster: true for the in-cluster MySQL.")
                        .report();
            }
            return;
        }
        List<RequiredSettings.Setting> required = new ArrayList<>();
        String branch;
        if (database.cloudSql().isPresent()) {
            Database.CloudSql cloudSql = database.cloudSql().get();
            branch = "db_cloudsql_enabled is \"1\"";
            required.add(RequiredSettings.item(KotsItem.DB_CLOUDSQL_INSTANCE, cloudSql.instance()));
            required.add(RequiredSettings.item(KotsItem.DB_GCP_CREDENTIALS, cloudSql.credentials()));
            required.add(RequiredSettings.item(KotsItem.DB_USERNAME, cloudSql.username()));
            required.add(RequiredSettings.item(KotsItem.DB_PASSWORD, cloudSql.password()));
        } else if (database.external().isPresent()) {
            Database.External external = database.external().get();
            branch = "db_cloudsql_enabled is \"0\"";
            required.add(RequiredSettings.item(KotsItem.DB_HOST, external.host()));
            required.add(RequiredSettings.item(KotsItem.DB_PORT, external.port()));
            required.add(RequiredSettings.item(KotsItem.DB_USERNAME, external.username()));
            required.add(RequiredSettings.item(KotsItem.DB_PASSWORD, external.password()));
        } else {
            return;
        }
        String all = Wording.join(
                required.stream().map(RequiredSettings.Setting::name).toList());
        ConfigValue at = database.declaredAt();
        for (RequiredSettings.Missing missing : RequiredSettings.missing(required, at)) {
            String names = Wording.join(missing.names());
            findings.at(missing.at())
                    .message("db_incluster is \"0\" and " + branch + ", but " + names
                            + (missing.names().size() == 1 ? " is" : " are") + (missing.blank() ? " empty" : " not set")
                            + ": the KOTS admin console requires " + all + " for this database, and the Secret it "
                            + "makes for Gitpod's database connection lacks what is not set.")
                    .fix("Set " + names + ", or set db_incluster to \"1\" for the in-cluster MySQL.")
                    .report();
        }
    }
}
