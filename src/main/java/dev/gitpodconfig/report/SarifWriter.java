package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.FindingFingerprint;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.SeverityOverrides;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.load.Position;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a check result as SARIF 2.1.0, the format GitHub code scanning, GitLab, Azure DevOps and IDE
 * viewers read. One run with every rule of the catalogue (descriptions, fix, documentation link,
 * default level); one result per finding, with a region (never omitted: GitHub rejects results
 * without one), the YAML path as a logical location, a fingerprint that survives moved lines, a
 * suggested replacement where the fix is one known value, and, for suppressed findings, the
 * suppression with its reason. The output is deterministic: the same result gives the same bytes.
 *
 * <p>Text a viewer shows (messages, YAML paths, justifications) is {@link Printable printable}: JSON
 * escaping alone would hand a viewer the raw control characters back. Artifact URIs percent-encode them
 * instead ({@code %0A}), so that they still name the real file; inserted content is the exact value to
 * write into the file.
 */
public final class SarifWriter {

    /** The report's file name. */
    public static final String FILE_NAME = "gitpod-config.sarif";
    /** The key of this tool's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "gitpodConfigFinding/v1";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private final ToolInfo tool;
    private final List<RuleInfo> rules;
    private final SeverityOverrides severities;
    private final Set<String> disabledRules;

    /**
     * Creates a writer.
     *
     * @param tool the tool's identity
     * @param rules every rule of the catalogue, in catalogue order
     * @param severities the configured severity changes, recorded as rule configuration overrides
     * @param disabledRules rules that did not run, recorded as disabled
     */
    public SarifWriter(ToolInfo tool, List<RuleInfo> rules, SeverityOverrides severities, Set<String> disabledRules) {
        this.tool = tool;
        this.rules = List.copyOf(rules);
        this.severities = severities;
        this.disabledRules = Set.copyOf(disabledRules);
    }

    /**
     * Writes a result.
     *
     * @param result the check result; its paths are relative to {@code baseDirectory}
     * @param baseDirectory the project directory, which {@code %SRCROOT%} stands for
     * @return the SARIF document
     */
    public String write(CheckResult result, Path baseDirectory) {
        return write(result, baseDirectory, "");
    }

    /**
     * Writes the result of one module of a multi-module build. Its run gets its own
     * {@code automationDetails.id}, {@code gitpod-config/<module path>/}, whose category GitHub code scanning keeps
     * apart from the other modules' runs: uploaded together, no module's alerts replace another's.
     *
     * @param result the check result; its paths are relative to {@code baseDirectory}
     * @param baseDirectory the top of the build, which {@code %SRCROOT%} stands for
     * @param modulePath the module's directory relative to {@code baseDirectory}, with {@code /}; empty for a
     *     single-module build, whose run has no automation id (the upload's category applies)
     * @return the SARIF document
     */
    public String write(CheckResult result, Path baseDirectory, String modulePath) {
        JsonWriter json = new JsonWriter()
                .beginObject()
                .field("$schema", SCHEMA)
                .field("version", "2.1.0")
                .name("runs")
                .beginArray()
                .beginObject();
        writeTool(json);
        writeInvocation(json);
        if (!modulePath.isEmpty()) {
            json.name("automationDetails")
                    .beginObject()
                    .field("id", "gitpod-config/" + modulePath + "/")
                    .endObject();
        }
        json.name("originalUriBaseIds")
                .beginObject()
                .name(SRCROOT)
                .beginObject()
                .field("uri", directoryUri(baseDirectory))
                .endObject()
                .endObject();
        json.field("columnKind", "unicodeCodePoints");
        json.name("results").beginArray();
        List<Entry> entries = new ArrayList<>();
        for (Finding finding : result.findings()) {
            entries.add(new Entry(finding, null));
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            entries.add(new Entry(suppressed.finding(), suppressed));
        }
        entries.sort(Entry.REPORT_ORDER);
        Map<String, Integer> seenFingerprints = new HashMap<>();
        for (Entry entry : entries) {
            writeResult(json, entry, seenFingerprints);
        }
        json.endArray();
        return json.endObject().endArray().endObject().toString();
    }

