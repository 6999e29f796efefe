package dev.gitpodconfig.engine;

import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.load.LoadLimits;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a check run needs to know. Build with {@link #builder(Path)}; the defaults are those of
 * the product's defaults: every YAML file under the base directory, {@code target/} and SCM folders excluded, UTF-8.
 *
 * <p>Every component, nested records included, is part of the result cache's key ({@link #keyMaterial()}), so
 * an option added here can never be left out of it; for the same reason no component may ever hold a secret.
 *
 * @param baseDirectory the directory reported paths are relative to: the project directory, or in a multi-module
 *     build the top of the build
 * @param configDirectory the directory to scan
 * @param includes Ant-style include patterns, relative to {@code configDirectory}
 * @param excludes Ant-style exclude patterns, relative to {@code configDirectory}
 * @param charset the encoding of files without a byte-order mark
 * @param skipRules ids of rules not to run
 * @param gitlabRegistryHosts extra hosts ({@code host} or {@code host:port}) that are GitLab registries
 * @param limits the loading limits
 * @param policy severity changes, unsuppressible rules and the clock for suppression dates
 * @param collectNotes whether to collect {@link CheckResult#notes()}, the debug notes about registry
 *     credentials that could not be checked; the Maven goal asks for them only at debug level, because
 *     each note is masked for secrets, which costs a walk over its file
 * @param filtering how Maven filters the files it copies as resources, reduced to what the found files use; null
 *     when none is filtered; its secret values never reach the key
 */
public record CheckOptions(
        Path baseDirectory,
        Path configDirectory,
        List<String> includes,
        List<String> excludes,
        Charset charset,
        Set<String> skipRules,
        List<String> gitlabRegistryHosts,
        LoadLimits limits,
        FindingPolicy policy,
        boolean collectNotes,
        ResourceFiltering filtering) {

    /** The default includes. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    /**
     * Creates options; the collections are copied.
     *
     * @param baseDirectory base directory
     * @param configDirectory directory to scan
     * @param includes include patterns
     * @param excludes exclude patterns
     * @param charset default encoding
     * @param skipRules rules not to run
     * @param gitlabRegistryHosts extra GitLab hosts
     * @param limits loading limits
     * @param policy how findings are treated after the rules ran
     * @param collectNotes whether to collect the debug notes
     * @param filtering resource filtering
     */
    public CheckOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        skipRules = Set.copyOf(skipRules);
        gitlabRegistryHosts = List.copyOf(gitlabRegistryHosts);
    }

    /**
     * Creates options with the default {@link FindingPolicy}, collecting notes.
     *
     * @param baseDirectory base directory
     * @param configDirectory directory to scan
     * @param includes include patterns
     * @param excludes exclude patterns
     * @param charset default encoding
     * @param skipRules rules not to run
     * @param gitlabRegistryHosts extra GitLab hosts
     * @param limits loading limits
     */
    public CheckOptions(
            Path baseDirectory,
            Path configDirectory,
            List<String> includes,
            List<String> excludes,
            Charset charset,
            Set<String> skipRules,
            List<String> gitlabRegistryHosts,
            LoadLimits limits) {
        this(
                baseDirectory,
                configDirectory,
                includes,
                excludes,
                charset,
                skipRules,
                gitlabRegistryHosts,
                limits,
                FindingPolicy.DEFAULT,
                true,
                null);
    }

    /**
     * Every option as text, for the key of the result cache: one {@code name value} line per record component,
     * found by reflection over this record and the records it holds ({@code limits.maxFileBytes …}), so that a new
     * option changes the key without anyone listing it. Paths are made absolute, sets and maps sorted (their order
     * does not change a result), and the clock is reduced to today's date, which is all a check reads of it
     * (suppressions expire by date).
     *
     * @return the key material
     * @throws IllegalStateException for a component of a type that has no key text yet: a new option of a new type
     *     must say how it is compared
     */
    public String keyMaterial() {
        StringBuilder key = new StringBuilder(512);
        appendComponents(key, "", this);
        return key.toString();
    }

    private static void appendComponents(StringBuilder key, String prefix, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = prefix + component.getName();
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the option " + name, e);
            }
            if (value instanceof Record nested) {
                appendComponents(key, name + ".", nested);
            } else {
                key.append(name).append(' ').append(keyText(name, value)).append('\n');
            }
        }
    }

    private static String keyText(String name, Object value) {
        if (value == null
                || value instanceof String
                || value instanceof List<?>
                || value instanceof Boolean
                || value instanceof Number) {
            return String.valueOf(value);
        } else if (value instanceof Path path) {
            return path.toAbsolutePath().normalize().toString();
        } else if (value instanceof Set<?> set) {
            return new TreeSet<>(set).toString();
        } else if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        } else if (value instanceof Charset charset) {
            return charset.name();
        } else if (value instanceof Clock clock) {
            return LocalDate.now(clock).toString();
        }
        throw new IllegalStateException("The option " + name + " has no key text for its type "
                + value.getClass().getName());
    }

    /**
     * Starts options with the defaults.
     *
     * @param baseDirectory the project directory, also the directory scanned unless changed
     * @return a builder
     */
    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Builds {@link CheckOptions}. */
    public static final class Builder {
        private final Path baseDirectory;
        private Path configDirectory;
        private List<String> includes = DEFAULT_INCLUDES;
        private List<String> excludes = List.of();
        private Charset charset = StandardCharsets.UTF_8;
        private Set<String> skipRules = Set.of();
        private List<String> gitlabRegistryHosts = List.of();
        private LoadLimits limits = LoadLimits.DEFAULTS;
        private FindingPolicy policy = FindingPolicy.DEFAULT;
        private boolean collectNotes = true;
        /** Null, not {@link ResourceFiltering#NONE}: a build without filtered resources never loads the class. */
        private ResourceFiltering filtering;

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
            this.configDirectory = baseDirectory;
        }

        /**
         * Sets the directory to scan.
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder configDirectory(Path directory) {
            this.configDirectory = directory;
            return this;
        }

        /**
         * Sets the include patterns (empty keeps the defaults).
         *
         * @param patterns the patterns
         * @return this builder
         */
        public Builder includes(List<String> patterns) {
            this.includes = patterns.isEmpty() ? DEFAULT_INCLUDES : patterns;
            return this;
        }

        /**
         * Sets extra exclude patterns (the default excludes always apply).
         *
         * @param patterns the patterns
         * @return this builder
         */
        public Builder excludes(List<String> patterns) {
            this.excludes = patterns;
            return this;
        }

        /**
         * Sets the default encoding.
         *
         * @param value the charset
         * @return this builder
         */
        public Builder charset(Charset value) {
            this.charset = value;
            return this;
        }

        /**
         * Sets the rules not to run.
         *
         * @param ruleIds rule ids
         * @return this builder
         */
        public Builder skipRules(Set<String> ruleIds) {
            this.skipRules = ruleIds;
            return this;
        }

        /**
         * Sets extra GitLab registry hosts.
         *
         * @param hosts the hosts
         * @return this builder
         */
        public Builder gitlabRegistryHosts(List<String> hosts) {
            this.gitlabRegistryHosts = hosts;
            return this;
        }

        /**
         * Sets the loading limits.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(LoadLimits value) {
            this.limits = value;
            return this;
        }

        /**
         * Sets severity changes: rule id to {@code error}, {@code warning}, {@code info} or {@code off}.
         *
         * @param severities the changes
         * @return this builder
         */
        public Builder severities(Map<String, String> severities) {
            this.policy = new FindingPolicy(severities, policy.nonSuppressibleRules(), policy.clock());
            return this;
        }

        /**
         * Sets the rules that {@code # gitpod-config:ignore} comments cannot silence.
         *
         * @param ruleIds rule ids
         * @return this builder
         */
        public Builder nonSuppressibleRules(Set<String> ruleIds) {
            this.policy = new FindingPolicy(policy.severities(), ruleIds, policy.clock());
            return this;
        }

        /**
         * Sets the clock that says when a suppression's {@code until} date has passed.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.policy = new FindingPolicy(policy.severities(), policy.nonSuppressibleRules(), clock);
            return this;
        }

        /**
         * Sets whether to collect the debug notes (by default they are).
         *
         * @param collect whether to collect them
         * @return this builder
         */
        public Builder collectNotes(boolean collect) {
            this.collectNotes = collect;
            return this;
        }

        /**
         * Sets how Maven filters the resources (by default, null, nothing is filtered).
         *
         * @param value the filtering
         * @return this builder
         */
        public Builder filtering(ResourceFiltering value) {
            this.filtering = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public CheckOptions build() {
            return new CheckOptions(
                    baseDirectory,
                    configDirectory,
                    includes,
                    excludes,
                    charset,
                    skipRules,
                    gitlabRegistryHosts,
                    limits,
                    policy,
                    collectNotes,
                    filtering);
        }
    }
}
