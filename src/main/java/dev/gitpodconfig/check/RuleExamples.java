package dev.gitpodconfig.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failing and passing configurations of a rule, kept as resources in {@code dev/gitpodconfig/rules/}:
 * {@code <rule-id>.fails.yaml} and {@code <rule-id>.passes.yaml}, and optionally more of each numbered
 * from 2 ({@code <rule-id>.fails.2.yaml}, {@code .fails.3.yaml}, …), for instance a KOTS variant of an
 * installer example. They are shown by the {@code rules} goal and on the catalogue page, and a test runs
 * the engine on every one, so the examples cannot drift from the rules.
 *
 * @param fails configurations that each get a finding of the rule, at least one
 * @param passes configurations with no finding of the rule and no error at all, at least one
 */
public record RuleExamples(List<String> fails, List<String> passes) {

    private static final String FOLDER = "/dev/gitpodconfig/rules/";

    /**
     * Copies the lists.
     *
     * @param fails the failing configurations
     * @param passes the passing configurations
     */
    public RuleExamples {
        fails = List.copyOf(fails);
        passes = List.copyOf(passes);
    }

    /**
     * The examples of a rule.
     *
     * @param ruleId the rule id
     * @return the examples, empty when the rule lacks a failing or a passing one
     */
    public static Optional<RuleExamples> of(String ruleId) {
        List<String> fails = numbered(ruleId + ".fails");
        List<String> passes = numbered(ruleId + ".passes");
        return fails.isEmpty() || passes.isEmpty() ? Optional.empty() : Optional.of(new RuleExamples(fails, passes));
    }

    /**
     * The resource names a rule's examples must have.
     *
     * @param ruleId the rule id
     * @return the two resource paths, for messages
     */
    public static String expectedResources(String ruleId) {
        return "src/main/resources" + FOLDER + ruleId + ".fails.yaml and " + ruleId + ".passes.yaml";
    }

    /** {@code <stem>.yaml}, then {@code <stem>.2.yaml} and on, up to the first number that is missing. */
    private static List<String> numbered(String stem) {
        List<String> texts = new ArrayList<>();
        Optional<String> next = resource(stem + ".yaml");
        for (int n = 2; next.isPresent(); n++) {
            texts.add(next.get());
            next = resource(stem + "." + n + ".yaml");
        }
        return texts;
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = RuleExamples.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
