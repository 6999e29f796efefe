package dev.gitpodconfig.engine;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.filter.FilterSources;
import dev.gitpodconfig.filter.ResourceDirectory;
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in filtered resource directories are checked as Maven will copy them; findings point at the placeholder. */
class ResourceFilteringCheckTest {

    private static final String CONFIG = "src/main/resources/gitpod/gitpod.config.yaml";
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod";
    private static final String PROD = "the property in pom.xml, profile `prod`";

    @TempDir
    Path project;

    private FilterSources sources(Map<String, String> properties, Map<String, String> userProperties) {
        return new FilterSources()
                .directories(
                        List.of(new ResourceDirectory(project.resolve("src/main/resources"), List.of(), List.of())))
                .projectProperties(properties, Map.of("gitpod.registry.url", PROD))
                .userProperties(userProperties);
    }

    private CheckResult check(String rule, FilterSources sources, Map<String, String> files) {
        ResourceFiltering filtering = sources.build(project, new ArrayList<>());
        return Checks.only(rule)
                .options(options -> options.filtering(filtering))
                .checkProject(project, files);
    }

    @Test
    void aValueFromAProfileIsCheckedAndReportedAtThePlaceholderWithItsOrigin() {
        CheckResult result = check(
                "registry-ecr-unsupported",
                sources(Map.of("gitpod.registry.url", ECR), Map.of()),
                Map.of(CONFIG, Yaml.installerExternal("${gitpod.registry.url}")));
        Finding finding = Checks.single(result, "registry-ecr-unsupported");
        assertAt(
                finding,
                "registry-ecr-unsupported",
                CONFIG,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN,
                "Amazon ECR");
        assertEquals(
                Yaml.INSTALLER_URL_COLUMN + "${gitpod.registry.url}".length(),
                finding.position().endColumn());
        assertTrue(
                finding.message()
                        .endsWith(" Maven resource filtering: `${gitpod.registry.url}` is `" + ECR + "` from " + PROD
                                + "."),
                finding.message());
    }

    @Test
    void aUserPropertyOverridesTheProfileValue() {
        CheckResult result = check(
                "registry-ecr-unsupported",
                sources(
                        Map.of("gitpod.registry.url", ECR),
                        Map.of("gitpod.registry.url", "registry.example.com/gitpod")),
                Map.of(CONFIG, Yaml.installerExternal("${gitpod.registry.url}")));
        assertNoFinding(result, "registry-ecr-unsupported");
        assertEquals(List.of(CONFIG), result.checkedFiles());
    }

    @Test
    void aFileOutsideTheFilteredDirectoriesKeepsItsPlaceholder() {
        CheckResult result = check(
                "config-unresolved-placeholder",
                sources(Map.of("gitpod.registry.url", ECR), Map.of()),
                Map.of("deploy/gitpod.config.yaml", Yaml.installerExternal("${gitpod.registry.url}")));
        assertAt(
                Checks.single(result, "config-unresolved-placeholder"),
                "config-unresolved-placeholder",
                "deploy/gitpod.config.yaml",
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN,
                "'containerRegistry.external.url' is the unresolved placeholder ${gitpod.registry.url}");
    }

    @Test
    void anExpressionNothingDefinesStaysAPlaceholder() {
        CheckResult result = check(
                "config-unresolved-placeholder",
                sources(Map.of(), Map.of()),
                Map.of(CONFIG, Yaml.installerExternal("${gitpod.registry.url}")));
        assertAt(
                Checks.single(result, "config-unresolved-placeholder"),
                "config-unresolved-placeholder",
                CONFIG,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN,
                "is the unresolved placeholder");
    }

    @Test
    void aPropertyNamedLikeACredentialIsNeverPrinted() {
        CheckResult result = check(
                "registry-ecr-unsupported",
                sources(Map.of("registry.auth.token", ECR), Map.of()),
                Map.of(CONFIG, Yaml.installerExternal("${registry.auth.token}")));
        Finding finding = Checks.single(result, "registry-ecr-unsupported");
        assertTrue(
                finding.message().contains("`${registry.auth.token}` is set from a project property"),
                finding.message());
        for (String text : List.of(finding.message(), String.valueOf(finding.fix()), finding.yamlPath())) {
            assertFalse(text.contains(ECR) || text.contains("123456789012"), text);
        }
    }

