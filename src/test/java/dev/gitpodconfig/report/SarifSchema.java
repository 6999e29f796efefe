package dev.gitpodconfig.report;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates SARIF against the official SARIF 2.1.0 JSON schema (errata 01, draft-04), a copy of which
 * is in the test resources. Also used by the invoker ITs' verify scripts.
 */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    /**
     * Validates a SARIF document.
     *
     * @param sarif the document
     * @return the violations of the schema, empty when it is valid
     */
    public static List<String> errors(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/sarif-schema-2.1.0.json is missing from the test resources");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
