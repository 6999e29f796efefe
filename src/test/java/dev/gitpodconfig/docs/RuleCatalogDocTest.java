package dev.gitpodconfig.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gitpodconfig.check.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue is generated, and this test is both the generator and the check that the
 * checked-in Markdown is what the rules generate: {@code docs/rules.md} and the README's table of rules.
 * With {@code -Dgitpod.docs.write=true} it first writes both files; without, a difference fails the
 * build and names the command that fixes it.
 */
class RuleCatalogDocTest {

    private static final Path PAGE = Path.of("docs", "rules.md");
    private static final Path README = Path.of("README.md");
    private static final boolean WRITE = Boolean.getBoolean("gitpod.docs.write");
    private static final Pattern PAGE_LINK = Pattern.compile("docs/rules\\.md#([a-z0-9-]+)");
    private static final Pattern ANCHOR_LINK = Pattern.compile("]\\(#([a-z0-9-]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");

    @Test
    void thePageIsWhatTheRulesGenerate() throws IOException {
        String generated = RuleCatalogPage.page(Rules.all());
        if (WRITE) {
            Files.createDirectories(PAGE.getParent());
            write(PAGE, generated);
        }
        assertSame(generated, Files.exists(PAGE) ? read(PAGE) : "", PAGE);
    }

    @Test
    void theReadmeTableIsWhatTheRulesGenerate() throws IOException {
        String readme = read(README);
        String generated = RuleCatalogPage.withReadmeTable(readme, Rules.all());
        if (WRITE && !generated.equals(readme)) {
            write(README, generated);
            readme = generated;
        }
        assertSame(generated, readme, README);
    }

    @Test
    void thePageHasOneSectionPerRuleAndItsLinksResolve() throws IOException {
        String page = read(PAGE);
        List<String> headings = new ArrayList<>();
        Matcher heading = HEADING.matcher(page);
        while (heading.find()) {
            headings.add(heading.group(1));
        }
        assertEquals(Rules.ids(), headings, "one '## <rule-id>' section per rule, in catalogue order");
        assertEquals(Set.of(), unknown(ANCHOR_LINK, page), "links to sections that do not exist");
    }

    @Test
    void theReadmeLinksOnlyToRulesThatExist() throws IOException {
        assertEquals(Set.of(), unknown(PAGE_LINK, read(README)), "README links to docs/rules.md#<id> naming no rule");
    }

    @Test
    void theInlineMarkupKeepsCodeAndEscapesTheRest() {
        assertEquals(
                "pushes to `<url>/base-images`, not to \\<url\\> or reg\\_\\*",
                RuleCatalogPage.inline("pushes to `<url>/base-images`, not to <url> or reg_*"));
    }

    private static Set<String> unknown(Pattern link, String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = link.matcher(text);
        while (matcher.find()) {
            unknown.add(matcher.group(1));
        }
        unknown.removeAll(Rules.ids());
        return unknown;
    }

    /** Fails with the first line that differs and the command to regenerate, not with two whole files. */
    private static void assertSame(String generated, String checkedIn, Path file) {
        if (generated.equals(checkedIn)) {
            return;
        }
        String[] want = generated.split("\n", -1);
        String[] have = checkedIn.split("\n", -1);
        int line = 0;
        while (line < want.length && line < have.length && want[line].equals(have[line])) {
            line++;
        }
        fail(file + " is not what the rules generate; run " + RuleCatalogPage.COMMAND + "\nFirst difference, line "
                + (line + 1) + ":\n  generated:  " + (line < want.length ? want[line] : "(end of file)")
                + "\n  checked in: " + (line < have.length ? have[line] : "(end of file)"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
