package dev.gitpodconfig.run;

import dev.gitpodconfig.cache.ResultCache;
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
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.report.CheckstyleXmlWriter;
import dev.gitpodconfig.report.ConsoleFormat;
import dev.gitpodconfig.report.GithubAnnotations;
import dev.gitpodconfig.report.Printable;
import dev.gitpodconfig.report.ReportFiles;
import dev.gitpodconfig.report.SarifWriter;
import dev.gitpodconfig.report.ToolInfo;
import dev.gitpodconfig.run.CheckOutcome.Level;
import dev.gitpodconfig.run.CheckOutcome.Line;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point for a build tool: a {@link CheckRequest} in, a {@link CheckOutcome} out. It reads the
 * request, finds the files, reuses the last result when nothing it depends on changed (else checks them), writes
 * the report files unless a reused result's reports are still as written, keeps the result for the next build,
 * and turns it all into the lines, annotations and counts the build tool prints and decides on. It has no
 * build-tool types, holds no state, and may run in several threads at once (a parallel reactor).
 */
public final class CheckRunner {

    /**
     * What a Checkstyle report of this plugin begins with. Its file name is the plugin's own, so this is
     * enough to tell it from a user's file of that name; a SARIF report names the plugin as its tool.
     */
    private static final String CHECKSTYLE_MARKER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle ";

    private CheckRunner() {}

    /** A cache file is written only where there is no file or the plugin's own cache: not over a user's file. */
    private static void requireAbsentOrOwn(Path cacheFile) throws InvalidOptionsException {
        if (cacheFile == null) {
            return;
        }
        boolean own;
        try {
            own = ReportFiles.absentOrOwn(cacheFile, ResultCache.MARKER);
        } catch (IOException e) {
            own = false;
        }
        if (!own) {
            throw new InvalidOptionsException(
                    "Invalid cacheFile: " + ReportFiles.notOwnReason(cacheFile)
                            + ". Name a file of its own, such as target/gitpod-config/check-cache.txt.",
                    null);
        }
    }

