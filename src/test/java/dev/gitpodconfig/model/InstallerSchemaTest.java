package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstallerSchemaTest {

    @Test
    void aDeferredPartIsBuiltOnFirstReadAndThenKept() {
        SchemaNode.Field experimental = InstallerSchema.ROOT.fields().get("experimental");
        SchemaNode built = experimental.schema();
        assertEquals("experimental.Config", built.goType());
        assertTrue(built.fields().containsKey("webapp"), built.fields().keySet().toString());
        assertSame(built, experimental.schema());
        SchemaNode customization =
                InstallerSchema.ROOT.fields().get("customization").schema();
        assertEquals("[]config.Customization", customization.goType());
        // The embedded TypeMeta's fields are promoted into the struct.
        assertTrue(customization.items().orElseThrow().fields().containsKey("apiVersion"));
    }
}
