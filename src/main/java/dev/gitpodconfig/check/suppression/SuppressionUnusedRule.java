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

    private static final RuleInfo INFO = new RuleInfo(
            ID,
            Severity.WARNING,
            "A gitpod-config:ignore comment that suppresses nothing: no finding of that rule on its line (or, for a comment alone "
                    + "on its line, on the next line).",
            "Stale suppressions pile up: the setting was fixed or moved, and the comment now waits to hide the next, unrelated "
                    + "finding on that line without anyone reviewing it.",
            "Linter research: PMD unused-suppression detection (pmd#648, #5609); Checkstyle#3242",
            "Remove the directive, or move it to the line of the finding (or alone on the line above it).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        // Reported by the engine's suppression step, which sees the findings of every rule.
    }
}
