package dev.gitpodconfig.engine;

import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.FindingFingerprint;
import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.report.SarifWriter;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Outputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets written where YAML breaks or where their source text differs from their value (an alias, a
 * tag, an escape sequence, a password holding {@code /} or {@code @}) reach no output: not the console
 * lines, the GitHub annotations, the SARIF or Checkstyle report, the cache file, nor the fingerprints.
 */
class PlantedSecretsTest {

    private static final Checks.Run RUN = Checks.file(Checks.FILE);
    private static final GitpodConfigChecker CHECKER = RUN.checker();
    private static final Pattern SARIF_FINGERPRINT =
            Pattern.compile("\"" + Pattern.quote(SarifWriter.FINGERPRINT_KEY) + "\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path scratch;

    private static String kotsPassword(String value) {
        return kotsValues("    reg_password:\n      value: " + value + "\n");
    }

    /** Checks a text and asserts that no output contains any of the planted texts. */
    private CheckResult assertNotInAnyOutput(String yaml, String... planted) {
        CheckResult result = RUN.check(yaml);
        for (Map.Entry<String, String> output :
                Outputs.all(CHECKER, result, scratch).entrySet()) {
            for (String secret : planted) {
                assertFalse(
                        output.getValue().contains(secret),
                        () -> "<" + secret + "> in the " + output.getKey() + " output:\n" + output.getValue());
            }
        }
        return result;
    }

    private static Finding single(CheckResult result, String ruleId) {
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
        assertEquals(1, findings.size(), result.findings()::toString);
        return findings.get(0);
    }

    private static String only(CheckResult result, String ruleId) {
        return single(result, ruleId).message();
    }

    /** Where secrets are planted, and the parts of them no output may show. */
    private record Planted(String yaml, List<String> secrets) {}

    private static List<Planted> planted() {
        List<Planted> planted = new ArrayList<>(List.of(
                new Planted(kotsPassword("*Pl4ntAliasPw21"), List.of("Pl4ntAliasPw21")),
                new Planted(kotsPassword("!Pl4ntTagPw22"), List.of("Pl4ntTagPw22")),
                new Planted(kotsPassword("!!Pl4ntTagPw25"), List.of("Pl4ntTagPw25")),
                new Planted(SECRET_WITH_ALIAS, List.of("Pl4ntSecretAlias23")),
                new Planted(kotsPassword("\"Pl4ntEsc\\qPw26\""), List.of("Pl4ntEsc", "qPw26", "(113)")),
                new Planted(kotsPassword("!Pl4nt!Handle27 x"), List.of("Pl4nt", "Handle27")),
                new Planted(kotsPassword("&Pl4nt,Anchor28 x"), List.of("Pl4nt", "Anchor28")),
                new Planted(kotsPassword("!<Pl4ntVerbatim29 x"), List.of("Pl4nt", "Verbatim29"))));
        for (String password : USERINFO_PASSWORDS) {
            planted.add(new Planted(
                    installerExternal("https://AKIAUSER:" + password + "@harbor.example.com/gitpod"),
                    List.of("wJalrPlant", "XY@", "AKIAUSER", password.substring(password.length() - 8))));
        }
        return planted;
    }

    private static final String SECRET_WITH_ALIAS = "apiVersion: v1\nkind: Secret\n"
            + "type: kubernetes.io/dockerconfigjson\nstringData: {password: *Pl4ntSecretAlias23}\n";
    private static final List<String> USERINFO_PASSWORDS = List.of(
            "wJalrPlant/SlashPw09XY", "wJalrPlant@AtPw10XY", "wJalrPlant%2FPctPw11XY", "wJalrPlant/x@y%z/Mix12XY");

    @ParameterizedTest
    @ValueSource(strings = {"console", "annotations", "sarif", "checkstyle", "cache"})
    void noPlantedSecretReachesTheOutput(String output) {
        for (Planted plant : planted()) {
            CheckResult result = RUN.check(plant.yaml());
            assertFalse(result.findings().isEmpty() && result.skippedFiles().isEmpty(), plant::toString);
            String text = Outputs.all(CHECKER, result, scratch).get(output);
            for (String secret : plant.secrets()) {
                assertFalse(
                        text.contains(secret),
                        () -> "<" + secret + "> in the " + output + " output of\n" + plant.yaml() + "\n" + text);
            }
        }
    }

    @Test
    void anUndefinedAliasAtAKotsPasswordIsNotQuoted() {
        CheckResult result = assertNotInAnyOutput(kotsPassword("*Pl4ntAliasPw21"), "Pl4ntAliasPw21");
        assertEquals(
                "The file cannot be loaded: invalid YAML: found an undefined alias: no anchor of its name comes "
                        + "before it.",
                only(result, "yaml-syntax"));
        assertEquals(8, result.findings().get(0).position().line());
    }

    @Test
    void aLocalTagAtAKotsPasswordIsNotQuoted() {
        CheckResult result = assertNotInAnyOutput(kotsPassword("!Pl4ntTagPw22"), "Pl4ntTagPw22");
        assertEquals(
                "The file cannot be loaded: a custom tag is not allowed: "
                        + "Gitpod configuration uses plain YAML only.",
                only(result, "yaml-syntax"));
    }

    @Test
    void anUnknownYamlTagAtAKotsPasswordIsNotQuoted() {
        CheckResult result = assertNotInAnyOutput(kotsPassword("!!Pl4ntTagPw25"), "Pl4ntTagPw25");
        assertEquals(
                "The file cannot be loaded: invalid YAML: found a !! tag that YAML does not define, which is not "
                        + "allowed.",
                only(result, "yaml-syntax"));
    }

    @Test
    void anUnloadableSecretIsSkippedWithoutQuotingIt() {
        CheckResult result = assertNotInAnyOutput(SECRET_WITH_ALIAS, "Pl4ntSecretAlias23");
        assertEquals(1, result.skippedFiles().size(), result::toString);
        assertTrue(result.skippedFiles().get(0).unparsable());
        assertEquals(
                "not loadable as YAML: invalid YAML: found an undefined alias: "
                        + "no anchor of its name comes before it",
                result.skippedFiles().get(0).reason());
    }

    @Test
    void aPasswordWithSlashAtOrPercentInUrlUserinfoIsNotQuoted() {
        for (String password : USERINFO_PASSWORDS) {
            String url = "https://AKIAUSER:" + password + "@harbor.example.com/gitpod";
            CheckResult result = assertNotInAnyOutput(
                    installerExternal(url), "wJalrPlant", "XY@", "AKIAUSER", password.substring(password.length() - 8));
            Finding finding = single(result, "registry-url-format");
            assertTrue(finding.message().contains("carries credentials"), finding::toString);
            assertTrue(finding.fix().contains("`harbor.example.com/gitpod`"), finding::toString);
        }
    }

    @Test
    void fingerprintsHashTheSourceWithSecretsMaskedAsWritten() {
        String ecr = "@123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod";
        List<List<String>> pairs = List.of(
                List.of(
                        "\"https://user:Pl4nt\\x41EscPw24" + ecr + "\"",
                        "\"https://user:Other\\x42EscPw99" + ecr + "\""),
                List.of("'https://user:Pl4nt''EscPw24" + ecr + "'", "'https://user:Other''EscPw99" + ecr + "'"),
                List.of("https://user:Pl4nt/Slash@Pw24" + ecr, "https://user:Other/Slash@Pw99" + ecr));
        for (List<String> pair : pairs) {
            String first = installerExternal(pair.get(0));
            List<String> fingerprints = sarifFingerprints(first);
            assertEquals(sarifFingerprints(installerExternal(pair.get(1))), fingerprints, pair::toString);
            CheckResult result = assertNotInAnyOutput(first, "Pl4nt", "EscPw24", "Pw24");
            assertEquals(result.findings().size(), fingerprints.size());
            String line = new SourceText(first).line(6);
            for (Finding finding : result.findings()) {
                String raw = new SourceText(first).slice(finding.position());
                assertTrue(raw.contains("Pl4nt"), raw);
                assertNotEquals(
                        FindingFingerprint.of(finding.file(), finding.yamlPath(), finding.ruleId(), raw),
                        finding.fingerprint(),
                        "the fingerprint hashes the raw text: " + pair);
                assertFalse(sha256(line).startsWith(finding.fingerprint()), pair::toString);
            }
        }
    }

    @Test
    void fingerprintsStillFollowTheHostWhenUserinfoIsMasked() {
        String url = "https://user:Pl4ntPw24@123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod";
        assertNotEquals(
                sarifFingerprints(installerExternal(url)),
                sarifFingerprints(installerExternal(url.replace("eu-west-1", "us-east-1"))));
    }

    @Test
    void fingerprintsOfAKotsPasswordFindingDoNotDependOnThePassword() {
        // A tag makes the password item a finding of yaml-syntax at the value, whose source is the secret.
        assertEquals(
                sarifFingerprints(kotsPassword("!Pl4ntTagPw22")), sarifFingerprints(kotsPassword("!OtherTagPw99")));
        assertEquals(
                sarifFingerprints(kotsPassword("!t \"Pl4nt\\x41Pw\"")),
                sarifFingerprints(kotsPassword("!t \"Other\\x42Pw\"")));
    }

    private List<String> sarifFingerprints(String yaml) {
        CheckResult result = RUN.check(yaml);
        assertFalse(result.findings().isEmpty(), yaml);
        Matcher matcher =
                SARIF_FINGERPRINT.matcher(Outputs.all(CHECKER, result, scratch).get("sarif"));
        List<String> fingerprints = new ArrayList<>();
        while (matcher.find()) {
            fingerprints.add(matcher.group(1));
        }
        return fingerprints;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
