package dev.gitpodconfig.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How findings are treated after the rules have run: severity changes per rule, the rules inline
 * directives may not silence, and the clock that says when an {@code until} date has passed.
 *
 * @param severities rule id to {@code error}, {@code warning}, {@code info} or {@code off}; checked
 *     when the checker is created
 * @param nonSuppressibleRules ids of rules that {@code # gitpod-config:ignore} cannot silence
 * @param clock gives "today" for {@code until} dates
 */
public record FindingPolicy(Map<String, String> severities, Set<String> nonSuppressibleRules, Clock clock) {

    /** No severity changes, every rule suppressible, the system clock. */
    public static final FindingPolicy DEFAULT =
            new FindingPolicy(Map.of(), Set.of(), Clock.system(ZoneId.systemDefault()));

    /**
     * Creates a policy; the collections are copied (the severities keep their order).
     *
     * @param severities severity changes
     * @param nonSuppressibleRules rules that cannot be suppressed
     * @param clock the clock
     */
    public FindingPolicy {
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        nonSuppressibleRules = Set.copyOf(nonSuppressibleRules);
    }
}
