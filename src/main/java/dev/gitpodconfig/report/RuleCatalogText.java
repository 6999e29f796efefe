package dev.gitpodconfig.report;

import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of the {@code rules} goal: the catalogue as a list, and one rule in full. Rule texts are
 * printed without the backticks that mark code on the catalogue page (see {@link RuleInfo}).
 */
public final class RuleCatalogText {

    private RuleCatalogText() {}

    /**
     * Every rule on one line: id, default severity and what it finds; then where the catalogue is.
     *
     * @param rules the rules, in catalogue order
     * @param tool the tool, for the catalogue's address
     * @return the lines
     */
    public static List<String> overview(List<RuleInfo> rules, ToolInfo tool) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add(rules.size()
                + " Gitpod config rules. Details of one: mvn gitpod-config:rules -Dgitpod-config.rule=<id>");
        for (RuleInfo rule : rules) {
            lines.add("  " + pad(rule.id(), width) + "  "
                    + pad(rule.defaultSeverity().id(), 7) + "  " + plain(rule.summary()));
        }
        lines.add("Documentation: " + tool.catalogueUri());
        return lines;
    }

    /**
     * One rule in full: what it finds, why, the sources, the failing and passing examples, the fix and
     * the address of its section in the catalogue.
     *
     * @param rule the rule
     * @param examples its examples, if it has any
     * @param tool the tool, for the documentation's address
     * @return the lines
     */
    public static List<String> details(RuleInfo rule, Optional<RuleExamples> examples, ToolInfo tool) {
        List<String> lines = new ArrayList<>();
        lines.add(rule.id() + " (default severity: " + rule.defaultSeverity().id() + ")");
        for (String paragraph : plain(rule.description()).split("\n", -1)) {
            lines.add("  " + paragraph);
        }
        labelled("Why: ", rule.rationale(), lines);
        lines.add("Sources:");
        for (RuleInfo.Source source : rule.sources()) {
            lines.add("  " + plain(source.title()) + " (" + source.url() + ")");
        }
        if (examples.isPresent()) {
            for (String yaml : examples.get().fails()) {
                lines.add("Fails:");
                indent(yaml, lines);
            }
            for (String yaml : examples.get().passes()) {
                lines.add("Passes:");
                indent(yaml, lines);
            }
        }
        labelled("Fix: ", rule.fix(), lines);
        lines.add("Documentation: " + tool.helpUri(rule.id()));
        return lines;
    }

    /**
     * A rule text as plain text: without the backticks that mark code.
     *
     * @param text a rule text
     * @return the text as the console and SARIF show it
     */
    static String plain(String text) {
        return text.replace("`", "");
    }

    /** The first paragraph after the label, the others indented below it. */
    private static void labelled(String label, String text, List<String> into) {
        String[] paragraphs = plain(text).split("\n", -1);
        into.add(label + paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            into.add("  " + paragraphs[i]);
        }
    }

    private static void indent(String yaml, List<String> into) {
        for (String line : yaml.stripTrailing().split("\\R", -1)) {
            into.add("    " + line);
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
