package dev.gitpodconfig.check;

import dev.gitpodconfig.load.Position;
import java.util.Objects;

/**
 * One finding as a rule describes it, started by {@link FindingSink#at}: set the message, and what
 * differs from the rule's defaults, then {@link #report()}.
 */
public final class FindingBuilder {

    private final FindingSink sink;
    private final Position position;
    private final String yamlPath;
    private final boolean hasText;
    private String file;
    private Severity severity;
    private String message;
    private String fix;
    private String replacement;
    private boolean installerRejects;

    FindingBuilder(FindingSink sink, Position position, String yamlPath, boolean hasText) {
        this.sink = sink;
        this.position = Objects.requireNonNull(position, "position");
        this.yamlPath = Objects.requireNonNull(yamlPath, "yamlPath");
        this.hasText = hasText;
    }

    /**
     * Places the finding in another checked file, such as the credentials Secret an installer config
     * names; the position and YAML path are then those of that file.
     *
     * @param otherFile the file, relative to the project base directory, as
     *     {@link dev.gitpodconfig.model.RegistryCredentials#file()}
     * @return this
     */
    public FindingBuilder in(String otherFile) {
        this.file = Objects.requireNonNull(otherFile, "otherFile");
        return this;
    }

    /**
     * What is wrong and why. Required.
     *
     * @param text the message (never a secret value)
     * @return this
     */
    public FindingBuilder message(String text) {
        this.message = Objects.requireNonNull(text, "message");
        return this;
    }

    /**
     * How to fix this finding, when the rule's general fix does not say it well enough.
     *
     * @param text the fix
     * @return this
     */
    public FindingBuilder fix(String text) {
        this.fix = Objects.requireNonNull(text, "fix");
        return this;
    }

    /**
     * The one known value that fixes the finding (the right S3 endpoint, the correctly spelt key):
     * reports offer it as a suggested change of the text at the finding's position. A finding at a
     * value the file leaves out has no text to replace, so it is reported without one.
     *
     * @param text the text that should stand where the value stands (never a secret)
     * @return this
     */
    public FindingBuilder replacement(String text) {
        this.replacement = Objects.requireNonNull(text, "replacement");
        return this;
    }

    /**
     * A severity other than the rule's default, for findings of the rule that matter less (or more).
     *
     * @param level the severity
     * @return this
     */
    public FindingBuilder severity(Severity level) {
        this.severity = Objects.requireNonNull(level, "severity");
        return this;
    }

    /**
     * Marks the finding as one that says Gitpod's 2022.11.3 installer rejects the file (its strict parse or
     * {@code validate config} fails), which its message must say too.
     *
     * @return this
     */
    public FindingBuilder installerRejects() {
        this.installerRejects = true;
        return this;
    }

    /**
     * Hands the finding to the sink.
     *
     * @throws IllegalStateException if no message was set
     */
    public void report() {
        RuleInfo rule = sink.rule();
        if (message == null) {
            throw new IllegalStateException("A finding of " + rule.id() + " at " + yamlPath + " has no message");
        }
        sink.report(new Finding(
                rule.id(),
                severity == null ? rule.defaultSeverity() : severity,
                file == null ? sink.file() : file,
                position,
                yamlPath,
                message,
                fix == null ? rule.fix() : fix,
                hasText ? replacement : null,
                null,
                installerRejects));
    }
}
