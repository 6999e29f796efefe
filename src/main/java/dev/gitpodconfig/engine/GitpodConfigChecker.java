package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.classify.Classification;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.classify.GitpodFileMarker;
import dev.gitpodconfig.filter.FilterSources;
import dev.gitpodconfig.filter.FilteredText;
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.filter.Substitution;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.SafeFileReader;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.model.CertManagerCertificate;
import dev.gitpodconfig.model.ClusterObjects;
import dev.gitpodconfig.model.ClusterObjectsReader;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerConfigReader;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.KubernetesSecret;
import dev.gitpodconfig.model.RegistryCredentials;
import dev.gitpodconfig.model.RegistryCredentialsIndex;
import dev.gitpodconfig.model.RegistryCredentialsReader;
import dev.gitpodconfig.model.RegistryHostClassifier;
import dev.gitpodconfig.model.SecretValues;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
        for (String id : new TreeSet<>(options.skipRules())) {
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
        List<Rule> enabled = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (!disabledRules.contains(rule.info().id())) {
                enabled.add(rule);
            }
        }
        this.rules = List.copyOf(enabled);
        this.loader = new SafeYamlLoader(options.limits(), GitpodFileMarker.INSTANCE, SecretValues.PATHS);
        this.registryHosts = new RegistryHostClassifier(options.gitlabRegistryHosts());
        this.credentialsReader = new RegistryCredentialsReader(loader);
        this.fileFindings = new FileFindings(
                new Suppressions(
                        options.policy().nonSuppressibleRules(),
                        disabledRules,
                        options.policy().clock()),
                severities,
                disabledRules);
    }

    /**
     * Fails for a rule id that is not in the catalogue, suggesting the nearest one.
     *
     * @param id the id
     * @param parameter the parameter that names it, for the message
     * @throws InvalidOptionsException if the rule does not exist
     */
    static void requireKnownRule(String id, String parameter) throws InvalidOptionsException {
        if (Rules.byId(id).isEmpty()) {
            String nearest =
                    Rules.nearestId(id).map(n -> " Did you mean '" + n + "'?").orElse("");
            throw new InvalidOptionsException(
                    "Unknown rule id '" + id + "' in " + parameter + "." + nearest + " Known rules: "
                            + String.join(", ", Rules.ids()),
                    null);
        }
    }

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
     * Runs the check in two passes. Registry credentials and the other Secrets (and Certificates) can sit in
     * any file, and an installer config may name a Secret kept in another one, so pass 1 collects them from
     * every file before any rule runs. It parses only the files whose bytes can hold them (a cheap byte
     * search) and keeps them for pass 2; every other file is parsed once, in pass 2, and dropped after its
     * rules ran, so memory stays bounded by the files pass 1 parsed plus one file.
     *
     * @return the result
     * @throws InvalidOptionsException if the config directory cannot be read
     */
    public CheckResult check() throws InvalidOptionsException {
        return check(findFiles(options));
    }

    /**
     * Finds the files a check with these options reads, sorted by relative path: the first step of
     * {@link #check()}, on its own so that a caller can look them up in a cache before any rule loads.
     *
     * @param options the options
     * @return the files
     * @throws InvalidOptionsException if the config directory cannot be read
     */
    public static List<ConfigFileFinder.FoundFile> findFiles(CheckOptions options) throws InvalidOptionsException {
        try {
            List<String> excludes = new ArrayList<>(ConfigFileFinder.DEFAULT_EXCLUDES);
            excludes.addAll(options.excludes());
            return new ConfigFileFinder(options.includes(), excludes).find(options.configDirectory());
        } catch (IOException e) {
            throw new InvalidOptionsException(
                    "Cannot read the config directory " + options.configDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks files found by {@link #findFiles(CheckOptions)} with the same options, in the two passes
     * {@link #check()} describes.
     *
     * @param files the files
     * @return the result
     */
    public CheckResult check(List<ConfigFileFinder.FoundFile> files) {
        return check(files, Map.of());
    }

    /**
     * Checks files as {@link #check(List)} does, taking the bytes of those already read as they are.
     *
     * @param files the files
     * @param read the bytes of some of them by path, as {@link #filteringUsedBy} read them (through the same
     *     confined reader, with the same limit), so that a filtered file is not read twice
     * @return the result
     */
    public CheckResult check(List<ConfigFileFinder.FoundFile> files, Map<Path, byte[]> read) {
        try (SafeFileReader reader = reader()) {
            return check(files, read, reader);
        }
    }

    /** A reader confined to the config directory; without one (it vanished after the walk), reads are still safe. */
    private SafeFileReader reader() {
        try {
            return new SafeFileReader(
                    options.configDirectory(), options.limits().maxFileBytes());
        } catch (IOException e) {
            try {
                return new SafeFileReader(null, options.limits().maxFileBytes());
            } catch (IOException never) {
                throw new IllegalStateException(never);
            }
        }
    }

    private CheckResult check(
            List<ConfigFileFinder.FoundFile> files, Map<Path, byte[]> readBefore, SafeFileReader reader) {
        Map<Path, PreparedFile> credentialFiles = new HashMap<>();
        Map<Path, byte[]> readAlready = new HashMap<>();
        long kept = 0;
        for (ConfigFileFinder.FoundFile file : files) {
            if (file.notRead() != null) {
                continue;
            }
            byte[] bytes = readBefore.get(file.path());
            try {
                bytes = bytes != null ? bytes : reader.read(file.path());
            } catch (IOException e) {
                continue; // pass 2 loads it again and reports why it cannot be read
            }
            if (RegistryCredentialsReader.mayHoldCredentials(bytes, options.charset())
                    || ClusterObjectsReader.mayHoldObjects(bytes, options.charset())) {
                credentialFiles.put(file.path(), load(file.path(), bytes));
            } else if (kept + bytes.length <= BYTES_KEPT_BETWEEN_PASSES) {
                // Pass 2 needs these bytes again: keep them rather than read the file twice, up to a budget that
                // bounds memory on a project with thousands of large YAML files.
                readAlready.put(file.path(), bytes);
                kept += bytes.length;
            }
        }
        Run run = new Run(credentialFiles.values());
        for (ConfigFileFinder.FoundFile file : files) {
            String path = reportedPath(file.path());
            if (file.notRead() != null) {
                run.skipped.add(new SkippedFile(
                        path, file.reason(), true, file.notRead() == ConfigFileFinder.NotRead.UNREADABLE));
                continue;
            }
            PreparedFile prepared = credentialFiles.remove(file.path());
            if (prepared == null) {
                byte[] bytes = readAlready.remove(file.path());
                if (bytes == null) {
                    // Not kept from pass 1: read now, through the same confined reader.
                    try {
                        bytes = reader.read(file.path());
                    } catch (SafeFileReader.Refused e) {
                        run.skipped.add(new SkippedFile(path, e.getMessage(), SkippedFile.Cause.UNREADABLE));
                        continue;
                    } catch (IOException e) {
                        run.skipped.add(new SkippedFile(
                                path, SafeYamlLoader.unreadableReason(e), SkippedFile.Cause.UNREADABLE));
                        continue;
                    }
                }
                // Filtered first when Maven filters the file, as it will copy it.
                prepared = load(file.path(), bytes);
            }
            run.check(prepared);
        }
        return run.result();
    }

    /**
     * Loads and prepares one file; a file Maven filters is filtered first, as Maven will copy it.
     *
     * @param path the file
     * @param bytes its bytes
     */
    private PreparedFile load(Path path, byte[] bytes) {
        String reported = reportedPath(path);
        ResourceFiltering filtering = options.filtering();
        if (filtering == null || !filtering.filters(path)) {
            return prepare(loader.load(bytes, reported, options.charset()), List.of());
        }
        String text = loader.decode(bytes, options.charset());
        FilteredText filtered = text == null ? null : filtering.filter(text);
        if (filtered == null || !filtered.changed()) {
            return prepare(loader.load(bytes, reported, options.charset()), List.of());
        }
        return prepare(FilteredLoad.load(loader, reported, text, filtered), filtered.substitutions());
    }

    /**
     * Every value Maven resource filtering may give the found files: null, without reading anything, when no found
     * file is in a filtered resource directory. Reads the filter files, not the found files: a reused result needs
     * only the values its files read ({@link ResourceFiltering#restrictTo}), a new check {@link #filteringUsedBy}.
     *
     * @param sources what the build tool knows about its filtering, or null
     * @param options the options
     * @param files the found files
     * @param notes receives debug sentences (a filter file that cannot be read)
     * @return all the values, or null
     */
    public static ResourceFiltering filterValues(
            FilterSources sources, CheckOptions options, List<ConfigFileFinder.FoundFile> files, List<String> notes) {
        if (sources == null || !sources.hasDirectories()) {
            return null;
        }
        for (ConfigFileFinder.FoundFile file : files) {
            if (sources.filters(file.path())) {
                return sources.build(options.baseDirectory(), notes);
            }
        }
        return null;
    }

    /**
     * The values the filtered files among the found ones use, read from their text as Maven will filter it.
     *
     * @param values every value ({@link #filterValues})
     * @param options the options
     * @param files the found files
     * @param read receives the bytes of the filtered files by path, for {@link #check(List, Map)}
     * @return the values these files read, and those they read that nothing defines
     */
    public static ResourceFiltering filteringUsedBy(
            ResourceFiltering values,
            CheckOptions options,
            List<ConfigFileFinder.FoundFile> files,
            Map<Path, byte[]> read) {
        List<String> texts = new ArrayList<>();
        // Read through the reader the check uses, confined to the config directory.
        try (SafeFileReader reader =
                new SafeFileReader(options.configDirectory(), options.limits().maxFileBytes())) {
            for (ConfigFileFinder.FoundFile file : files) {
                if (file.notRead() != null || !values.filters(file.path())) {
                    continue;
                }
                try {
                    byte[] bytes = reader.read(file.path());
                    read.put(file.path(), bytes);
                    String text = SafeYamlLoader.decode(bytes, options.charset(), options.limits());
                    if (text != null) {
                        texts.add(text);
                    }
                } catch (IOException e) {
                    // The check reads it again and reports why it cannot be read.
                }
            }
        } catch (IOException e) {
            // The config directory vanished after the walk: the check reports the files; nothing is filtered.
        }
        return values.onlyFor(texts);
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
        PreparedFile file = prepare(loader.load(bytes, relativePath, options.charset()), List.of());
        Run run = new Run(List.of(file));
        run.check(file);
        return run.result();
    }

    /** One run over prepared files, with the registry credentials of all of them; collects the result. */
    private final class Run {
        private final RegistryCredentialsIndex credentials;
        private final ClusterObjects objects;
        private final Map<String, SecretValues> credentialFileSecrets = new HashMap<>();
        /** What resource filtering replaced, by file, for the files where it replaced anything. */
        private final Map<String, List<Substitution>> substitutions = new HashMap<>();
        /** Findings by the file they are placed in, until that file's suppressions are applied. */
        private final Map<String, List<Finding>> pending = new HashMap<>();

        private final Map<String, LoadedFile> credentialFiles = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<SuppressedFinding> suppressed = new ArrayList<>();
        private final List<String> checked = new ArrayList<>();
        private final List<SkippedFile> skipped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<OmittedFindings> omitted = new ArrayList<>();

        Run(Collection<PreparedFile> credentialFiles) {
            List<RegistryCredentials> all = new ArrayList<>();
            List<KubernetesSecret> secretObjects = new ArrayList<>();
            List<CertManagerCertificate> certificates = new ArrayList<>();
            for (PreparedFile file : credentialFiles) {
                all.addAll(file.credentials());
                secretObjects.addAll(file.secretObjects());
                certificates.addAll(file.certificates());
                if (!file.substitutions().isEmpty()) {
                    substitutions.put(file.file().relativePath(), file.substitutions());
                }
                // Only registry credentials receive findings from other files' rules; a file read in pass 1 for
                // its Secrets alone is done with once its own rules ran.
                if (!file.credentials().isEmpty()) {
                    credentialFileSecrets.put(file.file().relativePath(), file.secrets());
                    this.credentialFiles.put(file.file().relativePath(), file.file());
                }
            }
            this.credentials = RegistryCredentialsIndex.of(all);
            this.objects = ClusterObjects.of(secretObjects, certificates);
        }

        void check(PreparedFile file) {
            List<CheckTarget> targets = file.targets(
                    registryHosts, credentials, objects, options.policy().clock());
            if (targets.isEmpty()) {
                skipped.add(file.skipped());
                return;
            }
            String path = file.file().relativePath();
            checked.add(path);
            if (!file.substitutions().isEmpty()) {
                substitutions.put(path, file.substitutions());
            }
            for (Rule rule : rules) {
                Sink sink = new Sink(rule, path, file.secrets(), credentialFileSecrets, substitutions, pending);
                for (CheckTarget target : targets) {
                    rule.check(target, sink);
                }
            }
            if (options.collectNotes()) {
                notes.addAll(CredentialNotes.of(path, targets, credentials, file.secrets()));
            }
            // A file with credentials can still receive findings from configs checked later (a wrong auths
            // key); its suppressions are applied once, at the end of the run.
            if (!credentialFiles.containsKey(path)) {
                applySuppressions(file.file(), file.secrets());
            }
        }

        private void applySuppressions(LoadedFile file, SecretValues secrets) {
            List<Finding> found = pending.remove(file.relativePath());
            Suppressions.Outcome outcome = fileFindings.process(
                    file, secrets, found == null ? List.of() : List.copyOf(new LinkedHashSet<>(found)));
            List<Finding> active = new ArrayList<>(outcome.active());
            active.sort(Finding.REPORT_ORDER);
            int limit = options.limits().maxFindingsPerFile();
            if (active.size() > limit) {
                // Thousands of findings in one file (a hostile or generated file) would flood the log and the
                // reports; the first ones are listed and the rest counted.
                List<Finding> rest = active.subList(limit, active.size());
                omitted.add(new OmittedFindings(
                        file.relativePath(),
                        countOf(rest, Severity.ERROR),
                        countOf(rest, Severity.WARNING),
                        countOf(rest, Severity.INFO)));
                active = active.subList(0, limit);
            }
            findings.addAll(active);
            suppressed.addAll(outcome.suppressed());
        }

        private static long countOf(List<Finding> list, Severity severity) {
            long count = 0;
            for (Finding finding : list) {
                if (finding.severity() == severity) {
                    count++;
                }
            }
            return count;
        }

        CheckResult result() {
            for (Map.Entry<String, LoadedFile> file : credentialFiles.entrySet()) {
                if (checked.contains(file.getKey())) {
                    applySuppressions(file.getValue(), credentialFileSecrets.get(file.getKey()));
                }
            }
            findings.sort(Finding.REPORT_ORDER);
            suppressed.sort(SuppressedFinding.REPORT_ORDER);
            return new CheckResult(findings, checked, skipped, suppressed, notes, omitted);
        }
    }

    /** Classifies the documents of a loaded file and builds their typed views and registry credentials. */
    private PreparedFile prepare(LoadedFile file, List<Substitution> substitutions) {
        List<PreparedDocument> documents = new ArrayList<>();
        List<String> otherReasons = new ArrayList<>();
        boolean unknownKind = false;
        List<RegistryCredentials> credentials = new ArrayList<>();
        List<KubernetesSecret> secretObjects = new ArrayList<>();
        List<CertManagerCertificate> certificates = new ArrayList<>();
        SecretValues secrets = new SecretValues();
        secrets.addBrokenDocument(file.brokenDocumentSecrets());
        if (!substitutions.isEmpty()) {
            // A value from a property named like a credential is masked wherever it lands in the file.
            for (String secret : options.filtering().secretValues()) {
                secrets.addValue(secret);
            }
        }
        for (LoadedDocument document : file.documents()) {
            // Secrets of every type, and Certificates, are data for the rules whatever their classification.
            Optional<KubernetesSecret> secretObject =
                    ClusterObjectsReader.secret(document.root(), file.relativePath(), document.index());
            if (secretObject.isPresent()) {
                secretObjects.add(secretObject.get());
            } else {
                Optional<CertManagerCertificate> certificate =
                        ClusterObjectsReader.certificate(document.root(), file.relativePath(), document.index());
                if (certificate.isPresent()) {
                    certificates.add(certificate.get());
                }
            }
            Classification classification = classifier.classify(document.root());
            if (!classification.kind().isChecked()) {
                otherReasons.add(classification.reason());
                unknownKind |= classification.unknownKind();
                continue;
            }
            secrets.add(classification.kind(), document.root().orElseThrow());
            documents.add(new PreparedDocument(document, classification.kind(), view(classification.kind(), document)));
            Optional<RegistryCredentials> read =
                    credentialsReader.read(classification.kind(), document, file.relativePath());
            if (read.isPresent()) {
                credentials.add(read.get());
            }
        }
        return new PreparedFile(
                file,
                documents,
                otherReasons,
                unknownKind,
                secrets,
                credentials,
                secretObjects,
                certificates,
                substitutions);
    }

    /** One checked document with its typed view. */
    private record PreparedDocument(LoadedDocument document, DocumentKind kind, Optional<GitpodConfig> config) {}

    /**
     * A loaded file, classified, with the typed views, registry credentials, Secrets and Certificates of its
     * documents.
     */
    private record PreparedFile(
            LoadedFile file,
            List<PreparedDocument> documents,
            List<String> otherReasons,
            boolean unknownKind,
            SecretValues secrets,
            List<RegistryCredentials> credentials,
            List<KubernetesSecret> secretObjects,
            List<CertManagerCertificate> certificates,
            List<Substitution> substitutions) {

        List<CheckTarget> targets(
                RegistryHostClassifier registryHosts,
                RegistryCredentialsIndex index,
                ClusterObjects objects,
                Clock clock) {
            List<CheckTarget> targets = new ArrayList<>();
            for (PreparedDocument document : documents) {
                targets.add(new CheckTarget(
                        file,
                        Optional.of(document.document()),
                        document.kind(),
                        document.config(),
                        registryHosts,
                        index,
                        objects,
                        clock));
            }
            if (loadFailed() && (!targets.isEmpty() || file.marked())) {
                targets.add(new CheckTarget(
                        file,
                        Optional.empty(),
                        DocumentKind.OTHER,
                        Optional.empty(),
                        registryHosts,
                        index,
                        objects,
                        clock));
            }
            return targets;
        }

        SkippedFile skipped() {
            if (loadFailed()) {
                return new SkippedFile(
                        file.relativePath(),
                        secrets.mask("not loadable as YAML: "
                                + file.problems().get(0).message()),
                        SkippedFile.Cause.NOT_YAML);
            }
            return new SkippedFile(
                    file.relativePath(),
                    otherReasons.isEmpty() ? "no YAML documents" : String.join("; ", otherReasons),
                    unknownKind ? SkippedFile.Cause.UNKNOWN_KIND : SkippedFile.Cause.NOT_GITPOD);
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
        private final SecretValues fileSecrets;
        private final Map<String, SecretValues> credentialFileSecrets;
        private final Map<String, List<Substitution>> substitutions;
        private final Map<String, List<Finding>> into;

        Sink(
                Rule rule,
                String file,
                SecretValues fileSecrets,
                Map<String, SecretValues> credentialFileSecrets,
                Map<String, List<Substitution>> substitutions,
                Map<String, List<Finding>> into) {
            this.rule = rule;
            this.file = file;
            this.fileSecrets = fileSecrets;
            this.credentialFileSecrets = credentialFileSecrets;
            this.substitutions = substitutions;
            this.into = into;
        }

        @Override
        public RuleInfo rule() {
            return rule.info();
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public void report(Finding finding) {
            add(
                    finding.file(),
                    finding.severity(),
                    finding.position(),
                    finding.yamlPath(),
                    finding.message(),
                    finding.fix(),
                    finding.replacement(),
                    finding.installerRejects());
        }

        private void add(
                String target,
                Severity severity,
                Position position,
                String yamlPath,
                String message,
                String fix,
                String replacement,
                boolean installerRejects) {
            SecretValues otherSecrets = target.equals(file) ? fileSecrets : credentialFileSecrets.get(target);
            String substituted = filtered(substitutions.get(target), position);
            if (otherSecrets == null) {
                throw new IllegalArgumentException(
                        "Findings can only be placed in the checked file or in a file with registry "
                                + "credentials, not in " + target);
            }
            // A replacement that would need masking is no value to suggest.
            String safeReplacement = replacement == null
                            || !fileSecrets.mask(otherSecrets.mask(replacement)).equals(replacement)
                    ? null
                    : replacement;
            List<Finding> placed = into.get(target);
            if (placed == null) {
                placed = new ArrayList<>();
                into.put(target, placed);
            }
            placed.add(new Finding(
                    rule.info().id(),
                    severity,
                    target,
                    position,
                    otherSecrets.mask(fileSecrets.mask(yamlPath)),
                    shortened(otherSecrets.mask(fileSecrets.mask(message + substituted))),
                    shortened(otherSecrets.mask(fileSecrets.mask(fix))),
                    safeReplacement,
                    null,
                    installerRejects));
        }
    }

    /** Most substitutions a finding names: a finding on a whole mapping could otherwise list dozens. */
    private static final int MAX_SUBSTITUTIONS_NAMED = 3;

    /**
     * What the finding's value is made of when resource filtering replaced something there: the expressions within
     * its range (or, for a point, on its line), their values and where each comes from. Empty for other findings.
     */
    private static String filtered(List<Substitution> substitutions, Position position) {
        if (substitutions == null) {
            return "";
        }
        List<String> named = new ArrayList<>();
        boolean point = position.line() == position.endLine() && position.column() == position.endColumn();
        for (Substitution substitution : substitutions) {
            Position at = substitution.position();
            boolean within = point
                    ? at.line() == position.line()
                    : !before(at.endLine(), at.endColumn(), position.line(), position.column())
                            && !before(position.endLine(), position.endColumn(), at.line(), at.column());
            if (within && named.size() < MAX_SUBSTITUTIONS_NAMED) {
                named.add(substitution.describe());
            }
        }
        return named.isEmpty() ? "" : " Maven resource filtering: " + String.join("; ", named) + ".";
    }

    /** Whether a line and column lie before (or at) another: ranges are end-exclusive. */
    private static boolean before(int line, int column, int otherLine, int otherColumn) {
        return line < otherLine || (line == otherLine && column <= otherColumn);
    }

    /** How many bytes pass 1 keeps for pass 2, so that most projects read each file once. */
    private static final long BYTES_KEPT_BETWEEN_PASSES = 64L * 1024 * 1024;

    /** Longest run of non-blank characters a message quotes in full. */
    private static final int LONGEST_WORD = 200;

    /**
     * Shortens every very long word of a message (a value quoted by a rule) to its start and an
     * ellipsis, so that an 8 MB scalar never turns into an 8 MB log line. Ordinary messages are returned
     * as they are.
     */
    static String shortened(String text) {
        if (text.length() <= LONGEST_WORD) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4 * 1024));
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                int length = i - wordStart;
                out.append(text, wordStart, wordStart + Math.min(length, LONGEST_WORD));
                if (length > LONGEST_WORD) {
                    out.append("… (").append(length).append(" characters)");
                }
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static Optional<GitpodConfig> view(DocumentKind kind, LoadedDocument document) {
        YamlMapping root = (YamlMapping) document.root().orElseThrow();
        return switch (kind) {
            case INSTALLER_CONFIG -> Optional.of(new InstallerConfigReader().read(root, ""));
            case INSTALLATION_CR -> {
                Optional<YamlMapping> config = root.mappingAt("spec", "config");
                yield config.isPresent()
                        ? Optional.of(new InstallerConfigReader().read(config.get(), "spec.config"))
                        : Optional.empty();
            }
            case KOTS_CONFIG_VALUES -> Optional.of(new KotsConfigReader().read(root));
            default -> Optional.empty();
        };
    }

    private String reportedPath(Path file) {
        return reportedPath(options.baseDirectory(), file);
    }

    /**
     * A file's path as findings, the console and reports show it: relative to a directory when the file is in it,
     * else absolute; with {@code /} on every platform. The one place such a path is computed.
     *
     * @param directory the directory, usually the project's base directory
     * @param file the file
     * @return the path to show
     */
    public static String reportedPath(Path directory, Path file) {
        String relative = pathIn(directory, file);
        return relative != null
                ? relative
                : file.toAbsolutePath().normalize().toString().replace(File.separatorChar, '/');
    }

    /**
     * A file's path relative to a directory, with {@code /} on every platform.
     *
     * @param directory the directory
     * @param file the file
     * @return the relative path, or null when the file is not in the directory
     */
    public static String pathIn(Path directory, Path file) {
        Path base = directory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? ConfigFileFinder.slashSeparated(base.relativize(absolute)) : null;
    }
}
