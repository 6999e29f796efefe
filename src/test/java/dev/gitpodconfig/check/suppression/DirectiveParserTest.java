package dev.gitpodconfig.check.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveParserTest {

    @Test
    void readsRuleIdsUntilAndReason() {
        DirectiveParser.Parsed parsed = DirectiveParser.parse(
                " gitpod-config:ignore registry-ecr-unsupported,config-unknown-key until=2030-06-30 -- migration"
                        + " tracked in OPS-12");
        assertTrue(parsed.isWellFormed(), parsed.problems().toString());
        assertEquals(List.of("registry-ecr-unsupported", "config-unknown-key"), parsed.ruleIds());
        assertEquals(LocalDate.of(2030, 6, 30), parsed.until());
        assertEquals("migration tracked in OPS-12", parsed.reason());
    }

    @Test
    void acceptsSpacesAfterCommasAndNoUntil() {
        DirectiveParser.Parsed parsed =
                DirectiveParser.parse("gitpod-config:ignore a-rule, b-rule -- reason -- with dashes");
        assertEquals(List.of("a-rule", "b-rule"), parsed.ruleIds());
        assertNull(parsed.until());
        assertEquals("reason -- with dashes", parsed.reason());
        assertTrue(parsed.isWellFormed());
    }

    @Test
    void aMissingReasonIsAProblem() {
        assertEquals(
                List.of("the reason is missing: end the directive with ' -- <reason>'"),
                DirectiveParser.parse("gitpod-config:ignore registry-ecr-unsupported")
                        .problems());
        assertEquals(
                List.of("the reason is missing: end the directive with ' -- <reason>'"),
                DirectiveParser.parse("gitpod-config:ignore registry-ecr-unsupported --   ")
                        .problems());
    }

    @Test
    void aBadDateAnUnknownOptionAndNoRuleAreProblems() {
        assertEquals(
                List.of("until='2030-02-30' is not a date in the form YYYY-MM-DD"),
                DirectiveParser.parse("gitpod-config:ignore x until=2030-02-30 -- r")
                        .problems());
        assertEquals(
                List.of("until= is given twice"),
                DirectiveParser.parse("gitpod-config:ignore x until=2030-01-01 until=2030-01-02 -- r")
                        .problems());
        assertEquals(
                List.of("unknown option 'reason=': the only option is until=YYYY-MM-DD"),
                DirectiveParser.parse("gitpod-config:ignore x reason=yes -- r").problems());
        assertEquals(
                List.of("it names no rule: list the rule ids after 'gitpod-config:ignore'"),
                DirectiveParser.parse("gitpod-config:ignore -- r").problems());
    }

    @Test
    void aMisspeltKeywordIsAProblemNotSilence() {
        for (String text : List.of(
                "gitpod-config:ignroe x -- r",
                "gitpod-config: ignore x -- r",
                "Gitpod-Config:ignore x -- r",
                "gitpod-config ignore x -- r",
                "gitpod-config:ignore-x -- r")) {
            assertTrue(DirectiveParser.isDirective(text), text);
            assertEquals(
                    List.of("it must start with 'gitpod-config:ignore' followed by a space"),
                    DirectiveParser.parse(text).problems(),
                    text);
        }
    }

    @Test
    void ordinaryCommentsAreNotDirectives() {
        assertFalse(DirectiveParser.isDirective(" gitpod-config for the staging cluster"));
        assertFalse(DirectiveParser.isDirective(" see gitpod-config:ignore in the README"));
        assertFalse(DirectiveParser.isDirective(" TODO"));
    }
}
