package dev.gitpodconfig.check.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Runs the engine on inline YAML or on a small project, and asserts findings by rule, file, line and column. */
final class RegistryRulesTestSupport {

    static final String CONFIG = "gitpod/gitpod.config.yaml";

    private RegistryRulesTestSupport() {}

    /** Checks one file's content, as {@code gitpod/gitpod.config.yaml}. */
    static CheckResult check(String yaml) {
        try {
            return new GitpodConfigChecker(CheckOptions.builder(Path.of(".")).build())
                    .checkContent(CONFIG, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidOptionsException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes the files into a project directory and checks it with the given includes (empty: the defaults). */
    static CheckResult checkProject(Path dir, Map<String, String> files, List<String> includes) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return new GitpodConfigChecker(CheckOptions.builder(dir).includes(includes).build()).check();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidOptionsException e) {
            throw new AssertionError(e);
        }
    }

    static List<Finding> findings(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The one finding of a rule, which must be at the given place. */
    static Finding single(CheckResult result, String ruleId, String file, int line, int column) {
        List<Finding> findings = findings(result, ruleId);
        assertEquals(1, findings.size(), () -> "expected one " + ruleId + " finding, got " + result.findings());
        assertAt(findings.get(0), ruleId, file, line, column);
        return findings.get(0);
    }

    static void assertAt(Finding finding, String ruleId, String file, int line, int column) {
        assertEquals(ruleId, finding.ruleId());
        assertEquals(file, finding.file(), () -> "file of " + finding);
        assertEquals(line, finding.position().line(), () -> "line of " + finding);
        assertEquals(column, finding.position().column(), () -> "column of " + finding);
    }

    static void assertNone(CheckResult result, String ruleId) {
        assertEquals(List.of(), findings(result, ruleId), () -> "no " + ruleId + " findings expected");
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected <" + part + "> in <" + text + ">");
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A KOTS ConfigValues document with an external registry; items are {@code name: value} pairs. */
    static String kots(String... items) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: kots.io/v1beta1
                kind: ConfigValues
                spec:
                  values:
                    reg_incluster:
                      value: "0"
                """);
        for (int i = 0; i < items.length; i += 2) {
            yaml.append("    ").append(items[i]).append(":\n      value: ").append(items[i + 1]).append('\n');
        }
        return yaml.toString();
    }

    /** An installer config with an external registry and a credentials Secret reference. */
    static String installer(String url, String secretName) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    url: %s
                    certificate:
                      kind: secret
                      name: %s
                """.formatted(url, secretName);
    }

    /** A dockerconfigjson Secret with the JSON under stringData, single-quoted. */
    static String stringDataSecret(String name, String json) {
        return secret(name, "stringData", "'" + json + "'");
    }

    /** A dockerconfigjson Secret with the JSON base64-encoded under data. */
    static String dataSecret(String name, String json) {
        return secret(name, "data", base64(json));
    }

    /** A dockerconfigjson Secret; {@code .dockerconfigjson} is on line 7, column 3. */
    static String secret(String name, String field, String value) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: %s
                type: kubernetes.io/dockerconfigjson
                %s:
                  .dockerconfigjson: %s
                """.formatted(name, field, value);
    }

    /** A Docker config JSON with one auths entry per server. */
    static String auths(String... servers) {
        StringBuilder json = new StringBuilder("{\"auths\":{");
        for (int i = 0; i < servers.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(servers[i]).append("\":{\"auth\":\"")
                    .append(base64("_json_key:not-a-real-key")).append("\"}");
        }
        return json.append("}}").toString();
    }
}
