package dev.gitpodconfig.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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

    /** On POSIX a backslash is part of a name: translating it would report and match another file's path. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBackslashInAFileNameIsKept() throws IOException {
        write("gitpod\\gitpod.config.yaml");
        write("target\\evil.yaml");
        write("target/built.yaml");
        assertEquals(List.of("gitpod\\gitpod.config.yaml", "target\\evil.yaml"), findWithDefaults());
    }

    /** A checked-in link to outside the repository is no part of its configuration: returned, marked not to read. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLinkToAFileOutsideTheDirectoryIsMarkedNotToRead(@TempDir Path outside) throws IOException {
        Path inside = write("real/gitpod.config.yaml");
        Files.createSymbolicLink(root.resolve("inside.yaml"), inside);
        Files.createSymbolicLink(root.resolve("outside.yaml"), Files.writeString(outside.resolve("x.yaml"), "a: 1\n"));
        Files.createSymbolicLink(root.resolve("passwd.yaml"), Path.of("/etc/passwd"));
        List<ConfigFileFinder.FoundFile> found = new ConfigFileFinder(YAML, List.of()).find(root);
        assertEquals(
                List.of(
                        "inside.yaml null",
                        "outside.yaml LINK_OUTSIDE",
                        "passwd.yaml LINK_OUTSIDE",
                        "real/gitpod.config.yaml null"),
                found.stream().map(f -> f.relativePath() + " " + f.notRead()).toList());
        assertEquals(
                "a link to outside the configuration directory, not checked",
                found.get(1).reason());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFifoIsNotReturnedNorALinkToOne() throws Exception {
        write("gitpod.config.yaml");
        HostileFiles.fifo(root.resolve("fifo.yaml"));
        Files.createSymbolicLink(root.resolve("link.yaml"), root.resolve("fifo.yaml"));
        assertEquals(
                List.of("gitpod.config.yaml"),
                assertTimeoutPreemptively(Duration.ofSeconds(10), this::findWithDefaults));
    }

    /**
     * The walk used to go on in silence past a directory it could not read. Tests run as root, who reads every
     * directory whatever its mode, so the directory here is one too deep for any process to name; a directory
     * without read permission reaches the same {@code visitFileFailed} for any other user.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aDirectoryThatCannotBeReadIsReturnedWithTheReasonUnlessExcluded() throws Exception {
        write("gitpod.config.yaml");
        Path unreadable = HostileFiles.unreadableDirectory(root, "deep");
        try {
            List<ConfigFileFinder.FoundFile> found = new ConfigFileFinder(YAML, List.of()).find(root);
            assertEquals(2, found.size(), found.toString());
            ConfigFileFinder.FoundFile directory = found.get(0);
            assertTrue(directory.relativePath().startsWith("deep/dddd"), directory.relativePath());
            assertEquals(ConfigFileFinder.NotRead.UNREADABLE, directory.notRead());
            assertEquals(
                    "could not be read (FileSystemException: File name too long); Gitpod config files in it are "
                            + "not checked",
                    directory.reason());
            assertEquals(List.of("gitpod.config.yaml"), find(YAML, List.of("deep/**")));
            assertEquals(
                    List.of("gitpod.config.yaml"),
                    find(YAML, List.of(directory.relativePath() + "/")),
                    "an excluded directory is not reported even when the walk fails on it");
        } finally {
            HostileFiles.delete(unreadable);
        }
    }

    @Test
    void aFileInsteadOfADirectoryIsAnIoException() throws IOException {
        Path file = write("gitpod.config.yaml");
        ConfigFileFinder finder = new ConfigFileFinder(YAML, List.of());
        assertThrows(IOException.class, () -> finder.find(file));
        assertThrows(IOException.class, () -> finder.find(root.resolve("missing")));
    }
}
