package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    private static final String MARKER = "gitpod-config-maven-plugin";

    @TempDir
    Path directory;

    @Test
    void createsTheDirectoryReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path report = directory.resolve("target/gitpod-config/report.sarif");
        ReportFiles.writeAtomically(report, "first ü " + MARKER, MARKER);
        ReportFiles.writeAtomically(report, "second", MARKER);
        assertEquals("second", Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void aFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(directory.resolve("usual.txt"));
        Path report = directory.resolve("gitpod-config.sarif");
        ReportFiles.writeAtomically(report, MARKER, MARKER);
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(report));
    }

    @Test
    void aFileThePluginDidNotWriteIsNotReplaced() throws IOException {
        Path notes = directory.resolve("NOTES.md");
        Files.writeString(notes, "my notes");
        IOException refused = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(notes, "x", MARKER));
        assertEquals(notes + " exists and was not written by this plugin, so it is not replaced", refused.getMessage());
        assertEquals("my notes", Files.readString(notes));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(notes), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void linksAndDirectoriesAreNotReplaced() throws IOException {
        Path notes = Files.writeString(directory.resolve("NOTES.md"), "my notes " + MARKER);
        Path link = Files.createSymbolicLink(directory.resolve("link.sarif"), notes);
        assertThrows(IOException.class, () -> ReportFiles.writeAtomically(link, "x", MARKER));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("my notes " + MARKER, Files.readString(notes));
        Path subdirectory = Files.createDirectory(directory.resolve("sub.sarif"));
        assertFalse(ReportFiles.absentOrOwn(subdirectory, MARKER));
    }

    @Test
    void onlyTheStartOfAFileIsLookedAt() throws IOException {
        Path late = Files.writeString(directory.resolve("late.sarif"), "x".repeat(ReportFiles.MARKER_WINDOW) + MARKER);
        assertFalse(ReportFiles.absentOrOwn(late, MARKER));
        assertTrue(ReportFiles.absentOrOwn(directory.resolve("absent.sarif"), MARKER));
    }
}
