package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The severity changes of {@link FindingPolicy#severities()}, checked: every finding of a rule gets
 * the configured severity, and {@code off} turns the rule off like {@code skipRules}.
 *
 * @param levels rule id to its new severity
 * @param off ids of rules turned off
 */
public record SeverityOverrides(Map<String, Severity> levels, Set<String> off) {

    /** No changes. */
    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of(), Set.of());

    /**
     * Creates overrides; the collections are copied, keeping their order.
     *
     * @param levels new severities
     * @param off rules turned off
     */
    public SeverityOverrides {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        off = Collections.unmodifiableSet(new LinkedHashSet<>(off));
    }

    /**
     * Checks and reads the configured severities.
     *
     * @param configured rule id to {@code error}, {@code warning}, {@code info} or {@code off}
     * @return the overrides
     * @throws InvalidOptionsException for an unknown rule id or severity
     */
    public static SeverityOverrides parse(Map<String, String> configured) throws InvalidOptionsException {
        Map<String, Severity> levels = new LinkedHashMap<>();
        Set<String> off = new LinkedHashSet<>();
        for (Map.Entry<String, String> entry : configured.entrySet()) {
            String id = entry.getKey().trim();
            GitpodConfigChecker.requireKnownRule(id, "severities");
            String level =
                    entry.getValue() == null ? "" : entry.getValue().trim().toLowerCase(Locale.ROOT);
            if (level.equals("off")) {
                off.add(id);
                continue;
            }
            try {
                levels.put(id, Severity.parse(level));
            } catch (IllegalArgumentException e) {
                throw new InvalidOptionsException(
                        "Invalid severity '" + entry.getValue() + "' for rule '" + id
                                + "' in severities: use error, warning, info or off.",
                        e);
            }
        }
        return new SeverityOverrides(levels, off);
    }

    /**
     * A finding with its rule's configured severity.
     *
     * @param finding the finding
     * @return the finding, changed when its rule's severity is configured
     */
    public Finding apply(Finding finding) {
        Severity level = levels.get(finding.ruleId());
        return level == null || level == finding.severity() ? finding : finding.withSeverity(level);
    }
}
