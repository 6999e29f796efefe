package dev.gitpodconfig.filter;

import dev.gitpodconfig.find.PathPattern;
import java.nio.file.Path;
import java.util.List;

/**
 * A Maven resource directory with {@code <filtering>true</filtering>}: the files in it that its includes and
 * excludes select are filtered when they are copied.
 *
 * @param directory the directory, absolute
 * @param includes Ant-style patterns relative to it; empty for every file, as Maven's default {@code **}{@code /**}
 * @param excludes Ant-style patterns relative to it
 */
public record ResourceDirectory(Path directory, List<String> includes, List<String> excludes) {

    /**
     * Creates a resource directory; the lists are copied.
     *
     * @param directory the directory
     * @param includes include patterns
     * @param excludes exclude patterns
     */
    public ResourceDirectory {
        directory = directory.toAbsolutePath().normalize();
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /**
     * Whether Maven filters a file when it copies this directory.
     *
     * @param file the file
     * @return true when the file is in the directory, matches an include and no exclude
     */
    public boolean filters(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(directory) || absolute.equals(directory)) {
            return false;
        }
        String relative = directory.relativize(absolute).toString().replace('\\', '/');
        return (includes.isEmpty() || matchesAny(includes, relative)) && !matchesAny(excludes, relative);
    }

    /**
     * Whether any of some directories filters a file.
     *
     * @param directories the directories
     * @param file the file
     * @return true when one does
     */
    static boolean anyFilters(List<ResourceDirectory> directories, Path file) {
        for (ResourceDirectory directory : directories) {
            if (directory.filters(file)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the result cache's key; written out, as a record's generated one is bootstrapped at first use. */
    @Override
    public String toString() {
        return directory + " includes " + includes + " excludes " + excludes;
    }

    private static boolean matchesAny(List<String> patterns, String relative) {
        for (String pattern : patterns) {
            if (PathPattern.compile(pattern).matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
