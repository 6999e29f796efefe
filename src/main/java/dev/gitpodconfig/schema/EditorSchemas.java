package dev.gitpodconfig.schema;

import dev.gitpodconfig.report.ReportFiles;
import dev.gitpodconfig.report.ToolInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema files (draft-07, which yaml-language-server, VS Code and IntelliJ read) for the files the
 * {@code check} goal checks: the 2022.11.3 installer config and KOTS ConfigValues. Both are generated from the
 * schema and item lists the decoder and the rules use, with the rule catalogue's summaries on the keys the rules
 * check, so an editor flags an unknown key, a wrong type or a value outside its list as the file is written.
 */
public final class EditorSchemas {

    /** The installer config's schema file. */
    public static final String INSTALLER_FILE = "gitpod-installer-config-2022.11.3.schema.json";

    /** The KOTS ConfigValues schema file. */
    public static final String KOTS_FILE = "gitpod-kots-configvalues.schema.json";

    /** Text near the start of every schema file this plugin writes: a file without it is never replaced. */
    static final String MARKER = "Written by the schema goal of gitpod-config-maven-plugin";

    private EditorSchemas() {}

    /**
     * The installer config's schema.
     *
     * @return the JSON text
     */
    public static String installerConfig() {
        ToolInfo tool = ToolInfo.load();
        return JsonTree.write(InstallerJsonSchema.build(tool, comment(tool)));
    }

    /**
     * The KOTS ConfigValues schema.
     *
     * @return the JSON text
     */
    public static String kotsConfigValues() {
        ToolInfo tool = ToolInfo.load();
        return JsonTree.write(KotsJsonSchema.build(tool, comment(tool)));
    }

    /**
     * Writes both schema files, each replacing only a file this plugin wrote.
     *
     * @param directory where to write them; created if missing
     * @return the files written, the installer config's first
     * @throws IOException if a file cannot be written, or is in the way and not one the plugin wrote
     */
    public static List<Path> write(Path directory) throws IOException {
        List<Path> files = List.of(directory.resolve(INSTALLER_FILE), directory.resolve(KOTS_FILE));
        // Both or neither: a file in the way stops the goal before it writes anything.
        for (Path file : files) {
            if (!ReportFiles.absentOrOwn(file, MARKER)) {
                throw new IOException(ReportFiles.notOwnReason(file));
            }
        }
        ReportFiles.writeAtomically(files.get(0), installerConfig(), MARKER);
        ReportFiles.writeAtomically(files.get(1), kotsConfigValues(), MARKER);
        return files;
    }

    /** The start of a schema file: the draft, the plugin's marker, the title and what the file is for. */
    static Map<String, Object> root(String comment, String title, String description) {
        Map<String, Object> root = JsonTree.object();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$comment", comment);
        root.put("title", title);
        root.put("description", description);
        return root;
    }

    private static String comment(ToolInfo tool) {
        return MARKER + " " + tool.version() + " (mvn gitpod-config:schema): regenerate it rather than edit it.";
    }
}
