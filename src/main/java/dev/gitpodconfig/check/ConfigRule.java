package dev.gitpodconfig.check;

import dev.gitpodconfig.model.GitpodConfig;

/**
 * A rule that reads the typed view of a configuration: it is called once per document that has one
 * (installer config, Installation resource, KOTS ConfigValues) and never for other targets.
 */
public abstract class ConfigRule implements Rule {

    private final RuleInfo info;

    /**
     * Creates the rule.
     *
     * @param info what the rule is
     */
    protected ConfigRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final void check(CheckTarget target, FindingSink findings) {
        if (target.config().isPresent()) {
            check(target.config().get(), target, findings);
        }
    }

    /**
     * Checks one configuration.
     *
     * @param config the typed view
     * @param target the document it was read from
     * @param findings where to report
     */
    protected abstract void check(GitpodConfig config, CheckTarget target, FindingSink findings);
}
