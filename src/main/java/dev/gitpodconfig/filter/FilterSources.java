package dev.gitpodconfig.filter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build tool knows about its resource filtering, as plain values: the filtered directories, the resources
 * plugin's delimiters and escape string, the filter files, and every source of property values. {@link #build} puts
 * them together in maven-filtering's order of precedence (later wins): the filter files (the build's
 * {@code <filters>} first, then the plugin's), project properties (POM, parent, active profiles), system properties
 * (with the environment as {@code env.*}), user properties ({@code -D}); then the model values ({@code project.*},
 * {@code settings.*}), which a property of the same name hides.
 */
public final class FilterSources {

    private List<ResourceDirectory> directories = List.of();
    private List<String> delimiters = ResourceFiltering.DEFAULT_DELIMITERS;
    private String escapeString;
    private boolean multiLine;
    private List<Path> filterFiles = List.of();
    private Charset filterFileCharset = java.nio.charset.StandardCharsets.ISO_8859_1;
    private Map<String, String> projectProperties = Map.of();
    private Map<String, String> projectOrigins = Map.of();
    private Map<String, String> systemProperties = Map.of();
    private Map<String, String> userProperties = Map.of();
    private Map<String, String> modelValues = Map.of();

    /**
     * Sets the resource directories Maven filters.
     *
     * @param value the directories with {@code <filtering>true</filtering>}
     * @return this
     */
    public FilterSources directories(List<ResourceDirectory> value) {
        this.directories = List.copyOf(value);
        return this;
    }

    /**
     * Sets the delimiters, the escape string and multi-line filtering of the resources plugin.
     *
     * @param delimiterSpecs {@code begin*end} or one text for both ends; the defaults when empty
     * @param escape the escape string, or null
     * @param supportMultiLine whether an expression may span lines
     * @return this
     */
    public FilterSources syntax(List<String> delimiterSpecs, String escape, boolean supportMultiLine) {
        this.delimiters = delimiterSpecs.isEmpty() ? ResourceFiltering.DEFAULT_DELIMITERS : List.copyOf(delimiterSpecs);
        this.escapeString = escape;
        this.multiLine = supportMultiLine;
        return this;
    }

    /**
     * Sets the filter files, in the order Maven reads them (a later file's value wins).
     *
     * @param files the files; a relative path is relative to the base directory given to {@link #build}
     * @param charset their encoding ({@code propertiesEncoding}; ISO-8859-1 as {@code .properties} files default to)
     * @return this
     */
    public FilterSources filterFiles(List<Path> files, Charset charset) {
        this.filterFiles = List.copyOf(files);
        this.filterFileCharset = charset;
        return this;
    }

    /**
     * Sets the project's properties, as the effective model has them, and where each comes from.
     *
     * @param values name to value
     * @param origins name to where it comes from ({@code the property in pom.xml, profile `prod`}); a name
     *     without one is {@code a project property}
     * @return this
     */
    public FilterSources projectProperties(Map<String, String> values, Map<String, String> origins) {
        this.projectProperties = values;
        this.projectOrigins = origins;
        return this;
    }

    /**
     * Sets the system properties, including the environment as {@code env.NAME}.
     *
     * @param values name to value
     * @return this
     */
    public FilterSources systemProperties(Map<String, String> values) {
        this.systemProperties = values;
        return this;
    }

    /**
     * Sets the user properties ({@code -Dname=value}).
     *
     * @param values name to value
     * @return this
     */
    public FilterSources userProperties(Map<String, String> values) {
        this.userProperties = values;
        return this;
    }

    /**
     * Sets the values of the model that expressions reach without a property: {@code project.version},
     * {@code project.build.directory}, {@code settings.localRepository} and the like.
     *
     * @param values expression to value
     * @return this
     */
    public FilterSources modelValues(Map<String, String> values) {
        this.modelValues = values;
        return this;
    }

    /**
     * Whether Maven filters a file, read from the directories alone (nothing else is looked at).
     *
     * @param file the file
     * @return true when a filtered directory selects it
     */
    public boolean filters(Path file) {
        return ResourceDirectory.anyFilters(directories, file);
    }

    /**
     * Whether any directory is filtered at all.
     *
     * @return true when there is one
     */
    public boolean hasDirectories() {
        return !directories.isEmpty();
    }

