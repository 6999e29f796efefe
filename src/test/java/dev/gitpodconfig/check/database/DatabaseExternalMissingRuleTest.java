package dev.gitpodconfig.check.database;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseExternalMissingRuleTest {

    private static final String RULE = "database-external-missing";
    private static final Checks.Run ONLY = Checks.only(RULE);

    @Test
    void reportsNotInClusterWithoutExternalOrCloudSql() {
        Finding finding = ONLY.single("domain: gitpod.example.com\ndatabase:\n  inCluster: false\n");
        assertFinding(finding, RULE, Severity.ERROR, 3, 14, "database.inCluster");
        assertEquals(
                "database.inCluster is false, but neither database.external nor database.cloudSQL is set: the "
                        + "installer's validation passes, but it renders no database, so Gitpod's components have no MySQL to "
                        + "connect to.",
                finding.message());
    }

    @Test
    void aBlockThatIsNoMappingDoesNotCount() {
        assertFinding(
                ONLY.single("database:\n  inCluster: false\n  external: null\n"),
                RULE,
                Severity.ERROR,
                2,
                14,
                "database.inCluster");
    }

    @Test
    void passesExternalCloudSqlAndInCluster() {
        ONLY.assertNoFinding("database:\n  inCluster: false\n  external:\n    certificate:\n      kind: secret\n"
                + "      name: db\n");
        ONLY.assertNoFinding("database:\n  inCluster: false\n  cloudSQL:\n    instance: p:europe-west2:i\n");
        ONLY.assertNoFinding("database:\n  inCluster: true\n");
        ONLY.assertNoFinding("database:\n  external:\n    certificate:\n      name: db\n");
        ONLY.assertNoFinding("domain: gitpod.example.com\n");
        // A quoted "false" is a string: the installer rejects the file (config-wrong-type says so).
        ONLY.assertNoFinding("database:\n  inCluster: \"false\"\n");
    }

    @Test
    void kotsExternalWithoutHostAndPassword() {
        Finding finding = ONLY.single(kotsValuesWithoutMetadata("    db_incluster:\n      value: \"0\"\n"));
        assertFinding(finding, RULE, Severity.ERROR, 6, 14, "spec.values.db_incluster.value");
        assertEquals(
                "db_incluster is \"0\" and db_cloudsql_enabled is \"0\", but db_host and db_password are not "
                        + "set: the KOTS admin console requires db_host, db_port, db_username and db_password for this "
                        + "database, and the Secret it makes for Gitpod's database connection lacks what is not set.",
                finding.message());
        assertEquals(
                "Set db_host and db_password, or set db_incluster to \"1\" for the in-cluster MySQL.", finding.fix());
    }

    @Test
    void kotsPrefilledPortAndUsernameCountUnlessEmpty() {
        String complete = "    db_incluster:\n      value: \"0\"\n    db_host:\n      value: mysql.example.com\n"
                + "    db_password:\n      value: not-a-real-password\n";
        ONLY.assertNoFinding(kotsValuesWithoutMetadata(complete));
        Finding empty = ONLY.single(kotsValuesWithoutMetadata(complete + "    db_port:\n      value: \"\"\n"));
        assertFinding(empty, RULE, Severity.ERROR, 12, 14, "spec.values.db_port.value");
        assertMessageContains(empty, "but db_port is empty");
    }

    @Test
    void kotsCloudSqlNeedsInstanceAndCredentials() {
        Finding finding = ONLY.single(kotsValuesWithoutMetadata("""
                    db_incluster:
                      value: "0"
                    db_cloudsql_enabled:
                      value: "1"
                    db_host:
                      value: mysql.example.com
                    db_password:
                      value: not-a-real-password
                """));
        assertFinding(finding, RULE, Severity.ERROR, 6, 14, "spec.values.db_incluster.value");
        assertMessageContains(
                finding,
                "db_cloudsql_enabled is \"1\", but db_cloudsql_instance and db_gcp_credentials " + "are not set");
    }

    @Test
    void kotsPlaceholdersAreSetAndInClusterNeedsNothing() {
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("""
                    db_incluster:
                      value: "0"
                    db_host:
                      value: ${DBHOST}
                    db_password:
                      value: "${DBPASS}"
                """));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("    db_incluster:\n      value: \"1\"\n"));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata("    store_provider:\n      value: incluster\n"));
    }

    @Test
    void theSecretValuesAreNeverQuoted() {
        String secret = "Pl4nted-Db-Passw0rd";
        List<Finding> findings = Checks.check(kotsValuesWithoutMetadata(
                        "    db_incluster:\n      value: \"0\"\n" + "    db_password:\n      value: " + secret + "\n"))
                .findings();
        assertEquals(1, findings.size(), findings::toString);
        for (Finding finding : findings) {
            assertEquals(-1, (finding.message() + finding.fix()).indexOf(secret), finding::toString);
        }
    }
}
