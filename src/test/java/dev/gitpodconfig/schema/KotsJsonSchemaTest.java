package dev.gitpodconfig.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Schema;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.schema.EditorValidation.Reading;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The KOTS ConfigValues schema rejects what the {@code check} goal reports as an error in an item (a value that is
 * not a string, a bool or select value outside its options, an unknown {@code reg_*}, {@code store_*} or
 * {@code db_*} item) and accepts the rest, in both readings of the YAML.
 */
class KotsJsonSchemaTest {

    private static final Schema SCHEMA = EditorValidation.load(EditorSchemas.kotsConfigValues());

    private static final String SECRET_KEY = "store_s3_secret_access_key: {value: s}";

    private static final List<String> ITEM_RULES =
            List.of("config-wrong-type", "config-unknown-key", "storage-provider-incomplete");

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the rule that reports it (- for none) | the items (\\n for a line break)
            config-wrong-type | reg_incluster_storage:\\n  value: s4
            config-wrong-type | reg_incluster_storage:\\n  default: s4
            - | reg_incluster_storage:\\n  value: s3
            - | reg_incluster_storage:\\n  value: ""
            config-wrong-type | reg_incluster:\\n  value: 0
            config-wrong-type | reg_incluster:\\n  value: "2"
            config-wrong-type | reg_incluster:\\n  value: true
            - | reg_incluster:\\n  value: "1"
            - | reg_incluster:\\n  valuePlaintext: "1"
            - | reg_incluster:
            config-wrong-type | reg_incluster: "1"
            config-wrong-type | reg_url:\\n  value: 5
            - | reg_url:\\n  value: "5"
            config-unknown-key | reg_urll:\\n  value: registry.example.com
            config-unknown-key | store_bucket:\\n  value: b
            config-unknown-key | db_hots:\\n  value: db.example.com
            config-wrong-type | db_incluster:\\n  value: no
            - | domain:\\n  value: gitpod.example.com
            - | reg_bucketname:\\n  value: b
            - | store_provider: {value: s3}\\nstore_region: {value: r}\\nstore_s3_access_key_id: {value: k}\\nSECRET_KEY
            storage-provider-incomplete | store_provider:\\n  value: minio
            """)
    void theSchemaRejectsWhatTheCheckReportsAsAnError(String rule, String items) {
        String yaml = Yaml.kotsValues(indent(items.replace("\\n", "\n").replace("SECRET_KEY", SECRET_KEY)));
        // The rules about one item; those about several (an S3 backend without its bucket) are not the schema's.
        List<Finding> errors = Checks.check(yaml).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && ITEM_RULES.contains(f.ruleId()))
                .toList();
        assertEquals(
                rule.equals("-") ? List.of() : List.of(rule),
                errors.stream().map(Finding::ruleId).distinct().toList(),
                errors::toString);
        for (Reading reading : Reading.values()) {
            List<String> schemaErrors = EditorValidation.errors(SCHEMA, yaml, reading);
            assertEquals(rule.equals("-"), schemaErrors.isEmpty(), () -> reading + ": " + schemaErrors);
        }
    }

    @Test
    void aDocumentThatIsNotConfigValuesIsRejected() {
        for (String yaml : List.of(
                "apiVersion: kots.io/v1beta1\nkind: Config\nspec: {}\n",
                "apiVersion: v1\nkind: ConfigValues\nspec: {}\n",
                "spec:\n  values: {}\n")) {
            assertFalse(EditorValidation.errors(SCHEMA, yaml, Reading.YAML_1_2).isEmpty(), yaml);
        }
    }

    private static String indent(String items) {
        return ("    " + items.replace("\n", "\n    ")).stripTrailing() + "\n";
    }
}
