package dev.gitpodconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gitpodconfig.filter.FilterSources;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** What the Mojo hands the engine about resource filtering. */
class ResourceFilteringMappingTest {

    private static MavenProject project(boolean filtering) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("app");
        model.setVersion("1.0");
        model.addProperty("in.pom", "pom");
        model.addProperty("in.profile", "pom");
        Build build = new Build();
        Resource resource = new Resource();
        resource.setDirectory("src/main/resources");
        resource.setFiltering(filtering);
        build.addResource(resource);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File("/work/app/pom.xml"));
        project.setOriginalModel(model.clone());
        Profile prod = new Profile();
        prod.setId("prod");
        prod.addProperty("in.profile", "prod");
        project.setActiveProfiles(List.of(prod));
        project.getProperties().setProperty("in.profile", "prod");
        return project;
    }

    @Test
    void aPropertyComesFromTheLastActiveProfileThatSetsItElseFromThePom() {
        Map<String, String> origins = ResourceFilteringMapping.origins(project(true));
        assertEquals("the property in pom.xml, profile `prod`", origins.get("in.profile"));
        assertEquals("the property in pom.xml", origins.get("in.pom"));
    }

    @Test
    void withoutAFilteredResourceDirectoryThereIsNothingToFilter() {
        assertNull(ResourceFilteringMapping.map(project(false), null, false));
        assertNull(ResourceFilteringMapping.map(null, null, false));
    }

    @Test
    void theResourcesPluginConfigurationAndTheModelAreMapped() {
        MavenProject project = project(true);
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom escape = new Xpp3Dom("escapeString");
        escape.setValue("\\");
        configuration.addChild(escape);
        Xpp3Dom delimiters = new Xpp3Dom("delimiters");
        Xpp3Dom delimiter = new Xpp3Dom("delimiter");
        delimiter.setValue("[[*]]");
        delimiters.addChild(delimiter);
        configuration.addChild(delimiters);
        Xpp3Dom useDefaults = new Xpp3Dom("useDefaultDelimiters");
        useDefaults.setValue("false");
        configuration.addChild(useDefaults);
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId("maven-resources-plugin");
        plugin.setConfiguration(configuration);
        project.getBuild().addPlugin(plugin);
        FilterSources sources = ResourceFilteringMapping.map(project, null, false);
        String filtered = sources.build(Path.of("/work/app"), new ArrayList<>())
                .filter("[[in.profile]] ${in.pom} \\[[project.version]] [[project.artifactId]]")
                .text();
        assertEquals("prod ${in.pom} [[project.version]] app", filtered);
    }
}
