package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.load.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static Finding at(String file, int line, int column, String rule, String message) {
        return new Finding(rule, Severity.ERROR, file, Position.at(line, column), "", message, "fix");
    }

    @Test
    void reportOrderIsFileLineColumnRuleMessage() {
        List<Finding> expected = List.of(
                at("a.yaml", 2, 1, "z-rule", "m"),
                at("a.yaml", 10, 1, "a-rule", "m"),
                at("a.yaml", 10, 3, "a-rule", "m"),
                at("a.yaml", 10, 3, "b-rule", "a"),
                at("a.yaml", 10, 3, "b-rule", "b"),
                at("b.yaml", 1, 1, "a-rule", "m"));
        List<Finding> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Finding.REPORT_ORDER);
        assertEquals(expected, shuffled);
    }

    @Test
    void withSeverityChangesOnlyTheSeverity() {
        Finding finding = at("a.yaml", 1, 2, "rule", "m");
        Finding warning = finding.withSeverity(Severity.WARNING);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(new Finding("rule", Severity.WARNING, "a.yaml", Position.at(1, 2), "", "m", "fix"), warning);
    }
}
