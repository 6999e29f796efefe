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
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's examples, as the {@code rules} goal prints them, run through the engine: the failing
 * one must get a finding of that rule, the passing one must get none and no error at all. A rule
 * without examples fails here by name.
 */
class RuleExamplesTest {

    private static final Clock TODAY = Clock.fixed(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TestFactory
    Stream<DynamicTest> everyRuleHasAFailingAndAPassingExampleThatDoWhatTheySay() throws Exception {
        Checks.Run run = Checks.options(o -> o.clock(TODAY));
        return Rules.ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            RuleExamples examples = RuleExamples.of(id).orElseThrow(() -> new AssertionError(
                    "Rule '" + id + "' has no examples: add " + RuleExamples.expectedResources(id)));
            CheckResult failing = run.check(examples.fails());
            assertTrue(failing.findings().stream().anyMatch(f -> f.ruleId().equals(id)),
                    id + ".fails.yaml gets no " + id + " finding; it gets " + describe(failing.findings()));
            CheckResult passing = run.check(examples.passes());
            assertEquals(1, passing.checkedFiles().size(), id + ".passes.yaml is not recognised as Gitpod configuration");
            List<Finding> wrong = passing.findings().stream()
                    .filter(f -> f.ruleId().equals(id) || f.severity() == Severity.ERROR).toList();
            assertEquals(List.of(), wrong, id + ".passes.yaml must get no " + id + " finding and no error");
        }));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.position().line() + ":" + f.position().column()).toList();
    }
}
