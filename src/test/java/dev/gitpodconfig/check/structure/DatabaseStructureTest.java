package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.Database;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database block and the KOTS db_* items under config-unknown-key, config-wrong-type and config-ignored-block. */
class DatabaseStructureTest {

    private static final String EXTERNAL =
            "    external:\n      certificate:\n        kind: secret\n        name: db\n";
    private static final String CLOUD_SQL = "    cloudSQL:\n      instance: p:europe-west2:i\n";

    private static String database(String inCluster, String blocks) {
        return "database:\n" + (inCluster == null ? "" : "  inCluster: " + inCluster + "\n")
                + blocks.replace("\n  ", "\n").replaceFirst("^  ", "");
    }

    @Test
    void unknownKeysInTheDatabaseBlockAreErrors() {
        Finding typo = Checks.only("config-unknown-key")
                .single("database:\n  inCluster: false\n  cloudSLQ:\n" + "    instance: p:europe-west2:i\n");
        assertFinding(typo, "config-unknown-key", Severity.ERROR, 3, 3, "database.cloudSLQ");
        assertMessageContains(typo, "Unknown key 'cloudSLQ' in database", "Did you mean 'cloudSQL'?");
        // encoding/json matches keys case-insensitively: cloudSql is cloudSQL to the installer.
        Checks.only("config-unknown-key")
                .assertNoFinding("database:\n  inCluster: false\n  cloudSql:\n    instance: p:europe-west2:i\n");
        Finding deep = Checks.only("config-unknown-key")
                .single("database:\n  inCluster: false\n  cloudSQL:\n" + "    instaance: p:europe-west2:i\n");
        assertFinding(deep, "config-unknown-key", Severity.ERROR, 4, 5, "database.cloudSQL.instaance");
        Checks.only("config-unknown-key")
                .assertNoFinding("database:\n  inCluster: false\n  ssl:\n    caCert:\n"
                        + "      kind: secret\n      name: ca\n  external:\n    certificate:\n      kind: secret\n"
                        + "      name: db\n");
    }

    @Test
    void wrongTypesInTheDatabaseBlock() {
        Finding quoted = Checks.only("config-wrong-type").single("database:\n  inCluster: \"false\"\n");
        assertFinding(quoted, "config-wrong-type", Severity.ERROR, 2, 14, "database.inCluster");
        assertEquals("false", quoted.replacement());
        assertFinding(
                // A number would be its text to the installer (sigs.k8s.io/yaml); a list is no string.
                Checks.only("config-wrong-type").single("database:\n  cloudSQL:\n    instance: [42]\n"),
                "config-wrong-type",
                Severity.ERROR,
                3,
                15,
                "database.cloudSQL.instance");
    }

    @Test
    void externalAndCloudSqlBesideInClusterAreIgnored() {
        List<Finding> findings = Checks.only("config-ignored-block")
                .check(database("true", EXTERNAL + CLOUD_SQL))
                .findings();
        assertEquals(2, findings.size(), findings::toString);
        assertFinding(findings.get(0), "config-ignored-block", Severity.WARNING, 3, 3, "database.external");
        assertEquals(
                "Ignored setting: database.external is ignored because database.inCluster is true: the in-cluster "
                        + "MySQL is used.",
                findings.get(0).message());
        assertFinding(findings.get(1), "config-ignored-block", Severity.WARNING, 7, 3, "database.cloudSQL");
        assertMessageContains(
                Checks.only("config-ignored-block").single(database(null, EXTERNAL)),
                "database.inCluster is true by default");
    }

    @Test
    void externalBesideCloudSqlIsIgnored() {
        Finding finding = Checks.only("config-ignored-block").single(database("false", EXTERNAL + CLOUD_SQL));
        assertFinding(finding, "config-ignored-block", Severity.WARNING, 3, 3, "database.external");
        assertMessageContains(
                finding, "database.cloudSQL is set as well, and the installer then connects to Cloud SQL");
        Checks.only("config-ignored-block").assertNoFinding(database("false", EXTERNAL));
        Checks.only("config-ignored-block").assertNoFinding(database("\"true\"", EXTERNAL));
    }

