package dev.gitpodconfig.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.engine.GitpodConfigChecker;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The performance policy, made mechanical: one whole cold check ({@link ColdCheck}) in a fresh JVM may load
 * only so many classes of this plugin plus classes spun at run time (lambdas, method-handle forms).
 *
 * <p>Every build that runs the plugin after a clean pays for each class it loads, links and first runs
 * (about 0.2 ms apiece in a cold JVM for a spun one), which is most of a clean build's cost of the check.
 * A lambda, method reference or stream pipeline spins a class at first use, a record's generated
 * {@code equals} and {@code hashCode} bootstrap method handles, and a new helper class adds one more. Code
 * that every build runs (the loader, the engine's run loop) therefore stays plain; elsewhere ordinary Java
 * is fine as long as the count stays inside the budget.
 *
 * <p>Only what is stable across JDK builds is counted: this plugin's classes and the classes spun while the
 * check runs, with class data sharing off so that the JDK's archive does not decide which ones are spun.
 * SnakeYAML's and the JDK's own classes are left out. The budgets are set on JDK 17, the oldest this plugin
 * runs on and the one that spins the most (JDK 25 spins about half as many), and they count on the plugin being
 * compiled with {@code -XDstringConcat=inline} (see {@code pom.xml}).
 */
class ClassBudgetTest {

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)");
    private static final String HARNESS = ColdCheck.class.getPackageName() + ".";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // project, findings, classes counted when the budget was set (OpenJDK 17.0.15), budget. Raised by 2 for the
        // rules config-multi-document and config-unknown-kind, and by 5 for the Secrets a config names: three rules,
        // the index of Kubernetes objects and its reader, loaded in every build. Raised by 7 for the 2022.11.3
        // decoder: the installer's schema, the strict decoder, yaml.v2's scalars and config-invalid-value. Raised by 7
        // (8 for KOTS, whose db_* items are read) for the database model and the database and certificate rules: four
        // rules, Database, Database.Kind and DatabaseReader load in every check.
        "examples/aws-reference, 0, 166, 171",
        "examples/ecr-registry, 1, 160, 165",
        "examples/kots-gitlab, 1, 160, 165",
    })
    void oneColdCheckStaysInsideItsClassBudget(
            String project, int findings, int measured, int budget, @TempDir Path temp) throws Exception {
        Path log = temp.resolve("classes.log");
        String result = runColdCheck(Path.of(project), log);
        assertEquals(findings, Integer.parseInt(result.replaceAll(".*findings=(\\d+).*", "$1")), result);
        List<String> plugin = new ArrayList<>();
        List<String> spun = new ArrayList<>();
        boolean inCheck = false;
        for (String line : Files.readAllLines(log)) {
            Matcher loaded = LOADED.matcher(line);
            if (!loaded.find()) {
                continue;
            }
            String name = loaded.group(1);
            if (name.equals(ColdCheck.Start.class.getName())) {
                inCheck = true;
            } else if (name.equals(ColdCheck.End.class.getName())) {
                inCheck = false;
            } else if (!inCheck || name.startsWith(HARNESS)) {
                // Outside the check, or the harness itself: not counted.
            } else if (name.contains("/0x")) {
                spun.add(name.replaceAll("/0x\\p{XDigit}+$", "") + " (" + loaded.group(2) + ")");
            } else if (name.startsWith("dev.gitpodconfig.")) {
                plugin.add(name);
            }
        }
        assertTrue(!plugin.isEmpty(), "the log shows no class of the plugin loaded during the check");
        int count = plugin.size() + spun.size();
        System.out.printf(
                "%s: %d classes (%d of the plugin, %d spun at run time), budget %d%n",
                project, count, plugin.size(), spun.size(), budget);
        assertTrue(
                count <= budget,
                () -> String.format(
                        "One cold check of %s loaded %d classes (%d of the plugin, %d spun at run time), over its"
                                + " budget of %d (%d when the budget was set). Every build after a clean pays for each"
                                + " of them. Find what added them (a lambda, method reference or stream on a path"
                                + " every build runs, a record's generated equals or hashCode, a new class) and write"
                                + " it plainly, or, if they are worth it, raise the budget in %s to the new count plus"
                                + " a little and say why in the commit. The classes: the log of `java -Xshare:off"
                                + " -Xlog:class+load -cp target/test-classes:target/classes:<snakeyaml jar> %s %s`"
                                + " between ColdCheck$Start and ColdCheck$End.%nSpun at run time:%n  %s",
                        project,
                        count,
                        plugin.size(),
                        spun.size(),
                        budget,
                        measured,
                        ClassBudgetTest.class.getSimpleName(),
                        ColdCheck.class.getName(),
                        project,
                        String.join("\n  ", spun)));
    }

    /**
     * Runs {@link ColdCheck} in a fresh JVM with the plugin's classes and SnakeYAML only, like Maven's plugin
     * realm, and returns the line it printed.
     */
    private static String runColdCheck(Path project, Path log)
            throws IOException, InterruptedException, URISyntaxException {
        String classPath = String.join(
                File.pathSeparator,
                location(ColdCheck.class),
                location(GitpodConfigChecker.class),
                location(Yaml.class));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xshare:off",
                        "-Xlog:class+load=info:file=\"" + log + "\"",
                        "-cp",
                        classPath,
                        ColdCheck.class.getName(),
                        project.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the cold check did not end within a minute");
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, process.exitValue(), () -> "the cold check failed:\n" + String.join("\n", lines));
        for (String line : lines) {
            if (line.startsWith("cold_ms=")) {
                return line;
            }
        }
        throw new AssertionError("the cold check printed no result:\n" + String.join("\n", lines));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
