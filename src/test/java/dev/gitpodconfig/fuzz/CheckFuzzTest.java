package dev.gitpodconfig.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The property every input must satisfy: any byte sequence, loaded, classified and checked by every
 * rule, yields findings or a skip, and nothing else (no exception, no hang, no finding without a
 * location). In a normal build this runs the regression inputs in {@code CheckFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for two minutes (see {@code .ci/run}).
 */
class CheckFuzzTest {

    private static final Set<String> RULE_IDS =
            Rules.all().stream().map(rule -> rule.info().id()).collect(Collectors.toUnmodifiableSet());

    private static final Checks.Run RUN = Checks.file("fuzz/gitpod.config.yaml");

    @FuzzTest(maxDuration = "2m")
    void anyBytesGiveFindingsOrASkip(byte[] input) {
        CheckResult result = RUN.check(input);
        assertEquals(1, result.checkedFiles().size() + result.skippedFiles().size(), "the file is either checked or skipped");
        for (Finding finding : result.findings()) {
            assertTrue(RULE_IDS.contains(finding.ruleId()), finding.ruleId());
            assertTrue(finding.position().line() >= 1 && finding.position().column() >= 1, finding.toString());
            assertFalse(finding.message().isBlank(), finding.toString());
            assertFalse(finding.fix().isBlank(), finding.toString());
            assertEquals("fuzz/gitpod.config.yaml", finding.file());
        }
    }
}
