package dev.gitpodconfig.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the files a check found without ever making it wait. Opening a FIFO blocks until something
 * writes to it, and some files that call themselves regular block on reading ({@code /proc/kmsg}); a
 * repository can hold a link to one, or swap a file for a FIFO after the walk found it. So, just before
 * a file is read:
 *
 * <ul>
 *   <li>its real path must lie inside the configuration directory (a link to outside it is no part of
 *       the project's configuration), and the real path must be a regular file, else it is
 *       {@link Refused refused};
 *   <li>a file of size zero is not opened at all: it has nothing to read, except on pseudo file systems,
 *       whose files report size zero and may block;
 *   <li>it is opened without following a link (one swapped in now is an error, not a detour) and read
 *       on a worker thread. Should the open or the read still block, because the file changed between
 *       that check and the open, the check gives up on it as soon as the path is no longer a regular
 *       file, or after {@link #GIVE_UP_SECONDS} seconds, and moves on; the stuck worker is abandoned.
 * </ul>
 *
 * <p>One instance serves one check run and then is {@linkplain #close() closed}; it is not thread-safe.
 */
public final class SafeFileReader implements AutoCloseable {

    /** How long a read may take before the check gives up on the file, even if it is still a regular file. */
    public static final long GIVE_UP_SECONDS = 30;

    /** How often a waiting read looks again at what the path is. */
    private static final long LOOK_AGAIN_MILLIS = 100;

    /**
     * A file that is not read: not a regular file, or a link leading out of the configuration directory.
     * The message says why, for the user.
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /** Why a link to outside the configuration directory is not read. */
    public static final String LINK_OUTSIDE = "a link to outside the configuration directory, not checked";

    private final Path realDirectory;
    private final int maxBytes;
    private ExecutorService worker;

    /**
     * Creates a reader.
     *
     * @param configDirectory the directory whose files are read, or null to read files anywhere
     * @param maxFileBytes the size limit; at most one byte more is read, so that a larger file is noticed
     * @throws IOException if the directory cannot be resolved
     */
    public SafeFileReader(Path configDirectory, long maxFileBytes) throws IOException {
        this.realDirectory = configDirectory == null ? null : configDirectory.toRealPath();
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1);
    }

    /**
     * Reads a file's bytes, at most the size limit plus one.
     *
     * @param file the file
     * @return its bytes
     * @throws Refused if the file is not a regular file inside the configuration directory, or its reading
     *     blocked
     * @throws IOException if it cannot be read (it vanished, it is not readable)
     */
    public byte[] read(Path file) throws IOException {
        Path real = file.toRealPath();
        if (realDirectory != null && !real.startsWith(realDirectory)) {
            throw new Refused(LINK_OUTSIDE);
        }
        BasicFileAttributes attributes =
                Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new Refused(NOT_REGULAR);
        }
        if (attributes.size() == 0) {
            return new byte[0];
        }
        return readWithin(real, TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS));
    }

    private static final String NOT_REGULAR = "not a regular file (a FIFO, a device or a socket), not read";

    /**
     * Reads a file on the worker, giving up once it is no longer a regular file or the time is over.
     * Package-private so that a test can hand it a FIFO past the checks of {@link #read(Path)}, as a file
     * swapped at the wrong moment would be.
     */
    byte[] readWithin(Path real, long giveUpNanos) throws IOException {
        Future<byte[]> reading = worker().submit(new Reading(real, maxBytes));
        long deadline = System.nanoTime() + giveUpNanos;
        while (true) {
            try {
                return reading.get(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (TimeoutException e) {
                boolean regular = Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
                if (!regular || System.nanoTime() - deadline > 0) {
                    abandon(reading);
                    throw new Refused(
                            regular
                                    ? "reading did not finish within " + GIVE_UP_SECONDS + " seconds, not read"
                                    : NOT_REGULAR);
                }
            } catch (InterruptedException e) {
                abandon(reading);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + real);
            }
        }
    }

    /**
     * Leaves a blocked read behind: an interrupt closes the channel of a blocked read, while a thread
     * blocked in opening a FIFO stays there, a daemon that keeps no JVM alive. Later files get a new worker.
     */
    private void abandon(Future<byte[]> reading) {
        reading.cancel(true);
        worker.shutdownNow();
        worker = null;
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(DaemonThreads.INSTANCE);
        }
        return worker;
    }

    /** Stops the worker. */
    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** Opens and reads one file; a class rather than a lambda, which would cost a class spun at first use. */
    private static final class Reading implements Callable<byte[]> {
        private final Path file;
        private final int maxBytes;

        Reading(Path file, int maxBytes) {
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public byte[] call() throws IOException {
            // A file channel, unlike a plain stream, is closed by an interrupt, which ends a blocked read.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                    InputStream in = Channels.newInputStream(channel)) {
                return in.readNBytes(maxBytes);
            }
        }
    }

    /** Worker threads that never keep the JVM (a Maven build) alive. */
    private static final class DaemonThreads implements ThreadFactory {
        static final DaemonThreads INSTANCE = new DaemonThreads();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "gitpod-config-file-reader");
            thread.setDaemon(true);
            return thread;
        }
    }
}
