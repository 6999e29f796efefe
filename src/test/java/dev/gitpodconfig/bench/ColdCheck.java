package dev.gitpodconfig.bench;

import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.report.SarifWriter;
import dev.gitpodconfig.report.ToolInfo;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cold check, as the {@code check} goal runs it in a clean build: a fresh JVM, none of the plugin's
 * classes loaded yet, no result cache; the files are found, loaded and checked, and the default SARIF
 * report is rendered. Prints the milliseconds it took and how many classes the JVM loaded meanwhile.
 *
 * <p>A clean build's extra time is mostly this cold path: loading, verifying and first running a few
 * hundred classes. Measuring it in a JVM of its own is far steadier than reading it off whole Maven runs,
 * so {@code benchmarks/cold.py} runs this once per fresh JVM, many times, to compare two builds of the
 * plugin, and {@link ClassBudgetTest} holds the classes it loads to a budget. Before the clock starts, the
 * JDK features Maven itself has already used by the time a plugin runs (lambdas, streams, regular
 * expressions, java.time, file walking) are warmed, so their one-off set-up is not charged to the plugin.
 *
 * <p>The check runs between the loading of {@link Start} and of {@link End}, so a class-loading log
 * ({@code -Xlog:class+load}) shows which classes the check itself loaded.
 *
 * <p>Usage: {@code java -cp <test classes>:<plugin jar or classes>:<snakeyaml jar> dev.gitpodconfig.bench.ColdCheck
 * <project>}.
 */
public final class ColdCheck {

    private ColdCheck() {}

    /**
     * Runs one cold check of a project and prints {@code cold_ms=… classes=… findings=…}.
     *
     * @param args the project's base directory
     * @throws Exception when the check cannot run
     */
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        warmJdk(project);
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        Start.mark();
        long loadedBefore = classes.getTotalLoadedClassCount();
        long start = System.nanoTime();
        CheckOptions options = CheckOptions.builder(project).collectNotes(false).build();
        GitpodConfigChecker checker = new GitpodConfigChecker(options);
        CheckResult result = checker.check();
        // The rule list as the check goal builds it for the SARIF report.
        List<RuleInfo> rules = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rules.add(rule.info());
        }
        String sarif = new SarifWriter(ToolInfo.load(), rules, checker.severityOverrides(), checker.disabledRules())
                .write(result, project);
        long elapsed = System.nanoTime() - start;
        long loaded = classes.getTotalLoadedClassCount() - loadedBefore;
        End.mark();
        System.out.printf(
                "cold_ms=%.1f classes=%d findings=%d sarif_chars=%d%n",
                elapsed / 1e6, loaded, result.findings().size(), sarif.length());
    }

    /**
     * Uses, once, the JDK features Maven has used before any plugin runs. Not string concatenation through
     * {@code invokedynamic}: Maven 3 is compiled for Java 8, so its JVM has not bootstrapped that yet.
     */
    private static void warmJdk(Path project) throws Exception {
        Map<String, Integer> lengths =
                Stream.of("a", "bb", "ccc").filter(s -> !s.isEmpty()).collect(Collectors.toMap(s -> s, String::length));
        List<String> sorted = lengths.keySet().stream()
                .sorted()
                .map(s -> s.concat(lengths.get(s).toString()))
                .toList();
        if (!Pattern.compile("[a-c]+\\d").matcher(sorted.get(0)).matches()
                || LocalDate.now(ZoneOffset.UTC).getYear() < 2000) {
            throw new IllegalStateException("warm-up went wrong");
        }
        try (Stream<Path> files = Files.walk(project, 1)) {
            if (files.map(Path::getFileName).count() < 0) {
                throw new IllegalStateException("warm-up went wrong");
            }
        }
    }

    /** Loaded just before the check starts: marks its beginning in a class-loading log. */
    static final class Start {
        private Start() {}

        static void mark() {}
    }

    /** Loaded just after the check ends. */
    static final class End {
        private End() {}

        static void mark() {}
    }
}
