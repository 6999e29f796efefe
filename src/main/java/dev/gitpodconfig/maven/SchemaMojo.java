package dev.gitpodconfig.maven;

import dev.gitpodconfig.schema.EditorSchemas;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes JSON Schema files (draft-07) for editors: one for the installer config of Gitpod release 2022.11.3
 * ({@code gitpod.config.yaml}) and one for KOTS ConfigValues of Gitpod's admin console. Editors that read them
 * (VS Code with the YAML extension, IntelliJ) complete keys, show what each key is and which rules check it, and
 * flag unknown keys, wrong types and values outside their list as the file is written. Needs no project; not bound
 * to a phase.
 */
@Mojo(name = "schema", requiresProject = false, threadSafe = true)
public class SchemaMojo extends AbstractMojo {

    /**
     * The directory the schema files are written to. A file there that this plugin did not write is never
     * replaced: the goal fails instead.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gitpod-config.schemaDirectory",
            defaultValue = "${project.build.directory}/gitpod-config/schema")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            for (Path file : EditorSchemas.write(outputDirectory.toPath())) {
                getLog().info("JSON Schema: " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the JSON Schema files: " + e.getMessage(), e);
        }
    }
}