    @Test
    void theTypedViewChoosesAsTheInstallerDoes() {
        assertEquals(
                Database.Kind.IN_CLUSTER,
                Yaml.installer("domain: x\n").database().kind());
        assertEquals(
                Database.Kind.IN_CLUSTER,
                Yaml.installer(database(null, EXTERNAL)).database().kind());
        assertEquals(
                Database.Kind.CLOUD_SQL,
                Yaml.installer(database("false", EXTERNAL + CLOUD_SQL))
                        .database()
                        .kind());
        GitpodConfig external = Yaml.installer(database("false", EXTERNAL) + "  ssl:\n    caCert:\n      name: ca\n");
        assertEquals(Database.Kind.EXTERNAL, external.database().kind());
        assertEquals(
                "db",
                external.database()
                        .external()
                        .orElseThrow()
                        .certificateSecret()
                        .orElseThrow()
                        .text()
                        .orElseThrow());
        assertEquals(
                "ca", external.database().caCertSecret().orElseThrow().text().orElseThrow());
        assertEquals(
                Database.Kind.NONE,
                Yaml.installer(database("false", "")).database().kind());
        GitpodConfig kots = Yaml.kots(kotsValuesWithoutMetadata("    db_incluster:\n      value: \"0\"\n"));
        assertEquals(Database.Kind.EXTERNAL, kots.database().kind());
        assertEquals(
                "3306",
                kots.database()
                        .external()
                        .orElseThrow()
                        .port()
                        .orElseThrow()
                        .text()
                        .orElseThrow());
    }

    @Test
    void kotsDbItemsAreKnownTypedAndIgnoredByTheirWhenConditions() {
        Finding unknown = Checks.only("config-unknown-key")
                .single(kotsValuesWithoutMetadata("    db_hostname:\n      value: mysql\n"));
        assertMessageContains(unknown, "Unknown KOTS item 'db_hostname'", "Did you mean 'db_host'?");
        Finding bool = Checks.only("config-wrong-type")
                .single(kotsValuesWithoutMetadata("    db_incluster:\n      value: \"no\"\n"));
        assertMessageContains(bool, "KOTS item 'db_incluster' is a bool item");
        Finding number =
                Checks.only("config-wrong-type").single(kotsValuesWithoutMetadata("    db_port:\n      value: 3306\n"));
        assertEquals("\"3306\"", number.replacement());

        List<Finding> inCluster = Checks.only("config-ignored-block")
                .check(kotsValuesWithoutMetadata("""
                    db_cloudsql_enabled:
                      value: "0"
                    db_host:
                      value: mysql.example.com
                    db_port:
                      value: "3306"
                """))
                .findings();
        assertEquals(1, inCluster.size(), inCluster::toString);
        assertFinding(inCluster.get(0), "config-ignored-block", Severity.WARNING, 8, 14, "spec.values.db_host.value");
        assertEquals(
                "Ignored setting: db_host is ignored because db_incluster is \"1\" by default (in-cluster MySQL).",
                inCluster.get(0).message());

        Finding cloudSqlHost = Checks.only("config-ignored-block").single(kotsValuesWithoutMetadata("""
                    db_incluster:
                      value: "0"
                    db_cloudsql_enabled:
                      value: "1"
                    db_host:
                      value: mysql.example.com
                """));
        assertMessageContains(cloudSqlHost, "db_host is ignored because db_cloudsql_enabled is \"1\"");
        Finding externalInstance = Checks.only("config-ignored-block").single(kotsValuesWithoutMetadata("""
                    db_incluster:
                      value: "0"
                    db_cloudsql_instance:
                      value: p:europe-west2:i
                """));
        assertMessageContains(externalInstance, "db_cloudsql_enabled is \"0\" by default (external database)");
    }
}
