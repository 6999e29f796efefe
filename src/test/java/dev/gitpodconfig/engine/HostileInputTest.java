package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Large and pathological inputs: each gives findings or a skip, counts right, and finishes. The
 * timeouts are hang guards, far above the real cost; speed is measured by the benchmarks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aThirtyMegabyteConfigIsReportedAsTooLargeWithoutBeingParsed() throws Exception {
        byte[] big = repeat("containerRegistry:\n  inCluster: true\n# padding padding padding padding\n", 30 * MIB);
        CheckResult result = checker(LoadLimits.DEFAULTS).checkContent("big/gitpod.config.yaml", big);
        assertEquals(List.of("yaml-syntax 1:1 ERROR"), describe(result.findings()));
        assertTrue(
                result.findings().get(0).message().contains("larger than the limit of 2097152 bytes"),
                result.findings().get(0).message());
    }

    @Test
    void aThirtyMegabyteFileThatIsNotGitpodConfigIsSkipped() throws Exception {
        CheckResult result =
                checker(LoadLimits.DEFAULTS).checkContent("big/values.yaml", repeat("key: value\n", 30 * MIB));
        assertEquals(List.of(), result.findings());
        assertEquals(1, result.skippedFiles().size());
        assertTrue(result.skippedFiles().get(0).unparsable());
    }

    @Test
    void anEightMegabyteLineIsReportedWithoutBeingParsed() throws Exception {
        String url = "registry.gitlab.com/" + "a".repeat((int) (8 * MIB));
        byte[] yaml = Yaml.utf8(Yaml.bareExternalRegistry(url));
        CheckResult result = checker(new LoadLimits(16 * MIB, 50, 50)).checkContent("gitpod.config.yaml", yaml);
        assertEquals(List.of("yaml-syntax 4:1 ERROR"), describe(result.findings()));
        assertTrue(
                result.findings().get(0).message().contains("line 4 is 8388637 characters long"),
                result.findings().get(0).message());
    }

    @Test
    void anEightMegabyteScalarOnManyLinesIsCheckedAndNeverQuotedInFull() throws Exception {
        String line = "registry.gitlab.com/" + "a".repeat(1000);
        StringBuilder yaml = new StringBuilder("containerRegistry:\n  inCluster: false\n  external:\n    url: >-\n");
        while (yaml.length() < 8 * MIB) {
            yaml.append("      ").append(line).append('\n');
        }
        CheckResult result = checker(new LoadLimits(16 * MIB, 50, 50))
                .checkContent("gitpod.config.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(
                describe(result.findings()).contains("registry-gitlab-unsupported 4:10 ERROR"),
                describe(result.findings()).toString());
        for (Finding finding : result.findings()) {
            assertTrue(finding.message().length() < 4_000, "a message does not quote megabytes: " + finding.ruleId());
        }
    }

    @Test
    void millionsOfTemplateOpeningsWithoutAClosingDoNotTakeQuadraticTime() throws Exception {
        String chunk = "{{".repeat(2000) + " ${".repeat(1000) + " [[".repeat(1000) + "\n      ";
        byte[] yaml = ("containerRegistry:\n  inCluster: false\n  external:\n    url: >-\n      " + chunk.repeat(1000)
                        + "x\n")
                .getBytes(StandardCharsets.UTF_8);
        CheckResult result = checker(new LoadLimits(16 * MIB, 50, 50)).checkContent("gitpod.config.yaml", yaml);
        assertEquals(1, result.checkedFiles().size());
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("config-unresolved-placeholder")));
    }

    @Test
    void twoHundredThousandUnknownKeysAreCountedButOnlyTheFirstHundredListed() throws Exception {
        // One key of Gitpod's makes the block an installer config's; a block of foreign keys alone is not Gitpod's.
        StringBuilder yaml = new StringBuilder("containerRegistry:\n  inCluster: true\n");
        for (int i = 0; i < 200_000; i++) {
            yaml.append("  k").append(i).append(": 1\n");
        }
        yaml.append("domain: gitpod.example.com\n");
        CheckResult result = checker(new LoadLimits(8 * MIB, 50, 50))
                .checkContent("keys/gitpod.config.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(LoadLimits.DEFAULT_MAX_FINDINGS_PER_FILE, result.findings().size());
        assertEquals("config-unknown-key 3:3 ERROR", describe(result.findings()).get(0));
        assertEquals(List.of(new OmittedFindings("keys/gitpod.config.yaml", 199_900, 0, 0)), result.omitted());
        assertEquals(200_000, result.count(Severity.ERROR));
        assertEquals(200_000, result.countAtLeast(Severity.WARNING));
    }

    @Test
    void theFindingsLimitIsConfigurable() throws Exception {
        byte[] yaml = "containerRegistry:\n  inCluster: true\n  a: 1\n  b: 2\n  c: 3\ndomain: gitpod.example.com\n"
                .getBytes(StandardCharsets.UTF_8);
        CheckResult result = checker(new LoadLimits(MIB, 50, 50, 2)).checkContent("gitpod.config.yaml", yaml);
        assertEquals(
                List.of("config-unknown-key 3:3 ERROR", "config-unknown-key 4:3 ERROR"), describe(result.findings()));
        assertEquals(List.of(new OmittedFindings("gitpod.config.yaml", 1, 0, 0)), result.omitted());
        assertEquals(3, result.count(Severity.ERROR));
    }

    /**
     * Files within the default size limit that once cost gigabytes: every problem and value below a
     * 500,000-character key carried that key in its path. A child JVM with a 256 MB heap checks them, so
     * running out of memory fails the test instead of slowing the whole suite.
     */
    @Test
    void hostileFilesWithinTheSizeLimitAreCheckedInAQuarterGigabyteOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Process child = new ProcessBuilder(
                        java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath, TwoMegabyteFiles.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        // Duplicate keys up to the per-file limits of the loader: 10,000 problems, or 4 M characters of their paths
        // (45 keys of 201 characters, shortened to 81) or messages; identical findings (every duplicate of an alias
        // is reported at the anchor) are one. The top-level keys of the merges are unknown to every installer: errors.
        // Where no error fills the list, the note that the overlay lacks domain is listed too.
        assertEquals(
                List.of(
                        "huge key: 1 checked, 10001 error(s), 100 listed",
                        "long keys, deeply nested: 1 checked, 1114 error(s), 100 listed",
                        "alias to a long key: 1 checked, 3 error(s), 4 listed",
                        "five merges of 100,000 keys: 1 checked, 6 error(s), 7 listed"),
                output.lines().toList());
    }

    /** Generates each file in memory, checks it and prints a line about the result. */
    static final class TwoMegabyteFiles {
        public static void main(String[] args) throws Exception {
            long limit = LoadLimits.DEFAULT_MAX_FILE_BYTES;
            StringBuilder yaml = new StringBuilder("containerRegistry:\n  inCluster: true\n  ? ")
                    .append("a".repeat(500_000))
                    .append("\n  :\n");
            while (yaml.length() < limit - 10) {
                yaml.append("    b: 1\n");
            }
            print("huge key", yaml);
            yaml = new StringBuilder("containerRegistry:\n  inCluster: true\n");
            String indent = "  ";
            for (int depth = 0; depth < 45; depth++) {
                yaml.append(indent).append("k".repeat(200)).append(depth).append(":\n");
                indent += " ";
            }
            yaml.append(indent).append('{');
            while (yaml.length() < limit - 60) {
                yaml.append("b: 1,\n").append(indent);
            }
            print("long keys, deeply nested", yaml.append("b: 1}\n"));
            yaml = new StringBuilder("containerRegistry:\n  external: &k ")
                    .append("a".repeat(500_000))
                    .append("\n  m:\n");
            while (yaml.length() < limit - 12) {
                yaml.append("    *k : 1\n");
            }
            print("alias to a long key", yaml);
            yaml = new StringBuilder("containerRegistry:\n  inCluster: true\nbig: &big\n");
            for (int i = 0; i < 100_000; i++) {
                yaml.append("  k").append(i).append(": ").append(i).append('\n');
            }
            for (int m = 1; m <= 5; m++) {
                yaml.append('m').append(m).append(": {<<: *big}\n");
            }
            print("five merges of 100,000 keys", yaml);
        }

        private static void print(String name, CharSequence yaml) {
            CheckResult result = checker(LoadLimits.DEFAULTS)
                    .checkContent("gitpod.config.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
            System.out.println(name + ": " + result.checkedFiles().size() + " checked, " + result.count(Severity.ERROR)
                    + " error(s), " + result.findings().size() + " listed");
        }
    }

    private static GitpodConfigChecker checker(LoadLimits limits) {
        return Checks.options(o -> o.limits(limits)).checker();
    }

    private static byte[] repeat(String text, long atLeastBytes) {
        byte[] unit = text.getBytes(StandardCharsets.UTF_8);
        int copies = (int) (atLeastBytes / unit.length) + 1;
        byte[] out = new byte[copies * unit.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + " " + f.position().line() + ":"
                        + f.position().column() + " " + f.severity())
                .toList();
    }
}
