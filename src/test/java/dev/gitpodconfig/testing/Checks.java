package dev.gitpodconfig.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the real engine over YAML text: the one place tests build a checker. Findings are reported for
 * the file {@code gitpod.config.yaml}.
 */
public final class Checks {

    /** The file name findings carry. */
    public static final String FILE = "gitpod.config.yaml";

    private static final GitpodConfigChecker DEFAULT = checker(UnaryOperator.identity());

    private Checks() {}

    /** A checker over the current directory with the defaults changed by {@code options}. */
    public static GitpodConfigChecker checker(UnaryOperator<CheckOptions.Builder> options) {
        try {
            return new GitpodConfigChecker(options.apply(CheckOptions.builder(Path.of("."))).build());
        } catch (InvalidOptionsException e) {
            throw new AssertionError(e);
        }
    }

    /** Checks a text with the default options. */
    public static CheckResult check(String yaml) {
        return check(DEFAULT, yaml);
    }

    /** Checks a text with a given checker. */
    public static CheckResult check(GitpodConfigChecker checker, String yaml) {
        return checker.checkContent(FILE, Yaml.utf8(yaml));
    }

    /** The findings of one rule, default options. */
    public static List<Finding> findings(String yaml, String ruleId) {
        return findings(DEFAULT, yaml, ruleId);
    }

    /** The findings of one rule. */
    public static List<Finding> findings(GitpodConfigChecker checker, String yaml, String ruleId) {
        return check(checker, yaml).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The one finding of a rule; fails when there is none or more than one. */
    public static Finding single(String yaml, String ruleId) {
        return single(DEFAULT, yaml, ruleId);
    }

    /** The one finding of a rule with a given checker. */
    public static Finding single(GitpodConfigChecker checker, String yaml, String ruleId) {
        List<Finding> found = findings(checker, yaml, ruleId);
        assertEquals(1, found.size(), () -> "expected one " + ruleId + " finding, got " + found);
        return found.get(0);
    }

    /** Asserts that a rule reports nothing for a text. */
    public static void assertNoFinding(String yaml, String ruleId) {
        assertNoFinding(DEFAULT, yaml, ruleId);
    }

    /** Asserts that a rule reports nothing for a text, with a given checker. */
    public static void assertNoFinding(GitpodConfigChecker checker, String yaml, String ruleId) {
        List<Finding> found = findings(checker, yaml, ruleId);
        assertTrue(found.isEmpty(), () -> "expected no " + ruleId + " finding, got " + found);
    }

    /** Asserts a finding's rule, severity, start line and column, and YAML path. */
    public static void assertFinding(Finding finding, String ruleId, Severity severity, int line, int column, String yamlPath) {
        assertAll(finding.toString(),
                () -> assertEquals(ruleId, finding.ruleId(), "rule"),
                () -> assertEquals(severity, finding.severity(), "severity"),
                () -> assertEquals(FILE, finding.file(), "file"),
                () -> assertEquals(line, finding.position().line(), "line"),
                () -> assertEquals(column, finding.position().column(), "column"),
                () -> assertEquals(yamlPath, finding.yamlPath(), "YAML path"),
                () -> assertTrue(!finding.message().isBlank() && !finding.fix().isBlank(), "message and fix"));
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

    /** The single finding of a rule, asserted in one call. */
    public static Finding assertSingle(String yaml, String ruleId, Severity severity, int line, int column, String yamlPath) {
        Finding finding = single(yaml, ruleId);
        assertFinding(finding, ruleId, severity, line, column, yamlPath);
        return finding;
    }
}
