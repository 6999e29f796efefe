package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gitpodconfig.testing.HostileFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "FIFOs and these links are POSIX ones")
class SafeFileReaderTest {

    @TempDir
    Path directory;

    @Test
    void readsARegularFileUpToOneBytePastTheLimit() throws Exception {
        Path file = Files.writeString(directory.resolve("a.yaml"), "domain: gitpod.example.com\n");
        try (SafeFileReader reader = new SafeFileReader(directory, 10)) {
            assertEquals("domain: git", new String(reader.read(file), StandardCharsets.UTF_8));
        }
        try (SafeFileReader reader = new SafeFileReader(directory, 1000)) {
            assertArrayEquals(Files.readAllBytes(file), reader.read(file));
            assertArrayEquals(new byte[0], reader.read(Files.createFile(directory.resolve("empty.yaml"))));
        }
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = HostileFiles.fifo(directory.resolve("fifo.yaml"));
        try (SafeFileReader reader = new SafeFileReader(directory, 1000)) {
            SafeFileReader.Refused refused = assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertThrows(SafeFileReader.Refused.class, () -> reader.read(fifo)));
            assertEquals("not a regular file (a FIFO, a device or a socket), not read", refused.getMessage());
        }
    }

    /**
     * A file swapped for a FIFO after the checks and before the open: the open blocks on the worker, and the
     * check gives up as soon as it sees the path is no longer a regular file, long before its time is over.
     */
    @Test
    void anOpenThatBlocksIsGivenUpAtTheNextLook() throws Exception {
        Path fifo = HostileFiles.fifo(directory.resolve("swapped.yaml"));
        try (SafeFileReader reader = new SafeFileReader(directory, 1000)) {
            long started = System.nanoTime();
            SafeFileReader.Refused refused = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> assertThrows(
                            SafeFileReader.Refused.class,
                            () -> reader.readWithin(fifo, TimeUnit.SECONDS.toNanos(600))));
            assertEquals("not a regular file (a FIFO, a device or a socket), not read", refused.getMessage());
            assertEquals(0, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) / 10, "within seconds");
            Path file = Files.writeString(directory.resolve("next.yaml"), "a: 1\n");
            assertArrayEquals(Files.readAllBytes(file), reader.read(file), "the next file gets a new worker");
        } finally {
            HostileFiles.release(fifo);
        }
    }

    @Test
    void aLinkOutOfTheDirectoryIsRefusedAndOneInsideIsFollowed(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.yaml"), "password: x\n");
        Path out = Files.createSymbolicLink(directory.resolve("out.yaml"), secret);
        Path target = Files.writeString(directory.resolve("target.yaml"), "a: 1\n");
        Path in = Files.createSymbolicLink(directory.resolve("in.yaml"), target);
        try (SafeFileReader reader = new SafeFileReader(directory, 1000)) {
            assertEquals(
                    "a link to outside the configuration directory, not checked",
                    assertThrows(SafeFileReader.Refused.class, () -> reader.read(out))
                            .getMessage());
            assertArrayEquals(Files.readAllBytes(target), reader.read(in));
        }
        try (SafeFileReader anywhere = new SafeFileReader(null, 1000)) {
            assertArrayEquals(Files.readAllBytes(secret), anywhere.read(out), "without a directory, links go anywhere");
        }
    }
}
