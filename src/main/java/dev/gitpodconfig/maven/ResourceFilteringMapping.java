package dev.gitpodconfig.maven;

import dev.gitpodconfig.filter.FilterSources;
import dev.gitpodconfig.filter.ResourceDirectory;
import dev.gitpodconfig.filter.ResourceFiltering;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Maps what Maven knows about resource filtering to the engine's plain {@link FilterSources}: the filtered resource
 * directories, the maven-resources-plugin configuration ({@code delimiters}, {@code useDefaultDelimiters},
 * {@code escapeString}, {@code supportMultiLineFiltering}, {@code filters}, {@code useBuildFilters},
 * {@code propertiesEncoding}), and the properties with where each comes from. Nothing is resolved here.
 */
final class ResourceFilteringMapping {

    private static final String RESOURCES_PLUGIN = "org.apache.maven.plugins:maven-resources-plugin";
    /** The model values the resources plugin reaches through {@code project.*} (and {@code pom.*}, and unprefixed). */
    private static final String[] MODEL_EXPRESSIONS = {
        "groupId",
        "artifactId",
        "version",
        "name",
        "description",
        "url",
        "packaging",
        "basedir",
        "build.directory",
        "build.outputDirectory",
        "build.testOutputDirectory",
        "build.sourceDirectory",
        "build.testSourceDirectory",
        "build.finalName",
        "parent.groupId",
        "parent.artifactId",
        "parent.version"
    };

    private ResourceFilteringMapping() {}

    /**
     * Reads the project's resource filtering.
     *
     * @param project the project, or null (then nothing is filtered)
     * @param session the session, or null
     * @param testResources whether the test resources count too
     * @return the sources, or null when no resource directory is filtered
     */
    static FilterSources map(MavenProject project, MavenSession session, boolean testResources) {
        if (project == null || project.getBuild() == null) {
            return null;
        }
        Path basedir = project.getBasedir() == null
                ? Path.of("")
                : project.getBasedir().toPath();
        List<ResourceDirectory> directories = new ArrayList<>();
        addFiltered(directories, basedir, project.getBuild().getResources());
        if (testResources) {
            addFiltered(directories, basedir, project.getBuild().getTestResources());
        }
        if (directories.isEmpty()) {
            return null;
        }
        Xpp3Dom config = resourcesPluginConfiguration(project);
        List<String> delimiters = children(config, "delimiters");
        if (!delimiters.isEmpty() && !"false".equalsIgnoreCase(text(config, "useDefaultDelimiters"))) {
            delimiters.addAll(ResourceFiltering.DEFAULT_DELIMITERS);
        }
        List<Path> filterFiles = new ArrayList<>();
        if (!"false".equalsIgnoreCase(text(config, "useBuildFilters"))) {
            for (String filter : project.getBuild().getFilters()) {
                filterFiles.add(Path.of(filter));
            }
        }
        for (String filter : children(config, "filters")) {
            filterFiles.add(Path.of(filter));
        }
        return new FilterSources()
                .directories(directories)
                .syntax(
                        delimiters,
                        text(config, "escapeString"),
                        "true".equalsIgnoreCase(text(config, "supportMultiLineFiltering")))
                .filterFiles(filterFiles, charset(text(config, "propertiesEncoding")))
                .projectProperties(strings(project.getProperties()), origins(project))
                .systemProperties(session == null ? Map.of() : strings(session.getSystemProperties()))
                .userProperties(session == null ? Map.of() : strings(session.getUserProperties()))
                .modelValues(modelValues(project, session));
    }

    private static void addFiltered(List<ResourceDirectory> into, Path basedir, List<Resource> resources) {
        for (Resource resource : resources == null ? List.<Resource>of() : resources) {
            if (resource.isFiltering() && resource.getDirectory() != null) {
                into.add(new ResourceDirectory(
                        basedir.resolve(resource.getDirectory()), resource.getIncludes(), resource.getExcludes()));
            }
        }
    }

    /** The plugin's configuration, with that of its {@code default-resources} execution over it. */
    private static Xpp3Dom resourcesPluginConfiguration(MavenProject project) {
        Plugin plugin = project.getPlugin(RESOURCES_PLUGIN);
        if (plugin == null) {
            return null;
        }
        Xpp3Dom config = (Xpp3Dom) plugin.getConfiguration();
        PluginExecution execution = plugin.getExecutionsAsMap().get("default-resources");
        if (execution != null && execution.getConfiguration() != null) {
            config = Xpp3Dom.mergeXpp3Dom((Xpp3Dom) execution.getConfiguration(), config);
        }
        return config;
    }

    private static String text(Xpp3Dom config, String name) {
        Xpp3Dom child = config == null ? null : config.getChild(name);
        return child == null || child.getValue() == null
                ? null
                : child.getValue().trim();
    }

