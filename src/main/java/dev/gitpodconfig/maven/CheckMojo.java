package dev.gitpodconfig.maven;

import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.run.CheckOutcome;
import dev.gitpodconfig.run.CheckRequest;
import dev.gitpodconfig.run.CheckRunner;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

// The Mojo only maps parameters to a CheckRequest, runs it, logs and prints what comes back and decides whether
// the build fails; the checking, the result cache and the reports have no Maven types. (A line comment, not
// Javadoc: the help goal prints the class Javadoc to users.)
/**
 * Checks the Gitpod Self-Hosted configuration files of the project (the installer's {@code gitpod.config.yaml},
 * KOTS ConfigValues, and the Secrets and certificates they name) as Gitpod's installer of release 2022.11.3 reads
 * them, and fails the build on findings that would break an install: unsupported or misconfigured registries,
 * storage and database settings, keys and values the installer rejects. Files are recognised by their content;
 * other YAML files are skipped.
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
     * to it. A symbolic link in it to a file outside it is not read, but skipped with a warning.
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
     * Fails the build when no Gitpod configuration file is found, or when a directory under
     * {@link #configDirectory} cannot be read, so that files in it may have gone unchecked. By default
     * a warning names the directory and the patterns, and each unreadable directory.
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

    /**
     * The most findings listed for one file. Further findings of that file still count towards the
     * summary and the build result; a warning says how many were not listed. Keeps a generated or
     * hostile file with thousands of mistakes from flooding the log and the reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.maxFindingsPerFile", defaultValue = "100")
    private int maxFindingsPerFile;

    /**
     * The report files written on every run, passing or failing: {@code sarif} (for GitHub code
     * scanning and other SARIF viewers, {@code gitpod-config.sarif}), {@code checkstyle} (Checkstyle
     * XML for Jenkins warnings-ng and reviewdog, {@code gitpod-config-checkstyle.xml}), or {@code none}.
     * E.g. {@code -Dgitpod-config.outputFormats=sarif,checkstyle}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.outputFormats", defaultValue = "sarif")
    private List<String> outputFormats;

    /**
     * The directory the report files are written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.outputDirectory", defaultValue = "${project.build.directory}/gitpod-config")
    private File outputDirectory;

    /**
     * Whether to print GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::…}) so that
     * findings appear on the pull request's diff: {@code auto} (when the environment variable
     * {@code GITHUB_ACTIONS} is {@code true}), {@code true} or {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.githubAnnotations", defaultValue = "auto")
    private String githubAnnotations;

    /**
     * Changes the severity of rules: rule id to {@code error}, {@code warning}, {@code info} or
     * {@code off}, e.g.
     * {@code <severities><registry-gitlab-unsupported>warning</registry-gitlab-unsupported></severities>}.
     * Every finding of the rule gets that severity; {@code off} turns the rule off. An unknown rule id
     * or severity is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * Ids of rules that {@code # gitpod-config:ignore} comments cannot suppress, e.g.
     * {@code registry-ecr-unsupported}: such a comment is then a {@code suppression-invalid} error and
     * the finding stays. An unknown rule id is a configuration error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.nonSuppressibleRules")
    private List<String> nonSuppressibleRules;

    /**
     * Whether to reuse the result of the last check when nothing it depends on changed: the plugin and
     * SnakeYAML jars, every option, today's date, and the path, size and modification time of every file
     * found. Findings, reports and the build result are the same as a full check's; only the time differs.
     * The result is kept in {@code cacheFile}, so {@code mvn clean} (and every fresh CI checkout) checks
     * everything. {@code -Dgitpod-config.useCache=false} checks every file on every build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.useCache", defaultValue = "true")
    private boolean useCache;

    /**
     * Where the result of the last check is kept (see {@code useCache}). It holds what the reports
     * hold plus file sizes and modification times; never file content.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "gitpod-config.cacheFile",
            defaultValue = "${project.build.directory}/gitpod-config/check-cache.txt")
    private File cacheFile;

    /**
     * Checks files in resource directories with {@code <filtering>true</filtering>} as Maven will copy them:
     * {@code ${…}} and {@code @…@} resolve as maven-resources-plugin resolves them (filter files, POM and profile
     * properties, {@code -D} user properties, {@code env.*}, {@code project.*}, {@code settings.*}; its
     * {@code delimiters}, {@code escapeString} and {@code filters} configuration), and findings name where a value
     * came from. An expression nothing defines stays a placeholder. {@code false} checks every file as written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.filterResources", defaultValue = "true")
    private boolean filterResources;

    /**
     * Whether {@code filterResources} also covers the test resource directories.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gitpod-config.filterTestResources", defaultValue = "false")
    private boolean filterTestResources;

    /** The project: its resources and properties, for {@code filterResources}. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The session: user and system properties and settings, for {@code filterResources}. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    /** The project's base directory: reported paths are relative to it outside a multi-module build. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    // The directory the build started in (that of -f's POM, else the working directory): Maven 3.8.7 has it, and
    // unlike maven.multiModuleProjectDirectory it does not move up to a .mvn folder of an enclosing project.
    /**
     * The top of the build: in a multi-module build, paths shown are relative to it, so a finding names its
     * module.
     */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRootDirectory;

    /** Environment variables ({@code GITHUB_ACTIONS}, {@code GITHUB_WORKSPACE}); replaced in tests. */
    Function<String, String> environment = System::getenv;
    /** Where workflow commands go: standard output, without Maven's level prefix; replaced in tests. */
    Consumer<String> annotationOutput = System.out::println;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping Gitpod config check (gitpod-config.skip=true).");
            return;
        }
        // At debug level only: what the goal costs on the build's thread, the mapping of resource filtering included
        // (benchmarks/goal_cpu.py compares builds by it, which wall times are too noisy to tell apart).
        ThreadMXBean threads = log.isDebugEnabled() ? ManagementFactory.getThreadMXBean() : null;
        long startedCpu = threads == null ? 0 : threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        CheckOutcome outcome;
        try {
            outcome = CheckRunner.run(new CheckRequest(basedir.toPath())
                    .topDirectory(path(executionRootDirectory))
                    .configDirectory(path(configDirectory))
                    .includes(includes)
                    .excludes(excludes)
                    .encoding(encoding)
                    .skipRules(skipRules)
                    .gitlabRegistryHosts(gitlabRegistryHosts)
                    .maxFileSize(maxFileSize)
                    .maxFindingsPerFile(maxFindingsPerFile)
                    .severities(severities)
                    .nonSuppressibleRules(nonSuppressibleRules)
                    .violationSeverity(violationSeverity)
                    .failOnViolation(failOnViolation)
                    .outputFormats(outputFormats)
                    .outputDirectory(path(outputDirectory))
                    .githubAnnotations(
                            githubAnnotations,
                            environment.apply("GITHUB_ACTIONS"),
                            environment.apply("GITHUB_WORKSPACE"))
                    .cacheFile(useCache ? path(cacheFile) : null)
                    .filterSources(
                            filterResources && filtersAnyResource()
                                    ? ResourceFilteringMapping.map(project, session, filterTestResources)
                                    : null)
                    .debug(log.isDebugEnabled()));
        } catch (InvalidOptionsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (CheckOutcome.Line line : outcome.lines()) {
            switch (line.level()) {
                case DEBUG -> log.debug(line.text());
                case INFO -> log.info(line.text());
                case WARNING -> log.warn(line.text());
                case ERROR -> log.error(line.text());
            }
        }
        if (threads != null) {
            log.debug(String.format(
                    Locale.ROOT,
                    "Gitpod config goal took %.1f ms, %.1f ms of CPU on the build's thread",
                    (System.nanoTime() - started) / 1e6,
                    (threads.getCurrentThreadCpuTime() - startedCpu) / 1e6));
        }
        if (outcome.reportFailure() != null) {
            throw new MojoExecutionException(outcome.reportFailure().getMessage(), outcome.reportFailure());
        }
        for (String annotation : outcome.annotations()) {
            // Printed as it is, not through the Log: the Actions runner only reads commands at the start of a line.
            annotationOutput.accept(annotation);
        }
        if (outcome.noFilesMessage() != null) {
            if (failIfNoFiles) {
                throw new MojoFailureException(outcome.noFilesMessage() + " Set failIfNoFiles to false to allow this.");
            }
            log.warn(outcome.noFilesMessage());
        } else if (failIfNoFiles && outcome.notSearchedMessage() != null) {
            // The check cannot tell that every config file was found.
            throw new MojoFailureException(outcome.notSearchedMessage() + " Set failIfNoFiles to false to allow this.");
        }
        if (failOnViolation && outcome.violations() > 0) {
            throw new MojoFailureException(outcome.failureMessage());
        }
    }

    /** Whether a resource directory is filtered: a loop here, so that a project without one loads no more classes. */
    private boolean filtersAnyResource() {
        if (project == null || project.getBuild() == null) {
            return false;
        }
        for (Resource resource : project.getBuild().getResources()) {
            if (resource.isFiltering()) {
                return true;
            }
        }
        if (filterTestResources) {
            for (Resource resource : project.getBuild().getTestResources()) {
                if (resource.isFiltering()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
