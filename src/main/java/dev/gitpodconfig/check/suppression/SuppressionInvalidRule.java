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

    private static final RuleInfo INFO = RuleInfo.builder(ID)
            .severity(Severity.ERROR)
            .title("a suppression comment that is malformed, names an unknown or unsuppressible rule, has no reason or "
                    + "has expired")
            .summary("""
                A `gitpod-config:ignore` comment that is malformed, names an unknown rule or one that may not be
                suppressed, has no reason, or whose until date has passed.
                """)
            .description("""
                A `# gitpod-config:ignore` comment that cannot be honoured: it does not follow the syntax
                (`gitpod-config:ignore` misspelt, an unknown option, a date that is not `YYYY-MM-DD`, no rule id), names
                a rule that does not exist (the message suggests the nearest id), names `suppression-invalid`,
                `suppression-unused` or a rule listed in `nonSuppressibleRules`, has no reason, or its `until` date has
                passed. The directive then suppresses nothing, so the finding it meant to hide is reported too.
                """)
            .rationale("""
                A suppression that silently does not apply is worse than none: the team believes a finding is handled
                when it is not, or a typo hides nothing while looking as if it did. The reason makes every exception
                reviewable, and an until date that has passed brings the finding back instead of hiding it for ever.
                Other linters' users have asked for the same: hadolint's directives failed silently when text followed
                them.
                """)
            .fix("Write the directive as '# gitpod-config:ignore <rule-id>[,<rule-id>...] [until=YYYY-MM-DD] -- "
                    + "<reason>', with rule ids from 'mvn gitpod-config:rules', or fix the finding and remove the "
                    + "directive.")
            .source(
                    "gitpod-config-maven-plugin README, Suppressions (the directive's syntax)",
                    "https://github.com/gitpod-config/gitpod-config-maven-plugin#suppressions")
            .source(
                    "hadolint issue #370: reasons for ignore directives",
                    "https://github.com/hadolint/hadolint/issues/370")
            .source(
                    "hadolint pull request #1059: text after an ignore directive made it fail silently",
                    "https://github.com/hadolint/hadolint/pull/1059")
            .source(
                    "ESLint RFC #82: justifications for suppressions, reported in SARIF",
                    "https://github.com/eslint/rfcs/pull/82")
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
