package dev.gitpodconfig.check.database;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseCloudsqlInstanceRuleTest {

    private static final String RULE = "database-cloudsql-instance";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** A Cloud SQL database whose instance is at line 4, column 15. */
    private static String installer(String instance) {
        return "database:\n  inCluster: false\n  cloudSQL:\n    instance: " + instance
                + "\n    serviceAccount:\n      kind: secret\n      name: cloudsql\n";
    }

    @Test
    void reportsAnInstanceNameAloneAsAWarning() {
        // One word is what template configs hold until deploy time (Gitpod's own render fixtures do).
        Finding finding = ONLY.single(installer("gcp-db-instance"));
        assertFinding(finding, RULE, Severity.WARNING, 4, 15, "database.cloudSQL.instance");
        assertEquals(
                "database.cloudSQL.instance 'gcp-db-instance' is not a Cloud SQL connection name "
                        + "<project>:<region>:<instance> (it is one name; the project and region are missing): the installer "
                        + "passes it to the Cloud SQL Proxy, which then gives Gitpod no database connection.",
                finding.message());
    }

    @Test
    void saysWhatIsWrong() {
        Finding twoParts = ONLY.single(installer("my-project:gitpod"));
        assertMessageContains(twoParts, "(it has two parts");
        assertEquals(Severity.ERROR, twoParts.severity());
        assertMessageContains(ONLY.single(installer("projects/p/instances/i")), "resource path");
        assertMessageContains(ONLY.single(installer("My-Project:europe-west2:gitpod")), "lower case");
        ONLY.single(installer("my-project:europe:gitpod"));
        ONLY.single(installer("my-project::gitpod"));
        ONLY.single(installer("'my project:europe-west2:gitpod'"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my-project:europe-west2:gitpod",
                "p123:us-central1:db-1",
                "example.com:my-project:us-east1:db",
                "northamerica-northeast1-project:northamerica-northeast1:gitpod"
            })
    void acceptsConnectionNames(String name) {
        assertTrue(DatabaseCloudsqlInstanceRule.isConnectionName(name), name);
        ONLY.assertNoFinding(installer(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a:b:c",
                "p:europe-west2:",
                ":europe-west2:i",
                "p:europe-west2:i:j",
                "-p:us-east1:i",
                "example:p:us-east1:i"
            })
    void rejectsNearMisses(String name) {
        assertFalse(DatabaseCloudsqlInstanceRule.isConnectionName(name), name);
    }

    @Test
    void onlyTheCloudSqlInUseWithACheckableValue() {
        ONLY.assertNoFinding(installer("${INSTANCE}"));
        ONLY.assertNoFinding(installer("\"\""));
        // In-cluster: the cloudSQL block is ignored (config-ignored-block reports it).
        ONLY.assertNoFinding(installer("gcp-db-instance").replace("inCluster: false", "inCluster: true"));
    }

    @Test
    void kotsInstance() {
        String items = """
                    db_incluster:
                      value: "0"
                    db_cloudsql_enabled:
                      value: "1"
                    db_cloudsql_instance:
                      value: gitpod-db
                """;
        Finding finding = ONLY.single(kotsValuesWithoutMetadata(items));
        assertFinding(finding, RULE, Severity.WARNING, 10, 14, "spec.values.db_cloudsql_instance.value");
        assertMessageContains(finding, "db_cloudsql_instance 'gitpod-db' is not a Cloud SQL connection name");
        ONLY.assertNoFinding(kotsValuesWithoutMetadata(items.replace("\"1\"", "\"0\"")));
        ONLY.assertNoFinding(kotsValuesWithoutMetadata(items.replace("gitpod-db", "p:europe-west2:gitpod-db")));
    }
}
