package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path directory;

    @Test
    void createsTheDirectoryReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path report = directory.resolve("target/gitpod-config/report.sarif");
        ReportFiles.writeAtomically(report, "first ü");
        ReportFiles.writeAtomically(report, "second");
        assertEquals("second", Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }
}
