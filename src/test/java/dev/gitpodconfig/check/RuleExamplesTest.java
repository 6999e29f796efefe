package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's examples, as the {@code rules} goal and the catalogue page show them, run through the
 * engine: each failing one must get a finding of that rule, each passing one none and no error at all.
 * A rule without examples fails here by name.
 */
class RuleExamplesTest {

    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TestFactory
    Stream<DynamicTest> everyRuleHasAFailingAndAPassingExampleThatDoWhatTheySay() throws Exception {
        Checks.Run run = Checks.options(o -> o.clock(TODAY));
        return Rules.ids().stream()
                .map(id -> DynamicTest.dynamicTest(id, () -> {
                    RuleExamples examples = RuleExamples.of(id)
                            .orElseThrow(() -> new AssertionError(
                                    "Rule '" + id + "' has no examples: add " + RuleExamples.expectedResources(id)));
                    for (int i = 0; i < examples.fails().size(); i++) {
                        String name = id + ".fails" + number(i) + ".yaml";
                        CheckResult failing = run.check(examples.fails().get(i));
                        assertTrue(
                                failing.findings().stream()
                                        .anyMatch(f -> f.ruleId().equals(id)),
                                name + " gets no " + id + " finding; it gets " + describe(failing.findings()));
                    }
                    for (int i = 0; i < examples.passes().size(); i++) {
                        String name = id + ".passes" + number(i) + ".yaml";
                        CheckResult passing = run.check(examples.passes().get(i));
                        assertEquals(
                                1, passing.checkedFiles().size(), name + " is not recognised as Gitpod configuration");
                        List<Finding> wrong = passing.findings().stream()
                                .filter(f -> f.ruleId().equals(id) || f.severity() == Severity.ERROR)
                                .toList();
                        assertEquals(List.of(), wrong, name + " must get no " + id + " finding and no error");
                    }
                }));
    }

    @Test
    void numberedExamplesFollowTheFirst() {
        RuleExamples gcr = RuleExamples.of("registry-gcr-server").orElseThrow();
        assertTrue(gcr.fails().size() >= 2, "registry-gcr-server.fails.2.yaml is read");
        assertTrue(gcr.fails().get(1).contains("kind: Secret"), gcr.fails().get(1));
        assertTrue(RuleExamples.of("no-such-rule").isEmpty());
    }

    /** The resource's number: none for the first example, then 2, 3, … */
    private static String number(int index) {
        return index == 0 ? "" : "." + (index + 1);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + "@" + f.position().line() + ":"
                        + f.position().column())
                .toList();
    }
}