    @Test
    void aValueThatBecomesYamlStructureIsAYamlSyntaxFindingAtThePlaceholder() {
        CheckResult result = check(
                "yaml-syntax",
                sources(Map.of("gitpod.registry.url", "{host: a.example}"), Map.of()),
                Map.of(CONFIG, Yaml.installerExternal("${gitpod.registry.url}")));
        assertAt(
                Checks.single(result, "yaml-syntax"),
                "yaml-syntax",
                CONFIG,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN,
                "After Maven resource filtering the value of `${gitpod.registry.url}` is " + "YAML structure",
                "`${gitpod.registry.url}` is `{host: a.example}` from " + PROD);
    }

    @Test
    void aQuoteInTheValueThatBreaksTheStringIsReportedAtThePlaceholder() {
        CheckResult result = check(
                "yaml-syntax",
                sources(Map.of("gitpod.registry.url", "a\" b"), Map.of()),
                Map.of(CONFIG, Yaml.installerExternal("\"${gitpod.registry.url}\"")));
        Finding finding = Checks.single(result, "yaml-syntax");
        assertAt(
                finding,
                "yaml-syntax",
                CONFIG,
                Yaml.INSTALLER_URL_LINE,
                Yaml.INSTALLER_URL_COLUMN + 1,
                "The file cannot be loaded",
                "`${gitpod.registry.url}` is `a\" b` from " + PROD);
    }

    @Test
    void theResolvedPropertiesAreThoseTheFilteredFilesUseAndNoSecretValue() throws Exception {
        Checks.checkProject(
                project,
                Map.of(
                        CONFIG,
                        Yaml.installerExternal("${gitpod.registry.url}") + "# ${a.password}\n",
                        "other/gitpod.config.yaml",
                        Yaml.installerExternal("${unused}")));
        CheckOptions options = CheckOptions.builder(project).build();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        FilterSources sources =
                sources(Map.of("gitpod.registry.url", ECR, "a.password", "Planted-Pw-77", "unused", "x"), Map.of());
        Map<Path, byte[]> read = new java.util.HashMap<>();
        ResourceFiltering used = GitpodConfigChecker.filteringUsedBy(
                GitpodConfigChecker.filterValues(sources, options, files, new ArrayList<>()), options, files, read);
        assertEquals(
                List.of("a.password", "gitpod.registry.url"),
                new ArrayList<>(used.values().keySet()));
        // The filtered file's bytes, and only its, go on to the check, which does not read it again.
        assertEquals(
                List.of(CONFIG),
                read.keySet().stream()
                        .map(path -> GitpodConfigChecker.reportedPath(project, path))
                        .toList());
        CheckOptions filtered = CheckOptions.builder(project).filtering(used).build();
        assertEquals(
                Checks.checker(filtered).check(files), Checks.checker(filtered).check(files, read));
        String key = CheckOptions.builder(project).filtering(used).build().keyMaterial();
        assertTrue(key.contains(ECR), key);
        assertFalse(key.contains("Planted-Pw-77"), key);
        assertTrue(used.usesSecrets());
    }

    @Test
    void noFilteredFileMeansNoFilteringAndNothingRead() throws Exception {
        Checks.checkProject(project, Map.of("deploy/gitpod.config.yaml", Yaml.installerExternal("${x}")));
        CheckOptions options = CheckOptions.builder(project).build();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        // A filter file that does not exist would be a note if it were read.
        List<String> notes = new ArrayList<>();
        FilterSources sources = sources(Map.of("x", "y"), Map.of())
                .filterFiles(List.of(Path.of("missing.properties")), java.nio.charset.StandardCharsets.UTF_8);
        assertNull(GitpodConfigChecker.filterValues(sources, options, files, notes));
        assertEquals(List.of(), notes);
    }
}
