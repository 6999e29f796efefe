package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.FindingFingerprint;
import dev.gitpodconfig.check.suppression.DirectiveScanner;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.model.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What happens to the findings of one file after the rules have run: inline suppression directives
 * are applied, every finding gets its fingerprint, and configured severities are applied (a rule
 * turned {@code off} keeps no findings). The engine calls it once per checked file.
 */
final class FileFindings {

    private final Suppressions suppressions;
    private final SeverityOverrides severities;
    private final Set<String> disabledRules;

    /**
     * Creates the step.
     *
     * @param suppressions the suppression step
     * @param severities the configured severities
     * @param disabledRules rules that keep no findings ({@code skipRules} and severity {@code off})
     */
    FileFindings(Suppressions suppressions, SeverityOverrides severities, Set<String> disabledRules) {
        this.suppressions = suppressions;
        this.severities = severities;
        this.disabledRules = Set.copyOf(disabledRules);
    }

    /**
     * Processes a file's findings.
     *
     * @param file the file
     * @param secrets the file's secrets
     * @param findings what the rules found in it
     * @return the findings that count and the suppressed ones
     */
    Suppressions.Outcome process(LoadedFile file, SecretValues secrets, List<Finding> findings) {
        if (findings.isEmpty() && !DirectiveScanner.mayHoldDirectives(file.text())) {
            return new Suppressions.Outcome(List.of(), List.of()); // the common case costs nothing
        }
        SourceText source = new SourceText(file.text());
        Suppressions.Outcome outcome = suppressions.apply(file.relativePath(), source, file.text(), secrets, findings);
        List<Finding> active = new ArrayList<>();
        for (Finding finding : outcome.active()) {
            if (!disabledRules.contains(finding.ruleId())) {
                active.add(severities.apply(fingerprinted(finding, source, secrets)));
            }
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (SuppressedFinding s : outcome.suppressed()) {
            suppressed.add(new SuppressedFinding(
                    severities.apply(fingerprinted(s.finding(), source, secrets)),
                    s.reason(),
                    s.until(),
                    s.directive()));
        }
        return new Suppressions.Outcome(List.copyOf(active), List.copyOf(suppressed));
    }

    private static Finding fingerprinted(Finding finding, SourceText source, SecretValues secrets) {
        if (finding.fingerprint() != null) {
            return finding;
        }
        String value = secrets.maskedSlice(source, finding.position());
        return finding.withFingerprint(
                FindingFingerprint.of(finding.file(), finding.yamlPath(), finding.ruleId(), value));
    }
}
