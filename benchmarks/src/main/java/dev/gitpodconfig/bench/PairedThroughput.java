package dev.gitpodconfig.bench;

import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The throughput ratio of {@link ThroughputBenchmark}, measured so that the speed drift of a shared virtual
 * machine cancels out: the check and bare SnakeYAML composition of the same 10,000 files run alternately in
 * one JVM, round after round, and each round's ratio compares two passes taken seconds apart. JMH runs the
 * two benchmarks one after the other, minutes apart, so a slow minute lands on one side only.
 *
 * <p>Usage: {@code java -cp … dev.gitpodconfig.bench.PairedThroughput [rounds] [warm-up rounds]}.
 */
public final class PairedThroughput {

    private PairedThroughput() {}

    /**
     * Runs the paired rounds and prints each round and the medians.
     *
     * @param args rounds (default 30) and warm-up rounds (default 10)
     * @throws Exception never in practice
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<byte[]> contents = ConfigCorpus.generate(10_000, 42);
        // As the Maven goal runs the engine outside debug level (-X): no debug notes.
        GitpodConfigChecker checker = new GitpodConfigChecker(CheckOptions.builder(Path.of(".")).collectNotes(false).build());
        List<Double> checkMillis = new ArrayList<>();
        List<Double> bareMillis = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long sink = 0;
        for (int round = -warmUp; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < contents.size(); i++) {
                sink += checker.checkContent("configs/" + i + "/gitpod.config.yaml", contents.get(i)).findings().size();
            }
            long checked = System.nanoTime();
            for (byte[] content : contents) {
                LoaderOptions options = new LoaderOptions();
                Composer composer = new Composer(new ParserImpl(new StreamReader(
                        new StringReader(new String(content, StandardCharsets.UTF_8))), options), new Resolver(), options);
                while (composer.checkNode()) {
                    sink += composer.getNode().getStartMark().getLine() & 1;
                }
            }
            long composed = System.nanoTime();
            if (round >= 0) {
                double check = (checked - start) / 1e6;
                double bare = (composed - checked) / 1e6;
                checkMillis.add(check);
                bareMillis.add(bare);
                ratios.add(bare / check);
                System.out.printf("round %2d: check %6.0f ms, bare %6.0f ms, throughput %3.0f %%%n", round + 1, check, bare,
                        100 * bare / check);
            }
        }
        System.out.printf("median of %d paired rounds after %d warm-up rounds: check %.0f ms, bare SnakeYAML %.0f ms; "
                + "check throughput = %.0f %% of bare (interquartile range %.0f-%.0f %%) [%d]%n", rounds, warmUp,
                median(checkMillis), median(bareMillis), 100 * median(ratios), 100 * quantile(ratios, 0.25),
                100 * quantile(ratios, 0.75), sink % 7);
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }
}
