package dev.gitpodconfig.check;

/**
 * A check with a stable id. Rules are small, stateless and thread-safe: they read a
 * {@link CheckTarget} and report to a {@link FindingSink}, and know nothing of Maven.
 */
public interface Rule {

    /**
     * What the rule is.
     *
     * @return the rule's description
     */
    RuleInfo info();

    /**
     * Checks one target.
     *
     * @param target the document (or failed file) to check
     * @param findings where to report
     */
    void check(CheckTarget target, FindingSink findings);
}
