package dev.gitpodconfig.check;

import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one rule on one file's text through the whole engine (loader, classifier, typed view, secret
 * masking), with every other rule skipped, for the tests of the S3 and storage rules.
 */
public final class S3RuleHarness {

    private S3RuleHarness() {}

    /**
     * KOTS ConfigValues around some items: the items (indented by four spaces) start at line 5, and
     * {@code spec.values} is at line 4, column 3.
     *
     * @param items the items of {@code spec.values}
     * @return the file's text
     */
    public static String kots(String items) {
        return """
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                """ + items;
    }

    /**
     * An installer {@code objectStorage} block with S3 in use, to append to a document: the endpoint is
     * on the block's fourth line, column 15.
     *
     * @param endpoint the endpoint as written in YAML
     * @return the block's text
     */
    public static String s3ObjectStorage(String endpoint) {
        return """
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: %s
                    credentials:
                      kind: secret
                      name: s3-storage
                """.formatted(endpoint);
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule
     * @param yaml the file's text
     * @return the findings in report order
     */
    public static List<Finding> run(String ruleId, String yaml) {
        Set<String> others = Rules.all().stream().map(rule -> rule.info().id())
                .filter(id -> !id.equals(ruleId)).collect(Collectors.toSet());
        try {
            CheckOptions options = CheckOptions.builder(Path.of(".")).skipRules(others).build();
            return new GitpodConfigChecker(options).checkContent("gitpod.config.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                    .findings();
        } catch (InvalidOptionsException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Where the findings are: {@code rule-id severity line:column yaml.path}, one string each.
     *
     * @param ruleId the rule
     * @param yaml the file's text
     * @return the locations in report order
     */
    public static List<String> locations(String ruleId, String yaml) {
        return run(ruleId, yaml).stream().map(S3RuleHarness::location).toList();
    }

    /**
     * One finding's location.
     *
     * @param finding the finding
     * @return {@code rule-id severity line:column yaml.path}
     */
    public static String location(Finding finding) {
        return finding.ruleId() + " " + finding.severity().id() + " " + finding.position().line() + ":"
                + finding.position().column() + " " + finding.yamlPath();
    }

    /**
     * The only finding of a rule, failing otherwise.
     *
     * @param ruleId the rule
     * @param yaml the file's text
     * @return the finding
     */
    public static Finding single(String ruleId, String yaml) {
        List<Finding> findings = run(ruleId, yaml);
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding of " + ruleId + ", got " + findings);
        }
        return findings.get(0);
    }
}
