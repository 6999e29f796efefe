package dev.gitpodconfig.report;

import dev.gitpodconfig.check.RuleExamples;
import dev.gitpodconfig.check.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text of the {@code rules} goal: the catalogue as a list, and one rule in full. */
public final class RuleCatalogText {

    private RuleCatalogText() {}

    /**
     * Every rule on one line: id, default severity and what it finds.
     *
     * @param rules the rules, in catalogue order
     * @return the lines
     */
    public static List<String> overview(List<RuleInfo> rules) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add(rules.size() + " Gitpod config rules. Details of one: mvn gitpod-config:rules -Dgitpod-config.rule=<id>");
        for (RuleInfo rule : rules) {
            lines.add("  " + pad(rule.id(), width) + "  " + pad(rule.defaultSeverity().id(), 7) + "  " + rule.summary());
        }
        return lines;
    }

    /**
     * One rule in full: what it finds, why, where the rule comes from, a failing and a passing
     * example, the fix and the documentation's address.
     *
     * @param rule the rule
     * @param examples its examples, if it has any
     * @param tool the tool, for the documentation's address
     * @return the lines
     */
    public static List<String> details(RuleInfo rule, Optional<RuleExamples> examples, ToolInfo tool) {
        List<String> lines = new ArrayList<>();
        lines.add(rule.id() + " (default severity: " + rule.defaultSeverity().id() + ")");
        lines.add("  " + rule.summary());
        lines.add("Why: " + rule.rationale());
        lines.add("Source: " + rule.source());
        examples.ifPresent(pair -> {
            lines.add("Fails:");
            indent(pair.fails(), lines);
            lines.add("Passes:");
            indent(pair.passes(), lines);
        });
        lines.add("Fix: " + rule.fix());
        lines.add("Documentation: " + tool.helpUri(rule.id()));
        return lines;
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
