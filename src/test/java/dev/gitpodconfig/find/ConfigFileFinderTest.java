package dev.gitpodconfig.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileFinderTest {

    private static final List<String> YAML = List.of("**/*.yaml", "**/*.yml");

    @TempDir
    Path root;

    private Path write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "domain: gitpod.example.com\n");
    }

    private List<String> find(List<String> includes, List<String> excludes) throws IOException {
        return new ConfigFileFinder(includes, excludes)
                .find(root).stream()
                        .map(ConfigFileFinder.FoundFile::relativePath)
                        .toList();
    }

    private List<String> findWithDefaults() throws IOException {
        return find(YAML, ConfigFileFinder.DEFAULT_EXCLUDES);
    }

    @Test
    void findsRootAndNestedFilesSorted() throws IOException {
        for (String file : List.of(
                "x/z.yaml", "gitpod/kots.yml", "gitpod.config.yaml", "deep/a/b/c.yaml", "notes.txt", "a.yaml.bak")) {
            write(file);
        }
        List<String> expected = List.of("deep/a/b/c.yaml", "gitpod.config.yaml", "gitpod/kots.yml", "x/z.yaml");
        assertEquals(expected, findWithDefaults());
        assertEquals(expected, findWithDefaults(), "the same order on every run");
    }

    @Test
    void foundFilesCarryTheirAbsolutePath() throws IOException {
        Path file = write("gitpod/gitpod.config.yaml");
        List<ConfigFileFinder.FoundFile> found = new ConfigFileFinder(YAML, List.of()).find(root);
        assertEquals(List.of(new ConfigFileFinder.FoundFile(file, "gitpod/gitpod.config.yaml")), found);
    }

    @Test
    void defaultExcludesPruneBuildToolAndScmFolders() throws IOException {
        write("gitpod.config.yaml");
        for (String excluded : List.of(
                "target/classes/gitpod.config.yaml",
                "node_modules/pkg/a.yaml",
                "web/node_modules/pkg/b.yaml",
                ".git/config.yaml",
                "sub/.git/hooks/x.yml",
                ".idea/workspace.yaml",
                ".mvn/wrapper/x.yaml",
                ".svn/a.yaml")) {
            write(excluded);
        }
        write("src/target/kept.yaml");
        assertEquals(List.of("gitpod.config.yaml", "src/target/kept.yaml"), findWithDefaults());
    }

    @Test
    void userExcludesPruneDirectoriesAndDropFiles() throws IOException {
        write("gitpod/gitpod.config.yaml");
        write("gitpod/drafts/old.yaml");
        write("gitpod/secret-values.yaml");
        assertEquals(List.of("gitpod/gitpod.config.yaml"), find(YAML, List.of("**/drafts/**", "**/secret-*.yaml")));
    }

    @Test
    void includesSelectFilesAndBlankPatternsAreIgnored() throws IOException {
        write("gitpod/gitpod.config.yaml");
        write("gitpod/other.yaml");
        write("ops/gitpod.config.yaml");
        assertEquals(
                List.of("gitpod/gitpod.config.yaml", "ops/gitpod.config.yaml"),
                find(List.of("**/gitpod.config.yaml", " "), List.of("")));
        assertEquals(
                List.of("gitpod/gitpod.config.yaml", "gitpod/other.yaml"), find(List.of("gitpod/*.yaml"), List.of()));
    }

    @Test
    void aFolderNamedLikeAYamlFileIsNotReturned() throws IOException {
        Files.createDirectories(root.resolve("x.yaml"));
        write("x.yaml/inner.yaml");
        assertEquals(List.of("x.yaml/inner.yaml"), findWithDefaults());
    }

    @Test
    void symlinkLoopDoesNotHang() throws IOException {
        write("a/gitpod.config.yaml");
        Files.createSymbolicLink(root.resolve("a/parent"), root.resolve("a").getParent());
        Files.createSymbolicLink(root.resolve("a/self.yaml"), root.resolve("a"));
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10), this::findWithDefaults);
        assertEquals(List.of("a/gitpod.config.yaml"), found, "links to directories are neither followed nor returned");
    }

    @Test
    void symlinkToAFileIsReturnedAndADanglingOneIsNot() throws IOException {
        Path real = write("real/config.txt");
        Files.createSymbolicLink(root.resolve("linked.yaml"), real);
        Files.createSymbolicLink(root.resolve("dangling.yaml"), root.resolve("missing.yaml"));
        assertEquals(List.of("linked.yaml"), findWithDefaults());
    }

    @Test
    void aFileInsteadOfADirectoryIsAnIoException() throws IOException {
        Path file = write("gitpod.config.yaml");
        ConfigFileFinder finder = new ConfigFileFinder(YAML, List.of());
        assertThrows(IOException.class, () -> finder.find(file));
        assertThrows(IOException.class, () -> finder.find(root.resolve("missing")));
    }
}
