package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.suppression.DirectiveParser;
import dev.gitpodconfig.check.suppression.DirectiveScanner;
import dev.gitpodconfig.check.suppression.SuppressionInvalidRule;
import dev.gitpodconfig.check.suppression.SuppressionUnusedRule;
import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.load.YamlComments;
import dev.gitpodconfig.model.SecretValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the {@code # gitpod-config:ignore} directives of one file to that file's findings. A
 * directive at the end of a line applies to findings that start on that line; a directive alone on its
 * line applies to the next line (several such directives may stand above one another). A directive
 * with any problem suppresses nothing and is a {@code suppression-invalid} finding; a valid one that
 * matches no finding is a {@code suppression-unused} finding. Neither can be suppressed.
 *
 * <p>Above a KOTS item's key ({@code reg_url:}, whose value is a mapping), a directive applies to the item's
 * {@code value:} (or {@code valuePlaintext:}, {@code default:}) line too: admins write it above the item, and
 * findings of an item stand at its value.
 */
final class Suppressions {

    /**
     * The findings of a file after suppression.
     *
     * @param active the findings that count, including directive problems
     * @param suppressed the findings a directive suppressed
     */
    record Outcome(List<Finding> active, List<SuppressedFinding> suppressed) {}

    private static final Set<String> OWN_RULES = Set.of(SuppressionInvalidRule.ID, SuppressionUnusedRule.ID);

    private final Set<String> nonSuppressible;
    private final Set<String> disabledRules;
    private final Clock clock;

    /**
     * Creates the step.
     *
     * @param nonSuppressible rules no directive may silence
     * @param disabledRules rules that do not run: directives naming them are never "unused"
     * @param clock gives today's date for {@code until}
     */
    Suppressions(Set<String> nonSuppressible, Set<String> disabledRules, Clock clock) {
        this.nonSuppressible = Set.copyOf(nonSuppressible);
        this.disabledRules = Set.copyOf(disabledRules);
        this.clock = clock;
    }

    /** A valid directive and the rule ids it has suppressed so far. */
    private record Directive(
            YamlComments.Comment comment,
            DirectiveParser.Parsed parsed,
            int targetLine,
            int itemValueLine,
            Set<String> used) {

        boolean appliesTo(Finding finding) {
            int line = finding.position().line();
            return (line == targetLine || line == itemValueLine)
                    && parsed.ruleIds().contains(finding.ruleId());
        }
    }

    /**
     * Applies the file's directives.
     *
     * @param file the file's reported path
     * @param source the file's text, split into lines
     * @param text the file's text
     * @param secrets the file's secrets, masked in reasons and messages
     * @param findings the file's findings
     * @return the findings that count and the suppressed ones
     */
    Outcome apply(String file, SourceText source, String text, SecretValues secrets, List<Finding> findings) {
        List<YamlComments.Comment> comments = DirectiveScanner.scan(text, source);
        if (comments.isEmpty()) {
            return new Outcome(findings, List.of());
        }
        Set<Integer> standaloneLines = new HashSet<>();
        for (YamlComments.Comment comment : comments) {
            if (comment.standalone()) {
                standaloneLines.add(comment.position().line());
            }
        }
        List<Finding> active = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (YamlComments.Comment comment : comments) {
            DirectiveParser.Parsed parsed = DirectiveParser.parse(comment.text());
            List<String> problems = new ArrayList<>(parsed.problems());
            for (String id : parsed.ruleIds()) {
                Optional<String> problem = ruleProblem(id);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                }
            }
            boolean expired = parsed.until() != null && today.isAfter(parsed.until());
            if (expired) {
                problems.add("it expired on " + parsed.until() + " (until=" + parsed.until()
                        + "), so the findings it hid count again");
            }
            if (problems.isEmpty()) {
                int target = comment.position().line();
                if (comment.standalone()) {
                    do {
                        target++;
                    } while (standaloneLines.contains(target));
                }
                int itemValue = comment.standalone() ? itemValueLine(source, target) : -1;
                directives.add(new Directive(comment, parsed, target, itemValue, new LinkedHashSet<>()));
            } else {
                active.add(new Finding(
                        SuppressionInvalidRule.ID,
                        rule(SuppressionInvalidRule.ID).info().defaultSeverity(),
                        file,
                        comment.position(),
                        "",
                        secrets.mask("Invalid suppression directive: " + String.join("; ", problems)
                                + ". It suppresses nothing."),
                        expired && problems.size() == 1
                                ? "Fix the finding and remove the directive, or, if the exception still holds, set"
                                        + " a later until date and say why in the reason."
                                : rule(SuppressionInvalidRule.ID).info().fix()));
            }
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Directive match = OWN_RULES.contains(finding.ruleId())
                    ? null
                    : directives.stream()
                            .filter(d -> d.appliesTo(finding))
                            .findFirst()
                            .orElse(null);
            if (match == null) {
                active.add(finding);
            } else {
                match.used().add(finding.ruleId());
                suppressed.add(new SuppressedFinding(
                        finding,
                        secrets.mask(match.parsed().reason()),
                        match.parsed().until(),
                        match.comment().position()));
            }
        }
        for (Directive directive : directives) {
            List<String> unused = directive.parsed().ruleIds().stream()
                    .filter(id -> !directive.used().contains(id) && !disabledRules.contains(id))
                    .distinct()
                    .toList();
            if (!unused.isEmpty()) {
                active.add(new Finding(
                        SuppressionUnusedRule.ID,
                        rule(SuppressionUnusedRule.ID).info().defaultSeverity(),
                        file,
                        directive.comment().position(),
                        "",
                        "Unused suppression: no finding of " + String.join(", ", unused) + " starts on line "
                                + directive.targetLine()
                                + (directive.comment().standalone() ? " (the line below the directive)" : "")
                                + ", so the directive suppresses nothing there.",
                        rule(SuppressionUnusedRule.ID).info().fix()));
            }
        }
        return new Outcome(active, suppressed);
    }

    /**
     * The line of an item's value field when {@code keyLine} holds a key with nothing after its colon (a KOTS
     * item such as {@code reg_url:}) and the block below it has a {@code value:}, {@code valuePlaintext:} or
     * {@code default:} key one level in; else -1.
     */
    static int itemValueLine(SourceText source, int keyLine) {
        if (keyLine < 1 || keyLine > source.lineCount()) {
            return -1;
        }
        String key = source.line(keyLine);
        String trimmed = key.strip();
        int keyIndent = key.length() - key.stripLeading().length();
        if (!trimmed.endsWith(":") || trimmed.startsWith("-") || trimmed.startsWith("#")) {
            return -1;
        }
        int childIndent = -1;
        for (int line = keyLine + 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            String content = text.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = text.length() - text.stripLeading().length();
            if (indent <= keyIndent) {
                return -1;
            }
            if (childIndent < 0) {
                childIndent = indent;
            }
            if (indent == childIndent
                    && (content.startsWith("value:")
                            || content.startsWith("valuePlaintext:")
                            || content.startsWith("default:"))) {
                return line;
            }
        }
        return -1;
    }

    private Optional<String> ruleProblem(String id) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        if (Rules.byId(id).isEmpty()) {
            return Optional.of("unknown rule id '" + shown + "'"
                    + Rules.nearestId(id)
                            .map(nearest -> " (did you mean '" + nearest + "'?)")
                            .orElse(""));
        }
        if (OWN_RULES.contains(id)) {
            return Optional.of("'" + id + "' cannot be suppressed");
        }
        if (nonSuppressible.contains(id)) {
            return Optional.of("'" + id + "' cannot be suppressed in this project (parameter nonSuppressibleRules)");
        }
        return Optional.empty();
    }

    private static Rule rule(String id) {
        return Rules.byId(id).orElseThrow();
    }
}
