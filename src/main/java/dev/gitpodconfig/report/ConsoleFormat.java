package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SuppressedFinding;

/**
 * The console text of findings and of the summary, in the format Maven users know from the compiler and
 * Checkstyle: {@code path:[line,col] (rule-id) message Fix: fix}. IDEs turn such lines into links.
 */
public final class ConsoleFormat {

    private ConsoleFormat() {}

    /**
     * One finding as one line.
     *
     * @param finding the finding
     * @return the line
     */
    public static String line(Finding finding) {
        return finding.file() + ":[" + finding.position().line() + ","
                + finding.position().column() + "] (" + finding.ruleId() + ") " + oneLine(finding.message()) + " Fix: "
                + oneLine(finding.fix());
    }

    /**
     * The summary line.
     *
     * @param result the result
     * @return {@code Checked N Gitpod config file(s): E error(s), W warning(s); S file(s) skipped.}
     */
    public static String summary(CheckResult result) {
        return "Checked " + result.checkedFiles().size() + " Gitpod config file(s): " + result.count(Severity.ERROR)
                + " error(s), " + result.count(Severity.WARNING) + " warning(s); "
                + result.skippedFiles().size()
                + " file(s) skipped.";
    }

    /**
     * A suppressed finding, for {@code -X} output.
     *
     * @param suppressed the suppressed finding
     * @return the line, with the directive's reason
     */
    public static String suppressedLine(SuppressedFinding suppressed) {
        return "Suppressed " + line(suppressed.finding()) + " Reason: " + oneLine(suppressed.reason())
                + (suppressed.until() == null ? "" : " (until " + suppressed.until() + ")");
    }

    /**
     * The line that counts suppressed findings.
     *
     * @param result the result
     * @return {@code N finding(s) suppressed by gitpod-config:ignore comments; -X lists them.}
     */
    public static String suppressedSummary(CheckResult result) {
        return result.suppressed().size()
                + " finding(s) suppressed by gitpod-config:ignore comments; -X lists them with their reasons.";
    }

    /** Messages never span lines: a line-based CI log must keep one finding per line. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    /**
     * The line that says how many findings of a file were not listed.
     *
     * @param omitted the unlisted findings of one file
     * @param limit the per-file limit
     * @return e.g. {@code big.yaml: 199900 more finding(s) not listed (199900 error(s), 0 warning(s), 0 info(s)); …}
     */
    public static String omittedLine(OmittedFindings omitted, int limit) {
        return omitted.file() + ": " + omitted.total() + " more finding(s) not listed (" + omitted.errors()
                + " error(s), "
                + omitted.warnings() + " warning(s), " + omitted.infos() + " info(s)); at most " + limit
                + " are listed per file (parameter maxFindingsPerFile). They count in the summary.";
    }
}
