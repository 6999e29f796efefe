package dev.gitpodconfig.check;

import dev.gitpodconfig.load.Position;
import java.util.Comparator;

/**
 * One problem in one file.
 *
 * @param ruleId the rule that found it
 * @param severity its severity
 * @param file the file, relative to the project base directory, with '/' separators
 * @param position where: the offending value, or the key where a value is missing
 * @param yamlPath the YAML path, e.g. {@code containerRegistry.external.url}, or empty
 * @param message what is wrong and why (never a secret value)
 * @param fix how to fix it
 */
public record Finding(
        String ruleId, Severity severity, String file, Position position, String yamlPath, String message, String fix) {

    /** File, then line, column and rule id: the order findings are reported in. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * The same finding with another severity.
     *
     * @param newSeverity the severity
     * @return the finding
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, position, yamlPath, message, fix);
    }
}
