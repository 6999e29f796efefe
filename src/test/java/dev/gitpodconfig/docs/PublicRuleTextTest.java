package dev.gitpodconfig.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.report.RuleCatalogText;
import dev.gitpodconfig.report.ToolInfo;
import dev.gitpodconfig.schema.EditorSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything a user reads about a rule cites public sources only: no internal note, section sign or
 * specification reference reaches the rule texts, the examples, the {@code rules} goal, the catalogue page,
 * the README's catalogue section or the editor schemas; and every Gitpod source file is cited at the release tag,
 * by its path.
 */
class PublicRuleTextTest {

    /** Internal references: the project's notes, their section numbers, the product specification. */
    private static final Pattern INTERNAL =
            Pattern.compile("(?i:research|linter-anchors|/work/|shared/|seed/)|\\bSPEC\\b|§");

    private static final Pattern GITPOD_BLOB =
            Pattern.compile("https://github\\.com/gitpod-io/gitpod/blob/([^/]+)/(.+)");

    @Test
    void ruleTextsExamplesAndTheRulesGoalCiteNoInternalNotes() {
        List<String> offending = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            List<String> texts = new ArrayList<>(
                    List.of(info.title(), info.summary(), info.description(), info.rationale(), info.fix()));
            for (RuleInfo.Source source : info.sources()) {
                texts.add(source.title());
                texts.add(source.url());
            }
            RuleExamples examples = RuleExamples.of(info.id()).orElseThrow();
            texts.addAll(examples.fails());
            texts.addAll(examples.passes());
            texts.addAll(RuleCatalogText.details(info, RuleExamples.of(info.id()), ToolInfo.load()));
            for (String text : texts) {
                internal(info.id(), text, offending);
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void theCataloguePageAndTheReadmeCatalogueCiteNoInternalNotes() throws IOException {
        List<String> offending = new ArrayList<>();
        internal("docs/rules.md", Files.readString(Path.of("docs", "rules.md"), StandardCharsets.UTF_8), offending);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Rule catalogue\n");
        assertTrue(start >= 0, "README.md has no '## Rule catalogue' section");
        int end = readme.indexOf("\n## ", start + 1);
        internal("README.md, Rule catalogue", readme.substring(start, end < 0 ? readme.length() : end), offending);
        assertEquals(List.of(), offending);
    }

    @Test
    void theEditorSchemasCiteNoInternalNotes() {
        List<String> offending = new ArrayList<>();
        internal(EditorSchemas.INSTALLER_FILE, EditorSchemas.installerConfig(), offending);
        internal(EditorSchemas.KOTS_FILE, EditorSchemas.kotsConfigValues(), offending);
        assertEquals(List.of(), offending);
    }

    @Test
    void gitpodSourceFilesAreCitedAtTheReleaseTagByTheirPath() {
        for (Rule rule : Rules.all()) {
            for (RuleInfo.Source source : rule.info().sources()) {
                Matcher blob = GITPOD_BLOB.matcher(source.url());
                if (blob.matches()) {
                    assertTrue(
                            blob.group(1).equals(RuleInfo.GITPOD_RELEASE)
                                    || blob.group(1).matches("[0-9a-f]{40}"),
                            rule.info().id() + ": " + source.url() + " is neither at tag " + RuleInfo.GITPOD_RELEASE
                                    + " nor at a full commit");
                    assertTrue(
                            source.title().contains("`" + blob.group(2) + "`"),
                            rule.info().id() + ": " + source);
                }
            }
        }
    }

    @Test
    void theCheckFindsAnInternalReference() {
        List<String> offending = new ArrayList<>();
        internal("x", "see research §5.1", offending);
        internal("y", "SPEC section 7", offending);
        internal("z", "spec:\n  values: {}", offending);
        assertEquals(List.of("x: see research §5.1", "y: SPEC section 7"), offending);
    }

    private static void internal(String where, String text, List<String> offending) {
        for (String line : text.split("\n", -1)) {
            if (INTERNAL.matcher(line).find()) {
                offending.add(where + ": " + line);
            }
        }
    }
}
