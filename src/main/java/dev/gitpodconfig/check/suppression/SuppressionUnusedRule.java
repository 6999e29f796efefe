package dev.gitpodconfig.check.suppression;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;

/**
 * {@code suppression-unused}: a valid {@code # gitpod-config:ignore} comment that suppresses nothing.
 * Reported by the engine, like {@link SuppressionInvalidRule}; its findings cannot be suppressed.
 */
public final class SuppressionUnusedRule implements Rule {

    /** The rule id. */
    public static final String ID = "suppression-unused";

    private static final RuleInfo INFO = RuleInfo.builder(ID)
            .severity(Severity.WARNING)
            .title("a suppression comment that suppresses nothing")
            .summary("""
                A `gitpod-config:ignore` comment that suppresses nothing: no finding of that rule on its line (or, for a
                comment alone on its line, on the next line).
                """)
            .description("""
                A valid `# gitpod-config:ignore` comment that suppresses nothing: no finding of the rules it names
                starts on its line (or, for a comment alone on its line, on the next line). Rules turned off with
                `skipRules` or `severities` do not count as unused.
                """)
            .rationale("""
                Stale suppressions pile up: the setting was fixed or moved, and the comment now waits to hide the next,
                unrelated finding on that line without anyone reviewing it.
                """)
            .fix("Remove the directive, or move it to the line of the finding (or alone on the line above it).")
            .source(
                    "gitpod-config-maven-plugin README, Suppressions (the directive's syntax)",
                    "https://github.com/gitpod-config/gitpod-config-maven-plugin#suppressions")
            .source("PMD issue #648: report unused suppressions", "https://github.com/pmd/pmd/issues/648")
            .source(
                    "Checkstyle issue #3242: report unused suppressions",
                    "https://github.com/checkstyle/checkstyle/issues/3242")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        // Reported by the engine's suppression step, which sees the findings of every rule.
    }
}
