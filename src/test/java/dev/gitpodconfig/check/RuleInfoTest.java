package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInfoTest {

    private static RuleInfo.Builder complete() {
        return RuleInfo.builder("some-rule")
                .severity(Severity.WARNING)
                .title("a thing")
                .summary("Finds a thing.")
                .description("A thing.")
                .rationale("It breaks.")
                .fix("Remove it.")
                .source("Docs", "https://example.org/docs");
    }

    @Test
    void textsKeepOneLinePerParagraphOrListItem() {
        RuleInfo info = complete().description("""
                A wrapped
                first paragraph:
                * an item
                  that goes on
                * another item

                  Second paragraph.
                """).build();
        assertEquals(
                "A wrapped first paragraph:\n* an item that goes on\n* another item\nSecond paragraph.",
                info.description());
    }

    @Test
    void aOneLineTextIsKeptAsWritten() {
        assertEquals(
                "Remove it, or `keep` it.",
                complete().fix("Remove it, or `keep` it.").build().fix());
    }

    @Test
    void gitpodSourcesAreFilesAtTheReleaseTagAndDocumentationSections() {
        RuleInfo info = complete()
                .gitpodSource("install/kots/manifests/kots-config.yaml", "the items")
                .gitpodDocs("GitLab", "gitlab")
                .build();
        assertEquals(
                List.of(
                        new RuleInfo.Source("Docs", "https://example.org/docs"),
                        new RuleInfo.Source(
                                "Gitpod 2022.11.3, `install/kots/manifests/kots-config.yaml`: the items",
                                "https://github.com/gitpod-io/gitpod/blob/2022.11.3/install/kots/manifests/kots-config.yaml"),
                        new RuleInfo.Source(
                                "Gitpod Self-Hosted documentation, \"Resource Configuration\", GitLab",
                                "https://www.gitpod.io/docs/configure/self-hosted/latest/resource-configuration#gitlab")),
                info.sources());
    }

    @Test
    void everyFieldAndASourceAreRequired() {
        assertEquals(
                "rule some-rule has no rationale",
                assertThrows(
                                IllegalStateException.class,
                                () -> complete().rationale(" ").build())
                        .getMessage());
        RuleInfo.Builder sourceless = RuleInfo.builder("other")
                .severity(Severity.INFO)
                .title("t")
                .summary("s")
                .description("d")
                .rationale("r")
                .fix("f");
        assertEquals(
                "rule other has no source",
                assertThrows(IllegalStateException.class, sourceless::build).getMessage());
        assertEquals(
                "rule other has no severity",
                assertThrows(
                                IllegalStateException.class,
                                () -> RuleInfo.builder("other").build())
                        .getMessage());
    }

    @Test
    void aSourceIsAnHttpsAddress() {
        assertThrows(IllegalArgumentException.class, () -> complete().source("Notes", "notes.md §5"));
        assertThrows(IllegalArgumentException.class, () -> complete().source("Page", "http://example.org"));
        assertThrows(IllegalArgumentException.class, () -> complete().source(" ", "https://example.org"));
    }
}
