package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleCatalogTextTest {

    private static final RuleInfo LONG = new RuleInfo("registry-long-id", Severity.ERROR, "Finds a long thing.", "Because.", "Docs §1",
            "Do it right.");
    private static final RuleInfo SHORT = new RuleInfo("short", Severity.WARNING, "Finds a short thing.", "R", "S", "F");

    @Test
    void theOverviewAlignsIdsAndSeverities() {
        assertEquals(List.of(
                "2 Gitpod config rules. Details of one: mvn gitpod-config:rules -Dgitpod-config.rule=<id>",
                "  registry-long-id  error    Finds a long thing.",
                "  short             warning  Finds a short thing."), RuleCatalogText.overview(List.of(LONG, SHORT)));
    }

    @Test
    void theDetailsShowRationaleSourceExamplesFixAndLink() {
        List<String> lines = RuleCatalogText.details(LONG, Optional.of(new RuleExamples("a: 1\nb:\n  c: 2\n", "a: 2\n")),
                new ToolInfo("t", "1", "https://example.org/t"));
        assertEquals(List.of(
                "registry-long-id (default severity: error)",
                "  Finds a long thing.",
                "Why: Because.",
                "Source: Docs §1",
                "Fails:",
                "    a: 1",
                "    b:",
                "      c: 2",
                "Passes:",
                "    a: 2",
                "Fix: Do it right.",
                "Documentation: https://example.org/t#registry-long-id"), lines);
    }
}
