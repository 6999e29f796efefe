package dev.gitpodconfig.check.database;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.Database;
import dev.gitpodconfig.model.GitpodConfig;
import java.util.Optional;

/**
 * {@code database-cloudsql-instance}: a Cloud SQL instance that is not a connection name
 * {@code <project>:<region>:<instance>}.
 */
public final class DatabaseCloudsqlInstanceRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("database-cloudsql-instance")
            .severity(Severity.ERROR)
            .title("a Cloud SQL instance that is not a connection name")
            .summary("""
                `database.cloudSQL.instance` or KOTS `db_cloudsql_instance` is not a connection name
                `<project>:<region>:<instance>`.
                """)
            .description("""
                The Cloud SQL instance of the database in use (installer `database.cloudSQL.instance` while
                `database.inCluster` is false; KOTS `db_cloudsql_instance` while `db_incluster` is `"0"` and
                `db_cloudsql_enabled` is `"1"`) must be the instance's connection name: project id, region and
                instance name separated by colons, e.g. `my-project:europe-west2:gitpod` (a domain-scoped project
                id such as `example.com:my-project` is allowed). Reported as errors: a missing region or project
                (`my-project:gitpod`), a path such as `projects/p/instances/i`, upper-case letters or spaces. An
                instance name alone, with no colon at all (`gitpod-db`), is a warning: it cannot connect either, but
                template and test configs use such a word as a stand-in for a value filled in later, so a team raises
                it with `severities` when its configs hold only real values. Placeholders and empty values are left
                to other rules.
                """)
            .rationale("""
                The installer passes the value unchanged to the Cloud SQL Proxy it deploys
                (`-instances=<instance>=tcp:0.0.0.0:3306`), which connects only to a connection name of that form:
                with anything else the proxy gives Gitpod no database connection. The installer's own validation
                only requires the field to be set, so the mistake shows only on the cluster.
                """)
            .fix("""
                Copy the instance's "Connection name" from the Google Cloud console (or `gcloud sql instances describe
                <instance> --format='value(connectionName)'`).
                """)
            .gitpodSource(
                    "install/installer/pkg/components/database/cloudsql/deployment.go",
                    "the instance is passed to the Cloud SQL Proxy's `-instances` flag")
            .gitpodSource(
                    "install/kots/manifests/kots-config.yaml",
                    "the help text of `db_cloudsql_instance`: the format `<project>:<region>:<instance-name>`")
            .source(
                    "Google Cloud documentation, \"Connect using the Cloud SQL Auth Proxy\" (instance connection name)",
                    "https://cloud.google.com/sql/docs/mysql/connect-auth-proxy")
            .build();

    /** Creates the rule. */
    public DatabaseCloudsqlInstanceRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<Database.CloudSql> cloudSql = config.database().cloudSql();
        if (cloudSql.isEmpty() || cloudSql.get().instance().isEmpty()) {
            return;
        }
        ConfigValue instance = cloudSql.get().instance().get();
        Optional<String> text = instance.checkableText();
        if (text.isEmpty() || isConnectionName(text.get().trim())) {
            return;
        }
        String value = text.get().trim();
        // One word may stand in for the real value in a template; a value with colons or slashes is meant as one.
        boolean bareName = value.indexOf(':') < 0 && value.indexOf('/') < 0;
        findings.at(instance)
                .severity(bareName ? Severity.WARNING : Severity.ERROR)
                .message(Wording.nameOf(instance) + " '" + shorten(value) + "' is not a Cloud SQL connection name "
                        + "<project>:<region>:<instance>" + problem(value) + ": the installer passes it to the Cloud "
                        + "SQL Proxy, which then gives Gitpod no database connection.")
                .fix("Set " + Wording.nameOf(instance) + " to the instance's connection name, e.g. "
                        + "my-project:europe-west2:gitpod (Google Cloud console, or gcloud sql instances describe).")
                .report();
    }

    /**
     * Whether a value is a connection name: a project id (optionally domain-scoped, {@code example.com:project}),
     * a region ({@code europe-west2}) and an instance name, separated by colons, in lower case without spaces or
     * slashes. Written without a regular expression: the rule runs in every build, and compiling one spins classes.
     */
    static boolean isConnectionName(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length == 4 && parts[0].indexOf('.') > 0 && isName(parts[0], true)) {
            parts = new String[] {parts[1], parts[2], parts[3]};
        }
        return parts.length == 3 && isName(parts[0], false) && isRegion(parts[1]) && isName(parts[2], false);
    }

    private static boolean isName(String part, boolean dots) {
        if (part.isEmpty() || part.charAt(0) == '-' || part.charAt(part.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (dots && c == '.'))) {
                return false;
            }
        }
        return true;
    }

    /** A Google Cloud region: lower-case words joined by a hyphen, the last ending in a digit. */
    private static boolean isRegion(String part) {
        int dash = part.indexOf('-');
        return dash > 0
                && isName(part, false)
                && Character.isDigit(part.charAt(part.length() - 1))
                && Character.isLetter(part.charAt(0));
    }

    /** What is wrong with a value, to help the reader see it. */
    private static String problem(String value) {
        if (value.contains("/")) {
            return " (it looks like a resource path; the connection name has colons instead)";
        }
        int colons = value.length() - value.replace(":", "").length();
        if (colons == 0) {
            return " (it is one name; the project and region are missing)";
        }
        if (colons == 1) {
            return " (it has two parts; the region or the project is missing)";
        }
        if (!value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
            return " (connection names are lower case)";
        }
        return "";
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
