package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.classify.Classification;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.classify.DocumentKind;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerConfigReader;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.RegistryHostClassifier;
import dev.gitpodconfig.model.SecretValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private final SeverityOverrides severities;
    private final Set<String> disabledRules;
    private final FileFindings fileFindings;

    /**
     * Creates a checker.
     *
     * @param options the options
     * @throws InvalidOptionsException if {@code skipRules}, {@code nonSuppressibleRules} or {@code severities}
     *     name a rule that does not exist, or a severity is unknown
     */
    public GitpodConfigChecker(CheckOptions options) throws InvalidOptionsException {
        for (String id : options.skipRules()) {
            requireKnownRule(id, "skipRules");
        }
        for (String id : new TreeSet<>(options.policy().nonSuppressibleRules())) {
            requireKnownRule(id, "nonSuppressibleRules");
        }
        this.severities = SeverityOverrides.parse(options.policy().severities());
        Set<String> disabled = new TreeSet<>(options.skipRules());
        disabled.addAll(severities.off());
        this.disabledRules = Collections.unmodifiableSet(disabled);
        this.options = options;
        this.rules = Rules.all().stream().filter(r -> !disabledRules.contains(r.info().id())).toList();
        this.loader = new SafeYamlLoader(options.limits());
        this.registryHosts = new RegistryHostClassifier(options.gitlabRegistryHosts());
        this.fileFindings = new FileFindings(
                new Suppressions(options.policy().nonSuppressibleRules(), disabledRules, options.policy().clock()), severities,
                disabledRules);
    }

    /**
     * Fails for a rule id that is not in the catalogue.
     *
     * @param id the id
     * @param parameter the parameter that names it, for the message
     * @throws InvalidOptionsException if the rule does not exist
     */
    static void requireKnownRule(String id, String parameter) throws InvalidOptionsException {
        if (Rules.byId(id).isEmpty()) {
            throw new InvalidOptionsException("Unknown rule id '" + id + "' in " + parameter + ". Known rules: "
                    + String.join(", ", Rules.ids()), null);
        }
    }

    /**
     * The configured severity changes.
     *
     * @return the changes
     */
    public SeverityOverrides severityOverrides() {
        return severities;
    }

    /**
     * The rules that do not run: {@code skipRules} and those whose severity is {@code off}.
     *
     * @return the rule ids, sorted
     */
    public Set<String> disabledRules() {
        return disabledRules;
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
            throw new InvalidOptionsException("Cannot read the config directory " + options.configDirectory() + ": " + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (ConfigFileFinder.FoundFile file : files) {
            checkFile(file.path(), findings, suppressed, checked, skipped);
        }
        return result(findings, suppressed, checked, skipped);
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
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        process(loader.load(bytes, relativePath, options.charset()), findings, suppressed, checked, skipped);
        return result(findings, suppressed, checked, skipped);
    }

    private static CheckResult result(
            List<Finding> findings, List<SuppressedFinding> suppressed, List<String> checked, List<SkippedFile> skipped) {
        findings.sort(Finding.REPORT_ORDER);
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.REPORT_ORDER));
        return new CheckResult(findings, checked, skipped, suppressed);
    }

    private void checkFile(
            Path path, List<Finding> findings, List<SuppressedFinding> suppressed, List<String> checked, List<SkippedFile> skipped) {
        process(loader.load(path, reportedPath(path), options.charset()), findings, suppressed, checked, skipped);
    }

    private void process(
            LoadedFile file, List<Finding> findings, List<SuppressedFinding> suppressed, List<String> checked, List<SkippedFile> skipped) {
        List<CheckTarget> targets = new ArrayList<>();
        List<String> otherReasons = new ArrayList<>();
        SecretValues secrets = new SecretValues();
        for (LoadedDocument document : file.documents()) {
            Classification classification = classifier.classify(document.root());
            if (!classification.kind().isChecked()) {
                otherReasons.add(classification.reason());
                continue;
            }
            secrets.collect(classification.kind(), document.root().orElseThrow());
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
        List<Finding> fileFound = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckTarget target : targets) {
                rule.check(target, new RuleSink(rule, file.relativePath(), secrets, fileFound));
            }
        }
        Suppressions.Outcome outcome = fileFindings.process(file, secrets, fileFound);
        findings.addAll(outcome.active());
        suppressed.addAll(outcome.suppressed());
    }

    /** Collects one rule's findings in one file, masking secrets in every text a rule writes. */
    private record RuleSink(Rule rule, String file, SecretValues secrets, List<Finding> into) implements FindingSink {

        @Override
        public void report(Severity severity, Position position, String yamlPath, String message, String fix) {
            report(severity, position, yamlPath, message, fix, null);
        }

        @Override
        public void report(Severity severity, Position position, String yamlPath, String message, String fix, String replacement) {
            // A replacement that would need masking is no value to suggest.
            String safeReplacement = replacement == null || !secrets.mask(replacement).equals(replacement) ? null : replacement;
            into.add(new Finding(rule.info().id(), severity == null ? rule.info().defaultSeverity() : severity, file, position,
                    yamlPath, secrets.mask(message), secrets.mask(fix), safeReplacement, null));
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