    private static List<String> children(Xpp3Dom config, String name) {
        List<String> values = new ArrayList<>();
        Xpp3Dom parent = config == null ? null : config.getChild(name);
        for (Xpp3Dom child : parent == null ? new Xpp3Dom[0] : parent.getChildren()) {
            if (child.getValue() != null && !child.getValue().isBlank()) {
                values.add(child.getValue().trim());
            }
        }
        return values;
    }

    private static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /**
     * The string properties as a map, read through rather than copied: filtering looks up a handful of the hundreds
     * of system properties and environment variables a build has.
     */
    private static Map<String, String> strings(Properties properties) {
        return properties == null ? Map.of() : new PropertiesView(properties);
    }

    /** A read-only view of the string properties (those {@link Properties#stringPropertyNames()} lists). */
    private static final class PropertiesView extends AbstractMap<String, String> {
        private final Properties properties;

        PropertiesView(Properties properties) {
            this.properties = properties;
        }

        @Override
        public String get(Object key) {
            return key instanceof String name ? properties.getProperty(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            Map<String, String> copy = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                copy.put(name, properties.getProperty(name));
            }
            return Collections.unmodifiableMap(copy).entrySet();
        }
    }

    /**
     * Where each project property comes from: the last active profile that sets it (profiles are applied in order),
     * else the POM itself, else the nearest parent POM that sets it.
     */
    static Map<String, String> origins(MavenProject project) {
        Map<String, String> origins = new LinkedHashMap<>();
        Properties effective = project.getProperties();
        if (effective == null) {
            return origins;
        }
        String pom = project.getFile() == null ? "pom.xml" : project.getFile().getName();
        for (String name : effective.stringPropertyNames()) {
            String origin = profileOrigin(project, name, pom);
            if (origin == null
                    && project.getOriginalModel() != null
                    && project.getOriginalModel().getProperties().containsKey(name)) {
                origin = "the property in " + pom;
            }
            for (MavenProject parent = project.getParent();
                    origin == null && parent != null;
                    parent = parent.getParent()) {
                String parentPom = "the parent POM " + parent.getArtifactId();
                origin = profileOrigin(parent, name, parentPom);
                if (origin == null
                        && parent.getOriginalModel() != null
                        && parent.getOriginalModel().getProperties().containsKey(name)) {
                    origin = "the property in " + parentPom;
                }
            }
            if (origin != null) {
                origins.put(name, origin);
            }
        }
        return origins;
    }

    private static String profileOrigin(MavenProject project, String name, String pom) {
        List<Profile> active = project.getActiveProfiles() == null ? List.of() : project.getActiveProfiles();
        for (int i = active.size() - 1; i >= 0; i--) {
            Profile profile = active.get(i);
            if (profile.getProperties() != null && profile.getProperties().containsKey(name)) {
                String where = "settings.xml".equals(profile.getSource()) ? "settings.xml" : pom;
                return "the property in " + where + ", profile `" + profile.getId() + "`";
            }
        }
        return null;
    }

    private static Map<String, String> modelValues(MavenProject project, MavenSession session) {
        Map<String, String> values = new LinkedHashMap<>();
        Build build = project.getBuild();
        Object[] found = {
            project.getGroupId(),
            project.getArtifactId(),
            project.getVersion(),
            project.getName(),
            project.getDescription(),
            project.getUrl(),
            project.getPackaging(),
            project.getBasedir(),
            build.getDirectory(),
            build.getOutputDirectory(),
            build.getTestOutputDirectory(),
            build.getSourceDirectory(),
            build.getTestSourceDirectory(),
            build.getFinalName(),
            project.getParent() == null ? null : project.getParent().getGroupId(),
            project.getParent() == null ? null : project.getParent().getArtifactId(),
            project.getParent() == null ? null : project.getParent().getVersion()
        };
        for (int i = 0; i < MODEL_EXPRESSIONS.length; i++) {
            Object value = found[i];
            if (value != null) {
                String text = value instanceof File file ? file.getPath() : value.toString();
                values.put("project." + MODEL_EXPRESSIONS[i], text);
                // maven-filtering also resolves the model's expressions without a prefix: ${version}, ${basedir}.
                values.put(MODEL_EXPRESSIONS[i], text);
            }
        }
        if (session != null && session.getSettings() != null) {
            String localRepository = session.getSettings().getLocalRepository();
            if (localRepository != null) {
                values.put("settings.localRepository", localRepository);
                values.put("localRepository", localRepository);
            }
            values.put("settings.offline", String.valueOf(session.getSettings().isOffline()));
            values.put(
                    "settings.interactiveMode",
                    String.valueOf(session.getSettings().isInteractiveMode()));
        }
        return values;
    }
}
