package dev.gitpodconfig.maven;

import dev.gitpodconfig.cache.CachedCheck;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.report.CheckstyleXmlWriter;
import dev.gitpodconfig.report.ConsoleFormat;
import dev.gitpodconfig.report.GithubAnnotations;
import dev.gitpodconfig.report.Printable;
import dev.gitpodconfig.report.ReportFiles;
import dev.gitpodconfig.report.SarifWriter;
import dev.gitpodconfig.report.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the Gitpod Self-Hosted configuration files of the project (the installer's
 * {@code gitpod.config.yaml}, KOTS ConfigValues, registry credential Secrets) against Gitpod's
 * container-registry and storage rules, and fails the build on violations. Files are recognised by
 * their content; other YAML files are skipped.
 *
 * <p>This Mojo only maps parameters, runs the engine and reports; the checking itself has no Maven types.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Skips the check entirely.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fails the build when there are findings at or above {@link #violationSeverity}. When false,
     * findings are logged as warnings and the build goes on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The lowest severity that fails the build: {@code error} (the default), {@code warning} or
     * {@code info}. Findings below it are still printed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /**
     * Ids of rules not to run, e.g. {@code <skipRules><skipRule>config-unknown-key</skipRule></skipRules>}
     * or {@code -Dgitpod-config.skipRules=config-unknown-key,registry-gitlab-unsupported}. An unknown id
     * is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.skipRules")
    private List<String> skipRules;

    /**
     * The directory to search for Gitpod configuration files. Include and exclude patterns are relative
     * to it. A symbolic link in it to a file outside it is not read, but skipped with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.configDirectory", defaultValue = "${project.basedir}")
    private File configDirectory;

    /**
     * Ant-style patterns of the files to check, relative to {@link #configDirectory}. Default:
     * {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}. Which files hold Gitpod configuration is
     * decided by their content, so broad patterns are safe. Add {@code **}{@code /config.json} to check
     * Docker credential files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.includes")
    private List<String> includes;

    /**
     * Ant-style patterns of files to leave out, relative to {@link #configDirectory}. Always excluded as
     * well: {@code target/**}, {@code **}{@code /node_modules/**} and version-control folders.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.excludes")
    private List<String> excludes;

    /**
     * The encoding of files without a byte-order mark. Defaults to the project's source encoding, else
     * UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Fails the build when no Gitpod configuration file is found, or when a directory under
     * {@link #configDirectory} cannot be read, so that files in it may have gone unchecked. By default
     * a warning names the directory and the patterns, and each unreadable directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.failIfNoFiles", defaultValue = "false")
    private boolean failIfNoFiles;

    /**
     * Hosts of self-managed GitLab container registries ({@code host} or {@code host:port}), which
     * {@code registry-gitlab-unsupported} reports in addition to {@code registry.gitlab.com} and hosts
     * that look like GitLab's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.gitlabRegistryHosts")
    private List<String> gitlabRegistryHosts;

    /**
     * The largest file loaded, in bytes. A larger Gitpod configuration file is reported as
     * {@code yaml-syntax}; Gitpod configuration files are a few kilobytes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.maxFileSize", defaultValue = "2097152")
    private long maxFileSize;

    /**
     * The most findings listed for one file. Further findings of that file still count towards the
     * summary and the build result; a warning says how many were not listed. Keeps a generated or
     * hostile file with thousands of mistakes from flooding the log and the reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.maxFindingsPerFile", defaultValue = "100")
    private int maxFindingsPerFile;

    /**
     * The report files written on every run, passing or failing: {@code sarif} (for GitHub code
     * scanning and other SARIF viewers, {@code gitpod-config.sarif}), {@code checkstyle} (Checkstyle
     * XML for Jenkins warnings-ng and reviewdog, {@code gitpod-config-checkstyle.xml}), or {@code none}.
     * E.g. {@code -Dgitpod-config.outputFormats=sarif,checkstyle}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.outputFormats", defaultValue = "sarif")
    private List<String> outputFormats;

    /**
     * The directory the report files are written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.outputDirectory", defaultValue = "${project.build.directory}/gitpod-config")
    private File outputDirectory;

    /**
     * Whether to print GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::…}) so that
     * findings appear on the pull request's diff: {@code auto} (when the environment variable
     * {@code GITHUB_ACTIONS} is {@code true}), {@code true} or {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.githubAnnotations", defaultValue = "auto")
    private String githubAnnotations;

    /**
     * Changes the severity of rules: rule id to {@code error}, {@code warning}, {@code info} or
     * {@code off}, e.g. {@code <severities><registry-gitlab-unsupported>warning</registry-gitlab-unsupported></severities>}.
     * Every finding of the rule gets that severity; {@code off} turns the rule off. An unknown rule id
     * or severity is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * Ids of rules that {@code # gitpod-config:ignore} comments cannot suppress, e.g.
     * {@code registry-ecr-unsupported}: such a comment is then a {@code suppression-invalid} error and
     * the finding stays. An unknown rule id is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.nonSuppressibleRules")
    private List<String> nonSuppressibleRules;

    /**
     * Whether to reuse the result of the last check when nothing it depends on changed: the plugin and
     * SnakeYAML jars, every option, today's date, and the path, size and modification time of every file
     * found. Findings, reports and the build result are the same as a full check's; only the time differs.
     * The result is kept in {@code cacheFile}, so {@code mvn clean} (and every fresh CI checkout) checks
     * everything. {@code -Dgitpod-config.useCache=false} checks every file on every build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.useCache", defaultValue = "true")
    private boolean useCache;

    /**
     * Where the result of the last check is kept (see {@code useCache}). It holds what the reports
     * hold plus file sizes and modification times; never file content.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.cacheFile", defaultValue = "${project.build.directory}/gitpod-config/check-cache.txt")
    private File cacheFile;

    /** The project's base directory: reported paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    private static final String FORMAT_SARIF = "sarif";
    private static final String FORMAT_CHECKSTYLE = "checkstyle";

    /** Environment variables ({@code GITHUB_ACTIONS}, {@code GITHUB_WORKSPACE}); replaced in tests. */
    Function<String, String> environment = System::getenv;
    /** Where workflow commands go: standard output, without Maven's level prefix; replaced in tests. */
    Consumer<String> annotationOutput = System.out::println;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping Gitpod config check (gitpod-config.skip=true).");
            return;
        }
        long started = System.nanoTime();
        Severity threshold = parseSeverity();
        Set<String> formats = parseOutputFormats();
        boolean annotate = githubAnnotationsEnabled();
        CachedCheck check;
        try {
            check = CachedCheck.run(options(), useCache && cacheFile != null ? cacheFile.toPath() : null);
        } catch (InvalidOptionsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        CheckResult result = check.result();
        if (check.reused()) {
            log.debug("Reused the result of the last check (" + displayPath(cacheFile.toPath())
                    + "): no file, option or plugin jar changed.");
        } else if (useCache && cacheFile != null && !check.cached()) {
            log.debug("No result cache: the plugin does not run from a jar file.");
        }
        report(result, threshold, log);
        Map<String, Path> reports = reportFiles(formats);
        List<Path> reportPaths = List.copyOf(reports.values());
        if (check.reportsUnchanged(reportPaths)) {
            if (!reports.isEmpty()) {
                List<String> shown = new ArrayList<>();
                for (Path report : reportPaths) {
                    shown.add(displayPath(report));
                }
                log.info("Report(s): " + String.join(", ", shown));
            }
        } else {
            writeReports(check, reports, log);
        }
        try {
            check.keep(reportPaths);
        } catch (IOException e) {
            log.debug("Could not keep the result for the next build in " + cacheFile + ": " + e.getMessage());
        }
        if (log.isDebugEnabled()) {
            log.debug("Gitpod config check took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        if (annotate) {
            annotate(result, threshold);
        }
        long violations = failOnViolation ? result.countAtLeast(threshold) : 0;
        List<String> unreadable = result.unreadableDirectories();
        String notSearched = unreadable.isEmpty() ? "" : " " + unreadable.size() + " directory(ies) could not be read, "
                + "so Gitpod config files in them were not checked: " + Printable.escape(String.join(", ", unreadable))
                + ".";
        if (result.checkedFiles().isEmpty()) {
            String message = "No Gitpod config files found in " + configDirectory + " (includes: "
                    + String.join(", ", effectiveIncludes()) + (nonEmpty(excludes).isEmpty() ? "" : "; excludes: "
                    + String.join(", ", excludes)) + ")." + notSearched;
            if (failIfNoFiles) {
                throw new MojoFailureException(message + " Set failIfNoFiles to false to allow this.");
            }
            log.warn(message);
        } else if (failIfNoFiles && !unreadable.isEmpty()) {
            // The check cannot tell that every config file was found.
            throw new MojoFailureException(notSearched.substring(1) + " Set failIfNoFiles to false to allow this.");
        }
        if (violations > 0) {
            throw new MojoFailureException("Gitpod config check failed: " + result.count(Severity.ERROR) + " error(s), "
                    + result.count(Severity.WARNING) + " warning(s); the build fails on " + threshold.id()
                    + (threshold == Severity.ERROR ? "s" : "s and above") + ". See the findings above.");
        }
    }

    private void report(CheckResult result, Severity threshold, Log log) {
        for (SkippedFile skipped : result.skippedFiles()) {
            if (skipped.unparsable()) {
                log.warn(ConsoleFormat.skippedLine(skipped));
            } else if (log.isDebugEnabled()) {
                log.debug(ConsoleFormat.skippedLine(skipped));
            }
        }
        if (log.isDebugEnabled()) {
            result.checkedFiles().forEach(file -> log.debug(ConsoleFormat.checkedLine(file)));
            result.notes().forEach(note -> log.debug(Printable.escape(note)));
        }
        for (Finding finding : result.findings()) {
            String line = ConsoleFormat.line(finding);
            switch (logLevel(finding, threshold)) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        for (OmittedFindings omitted : result.omitted()) {
            log.warn(ConsoleFormat.omittedLine(omitted, maxFindingsPerFile));
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            if (log.isDebugEnabled()) {
                log.debug(ConsoleFormat.suppressedLine(suppressed));
            }
        }
        log.info(ConsoleFormat.summary(result));
        if (!result.suppressed().isEmpty()) {
            log.info(ConsoleFormat.suppressedSummary(result));
        }
    }

    /** The level a finding is logged (and annotated) at: error only when it fails the build. */
    private Severity logLevel(Finding finding, Severity threshold) {
        if (failOnViolation && finding.severity().isAtLeast(threshold)) {
            return Severity.ERROR;
        }
        return finding.severity() == Severity.INFO ? Severity.INFO : Severity.WARNING;
    }

    /** The report file of each format, in the order of the formats. */
    private Map<String, Path> reportFiles(Set<String> formats) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String format : formats) {
            files.put(format, outputDirectory.toPath().resolve(
                    format.equals(FORMAT_SARIF) ? SarifWriter.FILE_NAME : CheckstyleXmlWriter.FILE_NAME));
        }
        return files;
    }

    private void writeReports(CachedCheck check, Map<String, Path> reports, Log log) throws MojoExecutionException {
        CheckResult result = check.result();
        Path base = basedir.toPath();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Path> report : reports.entrySet()) {
            Path file = report.getValue();
            String text;
            if (report.getKey().equals(FORMAT_SARIF)) {
                GitpodConfigChecker checker;
                try {
                    checker = check.checker();
                } catch (InvalidOptionsException e) {
                    throw new MojoExecutionException(e.getMessage(), e);
                }
                List<RuleInfo> rules = new ArrayList<>();
                for (Rule rule : Rules.all()) {
                    rules.add(rule.info());
                }
                text = new SarifWriter(ToolInfo.load(), rules, checker.severityOverrides(),
                        checker.disabledRules()).write(result, base);
            } else {
                text = CheckstyleXmlWriter.write(result, base);
            }
            try {
                ReportFiles.writeAtomically(file, text);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write the report " + file + ": " + e.getMessage(), e);
            }
            written.add(displayPath(file));
        }
        if (!written.isEmpty()) {
            log.info("Report(s): " + String.join(", ", written));
        }
    }

    private void annotate(CheckResult result, Severity threshold) {
        for (Finding finding : result.findings()) {
            GithubAnnotations.Level level = switch (logLevel(finding, threshold)) {
                case ERROR -> GithubAnnotations.Level.ERROR;
                case WARNING -> GithubAnnotations.Level.WARNING;
                case INFO -> GithubAnnotations.Level.NOTICE;
            };
            // Printed as it is, not through the Log: the runner only reads commands at the start of a line.
            annotationOutput.accept(GithubAnnotations.command(level, workspacePath(finding.file()), finding));
        }
    }

    /** A finding's path relative to the GitHub workspace (the repository root) when the project is inside it. */
    private String workspacePath(String file) {
        String workspace = environment.apply("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return file;
        }
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        Path absolute = basedir.toPath().toAbsolutePath().normalize().resolve(file).normalize();
        return absolute.startsWith(root) ? ConfigFileFinder.slashSeparated(root.relativize(absolute)) : file;
    }

    private String displayPath(Path file) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private Set<String> parseOutputFormats() throws MojoExecutionException {
        Set<String> formats = new LinkedHashSet<>();
        for (String format : nonEmpty(outputFormats)) {
            String name = format.toLowerCase(Locale.ROOT);
            if (!name.equals(FORMAT_SARIF) && !name.equals(FORMAT_CHECKSTYLE) && !name.equals("none")) {
                throw new MojoExecutionException("Unknown output format '" + format + "' in outputFormats: use sarif, checkstyle or none.");
            }
            formats.add(name);
        }
        if (formats.contains("none")) {
            if (formats.size() > 1) {
                throw new MojoExecutionException("outputFormats 'none' cannot be combined with other formats.");
            }
            return Set.of();
        }
        return formats;
    }

    private boolean githubAnnotationsEnabled() throws MojoExecutionException {
        String mode = githubAnnotations == null ? "auto" : githubAnnotations.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "auto", "" -> "true".equalsIgnoreCase(environment.apply("GITHUB_ACTIONS"));
            case "true" -> true;
            case "false" -> false;
            default -> throw new MojoExecutionException("Invalid githubAnnotations '" + githubAnnotations + "': use auto, true or false.");
        };
    }

    private CheckOptions options() throws MojoExecutionException {
        Set<String> rulesToSkip = new LinkedHashSet<>();
        for (String id : nonEmpty(skipRules)) {
            rulesToSkip.add(id.trim());
        }
        LoadLimits limits;
        try {
            limits = new LoadLimits(maxFileSize, LoadLimits.DEFAULTS.maxNestingDepth(), LoadLimits.DEFAULTS.maxAliases(),
                    maxFindingsPerFile);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid maxFileSize " + maxFileSize + ": " + e.getMessage(), e);
        }
        return CheckOptions.builder(basedir.toPath())
                .configDirectory(configDirectory.toPath())
                .includes(nonEmpty(includes))
                .excludes(nonEmpty(excludes))
                .charset(charset())
                .skipRules(rulesToSkip)
                .gitlabRegistryHosts(nonEmpty(gitlabRegistryHosts))
                .limits(limits)
                .severities(severities == null ? Map.of() : severities)
                .nonSuppressibleRules(new LinkedHashSet<>(nonEmpty(nonSuppressibleRules)))
                // The notes are only logged at debug level; masking them costs a walk over each file.
                .collectNotes(getLog().isDebugEnabled())
                .build();
    }

    private Severity parseSeverity() throws MojoExecutionException {
        try {
            return Severity.parse(violationSeverity == null ? "error" : violationSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid violationSeverity: " + e.getMessage(), e);
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Unsupported encoding '" + encoding + "'", e);
        }
    }

    private List<String> effectiveIncludes() {
        return nonEmpty(includes).isEmpty() ? CheckOptions.DEFAULT_INCLUDES : nonEmpty(includes);
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
