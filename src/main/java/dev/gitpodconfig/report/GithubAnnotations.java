package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}) that put a
 * finding on the pull request's diff. Each must be printed on a line of its own, without Maven's
 * {@code [ERROR]} prefix, or the runner does not see it.
 *
 * <p>The runner decodes the toolkit's escapes ({@code %0A}) back into control characters, and its log
 * viewer interprets terminal escape sequences, so text from the input is first made
 * {@link Printable printable}: a line feed in a file name shows as {@code \n}. Such a file's annotation
 * then names no file GitHub knows and is shown without a place in the diff, which is the price of
 * keeping the log honest.
 */
public final class GithubAnnotations {

    /** The annotation levels GitHub knows. */
    public enum Level {
        /** {@code ::error}. */
        ERROR("error"),
        /** {@code ::warning}. */
        WARNING("warning"),
        /** {@code ::notice}. */
        NOTICE("notice");

        private final String command;

        Level(String command) {
            this.command = command;
        }
    }

    private GithubAnnotations() {}

    /**
     * The workflow command for one finding.
     *
     * @param level the annotation's level
     * @param path the file's path relative to the repository root (GITHUB_WORKSPACE)
     * @param finding the finding
     * @return one line
     */
    public static String command(Level level, String path, Finding finding) {
        return "::" + level.command
                + " file=" + property(Printable.escape(path))
                + ",line=" + Math.max(1, finding.position().line())
                + ",col=" + Math.max(1, finding.position().column())
                + ",title=" + property(finding.ruleId())
                + "::" + data(Printable.escape(finding.message() + " Fix: " + finding.fix()));
    }

    /** Escapes a command's message as the Actions toolkit does. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value as the Actions toolkit does. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
