package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleCatalogTextTest {

    private static final ToolInfo TOOL = new ToolInfo("t", "1", "https://example.org/t");
    private static final RuleInfo LONG = RuleInfo.builder("registry-long-id")
            .severity(Severity.ERROR)
            .title("a long thing")
            .summary("Finds a `long` thing.")
            .description("""
                    A `long` thing:
                    * in `a`;
                    * in `b`.

                    Not in `c`.
                    """)
            .rationale("Because.\n\nAnd `so`.")
            .fix("Do it `right`.")
            .source("The `docs`", "https://example.org/docs")
            .source("More", "https://example.org/more")
            .build();
    private static final RuleInfo SHORT = RuleInfo.builder("short")
            .severity(Severity.WARNING)
            .title("t")
            .summary("Finds a short thing.")
            .description("D")
            .rationale("R")
            .fix("F")
            .source("S", "https://example.org/s")
            .build();

    @Test
    void theOverviewAlignsIdsAndSeveritiesAndNamesTheCatalogue() {
        assertEquals(
                List.of(
                        "2 Gitpod config rules. Details of one: mvn gitpod-config:rules -Dgitpod-config.rule=<id>",
                        "  registry-long-id  error    Finds a long thing.",
                        "  short             warning  Finds a short thing.",
                        "Documentation: https://example.org/t/blob/main/docs/rules.md"),
                RuleCatalogText.overview(List.of(LONG, SHORT), TOOL));
    }

    @Test
    void theDetailsShowDescriptionRationaleSourcesExamplesFixAndLinkWithoutBackticks() {
        List<String> lines = RuleCatalogText.details(
                LONG, Optional.of(new RuleExamples(List.of("a: 1\nb:\n  c: 2\n", "a: 3\n"), List.of("a: 2\n"))), TOOL);
        assertEquals(
                List.of(
                        "registry-long-id (default severity: error)",
                        "  A long thing:",
                        "  * in a;",
                        "  * in b.",
                        "  Not in c.",
                        "Why: Because.",
                        "  And so.",
                        "Sources:",
                        "  The docs (https://example.org/docs)",
                        "  More (https://example.org/more)",
                        "Fails:",
                        "    a: 1",
                        "    b:",
                        "      c: 2",
                        "Fails:",
                        "    a: 3",
                        "Passes:",
                        "    a: 2",
                        "Fix: Do it right.",
                        "Documentation: https://example.org/t/blob/main/docs/rules.md#registry-long-id"),
                lines);
    }
}
