package dev.gitpodconfig.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files so that a reader never sees half a report, even when the build is interrupted. */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Writes a file atomically: the text goes to a temporary file in the same directory, which then
     * replaces the target in one step (an atomic move where the file system offers it).
     *
     * @param target the report file
     * @param text its content, written as UTF-8
     * @throws IOException if the directory or file cannot be written
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
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
}
