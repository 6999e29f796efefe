package dev.gitpodconfig.bench;

import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A whole check run (find, read, load, check) over 1 to 10,000 files on disk, to show linear cost. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScalingBenchmark {

    /** How many files the project holds. */
    @Param({"1", "100", "1000", "10000"})
    public int files;

    private CheckOptions options;

    /**
     * Writes the files to a temporary project.
     *
     * @throws Exception if writing fails
     */
    @Setup
    public void setUp() throws Exception {
        Path project = Files.createTempDirectory("gitpod-config-bench");
        ConfigCorpus.write(project, ConfigCorpus.generate(files, 42));
        // As the Maven goal runs the engine outside debug level (-X): no debug notes.
        options = CheckOptions.builder(project).collectNotes(false).build();
    }

    /**
     * One run of the check.
     *
     * @return the result
     * @throws Exception never for valid options
     */
    @Benchmark
    public Object check() throws Exception {
        return new GitpodConfigChecker(options).check();
    }
}
