package dev.gitpodconfig.run;

import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.filter.FilterSources;
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.load.LoadLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a build tool asks of one {@link CheckRunner#run(CheckRequest) check run}: its parameters as the user gave
 * them (text, unparsed; null or blank entries mean the default) and the environment values that matter. The
 * runner reads them and reports what is wrong with them as {@link InvalidOptionsException}s whose messages name
 * the parameter. Set what differs from the defaults with the fluent setters; the request is read once, when the
 * run starts.
 */
public final class CheckRequest {

    /** The report formats, in the spelling of the {@code outputFormats} parameter. */
    static final String FORMAT_SARIF = "sarif";

    static final String FORMAT_CHECKSTYLE = "checkstyle";

    private final Path baseDirectory;
    private Path topDirectory;
    private Path configDirectory;
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private String encoding;
    private List<String> skipRules = List.of();
    private List<String> gitlabRegistryHosts = List.of();
    private long maxFileSize = LoadLimits.DEFAULT_MAX_FILE_BYTES;
    private int maxFindingsPerFile = LoadLimits.DEFAULT_MAX_FINDINGS_PER_FILE;
    private Map<String, String> severities = Map.of();
    private List<String> nonSuppressibleRules = List.of();
    private String violationSeverity;
    private boolean failOnViolation = true;
    private List<String> outputFormats = List.of(FORMAT_SARIF);
    private Path outputDirectory;
    private String githubAnnotations;
    private String githubActions;
    private String githubWorkspace;
    private Path cacheFile;
    private boolean debug;
    private FilterSources filterSources;

    /**
     * Starts a request with the defaults: the base directory is scanned, SARIF is written to
     * {@code target/gitpod-config} under it, no cache, no debug lines.
     *
     * @param baseDirectory the project directory; every path shown is relative to it unless a
     *     {@link #topDirectory(Path) top directory} holds it
     */
    public CheckRequest(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
        this.configDirectory = baseDirectory;
        this.outputDirectory = baseDirectory.resolve("target").resolve("gitpod-config");
    }

    /**
     * Sets the top of the build (in a multi-module build the directory of the project the build started in):
     * when it holds the project directory, every path shown (console, annotations, reports) is relative to it, so
     * that a finding names its module ({@code module-a/gitpod/gitpod.config.yaml}) and SARIF paths are those of
     * the whole build. In a single-module build it is the project directory and nothing changes.
     *
     * @param directory the directory, or null to show paths relative to the project directory
     * @return this request
     */
    public CheckRequest topDirectory(Path directory) {
        this.topDirectory = directory;
        return this;
    }

    /**
     * Sets the directory to scan.
     *
     * @param directory the directory; include and exclude patterns are relative to it
     * @return this request
     */
    public CheckRequest configDirectory(Path directory) {
        this.configDirectory = directory;
        return this;
    }

    /**
     * Sets the Ant-style patterns of the files to check.
     *
     * @param patterns the patterns, or null or empty for {@link CheckOptions#DEFAULT_INCLUDES}
     * @return this request
     */
    public CheckRequest includes(List<String> patterns) {
        this.includes = patterns;
        return this;
    }

    /**
     * Sets the Ant-style patterns of files to leave out, besides those always left out.
     *
     * @param patterns the patterns, or null
     * @return this request
     */
    public CheckRequest excludes(List<String> patterns) {
        this.excludes = patterns;
        return this;
    }

    /**
     * Sets the encoding of files without a byte-order mark.
     *
     * @param name a charset name, or null or blank for UTF-8
     * @return this request
     */
    public CheckRequest encoding(String name) {
        this.encoding = name;
        return this;
    }

    /**
     * Sets the rules not to run.
     *
     * @param ruleIds rule ids, or null; an unknown one is an {@link InvalidOptionsException}
     * @return this request
     */
    public CheckRequest skipRules(List<String> ruleIds) {
        this.skipRules = ruleIds;
        return this;
    }

    /**
     * Sets the hosts (a host name, or name and port as {@code name:port}) of self-managed GitLab registries.
     *
     * @param hosts the hosts, or null
     * @return this request
     */
    public CheckRequest gitlabRegistryHosts(List<String> hosts) {
        this.gitlabRegistryHosts = hosts;
        return this;
    }

    /**
     * Sets the largest file loaded.
     *
     * @param bytes the size in bytes; out of range is an {@link InvalidOptionsException}
     * @return this request
     */
    public CheckRequest maxFileSize(long bytes) {
        this.maxFileSize = bytes;
        return this;
    }

    /**
     * Sets the most findings listed for one file; the rest are counted.
     *
     * @param count the number
     * @return this request
     */
    public CheckRequest maxFindingsPerFile(int count) {
        this.maxFindingsPerFile = count;
        return this;
    }

    /**
     * Sets severity changes.
     *
     * @param changes rule id to {@code error}, {@code warning}, {@code info} or {@code off}, or null
     * @return this request
     */
    public CheckRequest severities(Map<String, String> changes) {
        this.severities = changes;
        return this;
    }

    /**
     * Sets the rules that {@code # gitpod-config:ignore} comments cannot suppress.
     *
     * @param ruleIds rule ids, or null
     * @return this request
     */
    public CheckRequest nonSuppressibleRules(List<String> ruleIds) {
        this.nonSuppressibleRules = ruleIds;
        return this;
    }

    /**
     * Sets the lowest severity that fails the build.
     *
     * @param severity {@code error}, {@code warning} or {@code info}, or null for {@code error}
     * @return this request
     */
    public CheckRequest violationSeverity(String severity) {
        this.violationSeverity = severity;
        return this;
    }

    /**
     * Sets whether findings at or above the violation severity fail the build, which decides whether they are
     * shown as errors or as warnings.
     *
     * @param fail whether they fail it
     * @return this request
     */
    public CheckRequest failOnViolation(boolean fail) {
        this.failOnViolation = fail;
        return this;
    }

    /**
     * Sets the report files to write.
     *
     * @param formats {@code sarif}, {@code checkstyle} or {@code none}, any case; null or empty writes none
     * @return this request
     */
    public CheckRequest outputFormats(List<String> formats) {
        this.outputFormats = formats;
        return this;
    }

    /**
     * Sets the directory the report files go to.
     *
     * @param directory the directory
     * @return this request
     */
    public CheckRequest outputDirectory(Path directory) {
        this.outputDirectory = directory;
        return this;
    }

    /**
     * Sets whether to produce GitHub Actions workflow commands, and the environment that decides it.
     *
     * @param mode {@code auto}, {@code true} or {@code false}; null or blank is {@code auto}
     * @param githubActionsVariable the value of {@code GITHUB_ACTIONS}, or null: {@code auto} means on when it is
     *     {@code true}
     * @param githubWorkspaceVariable the value of {@code GITHUB_WORKSPACE}, or null: annotation paths are
     *     relative to it when the project is inside it
     * @return this request
     */
    public CheckRequest githubAnnotations(String mode, String githubActionsVariable, String githubWorkspaceVariable) {
        this.githubAnnotations = mode;
        this.githubActions = githubActionsVariable;
        this.githubWorkspace = githubWorkspaceVariable;
        return this;
    }

    /**
     * Sets where the last result is kept, to be reused when nothing it depends on changed.
     *
     * @param file the cache file, or null for no cache
     * @return this request
     */
    public CheckRequest cacheFile(Path file) {
        this.cacheFile = file;
        return this;
    }

    /**
     * Sets whether the run produces debug lines. They cost: the notes among them are masked for secrets, which
     * takes a walk over each file.
     *
     * @param on whether to produce them
     * @return this request
     */
    public CheckRequest debug(boolean on) {
        this.debug = on;
        return this;
    }

    Path cacheFile() {
        return cacheFile;
    }

    /**
     * The project directory relative to the directory paths are shown relative to, with {@code /}: empty for a
     * single-module build or a project outside the top directory.
     */
    String modulePath() {
        String inTop = topDirectory == null ? null : GitpodConfigChecker.pathIn(topDirectory, baseDirectory);
        return inTop == null ? "" : inTop;
    }

    /** The directory every path shown is relative to: the top directory when it holds the project. */
    private Path shownRelativeTo() {
        return modulePath().isEmpty() ? baseDirectory : topDirectory;
    }

    Path outputDirectory() {
        return outputDirectory;
    }

    boolean failOnViolation() {
        return failOnViolation;
    }

    boolean debug() {
        return debug;
    }

    /**
     * Sets how the build filters its resources, so that files in filtered resource directories are checked as the
     * build will copy them.
     *
     * @param sources the directories, syntax and property values, or null to check every file as it is written
     * @return this request
     */
    public CheckRequest filterSources(FilterSources sources) {
        this.filterSources = sources;
        return this;
    }

    FilterSources filterSources() {
        return filterSources;
    }

    String githubWorkspace() {
        return githubWorkspace;
    }

    Severity threshold() throws InvalidOptionsException {
        try {
            return Severity.parse(violationSeverity == null ? "error" : violationSeverity);
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("Invalid violationSeverity: " + e.getMessage(), e);
        }
    }

    /** The formats to write, in the order given, {@code none} as no format. */
    Set<String> formats() throws InvalidOptionsException {
        Set<String> formats = new LinkedHashSet<>();
        for (String format : nonEmpty(outputFormats)) {
            String name = format.toLowerCase(Locale.ROOT);
            if (!name.equals(FORMAT_SARIF) && !name.equals(FORMAT_CHECKSTYLE) && !name.equals("none")) {
                throw new InvalidOptionsException(
                        "Unknown output format '" + format + "' in outputFormats: use sarif, checkstyle or none.",
                        null);
            }
            formats.add(name);
        }
        if (formats.contains("none")) {
            if (formats.size() > 1) {
                throw new InvalidOptionsException("outputFormats 'none' cannot be combined with other formats.", null);
            }
            return Set.of();
        }
        return formats;
    }

    boolean annotate() throws InvalidOptionsException {
        String mode =
                githubAnnotations == null ? "auto" : githubAnnotations.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "auto", "" -> "true".equalsIgnoreCase(githubActions);
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new InvalidOptionsException(
                        "Invalid githubAnnotations '" + githubAnnotations + "': use auto, true or false.", null);
        };
    }

    CheckOptions options() throws InvalidOptionsException {
        return options(null);
    }

    /** The options with the resource filtering the found files need (null for none). */
    CheckOptions options(ResourceFiltering filtering) throws InvalidOptionsException {
        LoadLimits limits;
        try {
            limits = new LoadLimits(
                    maxFileSize, LoadLimits.DEFAULTS.maxNestingDepth(), LoadLimits.DEFAULTS.maxAliases());
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("Invalid maxFileSize " + maxFileSize + ": " + e.getMessage(), e);
        }
        // Checked apart from maxFileSize so that the message names the parameter that is wrong.
        if (maxFindingsPerFile < 1) {
            throw new InvalidOptionsException(
                    "Invalid maxFindingsPerFile " + maxFindingsPerFile
                            + ": at least 1 finding must be listed per file.",
                    null);
        }
        limits = new LoadLimits(
                limits.maxFileBytes(), limits.maxNestingDepth(), limits.maxAliases(), maxFindingsPerFile);
        return CheckOptions.builder(shownRelativeTo())
                .configDirectory(configDirectory)
                .includes(nonEmpty(includes))
                .excludes(nonEmpty(excludes))
                .charset(charset())
                .skipRules(new LinkedHashSet<>(nonEmpty(skipRules)))
                .gitlabRegistryHosts(nonEmpty(gitlabRegistryHosts))
                .limits(limits)
                .severities(severities == null ? Map.of() : severities)
                .nonSuppressibleRules(new LinkedHashSet<>(nonEmpty(nonSuppressibleRules)))
                .collectNotes(debug)
                .filtering(filtering)
                .build();
    }

    private Charset charset() throws InvalidOptionsException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("Unsupported encoding '" + encoding + "'", e);
        }
    }

    private static List<String> nonEmpty(List<String> values) {
        // A loop, not a stream: in a clean build each lambda costs a class spun at first use.
        List<String> kept = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.trim());
            }
        }
        return List.copyOf(kept);
    }
}