    private record Entry(Finding finding, SuppressedFinding suppression) {
        static final Comparator<Entry> REPORT_ORDER = new Comparator<>() {
            @Override
            public int compare(Entry a, Entry b) {
                return Finding.REPORT_ORDER.compare(a.finding(), b.finding());
            }
        };
    }

    private void writeTool(JsonWriter json) {
        json.name("tool")
                .beginObject()
                .name("driver")
                .beginObject()
                .field("name", tool.name())
                .field("version", tool.version())
                .field("informationUri", tool.informationUri())
                .name("rules")
                .beginArray();
        for (RuleInfo rule : rules) {
            json.beginObject()
                    .field("id", rule.id())
                    .textField("shortDescription", RuleCatalogText.plain(rule.summary()))
                    .textField("fullDescription", fullDescription(rule))
                    .name("help")
                    .beginObject()
                    .field("text", "Fix: " + oneLine(rule.fix()) + " Documentation: " + tool.helpUri(rule.id()))
                    .field("markdown", helpMarkdown(rule))
                    .endObject()
                    .field("helpUri", tool.helpUri(rule.id()))
                    .name("defaultConfiguration")
                    .beginObject()
                    .field("level", level(rule.defaultSeverity()))
                    .endObject();
            json.name("properties").beginObject().name("tags").beginArray();
            for (String tag : rule.tags()) {
                json.value(tag);
            }
            json.endArray().endObject().endObject();
        }
        json.endArray().endObject().endObject();
    }

    /** The help as code-scanning tools show it: why the rule matters, the fix, and the catalogue page. */
    private String helpMarkdown(RuleInfo rule) {
        return "**Why:** " + rule.rationale() + "\n\n**Fix:** " + rule.fix() + "\n\n[" + rule.id()
                + " in the rule catalogue](" + tool.helpUri(rule.id()) + ")";
    }

    /** Why the rule matters, and its public sources with their addresses. */
    private static String fullDescription(RuleInfo rule) {
        StringBuilder text = new StringBuilder(oneLine(rule.rationale())).append(" Sources: ");
        List<RuleInfo.Source> sources = rule.sources();
        for (int i = 0; i < sources.size(); i++) {
            RuleInfo.Source source = sources.get(i);
            text.append(i == 0 ? "" : "; ")
                    .append(oneLine(source.title()))
                    .append(" (")
                    .append(source.url())
                    .append(')');
        }
        return text.append('.').toString();
    }

    /** A rule text as one plain line: SARIF viewers show the text field as a single paragraph. */
    private static String oneLine(String text) {
        return RuleCatalogText.plain(text).replace('\n', ' ');
    }

