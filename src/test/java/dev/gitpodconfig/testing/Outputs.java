package dev.gitpodconfig.testing;

import dev.gitpodconfig.cache.ResultCache;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.report.CheckstyleXmlWriter;
import dev.gitpodconfig.report.ConsoleFormat;
import dev.gitpodconfig.report.GithubAnnotations;
import dev.gitpodconfig.report.SarifWriter;
import dev.gitpodconfig.report.ToolInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a check result puts in front of a user or on disk, made by the production writers: the
 * lines the Mojo logs, the GitHub annotations, the SARIF and Checkstyle reports and the cache file.
 * Tests that plant a secret look for it in all of them.
 */
public final class Outputs {

    private static final List<RuleInfo> RULES = rules();
    private static final ToolInfo TOOL =
            new ToolInfo("gitpod-config-maven-plugin", "1.0", "https://example.org/plugin");

    private Outputs() {}

    /** Every line the Mojo logs for a result at debug level, in its order. */
    public static List<String> consoleLines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (SkippedFile skipped : result.skippedFiles()) {
            lines.add("Skipped " + skipped.file() + ": " + skipped.reason());
        }
        lines.addAll(result.notes());
        for (Finding finding : result.findings()) {
            lines.add(ConsoleFormat.line(finding));
        }
        for (OmittedFindings omitted : result.omitted()) {
            lines.add(ConsoleFormat.omittedLine(omitted, 1000));
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            lines.add(ConsoleFormat.suppressedLine(suppressed));
        }
        lines.add(ConsoleFormat.summary(result));
        return lines;
    }

    /** The GitHub annotation of every finding. */
    public static List<String> annotations(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            lines.add(GithubAnnotations.command(GithubAnnotations.Level.ERROR, finding.file(), finding));
        }
        return lines;
    }

    /**
     * Each output by name ({@code console}, {@code annotations}, {@code sarif}, {@code checkstyle},
     * {@code cache}); console lines and annotations are joined by line breaks.
     *
     * @param checker the checker that made the result (its severities go into the SARIF report)
     * @param result the result
     * @param scratch a directory for the cache file
     */
    public static Map<String, String> all(GitpodConfigChecker checker, CheckResult result, Path scratch) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("console", String.join("\n", consoleLines(result)));
        outputs.put("annotations", String.join("\n", annotations(result)));
        outputs.put(
                "sarif",
                new SarifWriter(TOOL, RULES, checker.severityOverrides(), checker.disabledRules())
                        .write(result, Path.of(".")));
        outputs.put("checkstyle", CheckstyleXmlWriter.write(result, Path.of(".")));
        outputs.put("cache", cacheFile(result, scratch));
        return outputs;
    }

    /** The cache file the result is kept in. */
    private static String cacheFile(CheckResult result, Path scratch) {
        try {
            Path file = scratch.resolve("cache");
            CheckOptions options = CheckOptions.builder(Path.of(".")).build();
            ResultCache.open(file, "test", options, List.of()).store(result, List.of());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.delete(file);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleInfo> rules() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            infos.add(rule.info());
        }
        return List.copyOf(infos);
    }
}
