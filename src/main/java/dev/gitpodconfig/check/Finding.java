package dev.gitpodconfig.check;

import dev.gitpodconfig.load.Position;
import java.util.Comparator;
import java.util.Objects;

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
 * @param replacement when the fix is one known value, the text that replaces the text at
 *     {@code position} (reports offer it as a suggested fix); else null
 * @param fingerprint a stable identity of the finding that does not change when lines move (file,
 *     YAML path, rule and value), set by the engine; null when unknown. It is derived from the other
 *     components and the file's text, so it takes no part in {@link #equals} and {@link #hashCode}.
 * @param installerRejects whether the finding says that Gitpod's 2022.11.3 installer rejects the file (its
 *     strict parse or {@code validate config} fails); reports carry it as {@code properties.installerRejects}
 */
public record Finding(
        String ruleId,
        Severity severity,
        String file,
        Position position,
        String yamlPath,
        String message,
        String fix,
        String replacement,
        String fingerprint,
        boolean installerRejects) {

    /** File, then line, column and rule id: the order findings are reported in. */
    public static final Comparator<Finding> REPORT_ORDER = Finding::compareForReport;

    private static int compareForReport(Finding a, Finding b) {
        int order = a.file().compareTo(b.file());
        if (order == 0) {
            order = Integer.compare(a.position().line(), b.position().line());
        }
        if (order == 0) {
            order = Integer.compare(a.position().column(), b.position().column());
        }
        if (order == 0) {
            order = a.ruleId().compareTo(b.ruleId());
        }
        return order != 0 ? order : a.message().compareTo(b.message());
    }

    /**
     * A finding without a suggested replacement or fingerprint.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @param file the file
     * @param position where
     * @param yamlPath the YAML path
     * @param message what is wrong
     * @param fix how to fix it
     */
    public Finding(
            String ruleId,
            Severity severity,
            String file,
            Position position,
            String yamlPath,
            String message,
            String fix) {
        this(ruleId, severity, file, position, yamlPath, message, fix, null, null, false);
    }

    /**
     * A finding that does not say the installer rejects the file.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @param file the file
     * @param position where
     * @param yamlPath the YAML path
     * @param message what is wrong
     * @param fix how to fix it
     * @param replacement the suggested replacement, or null
     * @param fingerprint the fingerprint, or null
     */
    public Finding(
            String ruleId,
            Severity severity,
            String file,
            Position position,
            String yamlPath,
            String message,
            String fix,
            String replacement,
            String fingerprint) {
        this(ruleId, severity, file, position, yamlPath, message, fix, replacement, fingerprint, false);
    }

    /**
     * Whether another finding says the same: every component but the derived fingerprint is equal.
     *
     * @param other the other object
     * @return true for the same finding
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that
                && Objects.equals(ruleId, that.ruleId)
                && severity == that.severity
                && Objects.equals(file, that.file)
                && Objects.equals(position, that.position)
                && Objects.equals(yamlPath, that.yamlPath)
                && Objects.equals(message, that.message)
                && Objects.equals(fix, that.fix)
                && Objects.equals(replacement, that.replacement)
                && installerRejects == that.installerRejects;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, file, position, yamlPath, message, fix, replacement);
    }

    /**
     * The same finding with another severity.
     *
     * @param newSeverity the severity
     * @return the finding
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(
                ruleId,
                newSeverity,
                file,
                position,
                yamlPath,
                message,
                fix,
                replacement,
                fingerprint,
                installerRejects);
    }

    /**
     * The same finding with a fingerprint.
     *
     * @param newFingerprint the fingerprint
     * @return the finding
     */
    public Finding withFingerprint(String newFingerprint) {
        return new Finding(
                ruleId,
                severity,
                file,
                position,
                yamlPath,
                message,
                fix,
                replacement,
                newFingerprint,
                installerRejects);
    }
}
