package dev.gitpodconfig.cache;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.report.ReportFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The result of the last check of a project, kept in a file under {@code target/} so that a build in
 * which nothing changed reuses it instead of loading and checking every file again (most builds of a
 * developer's day). It is keyed, like Checkstyle's cache and Spotless's index, by everything the result
 * depends on: the plugin and SnakeYAML jars, every option, today's date (suppressions expire), and the
 * path, size and modification time of every file found. Any difference is a miss and a full check.
 *
 * <p>The file holds what the reports already hold (findings with masked messages, paths, positions,
 * fingerprints) plus sizes and times, and the names of the properties resource filtering read (their values are in
 * the key, a secret one never). It never holds file content or a hash of it: a hash of a small
 * Secret would let anyone with the build directory test guesses of its password.
 *
 * <p>A file changed within {@link #RACY_MILLIS} of the check is not trusted to the modification time (an
 * edit in the same clock tick leaves it unchanged), so such a result is not kept. A cache file that
 * cannot be read or parsed is a miss; a cache file that cannot be written is only a lost speed-up.
 */
public final class ResultCache {

    /**
     * How every cache file of this plugin begins, whatever its layout: an existing {@code cacheFile} without it
     * is a user's file and is never replaced.
     */
    public static final String MARKER = "gitpod-config-cache ";

    /** The first line of every cache file; a new layout gets a new number, so old files are misses. */
    static final String HEADER = MARKER + "4";

    /** Files modified this recently are not trusted to their modification time. */
    static final long RACY_MILLIS = 2_000;

    private static final String NULL = "\\N";

    private final Path cacheFile;
    private final String key;
    private final long newestFileMillis;
    private final CheckResult cached;
    private final Map<String, String> cachedReports;
    /** The names of the properties the filtered files read, or null when no file is filtered. */
    private final Collection<String> filterNames;

    private ResultCache(
            Path cacheFile,
            String key,
            long newestFileMillis,
            CheckResult cached,
            Map<String, String> cachedReports,
            Collection<String> filterNames) {
        this.cacheFile = cacheFile;
        this.key = key;
        this.newestFileMillis = newestFileMillis;
        this.cached = cached;
        this.cachedReports = cachedReports;
        this.filterNames = filterNames;
    }

    /**
     * Reads the cache file and compares its key with the current one.
     *
     * @param cacheFile where the cache is kept
     * @param toolIdentity what identifies the code that checks ({@link #toolIdentity()})
     * @param options the options of this check
     * @param files the files this check found
     * @return the cache, with the cached result when nothing changed
     */
    public static ResultCache open(
            Path cacheFile, String toolIdentity, CheckOptions options, List<ConfigFileFinder.FoundFile> files) {
        return open(cacheFile, kept(cacheFile), toolIdentity, options, files);
    }

    /**
     * Compares the key of a cache file already read ({@link #kept}) with the current one.
     *
     * @param cacheFile where the cache is kept, and is written by {@link #store}
     * @param kept its lines
     * @param toolIdentity what identifies the code that checks ({@link #toolIdentity()})
     * @param options the options of this check
     * @param files the files this check found
     * @return the cache, with the cached result when nothing changed
     */
    public static ResultCache open(
            Path cacheFile,
            List<String> kept,
            String toolIdentity,
            CheckOptions options,
            List<ConfigFileFinder.FoundFile> files) {
        StringBuilder key = new StringBuilder();
        key.append("tool ").append(toolIdentity).append('\n');
        key.append(options.keyMaterial());
        long newest = 0;
        for (ConfigFileFinder.FoundFile file : files) {
            key.append("file ").append(escape(file.relativePath())).append(' ');
            if (file.notRead() != null) {
                key.append(file.notRead()).append(' ');
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
                long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                key.append(attributes.size()).append(' ').append(modified);
                newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                // Unreadable now: such a result is not kept (see store), and this key matches no stored one.
                key.append("unreadable");
                newest = Long.MAX_VALUE;
            }
            key.append('\n');
        }
        String currentKey = key.toString();
        Map<String, String> reports = new TreeMap<>();
        CheckResult result = read(kept, currentKey, reports);
        ResourceFiltering filtering = options.filtering();
        Collection<String> filterNames =
                filtering == null || filtering.directories().isEmpty()
                        ? null
                        : filtering.values().keySet();
        return new ResultCache(cacheFile, currentKey, newest, result, result == null ? Map.of() : reports, filterNames);
    }

    /**
     * The lines of the cache file, read once for {@link #keptFilterNames} and {@link #open(Path, List, String,
     * CheckOptions, List)}.
     *
     * @param cacheFile where the cache is kept
     * @return its lines, or none when it is missing, unreadable, cut short or of another layout (a miss)
     */
    public static List<String> kept(Path cacheFile) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(cacheFile)) {
                return List.of();
            }
            lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return lines.size() < 3
                        || !lines.get(0).equals(HEADER)
                        || !lines.get(lines.size() - 1).equals("END")
                ? List.of()
                : lines;
    }

    /**
     * The names of the properties the filtered files of the kept result read (names only: a value never reaches
     * the cache file). With them a build can look up just those values and test the key without reading or
     * filtering a file ({@link ResourceFiltering#restrictTo}).
     *
     * @param kept the cache file's lines ({@link #kept})
     * @return the names, or empty when there is no cache file or its result filtered no file
     */
    public static Optional<List<String>> keptFilterNames(List<String> kept) {
        for (String line : kept) {
            if (line.equals("P") || line.startsWith("P\t")) {
                String[] f = line.split("\t", -1);
                List<String> names = new ArrayList<>();
                try {
                    for (int i = 1; i < f.length; i++) {
                        names.add(unescape(f[i]));
                    }
                } catch (IllegalArgumentException damaged) {
                    return Optional.empty(); // found out again, as a miss, when the cache is opened
                }
                return Optional.of(names);
            }
        }
        return Optional.empty();
    }

    /**
     * The identity of the running checker: the path, size and modification time of the plugin's jar and
     * of SnakeYAML's, so that a new build of either (even under the same SNAPSHOT version) is a miss.
     *
     * @return the identity, or empty when the code is not running from jar files (then nothing is cached)
     */
    public static Optional<String> toolIdentity() {
        Optional<String> plugin =
                jarIdentity(ResultCache.class.getProtectionDomain().getCodeSource());
        Optional<String> yaml = jarIdentity(
                org.yaml.snakeyaml.LoaderOptions.class.getProtectionDomain().getCodeSource());
        return plugin.isPresent() && yaml.isPresent() ? Optional.of(plugin.get() + " " + yaml.get()) : Optional.empty();
    }

    private static Optional<String> jarIdentity(CodeSource source) {
        try {
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return Optional.of(escape(jar.toString()) + "|" + attributes.size() + "|"
                    + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The result of the last check, when no file, option or jar changed since.
     *
     * @return the cached result, or empty for a miss
     */
    public Optional<CheckResult> result() {
        return Optional.ofNullable(cached);
    }

    /**
     * Whether the report files the last check wrote are still there as it wrote them, so that they need
     * not be written again. Only meaningful after a hit.
     *
     * @param reports the report files this run would write
     * @return true if each exists with the size and modification time recorded, and no other was recorded
     */
    public boolean reportsUnchanged(List<Path> reports) {
        if (cached == null || reports.size() != cachedReports.size()) {
            return false;
        }
        for (Path report : reports) {
            String recorded =
                    cachedReports.get(report.toAbsolutePath().normalize().toString());
            if (recorded == null || !recorded.equals(stamp(report))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps a result with the reports written for it. A result that depends on a file modified too
     * recently to trust its time is not kept, and the old cache file is removed so it cannot be reused.
     *
     * @param result the result of this check
     * @param reports the report files written from it
     * @throws IOException if the cache file cannot be written or removed
     */
    public void store(CheckResult result, List<Path> reports) throws IOException {
        if (newestFileMillis > System.currentTimeMillis() - RACY_MILLIS) {
            if (ReportFiles.absentOrOwn(cacheFile, MARKER)) {
                Files.deleteIfExists(cacheFile);
            }
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append("K\t").append(escape(key)).append('\n');
        if (filterNames != null) {
            out.append('P');
            for (String name : filterNames) {
                out.append('\t').append(escape(name));
            }
            out.append('\n');
        }
        for (Path report : reports) {
            out.append("R\t")
                    .append(escape(report.toAbsolutePath().normalize().toString()))
                    .append('\t')
                    .append(escape(stamp(report)))
                    .append('\n');
        }
        for (String file : result.checkedFiles()) {
            out.append("C\t").append(escape(file)).append('\n');
        }
        for (SkippedFile skipped : result.skippedFiles()) {
            out.append("S\t")
                    .append(escape(skipped.file()))
                    .append('\t')
                    .append(escape(skipped.reason()))
                    .append('\t')
                    .append(skipped.cause().name())
                    .append('\n');
        }
        for (Finding finding : result.findings()) {
            out.append("F\t");
            appendFinding(out, finding);
            out.append('\n');
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            out.append("X\t");
            appendFinding(out, suppressed.finding());
            out.append('\t')
                    .append(escape(suppressed.reason()))
                    .append('\t')
                    .append(
                            suppressed.until() == null
                                    ? NULL
                                    : suppressed.until().toString())
                    .append('\t');
            appendPosition(out, suppressed.directive());
            out.append('\n');
        }
        for (String note : result.notes()) {
            out.append("N\t").append(escape(note)).append('\n');
        }
        for (OmittedFindings omitted : result.omitted()) {
            out.append("O\t")
                    .append(escape(omitted.file()))
                    .append('\t')
                    .append(omitted.errors())
                    .append('\t')
                    .append(omitted.warnings())
                    .append('\t')
                    .append(omitted.infos())
                    .append('\n');
        }
        out.append("END\n");
        ReportFiles.writeAtomically(cacheFile, out.toString(), MARKER);
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "|" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return "missing";
        }
    }

    /** How many fields {@link #appendFinding} writes. */
    private static final int FINDING_FIELDS = 10;

    private static void appendFinding(StringBuilder out, Finding finding) {
        out.append(escape(finding.ruleId()))
                .append('\t')
                .append(finding.severity().name())
                .append('\t')
                .append(escape(finding.file()))
                .append('\t');
        appendPosition(out, finding.position());
        out.append('\t')
                .append(escape(finding.yamlPath()))
                .append('\t')
                .append(escape(finding.message()))
                .append('\t')
                .append(escape(finding.fix()))
                .append('\t')
                .append(escape(finding.replacement()))
                .append('\t')
                .append(escape(finding.fingerprint()))
                .append('\t')
                .append(finding.installerRejects() ? '1' : '0');
    }

    private static void appendPosition(StringBuilder out, Position position) {
        if (position == null) {
            out.append(NULL);
        } else {
            out.append(position.line())
                    .append(',')
                    .append(position.column())
                    .append(',')
                    .append(position.endLine())
                    .append(',')
                    .append(position.endColumn());
        }
    }

    /** The kept result when its key is the current one; null when it is another's or damaged in any way. */
    private static CheckResult read(List<String> lines, String currentKey, Map<String, String> reports) {
        if (lines.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<OmittedFindings> omitted = new ArrayList<>();
        boolean keyMatches = false;
        try {
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "K" -> keyMatches = fields(f, 2) && currentKey.equals(unescape(f[1]));
                    case "P" -> {
                        // The names of the properties filtering read: see keptFilterNames.
                    }
                    case "R" -> {
                        fields(f, 3);
                        reports.put(unescape(f[1]), unescape(f[2]));
                    }
                    case "C" -> {
                        fields(f, 2);
                        checked.add(unescape(f[1]));
                    }
                    case "S" -> {
                        fields(f, 4);
                        skipped.add(new SkippedFile(unescape(f[1]), unescape(f[2]), SkippedFile.Cause.valueOf(f[3])));
                    }
                    case "F" -> {
                        fields(f, 1 + FINDING_FIELDS);
                        findings.add(finding(f, 1));
                    }
                    case "X" -> {
                        fields(f, 1 + FINDING_FIELDS + 3);
                        int at = 1 + FINDING_FIELDS;
                        suppressed.add(new SuppressedFinding(
                                finding(f, 1),
                                unescape(f[at]),
                                f[at + 1].equals(NULL) ? null : LocalDate.parse(f[at + 1]),
                                position(f[at + 2])));
                    }
                    case "N" -> {
                        fields(f, 2);
                        notes.add(unescape(f[1]));
                    }
                    case "O" -> {
                        fields(f, 5);
                        omitted.add(new OmittedFindings(
                                unescape(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])));
                    }
                    default -> throw new IllegalArgumentException("unknown record " + f[0]);
                }
            }
        } catch (RuntimeException damaged) {
            return null;
        }
        return keyMatches ? new CheckResult(findings, checked, skipped, suppressed, notes, omitted) : null;
    }

    private static boolean fields(String[] fields, int expected) {
        if (fields.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " fields, found " + fields.length);
        }
        return true;
    }

    private static Finding finding(String[] f, int at) {
        return new Finding(
                unescape(f[at]),
                Severity.valueOf(f[at + 1]),
                unescape(f[at + 2]),
                position(f[at + 3]),
                unescape(f[at + 4]),
                unescape(f[at + 5]),
                unescape(f[at + 6]),
                unescape(f[at + 7]),
                unescape(f[at + 8]),
                f[at + 9].equals("1"));
    }

    private static Position position(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        String[] parts = text.split(",", -1);
        fields(parts, 4);
        return new Position(
                Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }

    /** Keeps a field on one line without tabs; null becomes {@code \N}. */
    static String escape(String text) {
        if (text == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reverses {@link #escape(String)}. */
    static String unescape(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= text.length()) {
                throw new IllegalArgumentException("a lone backslash");
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("unknown escape");
            }
        }
        return out.toString();
    }
}