    /**
     * Runs one check.
     *
     * @param request the request
     * @return the outcome
     * @throws InvalidOptionsException if a parameter is invalid (its message names it) or the config directory
     *     cannot be read
     */
    public static CheckOutcome run(CheckRequest request) throws InvalidOptionsException {
        long started = System.nanoTime();
        // Read in the order the parameters were always checked in, so that the first mistake reported stays the same.
        Severity threshold = request.threshold();
        Set<String> formats = request.formats();
        boolean annotate = request.annotate();
        CheckOptions options = request.options();
        Path base = options.baseDirectory();
        List<Line> lines = new ArrayList<>();
        boolean debug = request.debug();

        Path cacheFile = request.cacheFile();
        requireAbsentOrOwn(cacheFile);
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        List<String> filterNotes = new ArrayList<>();
        ResourceFiltering filterValues =
                GitpodConfigChecker.filterValues(request.filterSources(), options, files, filterNotes);
        for (String note : filterNotes) {
            debug(lines, debug, note);
        }
        // Outside a jar (tests, an IDE) there is no identity of the code to key the cache on, so there is no cache.
        Optional<String> identity = cacheFile == null ? Optional.empty() : ResultCache.toolIdentity();
        // The cache file is read once: a filtered build first looks in it for the names its files read.
        List<String> kept = identity.isPresent() ? ResultCache.kept(cacheFile) : List.of();
        ResultCache cache = null;
        CheckOptions keptOptions =
                filterValues == null || identity.isEmpty() ? null : optionsOfKeptFiltering(request, filterValues, kept);
        if (keptOptions != null) {
            ResultCache reused = ResultCache.open(cacheFile, kept, identity.get(), keptOptions, files);
            if (reused.result().isPresent()) {
                cache = reused;
                options = keptOptions;
            }
        }
        Map<Path, byte[]> readAlready = new HashMap<>();
        if (cache == null) {
            if (filterValues != null) {
                ResourceFiltering filtering =
                        GitpodConfigChecker.filteringUsedBy(filterValues, options, files, readAlready);
                options = request.options(filtering);
                if (cacheFile != null && filtering.usesSecrets()) {
                    // The key may not hold a secret, and without the secret it cannot tell that the secret changed.
                    debug(lines, debug, "No result cache: a filtered file uses a property named like a credential.");
                    cacheFile = null;
                    identity = Optional.empty();
                }
            }
            cache = identity.isPresent() ? ResultCache.open(cacheFile, kept, identity.get(), options, files) : null;
        }
        GitpodConfigChecker checker = null;
        CheckResult result;
        if (cache != null && cache.result().isPresent()) {
            // Nothing the result depends on changed: no file is parsed and no rule is even loaded.
            result = cache.result().get();
            debug(
                    lines,
                    debug,
                    "Reused the result of the last check (" + GitpodConfigChecker.reportedPath(base, cacheFile)
                            + "): no file, option or plugin jar changed.");
        } else {
            checker = new GitpodConfigChecker(options);
            result = checker.check(files, readAlready);
            if (cacheFile != null && cache == null) {
                debug(lines, debug, "No result cache: the plugin does not run from a jar file.");
            }
        }
        resultLines(lines, result, request, threshold, options.limits().maxFindingsPerFile());

        List<Path> reports = new ArrayList<>();
        for (String format : formats) {
            reports.add(request.outputDirectory()
                    .resolve(
                            format.equals(CheckRequest.FORMAT_SARIF)
                                    ? SarifWriter.FILE_NAME
                                    : CheckstyleXmlWriter.FILE_NAME));
        }
        boolean reportsUnchanged = checker == null && cache.reportsUnchanged(reports);
        if (!reportsUnchanged) {
            for (Path report : reports) {
                String text;
                String marker;
                if (report.getFileName().toString().equals(SarifWriter.FILE_NAME)) {
                    ToolInfo tool = ToolInfo.load();
                    marker = tool.name();
                    // A reused result has no checker yet; the options were valid when the result was kept.
                    checker = checker != null ? checker : new GitpodConfigChecker(options);
                    text = new SarifWriter(tool, ruleInfos(), checker.severityOverrides(), checker.disabledRules())
                            .write(result, base, request.modulePath());
                } else {
                    marker = CHECKSTYLE_MARKER;
                    text = CheckstyleXmlWriter.write(result, base);
                }
                try {
                    ReportFiles.writeAtomically(report, text, marker);
                } catch (IOException e) {
                    IOException failure =
                            new IOException("Cannot write the report " + report + ": " + e.getMessage(), e);
                    return new CheckOutcome(result, lines, List.of(), failure, null, null, 0, null);
                }
            }
        }
        if (!reports.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Path report : reports) {
                shown.add(GitpodConfigChecker.reportedPath(base, report));
            }
            lines.add(new Line(Level.INFO, "Report(s): " + String.join(", ", shown)));
        }
        if (cache != null && !reportsUnchanged) {
            try {
                cache.store(result, reports);
            } catch (IOException e) {
                debug(
                        lines,
                        debug,
                        "Could not keep the result for the next build in " + cacheFile + ": " + e.getMessage());
            }
        }
        debug(lines, debug, "Gitpod config check took " + (System.nanoTime() - started) / 1_000_000 + " ms");

