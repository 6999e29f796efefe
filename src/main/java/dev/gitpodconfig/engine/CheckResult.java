package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a check run.
 *
 * @param findings every finding, in report order (file, line, column, rule)
 * @param checkedFiles the files that held Gitpod configuration and were checked, relative paths
 * @param skippedFiles the matched files that were not checked
 * @param suppressed the findings that {@code # gitpod-config:ignore} comments suppressed, in report order;
 *     they are not in {@code findings} and do not count
 * @param notes what the check could not look at and why, for debug output (e.g. a credentials Secret
 *     that an installer config names but that is not among the checked files); never a secret value
 * @param omitted per file, the findings beyond the per-file limit, which are counted but not listed
 */
public record CheckResult(
        List<Finding> findings,
        List<String> checkedFiles,
        List<SkippedFile> skippedFiles,
        List<SuppressedFinding> suppressed,
        List<String> notes,
        List<OmittedFindings> omitted) {

    /**
     * Creates a result; the lists are copied.
     *
     * @param findings findings
     * @param checkedFiles checked files
     * @param skippedFiles skipped files
     * @param suppressed suppressed findings
     * @param notes debug notes
     * @param omitted findings beyond the per-file limit
     */
    public CheckResult {
        findings = List.copyOf(findings);
        checkedFiles = List.copyOf(checkedFiles);
        skippedFiles = List.copyOf(skippedFiles);
        suppressed = List.copyOf(suppressed);
        notes = List.copyOf(notes);
        omitted = List.copyOf(omitted);
    }

    /**
     * Creates a result in which no finding was left unlisted.
     *
     * @param findings findings
     * @param checkedFiles checked files
     * @param skippedFiles skipped files
     * @param suppressed suppressed findings
     * @param notes debug notes
     */
    public CheckResult(
            List<Finding> findings,
            List<String> checkedFiles,
            List<SkippedFile> skippedFiles,
            List<SuppressedFinding> suppressed,
            List<String> notes) {
        this(findings, checkedFiles, skippedFiles, suppressed, notes, List.of());
    }

    /**
     * Creates a result without suppressed findings or notes.
     *
     * @param findings findings
     * @param checkedFiles checked files
     * @param skippedFiles skipped files
     */
    public CheckResult(List<Finding> findings, List<String> checkedFiles, List<SkippedFile> skippedFiles) {
        this(findings, checkedFiles, skippedFiles, List.of(), List.of(), List.of());
    }

    /**
     * The directories the walk could not read, so that Gitpod config files in them may have gone
     * unchecked; they are among the skipped files, too.
     *
     * @return their paths relative to the project base directory
     */
    public List<String> unreadableDirectories() {
        List<String> directories = new ArrayList<>();
        for (SkippedFile skipped : skippedFiles) {
            if (skipped.unreadableDirectory()) {
                directories.add(skipped.file());
            }
        }
        return directories;
    }

    /**
     * How many findings have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        long count = 0;
        for (OmittedFindings o : omitted) {
            count += switch (severity) {
                case ERROR -> o.errors();
                case WARNING -> o.warnings();
                case INFO -> o.infos();
            };
        }
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many findings are at least as serious as a threshold.
     *
     * @param threshold the lowest severity that counts
     * @return the count
     */
    public long countAtLeast(Severity threshold) {
        long total = 0;
        for (Severity severity : Severity.values()) {
            if (severity.isAtLeast(threshold)) {
                total += count(severity);
            }
        }
        return total;
    }
}
