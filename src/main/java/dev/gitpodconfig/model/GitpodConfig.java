package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlPaths;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The typed, position-keeping view of one Gitpod configuration, in either format. Rules read this,
 * never raw YAML maps: defaults and KOTS {@code when} conditions are already applied, and every value
 * carries its YAML path and position.
 */
public final class GitpodConfig {

    /** The formats a configuration comes in. */
    public enum Format {
        /** The installer's config file (possibly inside an Installation resource). */
        INSTALLER,
        /** KOTS ConfigValues. */
        KOTS
    }

    private final Format format;
    private final YamlMapping root;
    private final String rootPath;
    private final ContainerRegistry registry;
    private final ObjectStorage storage;
    private final Optional<ConfigValue> repository;
    private final List<IgnoredSetting> ignoredSettings;
    private final Database database;
    private final Optional<ConfigValue> domain;
    private final Optional<ConfigValue> certificateName;
    private final List<InstallerDecoder.Problem> installerProblems;

    GitpodConfig(
            Format format,
            YamlMapping root,
            String rootPath,
            ContainerRegistry registry,
            ObjectStorage storage,
            Optional<ConfigValue> repository,
            List<IgnoredSetting> ignoredSettings,
            List<InstallerDecoder.Problem> installerProblems) {
        this.installerProblems = installerProblems;
        this.format = format;
        this.root = root;
        this.rootPath = rootPath;
        this.registry = registry;
        this.storage = storage;
        this.repository = repository;
        this.ignoredSettings = List.copyOf(ignoredSettings);
        this.database = new Database(
                Database.Kind.IN_CLUSTER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ConfigValue.of(rootPath, root));
        this.domain = Optional.empty();
        this.certificateName = Optional.empty();
    }

    private GitpodConfig(
            GitpodConfig config,
            Database database,
            Optional<ConfigValue> domain,
            Optional<ConfigValue> certificateName) {
        this.format = config.format;
        this.root = config.root;
        this.rootPath = config.rootPath;
        this.registry = config.registry;
        this.storage = config.storage;
        this.repository = config.repository;
        this.ignoredSettings = config.ignoredSettings;
        this.installerProblems = config.installerProblems;
        this.database = database;
        this.domain = domain;
        this.certificateName = certificateName;
    }

    /**
     * This view with the database and the TLS certificate's settings; kept apart from the constructor so that
     * the readers of the registry and storage need not change for them.
     */
    GitpodConfig with(Database database, Optional<ConfigValue> domain, Optional<ConfigValue> certificateName) {
        return new GitpodConfig(this, database, domain, certificateName);
    }

    /**
     * What Gitpod's 2022.11.3 installer rejects in an installer config, each with the node to report at (see
     * {@link InstallerDecoder}); empty for KOTS. Paths are relative to {@link #rootPath()}.
     *
     * @return the problems
     */
    public List<InstallerDecoder.Problem> installerProblems() {
        return installerProblems;
    }

    public Format format() {
        return format;
    }

    /**
     * The mapping the configuration lives in: the document for installer configs, {@code spec.config}
     * of an Installation resource, {@code spec.values} of KOTS ConfigValues.
     *
     * @return the root mapping
     */
    public YamlMapping root() {
        return root;
    }

    /**
     * The YAML path of {@link #root()}: empty, {@code spec.config} or {@code spec.values}.
     *
     * @return the path
     */
    public String rootPath() {
        return rootPath;
    }

    /**
     * The path of a key under the root.
     *
     * @param relative a path relative to the root
     * @return the full YAML path
     */
    public String pathOf(String relative) {
        return rootPath.isEmpty() ? relative : rootPath + "." + relative;
    }

    /**
     * The keys of {@link #root()}, as the file writes them: the installer's top-level keys, or the KOTS
     * items. Rules about keys walk down from here with {@link ConfigKey#keys()}.
     *
     * @return the keys in document order
     */
    public List<ConfigKey> keys() {
        return ConfigKey.of(root, rootPath);
    }

