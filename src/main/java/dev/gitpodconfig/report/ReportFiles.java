package dev.gitpodconfig.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes report and cache files so that a reader never sees half a file, even when the build is interrupted,
 * and so that no file the plugin did not write is ever replaced: an output path that names a user's file is
 * a mistake in the configuration, not permission to overwrite it.
 */
public final class ReportFiles {

    /** How much of an existing file is read to see whether the plugin wrote it. */
    static final int MARKER_WINDOW = 1024;

    private ReportFiles() {}

    /**
     * Writes a file atomically: the text goes to a new file in the same directory, which then replaces the
     * target in one step (an atomic move where the file system offers it). The new file is created without
     * explicit permissions, so it gets the same ones as any file the build creates (the umask), not the owner-only
     * ones of {@link Files#createTempFile}.
     *
     * @param target the file to write
     * @param text its content, written as UTF-8
     * @param ownMarker text that every file of this kind written by the plugin holds in its first
     *     {@value #MARKER_WINDOW} bytes; an existing target without it is not replaced
     * @throws IOException if the directory or file cannot be written, or the target exists and is not such a
     *     file (then nothing is written)
     */
    public static void writeAtomically(Path target, String text, String ownMarker) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        if (!absentOrOwn(target, ownMarker)) {
            throw new IOException(notOwnReason(target));
        }
        Path temporary = createTemporary(directory, target.getFileName().toString());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Whether a file may be written over: it does not exist, or it is a regular file (not a link, directory or
     * device) whose first {@value #MARKER_WINDOW} bytes hold the marker.
     *
     * @param file the file
     * @param ownMarker the text that the plugin's files of this kind hold near their start
     * @return true if the plugin may replace the file
     * @throws IOException if the file exists but cannot be read
     */
    public static boolean absentOrOwn(Path file, String ownMarker) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (!attributes.isRegularFile()) {
            // A link could point anywhere, and opening a FIFO or device could block.
            return false;
        }
        ByteBuffer start = ByteBuffer.allocate(MARKER_WINDOW);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (start.hasRemaining() && channel.read(start) > 0) {
                // Read until the window is full or the file ends.
            }
        }
        String head = new String(start.array(), 0, start.position(), StandardCharsets.UTF_8);
        return head.contains(ownMarker);
    }

    /**
     * Why a file is not replaced, for a message that names it.
     *
     * @param file the file found in the way
     * @return the sentence
     */
    public static String notOwnReason(Path file) {
        return Printable.escape(file.toString()) + " exists and was not written by this plugin, so it is not replaced";
    }

    private static Path createTemporary(Path directory, String name) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                // No file attributes: the file system applies the umask, as for any other file the build creates.
                return Files.createFile(directory.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // Another writer took this name; draw another.
            }
        }
    }
}
