package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.Placeholders;

/**
 * {@code config-unresolved-placeholder}: a value that is a template ({@code ${X}}, {@code [[ .X ]]},
 * {@code {{ … }}}, {@code repl{{ … }}}). Value rules skip it rather than guess; this says so.
 */
public final class ConfigUnresolvedPlaceholderRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-unresolved-placeholder")
            .severity(Severity.INFO)
            .title("a template value that the value rules skip")
            .summary("""
                A value is a placeholder (`${X}`, `[[ .X ]]`, `{{ ... }}`, `repl{{ ... }}`); value rules skip it rather than
                guess.
                """)
            .description("""
                A value that is a placeholder: `${VAR}`, `{{ ... }}`, `repl{{ ... }}` or `[[ .Var ]]` (which YAML reads as a
                nested list). The message quotes only the placeholder, never the rest of the value.
                """)
            .rationale("""
                Templated files are substituted later (envsubst, KOTS, Terraform), so their registry and storage values
                cannot be checked here. Saying which values were skipped keeps a green build honest.
                """)
            .fix("Check the substituted file instead (for example the output of envsubst in target/), "
                    + "or ignore this note.")
            .gitpodSource("install/tests/Makefile", "Gitpod's own KOTS test configurations, filled in with `envsubst`")
            .source(
                    "Replicated documentation, template functions (`repl{{ ... }}`)",
                    "https://docs.replicated.com/reference/template-functions-about")
            .build();

    /** Creates the rule. */
    public ConfigUnresolvedPlaceholderRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        for (ConfigValue value : config.values(Placeholders::isPlaceholder)) {
            findings.at(value)
                    .message("'" + value.path() + "' is the unresolved placeholder " + token(value)
                            + "; registry and storage rules skip it.")
                    .report();
        }
    }

    /** Only the placeholder itself is quoted, never the rest of the value (it could hold a credential). */
    private static String token(ConfigValue value) {
        String text = value.text().orElse("");
        if (Placeholders.templateExpression(value.node()).isPresent()) {
            return text;
        }
        return Placeholders.tokens(text).stream().findFirst().orElse("(template)");
    }
}
