package dev.gitpodconfig.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * File system entries a hostile repository can hold, made with the system's own tools (Java can make
 * neither a FIFO nor a path longer than the system allows). POSIX only.
 */
public final class HostileFiles {

    private HostileFiles() {}

    /** Makes a FIFO: opening it for reading blocks until something opens it for writing. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        run(path.getParent(), "mkfifo", path.getFileName().toString());
        return path;
    }

    /**
     * Lets whatever blocks in opening a FIFO for reading go on: opening it for reading and writing never
     * blocks on Linux and counts as a writer; closing it at once gives the reader an end of file.
     */
    public static void release(Path fifo) throws IOException {
        FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)
                .close();
    }

    /**
     * Makes a directory below {@code parent} that no process can read, root included, which chmod cannot
     * do (root reads every directory whatever its mode): its path is longer than the system's limit of
     * 4,096 bytes, so every call that names it fails ({@code File name too long}), as a directory without
     * read permission fails for any other user. {@code mkdir -p} builds it one level at a time.
     *
     * @param parent where it starts
     * @param name the name of its first level, which is what a walk of {@code parent} fails on
     * @return the first level, whose deepest descendant is unreadable; remove it with {@link #delete(Path)}
     */
    public static Path unreadableDirectory(Path parent, String name) throws IOException, InterruptedException {
        String level = "d".repeat(200);
        StringBuilder deep = new StringBuilder(name);
        while (deep.length() + parent.toAbsolutePath().toString().length() < 4_500) {
            deep.append('/').append(level);
        }
        run(parent, "mkdir", "-p", deep.toString());
        return parent.resolve(name);
    }

    /** Removes a tree, also one too deep for Java's file API. */
    public static void delete(Path tree) throws IOException, InterruptedException {
        if (Files.exists(tree)) {
            run(tree.getParent(), "rm", "-rf", tree.getFileName().toString());
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .inheritIO()
                .start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
