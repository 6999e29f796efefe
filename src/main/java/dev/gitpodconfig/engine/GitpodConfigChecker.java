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
import dev.gitpodconfig.model.RegistryCredentials;
import dev.gitpodconfig.model.RegistryCredentialsIndex;
import dev.gitpodconfig.model.RegistryCredentialsReader;
import dev.gitpodconfig.model.RegistryHostClassifier;
import dev.gitpodconfig.model.SecretValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine: find files, load them safely, classify every document, index the registry credentials
 * of all files, check every document with every enabled rule, and return the findings. It has no
 * Maven types, so any build tool or a CLI can drive it.
 * One instance runs one configuration; it holds no mutable state and may be used from any thread.
 */
public final class GitpodConfigChecker {

    private final CheckOptions options;
    private final List<Rule> rules;
    private final SafeYamlLoader loader;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final RegistryHostClassifier registryHosts;
    private final RegistryCredentialsReader credentialsReader;

    /**
     * Creates a checker.
     *
     * @param options the options
     * @throws InvalidOptionsException if {@code skipRules} names a rule that does not exist
     */
    public GitpodConfigChecker(CheckOptions options) throws InvalidOptionsException {
        for (String id : options.skipRules()) {
            if (Rules.byId(id).isEmpty()) {
                throw new InvalidOptionsException("Unknown rule id '" + id + "' in skipRules. Known rules: "
                        + String.join(", ", Rules.all().stream().map(r -> r.info().id()).toList()), null);
            }
        }
        this.options = options;
        this.rules = Rules.all().stream().filter(r -> !options.skipRules().contains(r.info().id())).toList();
        this.loader = new SafeYamlLoader(options.limits());
        this.registryHosts = new RegistryHostClassifier(options.gitlabRegistryHosts());
        this.credentialsReader = new RegistryCredentialsReader(loader);
    }

    /**
     * Runs the check. All files are loaded and classified first, so that the registry credentials of
     * every file are known before any rule runs: an installer config may name a Secret kept in
     * another file.
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
        List<LoadedFile> loaded = new ArrayList<>(files.size());
        for (ConfigFileFinder.FoundFile file : files) {
            loaded.add(loader.load(file.path(), reportedPath(file.path()), options.charset()));
        }
        return run(loaded);
    }

    /**
     * Checks one file's bytes, as {@link #check()} does for each file it finds. Used by tests and
     * benchmarks that have no files on disk. Registry credentials are those of this file only.
     *
     * @param relativePath the path to report
     * @param bytes the content
     * @return the result for this one file
     */
    public CheckResult checkContent(String relativePath, byte[] bytes) {
        return run(List.of(loader.load(bytes, relativePath, options.charset())));
    }

    private CheckResult run(List<LoadedFile> files) {
        List<PreparedFile> prepared = files.stream().map(this::prepare).toList();
        RegistryCredentialsIndex credentials = RegistryCredentialsIndex.of(
                prepared.stream().flatMap(p -> p.credentials().stream()).toList());
        Map<String, SecretValues> secrets = new HashMap<>();
        prepared.forEach(p -> secrets.put(p.file().relativePath(), p.secrets()));

        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PreparedFile file : prepared) {
            List<CheckTarget> targets = file.targets(registryHosts, credentials);
            if (targets.isEmpty()) {
                skipped.add(file.skipped());
                continue;
            }
            checked.add(file.file().relativePath());
            for (Rule rule : rules) {
                Sink sink = new Sink(rule, file.file().relativePath(), secrets, findings);
                for (CheckTarget target : targets) {
                    rule.check(target, sink);
                }
            }
            notes.addAll(CredentialNotes.of(file.file().relativePath(), targets, credentials, secrets));
        }
        return new CheckResult(findings.stream().distinct().sorted(Finding.REPORT_ORDER).toList(), checked, skipped, notes);
    }

    /** Classifies the documents of a loaded file and builds their typed views and registry credentials. */
    private PreparedFile prepare(LoadedFile file) {
        List<PreparedDocument> documents = new ArrayList<>();
        List<String> otherReasons = new ArrayList<>();
        List<RegistryCredentials> credentials = new ArrayList<>();
        SecretValues secrets = new SecretValues();
        for (LoadedDocument document : file.documents()) {
            Classification classification = classifier.classify(document.root());
            if (!classification.kind().isChecked()) {
                otherReasons.add(classification.reason());
                continue;
            }
            secrets.collect(classification.kind(), document.root().orElseThrow());
            documents.add(new PreparedDocument(document, classification.kind(), view(classification.kind(), document)));
            credentialsReader.read(classification.kind(), document, file.relativePath()).ifPresent(credentials::add);
        }
        return new PreparedFile(file, documents, otherReasons, secrets, credentials);
    }

    /** One checked document with its typed view. */
    private record PreparedDocument(LoadedDocument document, DocumentKind kind, Optional<GitpodConfig> config) {}

    /** A loaded file, classified, waiting for the credentials of all files before its rules run. */
    private record PreparedFile(
            LoadedFile file,
            List<PreparedDocument> documents,
            List<String> otherReasons,
            SecretValues secrets,
            List<RegistryCredentials> credentials) {

        List<CheckTarget> targets(RegistryHostClassifier registryHosts, RegistryCredentialsIndex index) {
            List<CheckTarget> targets = new ArrayList<>();
            for (PreparedDocument document : documents) {
                targets.add(new CheckTarget(file, Optional.of(document.document()), document.kind(), document.config(),
                        registryHosts, index));
            }
            if (loadFailed() && (!targets.isEmpty() || file.mentionsGitpodKeys())) {
                targets.add(new CheckTarget(file, Optional.empty(), DocumentKind.OTHER, Optional.empty(), registryHosts, index));
            }
            return targets;
        }

        SkippedFile skipped() {
            return loadFailed()
                    ? new SkippedFile(file.relativePath(), "not loadable as YAML: " + file.problems().get(0).message(), true)
                    : new SkippedFile(file.relativePath(), otherReasons.isEmpty() ? "no YAML documents" : String.join("; ", otherReasons), false);
        }

        private boolean loadFailed() {
            return !file.problems().isEmpty();
        }
    }

    /**
     * Turns a rule's reports into findings. Messages are masked with the secrets of the file the rule
     * checks and of the file the finding is placed in, which differ when a rule reports in a Secret
     * named by an installer config.
     */
    private static final class Sink implements FindingSink {
        private final Rule rule;
        private final String file;
        private final Map<String, SecretValues> secrets;
        private final List<Finding> into;

        Sink(Rule rule, String file, Map<String, SecretValues> secrets, List<Finding> into) {
            this.rule = rule;
            this.file = file;
            this.secrets = secrets;
            this.into = into;
        }

        @Override
        public void report(Severity severity, Position position, String yamlPath, String message, String fix) {
            reportIn(file, severity, position, yamlPath, message, fix);
        }

        @Override
        public void reportIn(String otherFile, Severity severity, Position position, String yamlPath, String message, String fix) {
            if (!secrets.containsKey(otherFile)) {
                throw new IllegalArgumentException("Not a checked file: " + otherFile);
            }
            into.add(new Finding(
                    rule.info().id(),
                    severity == null ? rule.info().defaultSeverity() : severity,
                    otherFile,
                    position,
                    yamlPath,
                    mask(mask(message, file), otherFile),
                    mask(mask(fix, file), otherFile)));
        }

        private String mask(String text, String ofFile) {
            return secrets.get(ofFile).mask(text);
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