    /** The run's configuration: rules turned off and severities changed in the POM. */
    private void writeInvocation(JsonWriter json) {
        json.name("invocations")
                .beginArray()
                .beginObject()
                .name("executionSuccessful")
                .value(true);
        List<Integer> overridden = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String id = rules.get(i).id();
            if (disabledRules.contains(id) || severities.levels().containsKey(id)) {
                overridden.add(i);
            }
        }
        if (!overridden.isEmpty()) {
            json.name("ruleConfigurationOverrides").beginArray();
            for (int i : overridden) {
                String id = rules.get(i).id();
                json.beginObject()
                        .name("descriptor")
                        .beginObject()
                        .field("id", id)
                        .field("index", i)
                        .endObject()
                        .name("configuration")
                        .beginObject();
                if (disabledRules.contains(id)) {
                    json.name("enabled").value(false);
                } else {
                    json.field("level", level(severities.levels().get(id)));
                }
                json.endObject().endObject();
            }
            json.endArray();
        }
        json.endObject().endArray();
    }

    private void writeResult(JsonWriter json, Entry entry, Map<String, Integer> seenFingerprints) {
        Finding finding = entry.finding();
        json.beginObject().field("ruleId", finding.ruleId());
        int index = ruleIndex(finding.ruleId());
        if (index >= 0) {
            json.field("ruleIndex", index);
        }
        json.field("level", level(finding.severity()))
                .textField("message", Printable.escape(finding.message() + " Fix: " + finding.fix()))
                .name("locations")
                .beginArray()
                .beginObject();
        physicalLocation(json, finding.file(), finding.position());
        if (!finding.yamlPath().isEmpty()) {
            String path = Printable.escape(finding.yamlPath());
            json.name("logicalLocations")
                    .beginArray()
                    .beginObject()
                    .field("name", path.substring(path.lastIndexOf('.') + 1))
                    .field("fullyQualifiedName", path)
                    .field("kind", "property")
                    .endObject()
                    .endArray();
        }
        json.endObject().endArray();
        String fingerprint = finding.fingerprint() != null
                ? finding.fingerprint()
                : FindingFingerprint.of(finding.file(), finding.yamlPath(), finding.ruleId(), "");
        Integer seen = seenFingerprints.get(fingerprint);
        int occurrence = seen == null ? 1 : seen + 1;
        seenFingerprints.put(fingerprint, occurrence);
        json.name("partialFingerprints")
                .beginObject()
                .field(FINGERPRINT_KEY, occurrence == 1 ? fingerprint : fingerprint + ":" + occurrence)
                .endObject();
        if (finding.replacement() != null) {
            json.name("fixes")
                    .beginArray()
                    .beginObject()
                    .textField("description", Printable.escape(finding.fix()))
                    .name("artifactChanges")
                    .beginArray()
                    .beginObject();
            artifactLocation(json, finding.file());
            json.name("replacements").beginArray().beginObject();
            region(json, "deletedRegion", finding.position());
            json.name("insertedContent")
                    .beginObject()
                    .field("text", finding.replacement())
                    .endObject()
                    .endObject()
                    .endArray()
                    .endObject()
                    .endArray()
                    .endObject()
                    .endArray();
        }
        if (finding.installerRejects()) {
            // A property bag (SARIF 2.1.0 §3.8): tools can tell findings that fail Gitpod's installer from advice.
            json.name("properties")
                    .beginObject()
                    .name("installerRejects")
                    .value(true)
                    .endObject();
        }
        if (entry.suppression() != null) {
            SuppressedFinding suppression = entry.suppression();
            json.name("suppressions")
                    .beginArray()
                    .beginObject()
                    .field("kind", "inSource")
                    .field("status", "accepted")
                    .field("justification", Printable.escape(suppression.reason()))
                    .name("location")
                    .beginObject();
            physicalLocation(json, finding.file(), suppression.directive());
            json.endObject();
            if (suppression.until() != null) {
                json.name("properties")
                        .beginObject()
                        .field("until", suppression.until().toString())
                        .endObject();
            }
            json.endObject().endArray();
        }
        json.endObject();
    }

    private int ruleIndex(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    private static void physicalLocation(JsonWriter json, String file, Position position) {
        json.name("physicalLocation").beginObject();
        artifactLocation(json, file);
        region(json, "region", position);
        json.endObject();
    }

    private static void artifactLocation(JsonWriter json, String file) {
        json.name("artifactLocation").beginObject();
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            json.field("uri", path.toUri().toASCIIString());
        } else {
            json.field("uri", relativeUri(file)).field("uriBaseId", SRCROOT);
        }
        json.endObject();
    }

    /**
     * A region that is always valid SARIF: lines and columns at least 1, and the end never before the
     * start (a point becomes an empty region at that point).
     */
    private static void region(JsonWriter json, String name, Position position) {
        int startLine = Math.max(1, position.line());
        int startColumn = Math.max(1, position.column());
        int endLine = Math.max(startLine, position.endLine());
        int endColumn =
                endLine == startLine ? Math.max(startColumn, position.endColumn()) : Math.max(1, position.endColumn());
        json.name(name)
                .beginObject()
                .field("startLine", startLine)
                .field("startColumn", startColumn)
                .field("endLine", endLine)
                .field("endColumn", endColumn)
                .endObject();
    }

    static String relativeUri(String relativePath) {
        // Only Windows separates names with a backslash; on POSIX it belongs to a name and is percent-encoded.
        String path = File.separatorChar == '\\' ? relativePath.replace('\\', '/') : relativePath;
        // A first segment with ':' would read as a URI scheme.
        int slash = path.indexOf('/');
        if ((slash < 0 ? path : path.substring(0, slash)).contains(":")) {
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + relativePath, e);
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
