package dev.gitpodconfig.check.suppression;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;

/**
 * {@code suppression-invalid}: a {@code # gitpod-config:ignore} comment that cannot be honoured. The
 * engine reports it while it matches directives to findings (it needs every other rule's findings
 * first), so {@link #check} does nothing; the rule is here for the catalogue, reports and
 * {@code skipRules}. Its findings cannot themselves be suppressed.
 */
public final class SuppressionInvalidRule implements Rule {

    /** The rule id. */
    public static final String ID = "suppression-invalid";

    private static final RuleInfo INFO = new RuleInfo(
            ID,
            Severity.ERROR,
            "A gitpod-config:ignore comment that is malformed, names an unknown rule or one that may not be suppressed, has no "
                    + "reason, or whose until date has passed.",
            "A suppression that silently does not apply is worse than none: the team believes a finding is handled when it is "
                    + "not, or a typo hides nothing while looking as if it did. The reason makes every exception reviewable, and "
                    + "an until date that has passed brings the finding back instead of hiding it for ever.",
            "Linter research: silent directive failures in yamllint and hadolint (hadolint#370, PR #1059); ESLint RFC #82",
            "Write the directive as '# gitpod-config:ignore <rule-id>[,<rule-id>…] [until=YYYY-MM-DD] -- <reason>', with rule "
                    + "ids from 'mvn gitpod-config:rules', or fix the finding and remove the directive.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        // Reported by the engine's suppression step, which sees the findings of every rule.
    }
}
