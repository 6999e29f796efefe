package dev.gitpodconfig.maven;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.report.ConsoleFormat;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the Gitpod Self-Hosted configuration files of the project (the installer's
 * {@code gitpod.config.yaml}, KOTS ConfigValues, registry credential Secrets) against Gitpod's
 * container-registry and storage rules, and fails the build on violations. Files are recognised by
 * their content; other YAML files are skipped.
 *
 * <p>This Mojo only maps parameters, runs the engine and reports; the checking itself has no Maven types.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Skips the check entirely.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fails the build when there are findings at or above {@link #violationSeverity}. When false,
     * findings are logged as warnings and the build goes on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The lowest severity that fails the build: {@code error} (the default), {@code warning} or
     * {@code info}. Findings below it are still printed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /**
     * Ids of rules not to run, e.g. {@code <skipRules><skipRule>config-unknown-key</skipRule></skipRules>}
     * or {@code -Dgitpod-config.skipRules=config-unknown-key,registry-gitlab-unsupported}. An unknown id
     * is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.skipRules")
    private List<String> skipRules;

    /**
     * The directory to search for Gitpod configuration files. Include and exclude patterns are relative
     * to it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.configDirectory", defaultValue = "${project.basedir}")
    private File configDirectory;

    /**
     * Ant-style patterns of the files to check, relative to {@link #configDirectory}. Default:
     * {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}. Which files hold Gitpod configuration is
     * decided by their content, so broad patterns are safe. Add {@code **}{@code /config.json} to check
     * Docker credential files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.includes")
    private List<String> includes;

    /**
     * Ant-style patterns of files to leave out, relative to {@link #configDirectory}. Always excluded as
     * well: {@code target/**}, {@code **}{@code /node_modules/**} and version-control folders.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.excludes")
    private List<String> excludes;

    /**
     * The encoding of files without a byte-order mark. Defaults to the project's source encoding, else
     * UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Fails the build when no Gitpod configuration file is found. By default a warning names the
     * directory and the patterns.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.failIfNoFiles", defaultValue = "false")
    private boolean failIfNoFiles;

    /**
     * Hosts of self-managed GitLab container registries ({@code host} or {@code host:port}), which
     * {@code registry-gitlab-unsupported} reports in addition to {@code registry.gitlab.com} and hosts
     * that look like GitLab's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.gitlabRegistryHosts")
    private List<String> gitlabRegistryHosts;

    /**
     * The largest file loaded, in bytes. A larger Gitpod configuration file is reported as
     * {@code yaml-syntax}; Gitpod configuration files are a few kilobytes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.maxFileSize", defaultValue = "2097152")
    private long maxFileSize;

    /** The project's base directory: reported paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping Gitpod config check (gitpod-config.skip=true).");
            return;
        }
        Severity threshold = parseSeverity();
        CheckResult result;
        try {
            result = new GitpodConfigChecker(options()).check();
        } catch (InvalidOptionsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        report(result, threshold, log);
        long violations = failOnViolation ? result.countAtLeast(threshold) : 0;
        if (result.checkedFiles().isEmpty()) {
            String message = "No Gitpod config files found in " + configDirectory + " (includes: "
                    + String.join(", ", effectiveIncludes()) + (nonEmpty(excludes).isEmpty() ? "" : "; excludes: "
                    + String.join(", ", excludes)) + ").";
            if (failIfNoFiles) {
                throw new MojoFailureException(message + " Set failIfNoFiles to false to allow this.");
            }
            log.warn(message);
        }
        if (violations > 0) {
            throw new MojoFailureException("Gitpod config check failed: " + result.count(Severity.ERROR) + " error(s), "
                    + result.count(Severity.WARNING) + " warning(s); the build fails on " + threshold.id()
                    + (threshold == Severity.ERROR ? "s" : "s and above") + ". See the findings above.");
        }
    }

    private void report(CheckResult result, Severity threshold, Log log) {
        for (SkippedFile skipped : result.skippedFiles()) {
            if (skipped.unparsable()) {
                log.warn("Skipped " + skipped.file() + ": " + skipped.reason());
            } else if (log.isDebugEnabled()) {
                log.debug("Skipped " + skipped.file() + ": " + skipped.reason());
            }
        }
        if (log.isDebugEnabled()) {
            result.checkedFiles().forEach(file -> log.debug("Checked " + file));
            result.notes().forEach(log::debug);
        }
        for (Finding finding : result.findings()) {
            String line = ConsoleFormat.line(finding);
            if (failOnViolation && finding.severity().isAtLeast(threshold)) {
                log.error(line);
            } else if (finding.severity() == Severity.INFO) {
                log.info(line);
            } else {
                log.warn(line);
            }
        }
        log.info(ConsoleFormat.summary(result));
    }

    private CheckOptions options() throws MojoExecutionException {
        Set<String> rulesToSkip = new LinkedHashSet<>();
        nonEmpty(skipRules).forEach(id -> rulesToSkip.add(id.trim()));
        LoadLimits limits;
        try {
            limits = new LoadLimits(maxFileSize, LoadLimits.DEFAULTS.maxNestingDepth(), LoadLimits.DEFAULTS.maxAliases());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid maxFileSize " + maxFileSize + ": " + e.getMessage(), e);
        }
        return CheckOptions.builder(basedir.toPath())
                .configDirectory(configDirectory.toPath())
                .includes(nonEmpty(includes))
                .excludes(nonEmpty(excludes))
                .charset(charset())
                .skipRules(rulesToSkip)
                .gitlabRegistryHosts(nonEmpty(gitlabRegistryHosts))
                .limits(limits)
                .build();
    }

    private Severity parseSeverity() throws MojoExecutionException {
        try {
            return Severity.parse(violationSeverity == null ? "error" : violationSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid violationSeverity: " + e.getMessage(), e);
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Unsupported encoding '" + encoding + "'", e);
        }
    }

    private List<String> effectiveIncludes() {
        return nonEmpty(includes).isEmpty() ? CheckOptions.DEFAULT_INCLUDES : nonEmpty(includes);
    }

    private static List<String> nonEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }
}
