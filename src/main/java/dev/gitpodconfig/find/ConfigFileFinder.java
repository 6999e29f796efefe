package dev.gitpodconfig.find;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds candidate files under a directory by include and exclude patterns. Symbolic links to files are
 * followed; links to directories are not, so a link loop or a link out of the project cannot make the
 * walk endless. Only regular files are returned (a folder named {@code x.yaml} is not), sorted by path
 * so that every run reports in the same order.
 */
public final class ConfigFileFinder {

    /** Version-control and tool folders that never hold configuration to check. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "target/**",
            "**/node_modules/**",
            "**/.git/**",
            "**/.svn/**",
            "**/.hg/**",
            "**/.bzr/**",
            "**/CVS/**",
            "**/.idea/**",
            "**/.mvn/**");

    private static final Comparator<FoundFile> BY_RELATIVE_PATH = new Comparator<>() {
        @Override
        public int compare(FoundFile a, FoundFile b) {
            return a.relativePath().compareTo(b.relativePath());
        }
    };

    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;

    /**
     * Creates a finder.
     *
     * @param includes patterns a file must match (at least one)
     * @param excludes patterns that exclude a file or a whole directory
     */
    public ConfigFileFinder(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    private static List<PathPattern> compile(List<String> patterns) {
        List<PathPattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            if (!pattern.isBlank()) {
                compiled.add(PathPattern.compile(pattern));
            }
        }
        return List.copyOf(compiled);
    }

    private static boolean anyMatches(List<PathPattern> patterns, String relativePath) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One file found.
     *
     * @param path the absolute path
     * @param relativePath the path relative to the scanned directory, with '/'
     */
    public record FoundFile(Path path, String relativePath) {}

    /**
     * Walks a directory.
     *
     * @param directory the directory to scan
     * @return the matching files, sorted by relative path
     * @throws IOException if the directory itself cannot be read
     */
    public List<FoundFile> find(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            throw new IOException("it does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("it is not a directory");
        }
        List<FoundFile> found = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String relative = relative(directory, dir);
                if (!relative.isEmpty()) {
                    for (PathPattern exclude : excludes) {
                        if (exclude.matchesEverythingBelow(relative)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Without FOLLOW_LINKS a link is reported as a link: accept it when it points at a regular file.
                boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                String relative = relative(directory, file);
                if (regular && anyMatches(includes, relative) && !anyMatches(excludes, relative)) {
                    found.add(new FoundFile(file, relative));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable folder or a file that vanished mid-walk: skip it, keep walking.
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(BY_RELATIVE_PATH);
        return found;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
