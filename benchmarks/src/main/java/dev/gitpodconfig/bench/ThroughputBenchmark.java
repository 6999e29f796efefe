package dev.gitpodconfig.bench;

import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Checking 10,000 in-memory config files against the floor: bare SnakeYAML composition of the same
 * bytes (decode, parse, compose every document; nothing else).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ThroughputBenchmark {

    /** How many files one operation processes. */
    @Param({"10000"})
    public int files;

    private List<byte[]> contents;
    private GitpodConfigChecker checker;

    /**
     * Generates the files.
     *
     * @throws Exception never in practice
     */
    @Setup
    public void setUp() throws Exception {
        contents = ConfigCorpus.generate(files, 42);
        // As the Maven goal runs the engine outside debug level (-X): no debug notes.
        checker = new GitpodConfigChecker(CheckOptions.builder(Path.of(".")).collectNotes(false).build());
    }

    /**
     * The plugin's engine: load, classify, build the views, run every rule.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void gitpodConfigCheck(Blackhole blackhole) {
        for (int i = 0; i < contents.size(); i++) {
            CheckResult result = checker.checkContent("configs/" + i + "/gitpod.config.yaml", contents.get(i));
            blackhole.consume(result);
        }
    }

    /**
     * The floor: SnakeYAML composition of the same bytes.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void snakeYamlCompose(Blackhole blackhole) {
        for (byte[] content : contents) {
            LoaderOptions options = new LoaderOptions();
            Composer composer = new Composer(new ParserImpl(new StreamReader(
                    new StringReader(new String(content, StandardCharsets.UTF_8))), options), new Resolver(), options);
            while (composer.checkNode()) {
                blackhole.consume(composer.getNode());
            }
        }
    }
}
