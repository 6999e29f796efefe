package dev.gitpodconfig.docs;

import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import java.util.List;

/**
 * Writes the rule catalogue as Markdown, from each rule's {@link RuleInfo} and {@link RuleExamples}: the
 * page {@code docs/rules.md} and the README's short table of rules. {@link RuleCatalogDocTest} runs it.
 */
final class RuleCatalogPage {

    /** The command that rewrites the generated Markdown; named on the page and in failure messages. */
    static final String COMMAND = "./mvnw -B -o -q test -Dtest=RuleCatalogDocTest -Dgitpod.docs.write=true";

    /** The lines around the README's generated table. */
    static final String TABLE_START = "<!-- The table of rules is generated from the rules by " + COMMAND + " -->";

    static final String TABLE_END = "<!-- End of the generated table of rules -->";

    private RuleCatalogPage() {}

    /**
     * The catalogue page.
     *
     * @param rules the rules, in catalogue order
     * @return the Markdown of {@code docs/rules.md}
     */
    static String page(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append("<!-- Generated from the rules' RuleInfo and src/main/resources/dev/gitpodconfig/rules/ by\n")
                .append("     ")
                .append(COMMAND)
                .append("\n     Edit those, not this page. -->\n\n")
                .append("The rules of gitpod-config-maven-plugin, for Gitpod Self-Hosted release ")
                .append(RuleInfo.GITPOD_RELEASE)
                .append(". Every rule has a fixed id, used in messages, `skipRules`, ")
                .append("`severities`, suppressions and reports. `mvn gitpod-config:rules` lists them, and ")
                .append("`mvn gitpod-config:rules -Dgitpod-config.rule=<id>` prints one as it is shown here. ")
                .append("Every example below is checked by the build: each failing one gets a finding of its rule, ")
                .append("each passing one none and no error at all.\n\n");
        md.append(table(rules, "#"));
        for (Rule rule : rules) {
            section(rule.info(), RuleExamples.of(rule.info().id()).orElseThrow(), md);
        }
        return md.toString();
    }

    /**
     * A README with its table of rules regenerated.
     *
     * @param readme the README's text
     * @param rules the rules, in catalogue order
     * @return the README with the lines between {@link #TABLE_START} and {@link #TABLE_END} replaced
     * @throws IllegalStateException when the README lacks the two lines
     */
    static String withReadmeTable(String readme, List<Rule> rules) {
        int start = readme.indexOf(TABLE_START + "\n");
        int end = readme.indexOf(TABLE_END + "\n");
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md needs the lines\n" + TABLE_START + "\n" + TABLE_END);
        }
        return readme.substring(0, start + TABLE_START.length() + 1)
                + table(rules, "docs/rules.md#")
                + readme.substring(end);
    }

    /** One row per rule: the id linking to its section, the default severity and the title. */
    private static String table(List<Rule> rules, String linkPrefix) {
        StringBuilder md = new StringBuilder("| id | severity | finds |\n|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            md.append("| [`")
                    .append(info.id())
                    .append("`](")
                    .append(linkPrefix)
                    .append(info.id())
                    .append(") | ")
                    .append(info.defaultSeverity().id())
                    .append(" | ")
                    .append(inline(info.title()))
                    .append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static void section(RuleInfo info, RuleExamples examples, StringBuilder md) {
        md.append("## ").append(info.id()).append("\n\n");
        md.append("**Severity:** ").append(info.defaultSeverity().id()).append("\n\n");
        labelled("What it finds", info.description(), md);
        labelled("Why", info.rationale(), md);
        md.append("**Fails:**\n\n");
        for (String yaml : examples.fails()) {
            code(yaml, md);
        }
        md.append("**Passes:**\n\n");
        for (String yaml : examples.passes()) {
            code(yaml, md);
        }
        labelled("Fix", info.fix(), md);
        md.append("**Sources:**\n\n");
        for (RuleInfo.Source source : info.sources()) {
            md.append("* [")
                    .append(inline(source.title()))
                    .append("](")
                    .append(source.url())
                    .append(")\n");
        }
        md.append('\n');
    }

    /** A bold label before the first paragraph; list items run together, paragraphs apart. */
    private static void labelled(String label, String text, StringBuilder md) {
        md.append("**").append(label).append(":**");
        boolean inList = false;
        boolean first = true;
        for (String block : text.split("\n", -1)) {
            boolean item = block.startsWith("* ");
            if (first) {
                md.append(item ? "\n\n" : " ");
            } else {
                md.append(item && inList ? "\n" : "\n\n");
            }
            md.append(item ? "* " + inline(block.substring(2)) : inline(block));
            inList = item;
            first = false;
        }
        md.append("\n\n");
    }

    private static void code(String yaml, StringBuilder md) {
        md.append("```yaml\n").append(yaml.stripTrailing()).append("\n```\n\n");
    }

    /**
     * A rule text as inline Markdown: code spans as they are, and outside them the characters Markdown
     * would read as markup escaped, so that {@code <url>} or {@code reg_*} show as written.
     */
    static String inline(String text) {
        StringBuilder md = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && "\\*_[]<>|".indexOf(c) >= 0) {
                md.append('\\');
            }
            md.append(c);
        }
        if (code) {
            throw new IllegalArgumentException("unclosed code span in: " + text);
        }
        return md.toString();
    }
}
