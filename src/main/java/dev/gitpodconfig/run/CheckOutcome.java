package dev.gitpodconfig.run;

import dev.gitpodconfig.engine.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link CheckRunner#run(CheckRequest) check run} gives back to the build tool, all of it ready to print:
 * the build tool logs {@link #lines()}, prints {@link #annotations()}, and decides from the rest whether the
 * build fails. Every path in it is shown as the console shows it (relative to the project directory, or to the
 * {@link CheckRequest#topDirectory(Path) top of a multi-module build}; in annotations, to the GitHub workspace).
 *
 * @param result the findings and files, checked now or reused from the result cache
 * @param lines the lines to log, in order: findings, skipped files, the summary, the report files and, when the
 *     request asked for them, debug lines
 * @param annotations GitHub Actions workflow commands, one per finding, each to be printed as it is on a line of
 *     its own (not through a logger that adds a prefix); empty when annotations are off
 * @param reportFailure why a report file could not be written, with the file in its message, or null; the run
 *     stopped there, so {@code lines} end before the report line and there are no annotations
 * @param noFilesMessage the warning that no Gitpod configuration file was found, naming the directory and the
 *     patterns, or null when some file was checked
 * @param notSearchedMessage that some directories could not be read, naming them, or null when every directory
 *     was read: with {@code failIfNoFiles} the build fails on it, since the check cannot tell it saw every file
 * @param violations how many findings are at or above the request's violation severity
 * @param failureMessage the message of the build failure those violations cause when the request fails on them
 */
public record CheckOutcome(
        CheckResult result,
        List<Line> lines,
        List<String> annotations,
        IOException reportFailure,
        String noFilesMessage,
        String notSearchedMessage,
        long violations,
        String failureMessage) {

    /**
     * Creates an outcome; the lists are copied.
     *
     * @param result the result
     * @param lines lines to log
     * @param annotations workflow commands
     * @param reportFailure the report that could not be written, or null
     * @param noFilesMessage the no-files warning, or null
     * @param notSearchedMessage the directories not read, or null
     * @param violations the number of violations
     * @param failureMessage the failure message
     */
    public CheckOutcome {
        lines = List.copyOf(lines);
        annotations = List.copyOf(annotations);
    }

    /** How important a line is; a build tool maps it to its own log levels. */
    public enum Level {
        /** Only with {@link CheckRequest#debug(boolean)}: what was skipped, reused, suppressed, and timings. */
        DEBUG,
        /** The summary, the report files, and findings that are only information. */
        INFO,
        /** Findings that do not fail the build, unloadable files, findings not listed. */
        WARNING,
        /** Findings that fail the build. */
        ERROR
    }

    /**
     * One line to log.
     *
     * @param level its level
     * @param text the text, one line, never a secret value
     */
    public record Line(Level level, String text) {}
}
