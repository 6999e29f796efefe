package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.schema.EditorSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

@MojoTest
class SchemaMojoTest extends RecordingLogSupport {

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "schema")
    void writesBothSchemasAndLogsTheirPaths(SchemaMojo mojo) throws Exception {
        mojo.execute();
        List<Path> files = written();
        assertEquals(2, files.size(), lines().toString());
        Path directory = files.get(0).getParent();
        assertTrue(directory.endsWith(Path.of("target", "gitpod-config", "schema")), directory.toString());
        assertEquals(directory.resolve(EditorSchemas.INSTALLER_FILE), files.get(0));
        assertEquals(directory.resolve(EditorSchemas.KOTS_FILE), files.get(1));
        assertEquals(EditorSchemas.installerConfig(), Files.readString(files.get(0)));
        assertEquals(EditorSchemas.kotsConfigValues(), Files.readString(files.get(1)));
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "schema")
    void failsRatherThanReplaceAFileItDidNotWrite(SchemaMojo mojo) throws Exception {
        mojo.execute();
        Path kots = written().get(1);
        lines().clear();
        Files.writeString(kots, "{}\n");
        try {
            MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
            assertEquals(
                    "Cannot write the JSON Schema files: " + kots
                            + " exists and was not written by this plugin, so it is not replaced",
                    error.getMessage());
            assertEquals("{}\n", Files.readString(kots));
            assertEquals(List.of(), lines());
        } finally {
            Files.delete(kots);
        }
    }

    /** The files the goal says it wrote. */
    private List<Path> written() {
        return lines().stream()
                .filter(line -> line.startsWith("INFO JSON Schema: "))
                .map(line -> Path.of(line.substring("INFO JSON Schema: ".length())))
                .toList();
    }
}
