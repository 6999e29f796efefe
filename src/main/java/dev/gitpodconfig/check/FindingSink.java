package dev.gitpodconfig.check;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.model.ConfigValue;

/**
 * Where a rule reports. A rule describes each finding with a {@link FindingBuilder}:
 * {@code findings.at(value).message("...").fix("...").report()}; the rule id, the file and, unless the
 * rule sets them, its default severity and fix are filled in.
 */
public interface FindingSink {

    /**
     * The rule that reports here: its id, default severity and fix go into findings that set none.
     *
     * @return the rule's description
     */
    RuleInfo rule();

    /**
     * The checked file, relative to the project base directory: where findings go unless
     * {@link FindingBuilder#in(String)} places them in another file.
     *
     * @return the file
     */
    String file();

    /**
     * Takes a finding a rule has described. Rules call {@link FindingBuilder#report()} rather than this.
     * The sink may still mask secret values in the finding's text, and drop a replacement that would
     * reveal one.
     *
     * @param finding the finding, without a fingerprint
     * @throws IllegalArgumentException if the finding is placed in a file this sink cannot report in
     */
    void report(Finding finding);

    /**
     * Starts a finding at a value. A value the file leaves out (a default) is reported where it
     * belongs, and without a replacement: there is no text to replace.
     *
     * @param value the offending value (or the key where a value is missing)
     * @return the finding to describe
     */
    default FindingBuilder at(ConfigValue value) {
        return new FindingBuilder(this, value.position(), value.path(), !value.isDefault());
    }

    /**
     * Starts a finding at a position that is not a value of the typed view: a YAML problem, or the
     * place a missing block belongs.
     *
     * @param position where
     * @param yamlPath the YAML path reported, or empty
     * @return the finding to describe
     */
    default FindingBuilder at(Position position, String yamlPath) {
        return new FindingBuilder(this, position, yamlPath, true);
    }
}