        List<String> annotations = new ArrayList<>();
        if (annotate) {
            for (Finding finding : result.findings()) {
                Level logged = level(finding, request.failOnViolation(), threshold);
                GithubAnnotations.Level level = logged == Level.ERROR
                        ? GithubAnnotations.Level.ERROR
                        : logged == Level.WARNING ? GithubAnnotations.Level.WARNING : GithubAnnotations.Level.NOTICE;
                String path = workspacePath(request.githubWorkspace(), base, finding.file());
                annotations.add(GithubAnnotations.command(level, path, finding));
            }
        }
        List<String> unreadable = result.unreadableDirectories();
        String notSearched = unreadable.isEmpty()
                ? null
                : unreadable.size() + " directory(ies) could not be read, "
                        + "so Gitpod config files in them were not checked: "
                        + Printable.escape(String.join(", ", unreadable))
                        + ".";
        String noFiles = !result.checkedFiles().isEmpty()
                ? null
                : "No Gitpod config files found in "
                        + options.configDirectory() + " (includes: " + String.join(", ", options.includes())
                        + (options.excludes().isEmpty() ? "" : "; excludes: " + String.join(", ", options.excludes()))
                        + ")."
                        + (notSearched == null ? "" : " " + notSearched);
        String failure = "Gitpod config check failed: " + result.count(Severity.ERROR) + " error(s), "
                + result.count(Severity.WARNING) + " warning(s); the build fails on " + threshold.id()
                + (threshold == Severity.ERROR ? "s" : "s and above") + ". See the findings above.";
        return new CheckOutcome(
                result, lines, annotations, null, noFiles, notSearched, result.countAtLeast(threshold), failure);
    }

    /**
     * The options with the filtering the kept result's files read, looked up again by the names the cache kept: if
     * its key still matches, no file changed and those values are the same, so the result is found without reading
     * or filtering a file (on most builds, where nothing changed, that is most of the filtering's cost). Null when
     * the cache names none, or when one of them now reads a credential (the full path decides, and keeps no result).
     */
    private static CheckOptions optionsOfKeptFiltering(
            CheckRequest request, ResourceFiltering filterValues, List<String> kept) throws InvalidOptionsException {
        Optional<List<String>> names = ResultCache.keptFilterNames(kept);
        if (names.isEmpty()) {
            return null;
        }
        ResourceFiltering keptFiltering = filterValues.restrictTo(names.get());
        return keptFiltering.usesSecrets() ? null : request.options(keptFiltering);
    }

    /** The lines of the result itself: skipped files, findings, findings not listed, suppressions, summary. */
    private static void resultLines(
            List<Line> lines, CheckResult result, CheckRequest request, Severity threshold, int maxFindingsPerFile) {
        boolean debug = request.debug();
        for (SkippedFile skipped : result.skippedFiles()) {
            if (skipped.isWarned()) {
                lines.add(new Line(Level.WARNING, ConsoleFormat.skippedLine(skipped)));
            } else {
                debug(lines, debug, ConsoleFormat.skippedLine(skipped));
            }
        }
        if (debug) {
            for (String file : result.checkedFiles()) {
                lines.add(new Line(Level.DEBUG, ConsoleFormat.checkedLine(file)));
            }
            for (String note : result.notes()) {
                lines.add(new Line(Level.DEBUG, Printable.escape(note)));
            }
        }
        for (Finding finding : result.findings()) {
            lines.add(new Line(level(finding, request.failOnViolation(), threshold), ConsoleFormat.line(finding)));
        }
        for (OmittedFindings omitted : result.omitted()) {
            lines.add(new Line(Level.WARNING, ConsoleFormat.omittedLine(omitted, maxFindingsPerFile)));
        }
        if (debug) {
            for (SuppressedFinding suppressed : result.suppressed()) {
                lines.add(new Line(Level.DEBUG, ConsoleFormat.suppressedLine(suppressed)));
            }
        }
        lines.add(new Line(Level.INFO, ConsoleFormat.summary(result)));
        if (!result.suppressed().isEmpty()) {
            lines.add(new Line(Level.INFO, ConsoleFormat.suppressedSummary(result)));
        }
    }

    /** The level a finding is logged and annotated at: error only when it fails the build. */
    private static Level level(Finding finding, boolean failOnViolation, Severity threshold) {
        if (failOnViolation && finding.severity().isAtLeast(threshold)) {
            return Level.ERROR;
        }
        return finding.severity() == Severity.INFO ? Level.INFO : Level.WARNING;
    }

    /** A finding's path relative to the GitHub workspace (the repository root) when the file is inside it. */
    private static String workspacePath(String workspace, Path base, String file) {
        if (workspace == null || workspace.isBlank()) {
            return file;
        }
        String inWorkspace = GitpodConfigChecker.pathIn(Path.of(workspace), base.resolve(file));
        return inWorkspace != null ? inWorkspace : file;
    }

    private static List<RuleInfo> ruleInfos() {
        List<RuleInfo> rules = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rules.add(rule.info());
        }
        return rules;
    }

    private static void debug(List<Line> lines, boolean debug, String text) {
        if (debug) {
            lines.add(new Line(Level.DEBUG, text));
        }
    }
}
