package dev.gitpodconfig.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Outputs;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The properties every input must satisfy. Any byte sequence, loaded, classified and checked by every
 * rule, yields findings or a skip, and nothing else (no exception, no finding without a location), within
 * a budget of CPU time and allocated memory, and no line it prints holds a raw control character. And a
 * secret planted at a secret position (a KOTS password, a Secret's data, URL userinfo; written plainly,
 * quoted with escapes, as an alias, anchor or tag, with the input's bytes after it, which often break the
 * document) reaches no output: console lines, annotations, SARIF, Checkstyle, the cache file; its
 * fingerprints do not depend on it either.
 *
 * <p>In a normal build this runs the regression inputs in {@code CheckFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for two minutes (see {@code .ci/run}).
 */
class CheckFuzzTest {

    private static final Set<String> RULE_IDS =
            Rules.all().stream().map(rule -> rule.info().id()).collect(Collectors.toUnmodifiableSet());
    /** CPU time one check may take: far above any input the fuzzer makes (a few KB), far below a hang. */
    private static final long CPU_BUDGET_NANOS = 5_000_000_000L;
    /** Memory one check may allocate: a fixed part for the rules and reports, and a part per input byte. */
    private static final long ALLOCATION_BUDGET_BYTES = 64L * 1024 * 1024;

    private static final long ALLOCATION_BUDGET_PER_BYTE = 4_096;

    private static final String FILE = "fuzz/gitpod.config.yaml";
    private static final Path SCRATCH = scratch();

    private final GitpodConfigChecker checker = Checks.file(FILE).checker();

    @FuzzTest(maxDuration = "2m")
    void anyBytesGiveFindingsOrASkip(byte[] input) {
        CheckResult result = checkWithinBudget(input);
        assertEquals(
                1,
                result.checkedFiles().size() + result.skippedFiles().size(),
                "the file is either checked or skipped");
        for (Finding finding : result.findings()) {
            assertTrue(RULE_IDS.contains(finding.ruleId()), finding.ruleId());
            assertTrue(finding.position().line() >= 1 && finding.position().column() >= 1, finding.toString());
            assertFalse(finding.message().isBlank(), finding.toString());
            assertFalse(finding.fix().isBlank(), finding.toString());
            assertEquals(FILE, finding.file());
        }
        assertNoControlCharacters(result);
        if (input.length >= 2) {
            assertPlantedSecretHidden(
                    Template.values()[Byte.toUnsignedInt(input[0]) % Template.values().length],
                    Writing.values()[Byte.toUnsignedInt(input[1]) % Writing.values().length],
                    new String(input, 2, input.length - 2, StandardCharsets.UTF_8),
                    Arrays.hashCode(input));
        }
    }

    /** Every planting, followed by no text and by texts that break the document in different places. */
    @Test
    void everyPlantedSecretIsHidden() {
        List<String> suffixes = List.of(
                "",
                "  x: [",
                "other: *nowhere",
                "\tbad: tab",
                "  - item",
                "---\nkind: Secret\n",
                "key: \"unclosed",
                "a: !!python/object x",
                "{\"json\": [1,");
        int seed = 0;
        for (Template template : Template.values()) {
            for (Writing writing : Writing.values()) {
                for (String suffix : suffixes) {
                    assertPlantedSecretHidden(template, writing, suffix, seed++);
                }
            }
        }
    }

    /** Where a secret is planted: a line ending in {@code %s}, where the written secret goes. */
    private enum Template {
        KOTS_PASSWORD(Yaml.kotsValues("    reg_incluster:\n      value: \"0\"\n    reg_password:\n      value: %s")),
        KOTS_URL(Yaml.kotsValues(
                "    reg_incluster:\n      value: \"0\"\n    reg_url:\n      value: https://robot:%s@eu.gcr.io")),
        SECRET_DATA(Yaml.registrySecret("%s")),
        SECRET_STRING_DATA(
                Yaml.registrySecret("x").replace("data:\n  .dockerconfigjson: x", "stringData:\n  password: %s")),
        INSTALLER_URL(Yaml.installerExternal("https://robot:%s@123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod")),
        INSTALLER_URL_SLASH(Yaml.installerExternal("https://AKIAUSER:pre/%s@harbor.example.com/gitpod")),
        INSTALLER_URL_AT(Yaml.installerExternal("https://robot:%s@pa%2Fss@harbor.example.com/Gitpod")),
        INSTALLER_KEY("domain: gitpod.example.com\nobjectStorage:\n  inCluster: false\n  s3:\n"
                + "    endpoint: s3.amazonaws.com\n    bucket: gitpod\n    credentials:\n      secretKey: %s");

        private final String text;

        Template(String text) {
            this.text = text.strip();
        }

        boolean isUrl() {
            return name().contains("URL");
        }
    }

    /** How the secret is written at its place; {@code %s} is the secret. */
    private enum Writing {
        PLAIN("%s", "%s"),
        DOUBLE_QUOTED("\"%s\\x41\\\\q\"", "\"%s\\x41\""),
        SINGLE_QUOTED("'%s''q'", "'%s''q'"),
        ALIAS("*%s", "%s"),
        ANCHOR("&%s x", "%s"),
        LOCAL_TAG("!%s", "%s"),
        YAML_TAG("!!%s", "%s"),
        TAGGED_VALUE("!t %s", "%s"),
        BLOCK("|\n        %s\n        more", "%s"),
        /** Under a key named like a credential only lists pass the secret on: {@code {k: v}} has keys of its own. */
        FLOW("[%s, [%s]]", "%s");

        private final String value;
        /** Inside a URL, the secret is only part of a scalar: no tags or aliases there. */
        private final String inUrl;

        Writing(String value, String inUrl) {
            this.value = value;
            this.inUrl = inUrl;
        }
    }

    /**
     * Plants two secrets of the same length and kind of characters, derived from the input, so that the
     * fuzzer cannot learn them from the comparisons below and write them where they are no secret.
     */
    private void assertPlantedSecretHidden(Template template, Writing writing, String suffix, int seed) {
        String secret = secret(seed, 'Q');
        CheckResult result = checker.checkContent(FILE, planted(template, writing, suffix, secret));
        Map<String, String> outputs = Outputs.all(checker, result, SCRATCH);
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            assertFalse(
                    output.getValue().contains(secret),
                    () -> "the secret " + secret + " of " + template + "/" + writing + " is in the " + output.getKey()
                            + " output:\n" + output.getValue());
        }
        String other = secret(seed, 'Z');
        CheckResult otherResult = checker.checkContent(FILE, planted(template, writing, suffix, other));
        if (locations(result).equals(locations(otherResult))) {
            // The same findings: then each fingerprint must be the same too, as no fingerprint hashes a secret.
            assertEquals(
                    fingerprints(result), fingerprints(otherResult), () -> template + "/" + writing + ": " + result);
        }
    }

    private static byte[] planted(Template template, Writing writing, String suffix, String secret) {
        String written = (template.isUrl() ? writing.inUrl : writing.value).replace("%s", secret);
        return (template.text.replace("%s", written) + "\n" + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static String secret(int seed, char last) {
        StringBuilder secret = new StringBuilder("Pz");
        int bits = seed * 0x9E3779B9 + 0x7F4A7C15;
        for (int i = 0; i < 10; i++) {
            secret.append((char) ('a' + Math.floorMod(bits >> (i * 3), 26)));
        }
        return secret.append(last).append("9").toString();
    }

    private static List<String> locations(CheckResult result) {
        List<String> locations = new ArrayList<>();
        for (Finding finding : result.findings()) {
            locations.add(finding.ruleId() + "@" + finding.position() + ":" + finding.yamlPath());
        }
        return locations;
    }

    private static List<String> fingerprints(CheckResult result) {
        List<String> fingerprints = new ArrayList<>();
        for (Finding finding : result.findings()) {
            fingerprints.add(finding.fingerprint());
        }
        return fingerprints;
    }

    /**
     * Checks an input and asserts the budget. A check over budget is measured once more: the first check
     * to reach a class loads it, and the fuzzer instruments it then, on the checking thread.
     */
    private CheckResult checkWithinBudget(byte[] input) {
        long[] used = new long[2];
        CheckResult result = measured(input, used);
        long allowed = ALLOCATION_BUDGET_BYTES + ALLOCATION_BUDGET_PER_BYTE * input.length;
        if (used[0] > CPU_BUDGET_NANOS || used[1] > allowed) {
            result = measured(input, used);
        }
        long cpu = used[0];
        long allocated = used[1];
        assertTrue(cpu <= CPU_BUDGET_NANOS, () -> "the check took " + cpu / 1_000_000 + " ms of CPU time");
        assertTrue(
                allocated <= allowed,
                () -> "the check allocated " + allocated / 1024 + " KiB for " + input.length + " bytes of input");
        return result;
    }

    /** Checks an input; puts the CPU time it took and the bytes it allocated into {@code used}. */
    private CheckResult measured(byte[] input, long[] used) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        CheckResult result = checker.checkContent(FILE, input);
        used[0] = threads.getCurrentThreadCpuTime() - cpu;
        used[1] = threads.getCurrentThreadAllocatedBytes() - allocated;
        return result;
    }

    /** A raw control character in a log line can rewrite the terminal or forge a line of its own. */
    private static void assertNoControlCharacters(CheckResult result) {
        List<String> lines = new ArrayList<>(Outputs.consoleLines(result));
        lines.addAll(Outputs.annotations(result));
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                int index = i;
                assertFalse(
                        Character.isISOControl(c),
                        () -> String.format("U+%04X at %d in: %s", (int) c, index, line.replaceAll("\\p{Cc}", "?")));
            }
        }
    }

    private static Path scratch() {
        try {
            Path directory = Files.createTempDirectory("gitpod-config-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
