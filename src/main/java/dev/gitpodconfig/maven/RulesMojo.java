package dev.gitpodconfig.maven;

import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.report.RuleCatalogText;
import dev.gitpodconfig.report.ToolInfo;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the rule catalogue: every rule with its id, default severity and what it finds, and the address
 * of the catalogue page ({@code docs/rules.md}). With {@code -Dgitpod-config.rule=<id>} it prints that
 * rule in full, as the page shows it: what it finds, why it matters, its public sources, failing and
 * passing examples, the fix, and the address of its section. Needs no project.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    /**
     * The id of one rule to print in full, e.g. {@code registry-ecr-unsupported}. Without it, every rule
     * is listed on one line.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> lines;
        if (rule == null || rule.isBlank()) {
            lines = RuleCatalogText.overview(
                    Rules.all().stream().map(Rule::info).toList(), ToolInfo.load());
        } else {
            String id = rule.trim();
            Optional<Rule> found = Rules.byId(id);
            if (found.isEmpty()) {
                throw new MojoExecutionException("Unknown rule id '" + id + "'."
                        + Rules.nearestId(id)
                                .map(nearest -> " Did you mean '" + nearest + "'?")
                                .orElse("")
                        + " Run mvn gitpod-config:rules for the list of rules.");
            }
            lines = RuleCatalogText.details(found.get().info(), RuleExamples.of(id), ToolInfo.load());
        }
        lines.forEach(getLog()::info);
    }
}
