package dev.gitpodconfig.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Runs the real engine over YAML text or a project directory: the one place tests build a checker.
 * The static methods use the default {@link Run}: every rule, the default options, and findings
 * reported for the file {@link #FILE}. {@link #only}, {@link #file} and {@link #options} start a run
 * that changes one of these, e.g.
 * {@code Checks.only("rule-id").file("gitpod/gitpod.config.yaml").check(yaml)}.
 */
public final class Checks {

    /** The file name findings carry unless a run says otherwise. */
    public static final String FILE = "gitpod.config.yaml";

    private static final Run DEFAULT = new Run(FILE, null, UnaryOperator.identity());

    private Checks() {}

    /** A run of this rule alone: every other rule is skipped, so the run's findings are this rule's. */
    public static Run only(String ruleId) {
        return DEFAULT.only(ruleId);
    }

    /** A run whose checked text is reported as this file (a path relative to the base directory). */
    public static Run file(String name) {
        return DEFAULT.file(name);
    }

    /** A run with the default options changed by {@code options}. */
    public static Run options(UnaryOperator<CheckOptions.Builder> options) {
        return DEFAULT.options(options);
    }

    /** A checker with exactly these options. */
    public static GitpodConfigChecker checker(CheckOptions options) {
        try {
            return new GitpodConfigChecker(options);
        } catch (InvalidOptionsException e) {
            throw new AssertionError(e);
        }
    }

    /** Checks a text with the default run. */
    public static CheckResult check(String yaml) {
        return DEFAULT.check(yaml);
    }

    /** Checks bytes with the default run. */
    public static CheckResult check(byte[] bytes) {
        return DEFAULT.check(bytes);
    }

    /** Writes the files (relative path to text) under a project directory and checks it with the default run. */
    public static CheckResult checkProject(Path base, Map<String, String> files) {
        return DEFAULT.checkProject(base, files);
    }

    /** Checks a project directory with the default run. */
    public static CheckResult checkProject(Path base) {
        return DEFAULT.checkProject(base);
    }

    /** The findings of one rule, default run. */
    public static List<Finding> findings(String yaml, String ruleId) {
        return findings(check(yaml), ruleId);
    }

    /** The one finding of a rule, default run; fails when there is none or more than one. */
    public static Finding single(String yaml, String ruleId) {
        return single(check(yaml), ruleId);
    }

    /** Asserts that a rule reports nothing for a text, default run. */
    public static void assertNoFinding(String yaml, String ruleId) {
        assertNoFinding(check(yaml), ruleId);
    }

    /** The single finding of a rule in the default run, asserted in one call as {@link #assertFinding} does. */
    public static Finding assertSingle(
            String yaml, String ruleId, Severity severity, int line, int column, String yamlPath) {
        Finding finding = single(yaml, ruleId);
        assertFinding(finding, ruleId, severity, line, column, yamlPath);
        return finding;
    }

    /** The findings of one rule in a result. */
    public static List<Finding> findings(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The one finding of a result, whatever its rule; fails when there is none or more than one. */
    public static Finding single(CheckResult result) {
        assertEquals(1, result.findings().size(), () -> "expected one finding, got " + result.findings());
        return result.findings().get(0);
    }

    /** The one finding of a rule in a result; fails when there is none or more than one. */
    public static Finding single(CheckResult result, String ruleId) {
        List<Finding> found = findings(result, ruleId);
        assertEquals(1, found.size(), () -> "expected one " + ruleId + " finding, got " + result.findings());
        return found.get(0);
    }

    /** The one finding of a rule in a result, which must be at this place, as {@link #assertAt} checks it. */
    public static Finding single(CheckResult result, String ruleId, String file, int line, int column) {
        return assertAt(single(result, ruleId), ruleId, file, line, column);
    }

    /** Asserts that a rule has no finding in a result. */
    public static void assertNoFinding(CheckResult result, String ruleId) {
        List<Finding> found = findings(result, ruleId);
        assertTrue(found.isEmpty(), () -> "expected no " + ruleId + " finding, got " + found);
    }

    /**
     * Asserts a finding's rule, severity, start line and column, and YAML path, that it is in {@link #FILE}, and
     * that it has a message and a fix.
     */
    public static void assertFinding(
            Finding finding, String ruleId, Severity severity, int line, int column, String yamlPath) {
        assertAll(
                finding.toString(),
                () -> assertEquals(ruleId, finding.ruleId(), "rule"),
                () -> assertEquals(severity, finding.severity(), "severity"),
                () -> assertEquals(FILE, finding.file(), "file"),
                () -> assertEquals(line, finding.position().line(), "line"),
                () -> assertEquals(column, finding.position().column(), "column"),
                () -> assertEquals(yamlPath, finding.yamlPath(), "YAML path"),
                () -> assertTrue(!finding.message().isBlank() && !finding.fix().isBlank(), "message and fix"));
    }

    /**
     * Asserts a finding's rule, file, start line and column, that its message contains every part, and that it has
     * a message and a fix.
     *
     * @return the finding, for further assertions
     */
    public static Finding assertAt(
            Finding finding, String ruleId, String file, int line, int column, String... messageParts) {
        assertAll(
                finding.toString(),
                () -> assertEquals(ruleId, finding.ruleId(), "rule"),
                () -> assertEquals(file, finding.file(), "file"),
                () -> assertEquals(line, finding.position().line(), "line"),
                () -> assertEquals(column, finding.position().column(), "column"),
                () -> assertTrue(!finding.message().isBlank() && !finding.fix().isBlank(), "message and fix"),
                () -> assertMessageContains(finding, messageParts));
        return finding;
    }

    /** Asserts that a finding's message contains every part. */
    public static void assertMessageContains(Finding finding, String... parts) {
        for (String part : parts) {
            assertTrue(finding.message().contains(part), () -> "'" + part + "' not in message: " + finding.message());
        }
    }

    /** Asserts that a finding's fix contains every part. */
    public static void assertFixContains(Finding finding, String... parts) {
        for (String part : parts) {
            assertTrue(finding.fix().contains(part), () -> "'" + part + "' not in fix: " + finding.fix());
        }
    }

    /**
     * How a test runs the engine: the file name a checked text is reported as, whether one rule runs or all, and
     * changes to the default options. Immutable; each method that changes a setting returns a new run.
     */
    public static final class Run {
        private final String file;
        /** The only rule that runs, or null for all. */
        private final String onlyRule;

        private final UnaryOperator<CheckOptions.Builder> options;
        /** The checker over the current directory, built on first use (a race builds two equal ones). */
        private GitpodConfigChecker checker;

        private Run(String file, String onlyRule, UnaryOperator<CheckOptions.Builder> options) {
            this.file = file;
            this.onlyRule = onlyRule;
            this.options = options;
        }

        /**
         * This run with one rule alone; it replaces any {@code skipRules} of the options. An unknown id fails at
         * once, as otherwise every rule would be skipped and a test expecting no finding would pass for nothing.
         */
        public Run only(String ruleId) {
            if (Rules.byId(ruleId).isEmpty()) {
                throw new IllegalArgumentException("no rule " + ruleId);
            }
            return new Run(file, ruleId, options);
        }

        /** This run with its checked text reported as this file. */
        public Run file(String name) {
            return new Run(name, onlyRule, options);
        }

        /** This run with its options changed further by {@code more}. */
        public Run options(UnaryOperator<CheckOptions.Builder> more) {
            UnaryOperator<CheckOptions.Builder> before = options;
            return new Run(file, onlyRule, builder -> more.apply(before.apply(builder)));
        }

        /** The checker of this run over the current directory, for texts. */
        public GitpodConfigChecker checker() {
            if (checker == null) {
                checker = checker(Path.of("."));
            }
            return checker;
        }

        /** The checker of this run over a project directory. */
        public GitpodConfigChecker checker(Path base) {
            CheckOptions.Builder builder = options.apply(CheckOptions.builder(base));
            if (onlyRule != null) {
                Set<String> others = new TreeSet<>(Rules.ids());
                others.remove(onlyRule);
                builder.skipRules(others);
            }
            return Checks.checker(builder.build());
        }

        /** Checks a text. */
        public CheckResult check(String yaml) {
            return check(Yaml.utf8(yaml));
        }

        /** Checks bytes. */
        public CheckResult check(byte[] bytes) {
            return checker().checkContent(file, bytes);
        }

        /** Writes the files (relative path to text, in UTF-8) under a project directory and checks it. */
        public CheckResult checkProject(Path base, Map<String, String> files) {
            try {
                for (Map.Entry<String, String> entry : files.entrySet()) {
                    Path path = base.resolve(entry.getKey());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, entry.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return checkProject(base);
        }

        /** Checks a project directory; an unreadable one fails the test (see {@link #checker(Path)} to expect it). */
        public CheckResult checkProject(Path base) {
            try {
                return checker(base).check();
            } catch (InvalidOptionsException e) {
                throw new AssertionError(e);
            }
        }

        /** All findings of a text, in report order. */
        public List<Finding> findings(String yaml) {
            return check(yaml).findings();
        }

        /** The one finding of a text, whatever its rule; fails when there is none or more than one. */
        public Finding single(String yaml) {
            return Checks.single(check(yaml));
        }

        /** Asserts that a text gets no finding at all. */
        public void assertNoFinding(String yaml) {
            List<Finding> found = findings(yaml);
            assertTrue(found.isEmpty(), () -> "expected no finding, got " + found);
        }
    }
}
