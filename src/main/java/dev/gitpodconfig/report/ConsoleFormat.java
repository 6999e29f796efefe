package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;

/**
 * The console text of findings and of the summary, in the format Maven users know from the compiler and
 * Checkstyle: {@code path:[line,col] (rule-id) message Fix: fix}. IDEs turn such lines into links.
 * Every text from the input (paths, messages that quote keys and values, reasons) goes through
 * {@link Printable#escape(String)}, so a line stays one line and no control character reaches the log.
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
        return Printable.escape(finding.file()) + ":[" + finding.position().line() + ","
                + finding.position().column()
                + "] (" + finding.ruleId() + ") " + Printable.escape(finding.message()) + " Fix: "
                + Printable.escape(finding.fix());
    }

    /**
     * The summary line.
     *
     * @param result the result
     * @return {@code Checked N Gitpod config file(s): E error(s), W warning(s); S file(s) skipped.}, with the
     *     skipped files counted by reason when there are any
     *     ({@code 3 file(s) skipped (2 not Gitpod, 1 unknown kind).}),
     *     and {@code D directory(ies) could not be read.} when the walk could not read some
     */
    public static String summary(CheckResult result) {
        int unreadable = result.unreadableDirectories().size();
        StringBuilder text = new StringBuilder("Checked ")
                .append(result.checkedFiles().size())
                .append(" Gitpod config file(s): ")
                .append(result.count(Severity.ERROR))
                .append(" error(s), ")
                .append(result.count(Severity.WARNING))
                .append(" warning(s); ")
                .append(result.skippedFiles().size() - unreadable)
                .append(" file(s) skipped");
        String separator = " (";
        for (SkippedFile.Cause cause : SkippedFile.Cause.values()) {
            if (cause == SkippedFile.Cause.UNREADABLE_DIRECTORY) {
                continue;
            }
            int count = 0;
            for (SkippedFile skipped : result.skippedFiles()) {
                if (skipped.cause() == cause) {
                    count++;
                }
            }
            if (count > 0) {
                text.append(separator).append(count).append(' ').append(cause.label());
                separator = ", ";
            }
        }
        text.append(separator.equals(", ") ? ")" : "");
        return text.append(unreadable == 0 ? "." : "; " + unreadable + " directory(ies) could not be read.")
                .toString();
    }

    /**
     * A suppressed finding, for {@code -X} output.
     *
     * @param suppressed the suppressed finding
     * @return the line, with the directive's reason
     */
    public static String suppressedLine(SuppressedFinding suppressed) {
        return "Suppressed " + line(suppressed.finding()) + " Reason: " + Printable.escape(suppressed.reason())
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

    /**
     * The line for a file that was not checked: a warning when it could not be loaded or read, else a
     * debug line.
     *
     * @param skipped the file
     * @return {@code Skipped path: reason}
     */
    public static String skippedLine(SkippedFile skipped) {
        return "Skipped " + Printable.escape(skipped.file()) + ": " + Printable.escape(skipped.reason());
    }

    /**
     * The debug line for a checked file.
     *
     * @param file the file's reported path
     * @return {@code Checked path}
     */
    public static String checkedLine(String file) {
        return "Checked " + Printable.escape(file);
    }

    /**
     * The line that says how many findings of a file were not listed.
     *
     * @param omitted the unlisted findings of one file
     * @param limit the per-file limit
     * @return e.g. {@code big.yaml: 199900 more finding(s) not listed (199900 error(s), 0 warning(s), 0 info(s)); …}
     */
    public static String omittedLine(OmittedFindings omitted, int limit) {
        return Printable.escape(omitted.file()) + ": " + omitted.total() + " more finding(s) not listed ("
                + omitted.errors() + " error(s), " + omitted.warnings() + " warning(s), " + omitted.infos()
                + " info(s)); at most " + limit
                + " are listed per file (parameter maxFindingsPerFile). They count in the summary.";
    }
}
