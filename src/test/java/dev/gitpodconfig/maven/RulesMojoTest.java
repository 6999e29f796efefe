package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Rules;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

@MojoTest
class RulesMojoTest extends RecordingLogSupport {

    private static final String CATALOGUE =
            "https://github.com/gitpod-config/gitpod-config-maven-plugin/blob/main/docs/rules.md";

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "rules")
    void listsEveryRuleWithItsSeverity(RulesMojo mojo) throws Exception {
        mojo.execute();
        assertEquals(Rules.all().size() + 2, lines().size(), lines().toString());
        assertTrue(
                lines().stream()
                        .anyMatch(l ->
                                l.matches("INFO   registry-ecr-unsupported +error +The external registry in use is "
                                        + "Amazon ECR.*")),
                lines().toString());
        assertTrue(
                lines().stream().anyMatch(l -> l.matches("INFO   suppression-unused +warning +.*")),
                lines().toString());
        assertEquals("INFO Documentation: " + CATALOGUE, lines().get(lines().size() - 1));
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "rule", value = "registry-ecr-unsupported")
    void explainsOneRuleWithExamples(RulesMojo mojo) throws Exception {
        mojo.execute();
        List<String> lines = lines();
        assertEquals("INFO registry-ecr-unsupported (default severity: error)", lines.get(0));
        int fails = lines.indexOf("INFO Fails:");
        int passes = lines.indexOf("INFO Passes:");
        assertTrue(fails > 0 && passes > fails, lines.toString());
        assertEquals("INFO         url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod", lines.get(fails + 4));
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("INFO Why: Amazon ECR does not fully implement")),
                lines.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("INFO Fix: Use the in-cluster registry")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("`")), lines.toString());
        assertEquals("INFO Documentation: " + CATALOGUE + "#registry-ecr-unsupported", lines.get(lines.size() - 1));
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "rule", value = "registry-ecr-unsuported")
    void anUnknownRuleIsAnErrorWithASuggestion(RulesMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Unknown rule id 'registry-ecr-unsuported'. Did you mean 'registry-ecr-unsupported'? "
                        + "Run mvn gitpod-config:rules for the list of rules.",
                error.getMessage());
    }
}
