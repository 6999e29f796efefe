package dev.gitpodconfig.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gitpodconfig.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture's own promises, which every rule test relies on. */
class ChecksTest {

    /** An ECR URL and a misspelt key: one finding of each of two rules. */
    private static final String TWO_RULES =
            Yaml.installerExternal("123456789012.dkr.ecr.eu-west-1.amazonaws.com") + "  extrenal: {}\n";

    @Test
    void onlyKeepsTheFindingsOfThatRule() {
        assertEquals(
                List.of("config-unknown-key", "registry-ecr-unsupported"),
                Checks.check(TWO_RULES).findings().stream()
                        .map(Finding::ruleId)
                        .sorted()
                        .toList());
        Finding finding = Checks.only("config-unknown-key").single(TWO_RULES);
        assertEquals("config-unknown-key", finding.ruleId());
    }

    @Test
    void onlyRejectsAnUnknownRuleRatherThanSkippingEveryRule() {
        assertThrows(IllegalArgumentException.class, () -> Checks.only("config-unknown-keys"));
    }

    @Test
    void fileNamesTheCheckedText() {
        Finding finding = Checks.file("gitpod/gitpod.config.yaml")
                .only("config-unknown-key")
                .single(TWO_RULES);
        assertEquals("gitpod/gitpod.config.yaml", finding.file());
    }
}
