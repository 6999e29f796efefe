package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}) that put a
 * finding on the pull request's diff. Each must be printed on a line of its own, without Maven's
 * {@code [ERROR]} prefix, or the runner does not see it.
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
                + " file=" + property(path)
                + ",line=" + Math.max(1, finding.position().line())
                + ",col=" + Math.max(1, finding.position().column())
                + ",title=" + property(finding.ruleId())
                + "::" + data(finding.message() + " Fix: " + finding.fix());
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