    /**
     * Puts every value together. Reads the filter files; a value in one may use {@code ${…}} of the properties and of
     * the file itself, as maven-filtering resolves them when it loads the file.
     *
     * @param baseDirectory the project directory, against which relative filter files are read
     * @param notes receives a sentence for each filter file that cannot be read (its values then stay unresolved;
     *     the resources plugin, which runs later, fails on it unless a build step writes it first)
     * @return the filtering
     */
    public ResourceFiltering build(Path baseDirectory, List<String> notes) {
        Map<String, FilterValue> fromFiles = new HashMap<>();
        for (Path file : filterFiles) {
            Path resolved = baseDirectory.resolve(file);
            Properties read = new Properties();
            try (Reader reader = Files.newBufferedReader(resolved, filterFileCharset)) {
                read.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                notes.add("Resource filtering: the filter file " + file + " cannot be read ("
                        + e.getClass().getSimpleName() + "); its values are left unresolved.");
                continue;
            }
            String origin = "the filter file " + shown(baseDirectory, resolved);
            Map<String, String> own = new LinkedHashMap<>();
            for (String name : read.stringPropertyNames()) {
                own.put(name, read.getProperty(name));
            }
            for (Map.Entry<String, String> entry : own.entrySet()) {
                String value = interpolate(entry.getValue(), own, new HashSet<>());
                fromFiles.put(entry.getKey(), FilterValue.of(entry.getKey(), value, origin));
            }
        }
        return new ResourceFiltering(directories, delimiters, escapeString, multiLine, new Values(fromFiles));
    }

    /**
     * Every value, looked up by name when filtering asks for it: a build has hundreds of system properties and
     * environment variables, and a file reads a handful. Iterating it (which nothing on a build's path does) lists
     * them all.
     */
    final class Values extends AbstractMap<String, FilterValue> {
        private final Map<String, FilterValue> fromFiles;

        Values(Map<String, FilterValue> fromFiles) {
            this.fromFiles = fromFiles;
        }

        /** In maven-filtering's order, later wins: filter files, project, system, user; then the model's values. */
        @Override
        public FilterValue get(Object key) {
            if (!(key instanceof String name)) {
                return null;
            }
            FilterValue value = property(name);
            value = value != null ? value : fromFiles.get(name);
            if (value != null) {
                return value;
            }
            String model = modelValues.get(name);
            return model == null
                    ? null
                    : FilterValue.of(
                            name, model, name.startsWith("settings.") ? "the Maven settings" : "the project model");
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, FilterValue>> entrySet() {
            Set<String> names = new TreeSet<>(fromFiles.keySet());
            names.addAll(projectProperties.keySet());
            names.addAll(systemProperties.keySet());
            names.addAll(userProperties.keySet());
            names.addAll(modelValues.keySet());
            Map<String, FilterValue> all = new TreeMap<>();
            for (String name : names) {
                FilterValue value = name == null ? null : get(name);
                if (value != null) {
                    all.put(name, value);
                }
            }
            return Collections.unmodifiableMap(all).entrySet();
        }
    }

    /** A property as the user, system, then project properties give it (a filter file's {@code ${…}} sees these). */
    private FilterValue property(String name) {
        String value = userProperties.get(name);
        if (value != null) {
            return FilterValue.of(name, value, "the user property -D" + name);
        }
        value = systemProperties.get(name);
        if (value != null) {
            return FilterValue.of(
                    name,
                    value,
                    name.startsWith("env.")
                            ? "the environment variable " + name.substring("env.".length())
                            : "the system property " + name);
        }
        value = projectProperties.get(name);
        return value == null
                ? null
                : FilterValue.of(name, value, projectOrigins.getOrDefault(name, "a project property"));
    }

    /**
     * Resolves {@code ${name}} in a filter file's value from the file itself, then the properties (not from other
     * filter files: maven-filtering loads each on its own); an unknown or cyclic name stays as written.
     */
    private String interpolate(String value, Map<String, String> own, Set<String> resolving) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int open = value.indexOf("${", from);
            int close = open < 0 ? -1 : value.indexOf('}', open + 2);
            if (close < 0) {
                return out.append(value, from, value.length()).toString();
            }
            String name = value.substring(open + 2, close);
            String found = own.get(name);
            if (found == null) {
                FilterValue property = property(name);
                found = property == null ? null : property.value();
            }
            out.append(value, from, open);
            if (found == null || !resolving.add(name)) {
                out.append(value, open, close + 1);
            } else {
                out.append(interpolate(found, own, resolving));
                resolving.remove(name);
            }
            from = close + 1;
        }
    }

    private static String shown(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
