package dev.gitpodconfig.check;

/**
 * What a rule is, for the catalogue, reports and {@code -X} output.
 *
 * @param id the stable rule id, e.g. {@code registry-ecr-unsupported}
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param summary one line: what the rule finds
 * @param rationale why it matters: what fails on a real cluster
 * @param source where the rule comes from (Gitpod documentation, code or issues)
 * @param fix how to fix a finding, in general
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String rationale, String source, String fix) {}
