package dev.gitpodconfig.check;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.model.ConfigValue;

/** Where a rule reports; the rule id, file and default severity are filled in for it. */
public interface FindingSink {

    /**
     * Reports a finding at a value with the rule's default severity.
     *
     * @param at the offending value (or the key where a value is missing)
     * @param message what is wrong and why
     * @param fix how to fix it
     */
    default void report(ConfigValue at, String message, String fix) {
        report(null, at.position(), at.path(), message, fix);
    }

    /**
     * Reports a finding at a value with a given severity.
     *
     * @param severity the severity, or null for the rule's default
     * @param at the offending value
     * @param message what is wrong and why
     * @param fix how to fix it
     */
    default void report(Severity severity, ConfigValue at, String message, String fix) {
        report(severity, at.position(), at.path(), message, fix);
    }

    /**
     * Reports a finding at a position.
     *
     * @param severity the severity, or null for the rule's default
     * @param position where
     * @param yamlPath the YAML path, or empty
     * @param message what is wrong and why
     * @param fix how to fix it
     */
    void report(Severity severity, Position position, String yamlPath, String message, String fix);

    /**
     * Reports a finding in another checked file, such as the credentials Secret an installer config
     * names. Only sinks that know every checked file can do this; the default refuses.
     *
     * @param file the file, relative to the project base directory, as {@link dev.gitpodconfig.model.RegistryCredentials#file()}
     * @param severity the severity, or null for the rule's default
     * @param position where in that file
     * @param yamlPath the YAML path in that file
     * @param message what is wrong and why
     * @param fix how to fix it
     * @throws UnsupportedOperationException if this sink reports in one file only
     */
    default void reportIn(String file, Severity severity, Position position, String yamlPath, String message, String fix) {
        throw new UnsupportedOperationException("This finding sink reports in one file only");
    }

    /**
     * Reports a finding whose fix is one known value (the right S3 endpoint, the registry's server,
     * the correctly spelt key): reports offer {@code replacement} as a suggested change of the text at
     * the value. A value the file leaves out has no text to replace, so it is reported without one.
     *
     * @param at the offending value
     * @param message what is wrong and why
     * @param fix how to fix it
     * @param replacement the text that should stand where the value stands (never a secret)
     */
    default void reportWithReplacement(ConfigValue at, String message, String fix, String replacement) {
        if (at.isDefault()) {
            report(at, message, fix);
        } else {
            report(null, at.position(), at.path(), message, fix, replacement);
        }
    }

    /**
     * Reports a finding at a position with a suggested replacement. Sinks that keep no replacements
     * report it without one.
     *
     * @param severity the severity, or null for the rule's default
     * @param position where
     * @param yamlPath the YAML path, or empty
     * @param message what is wrong and why
     * @param fix how to fix it
     * @param replacement the text that should stand at {@code position}, or null
     */
    default void report(Severity severity, Position position, String yamlPath, String message, String fix, String replacement) {
        report(severity, position, yamlPath, message, fix);
    }
}
