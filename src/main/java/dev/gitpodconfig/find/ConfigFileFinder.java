package dev.gitpodconfig.find;

import dev.gitpodconfig.load.SafeFileReader;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds candidate files under a directory by include and exclude patterns. Symbolic links to files are
 * followed while they stay inside the directory; links to directories are not, so a link loop or a link
 * out of the project cannot make the walk endless. Only regular files are returned (a folder named
 * {@code x.yaml}, a FIFO or a device is not), sorted by path so that every run reports in the same order.
 *
 * <p>Two kinds of path come back marked as not to be read, so that the check can say so instead of
 * passing in silence: a link to a file outside the directory (a checked-in link to {@code /etc} or
 * {@code /proc} is no part of the project's configuration, and reading it could leak a file or block),
 * and a directory the walk could not read (files in it may be Gitpod configuration no one checked).
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

    /** Why the walk did not read a path it returns. */
    public enum NotRead {
        /** A symbolic link whose target is outside the scanned directory. */
        LINK_OUTSIDE,
        /** A directory (or an entry) the walk could not read: files below it were not looked for. */
        UNREADABLE
    }

    /**
     * One file found, or a path the walk could not or would not read.
     *
     * @param path the absolute path
     * @param relativePath the path relative to the scanned directory, with '/'
     * @param notRead null for a file to read, else why it is not read
     * @param reason for a path not read, a sentence saying so, to show the user; else null
     */
    public record FoundFile(Path path, String relativePath, NotRead notRead, String reason) {

        /**
         * A file to read.
         *
         * @param path the absolute path
         * @param relativePath the path relative to the scanned directory, with '/'
         */
        public FoundFile(Path path, String relativePath) {
            this(path, relativePath, null, null);
        }
    }

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
        Path realDirectory = directory.toRealPath();
        List<FoundFile> found = new ArrayList<>();
        IOException[] directoryFailure = new IOException[1];
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
                    found.add(
                            attrs.isSymbolicLink() && !leadsInto(file, realDirectory)
                                    ? new FoundFile(file, relative, NotRead.LINK_OUTSIDE, SafeFileReader.LINK_OUTSIDE)
                                    : new FoundFile(file, relative));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file that vanished mid-walk is simply gone; anything else the walk cannot read may hide config.
                if (!(e instanceof NoSuchFileException)) {
                    unreadable(file, e);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                // Listing a directory can also fail part of the way through.
                if (e != null) {
                    unreadable(dir, e);
                }
                return FileVisitResult.CONTINUE;
            }

            private void unreadable(Path path, IOException e) {
                String relative = relative(directory, path);
                if (relative.isEmpty()) {
                    directoryFailure[0] = e;
                } else if (!excluded(relative)) {
                    found.add(new FoundFile(
                            path,
                            relative,
                            NotRead.UNREADABLE,
                            "could not be read (" + describe(e) + "); Gitpod config files in it are not checked"));
                }
            }
        });
        if (directoryFailure[0] != null) {
            // The directory itself cannot be listed: that is no project to check, but a configuration error.
            throw new IOException("it cannot be read (" + describe(directoryFailure[0]) + ")", directoryFailure[0]);
        }
        found.sort(BY_RELATIVE_PATH);
        return found;
    }

    private boolean excluded(String relative) {
        for (PathPattern exclude : excludes) {
            if (exclude.matches(relative) || exclude.matchesEverythingBelow(relative)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link's target is inside a directory; a link that no longer resolves is left to the reader. */
    private static boolean leadsInto(Path link, Path realDirectory) {
        try {
            return link.toRealPath().startsWith(realDirectory);
        } catch (IOException e) {
            return true;
        }
    }

    /** The exception's type and the system's reason, without the path it names. */
    private static String describe(IOException e) {
        String reason = e instanceof FileSystemException system ? system.getReason() : null;
        return e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
    }

    private static String relative(Path root, Path path) {
        return slashSeparated(root.relativize(path));
    }

    /**
     * A relative path with {@code /} between its names, on every platform. Only the separator is
     * replaced: on POSIX a backslash is part of a name ({@code gitpod\gitpod.config.yaml} is one file,
     * not {@code gitpod/gitpod.config.yaml}), so it is kept.
     *
     * @param relative a relative path
     * @return its names joined by {@code /}; empty for the empty path
     */
    public static String slashSeparated(Path relative) {
        if (relative.getNameCount() <= 1) {
            return relative.toString();
        }
        StringBuilder text = new StringBuilder(relative.getName(0).toString());
        for (int i = 1; i < relative.getNameCount(); i++) {
            text.append('/').append(relative.getName(i));
        }
        return text.toString();
    }
}
