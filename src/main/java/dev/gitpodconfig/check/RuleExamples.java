package dev.gitpodconfig.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One failing and one passing configuration per rule, kept as resources
 * ({@code dev/gitpodconfig/rules/<rule-id>.fails.yaml} and {@code .passes.yaml}) and shown by the
 * {@code rules} goal. A test runs the engine on every pair, so the examples cannot drift from the
 * rules.
 *
 * @param fails a configuration that gets a finding of the rule
 * @param passes the same configuration fixed: no finding of the rule and no error at all
 */
public record RuleExamples(String fails, String passes) {

    private static final String FOLDER = "/dev/gitpodconfig/rules/";

    /**
     * The examples of a rule.
     *
     * @param ruleId the rule id
     * @return the examples, empty when the rule has none
     */
    public static Optional<RuleExamples> of(String ruleId) {
        Optional<String> fails = resource(ruleId + ".fails.yaml");
        Optional<String> passes = resource(ruleId + ".passes.yaml");
        return fails.isPresent() && passes.isPresent() ? Optional.of(new RuleExamples(fails.get(), passes.get())) : Optional.empty();
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

    private static Optional<String> resource(String name) {
        try (InputStream in = RuleExamples.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
