package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.classify.Classification;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.classify.DocumentKind;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerConfigReader;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.RegistryHostClassifier;
import dev.gitpodconfig.model.SecretValues;
import dev.gitpodconfig.model.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine: find files, load them safely, classify every document, check it with every enabled
 * rule, and return the findings. It has no Maven types, so any build tool or a CLI can drive it.
 * One instance runs one configuration; it holds no mutable state and may be used from any thread.
 */
public final class GitpodConfigChecker {

    private final CheckOptions options;
    private final List<Rule> rules;
    private final SafeYamlLoader loader;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final RegistryHostClassifier registryHosts;

    /**
     * Creates a checker.
     *
     * @param options the options
     * @throws InvalidOptionsException if {@code skipRules} names a rule that does not exist
     */
    public GitpodConfigChecker(CheckOptions options) throws InvalidOptionsException {
        for (String id : options.skipRules()) {
            if (Rules.byId(id).isEmpty()) {
                List<String> known = Rules.all().stream().map(r -> r.info().id()).toList();
                String nearest = Suggestions.nearest(id, known).filter(n -> Suggestions.distance(id, n) <= 3)
                        .map(n -> " Did you mean '" + n + "'?").orElse("");
                throw new InvalidOptionsException("Unknown rule id '" + id + "' in skipRules." + nearest + " Known rules: "
                        + String.join(", ", known), null);
            }
        }
        this.options = options;
        this.rules = Rules.all().stream().filter(r -> !options.skipRules().contains(r.info().id())).toList();
        this.loader = new SafeYamlLoader(options.limits());
        this.registryHosts = new RegistryHostClassifier(options.gitlabRegistryHosts());
    }

    /**
     * Runs the check.
     *
     * @return the result
     * @throws InvalidOptionsException if the config directory cannot be read
     */
    public CheckResult check() throws InvalidOptionsException {
        List<ConfigFileFinder.FoundFile> files;
        try {
            List<String> excludes = Stream.concat(ConfigFileFinder.DEFAULT_EXCLUDES.stream(), options.excludes().stream()).toList();
            files = new ConfigFileFinder(options.includes(), excludes).find(options.configDirectory());
        } catch (IOException e) {
            throw new InvalidOptionsException("Cannot read the config directory " + options.configDirectory() + ": "
                    + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (ConfigFileFinder.FoundFile file : files) {
            checkFile(file.path(), findings, checked, skipped);
        }
        findings.sort(Finding.REPORT_ORDER);
        return new CheckResult(findings, checked, skipped);
    }

    /**
     * Checks one file's bytes, as {@link #check()} does for each file it finds. Used by tests and
     * benchmarks that have no files on disk.
     *
     * @param relativePath the path to report
     * @param bytes the content
     * @return the result for this one file
     */
    public CheckResult checkContent(String relativePath, byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        process(loader.load(bytes, relativePath, options.charset()), findings, checked, skipped);
        findings.sort(Finding.REPORT_ORDER);
        return new CheckResult(findings, checked, skipped);
    }

    private void checkFile(Path path, List<Finding> findings, List<String> checked, List<SkippedFile> skipped) {
        process(loader.load(path, reportedPath(path), options.charset()), findings, checked, skipped);
    }

    private void process(LoadedFile file, List<Finding> findings, List<String> checked, List<SkippedFile> skipped) {
        List<CheckTarget> targets = new ArrayList<>();
        List<String> otherReasons = new ArrayList<>();
        SecretValues secrets = new SecretValues();
        for (LoadedDocument document : file.documents()) {
            Classification classification = classifier.classify(document.root());
            if (!classification.kind().isChecked()) {
                otherReasons.add(classification.reason());
                continue;
            }
            secrets.add(classification.kind(), document.root().orElseThrow());
            targets.add(new CheckTarget(file, Optional.of(document), classification.kind(),
                    view(classification.kind(), document), registryHosts));
        }
        boolean loadFailed = !file.problems().isEmpty();
        if (loadFailed && (!targets.isEmpty() || file.mentionsGitpodKeys())) {
            targets.add(new CheckTarget(file, Optional.empty(), DocumentKind.OTHER, Optional.empty(), registryHosts));
        }
        if (targets.isEmpty()) {
            skipped.add(loadFailed
                    ? new SkippedFile(file.relativePath(), "not loadable as YAML: " + file.problems().get(0).message(), true)
                    : new SkippedFile(file.relativePath(), otherReasons.isEmpty() ? "no YAML documents" : String.join("; ", otherReasons), false));
            return;
        }
        checked.add(file.relativePath());
        for (Rule rule : rules) {
            for (CheckTarget target : targets) {
                rule.check(target, (severity, position, yamlPath, message, fix) -> findings.add(new Finding(
                        rule.info().id(),
                        severity == null ? rule.info().defaultSeverity() : severity,
                        file.relativePath(),
                        position,
                        secrets.mask(yamlPath),
                        secrets.mask(message),
                        secrets.mask(fix))));
            }
        }
    }

    private static Optional<GitpodConfig> view(DocumentKind kind, LoadedDocument document) {
        YamlMapping root = (YamlMapping) document.root().orElseThrow();
        return switch (kind) {
            case INSTALLER_CONFIG -> Optional.of(new InstallerConfigReader().read(root, ""));
            case INSTALLATION_CR -> root.mapping("spec").flatMap(spec -> spec.mapping("config"))
                    .map(config -> new InstallerConfigReader().read(config, "spec.config"));
            case KOTS_CONFIG_VALUES -> Optional.of(new KotsConfigReader().read(root));
            default -> Optional.empty();
        };
    }

    private String reportedPath(Path file) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