    public ContainerRegistry registry() {
        return registry;
    }

    public ObjectStorage storage() {
        return storage;
    }

    public Database database() {
        return database;
    }

    /**
     * Installer {@code domain}: Gitpod is served at this name, {@code *.domain} and {@code *.ws.domain}.
     *
     * @return the domain, empty when the file sets none (and for KOTS ConfigValues, not read yet)
     */
    public Optional<ConfigValue> domain() {
        return domain;
    }

    /**
     * Installer {@code certificate.name}: the {@code kubernetes.io/tls} Secret that Gitpod's proxy serves,
     * defaulted to {@code https-certificates} as the installer does.
     *
     * @return the name, empty for KOTS ConfigValues (KOTS makes that Secret itself)
     */
    public Optional<ConfigValue> certificateName() {
        return certificateName;
    }

    /**
     * Installer {@code repository}: where Gitpod pulls its own component images from. Never the
     * workspace registry.
     *
     * @return the repository
     */
    public Optional<ConfigValue> repository() {
        return repository;
    }

    /**
     * Installer {@code kind}: which components the installer deploys. Empty when the file leaves it out (the
     * installer then deploys {@code Full}) and for KOTS, which has no such setting.
     *
     * @return the kind as written, possibly null or not a scalar
     */
    public Optional<ConfigValue> kind() {
        Optional<YamlNode> node = format == Format.INSTALLER ? root.get("kind") : Optional.empty();
        return node.isPresent() ? Optional.of(ConfigValue.of(pathOf("kind"), node.get())) : Optional.empty();
    }

    /**
     * Settings present in the file that the installer or KOTS will not use.
     *
     * @return the ignored settings
     */
    public List<IgnoredSetting> ignoredSettings() {
        return ignoredSettings;
    }

    /**
     * Every scalar value of the configuration, and every {@code [[ .X ]]} template, with its path. A
     * collection reached through several aliases is visited once.
     *
     * @return the values in document order
     */
    public List<ConfigValue> allValues() {
        return values(node -> true);
    }

    /**
     * The scalar values (and {@code [[ .X ]]} templates) that pass a filter, with their paths. Paths are
     * built only for the values returned, so a selective filter over a large document stays cheap.
     *
     * @param filter which scalar or template nodes to return
     * @return the matching values in document order
     */
    public List<ConfigValue> values(Predicate<YamlNode> filter) {
        List<ConfigValue> values = new ArrayList<>();
        collect(root, new ArrayList<>(), filter, values, Collections.newSetFromMap(new IdentityHashMap<>()));
        return values;
    }

    private void collect(
            YamlNode node,
            List<Object> segments,
            Predicate<YamlNode> filter,
            List<ConfigValue> into,
            Set<YamlNode> seen) {
        if (node instanceof YamlScalar || Placeholders.templateExpression(node).isPresent()) {
            if (filter.test(node)) {
                into.add(ConfigValue.of(path(segments), node));
            }
            return;
        }
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                segments.add(entry.key().value());
                collect(entry.value(), segments, filter, into, seen);
                segments.remove(segments.size() - 1);
            }
        } else if (node instanceof YamlSequence sequence) {
            int i = 0;
            for (YamlNode item : sequence.items()) {
                segments.add(i++);
                collect(item, segments, filter, into, seen);
                segments.remove(segments.size() - 1);
            }
        }
    }

    /** The path of the keys (String) and list indices (Integer) from the root: built only for a value returned. */
    private String path(List<Object> segments) {
        StringBuilder text = new StringBuilder(rootPath);
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
                continue;
            }
            String key = YamlPaths.key((String) segment);
            if (text.length() > 0 && !key.startsWith("[")) {
                text.append('.');
            }
            text.append(key);
        }
        return text.toString();
    }
}
