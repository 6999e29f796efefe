package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlSyntaxRuleTest {

    private static final String RULE = "yaml-syntax";

    @Test
    void tabIndentationInAGitpodFile() {
        Finding finding = assertSingle("containerRegistry:\n\tinCluster: false\n", RULE, Severity.ERROR, 2, 1, "");
        assertTrue(finding.message().startsWith("The file cannot be loaded: invalid YAML: "), finding.message());
        assertMessageContains(finding, "found a tab, which cannot start any token: YAML is indented with spaces only");
    }

    @Test
    void anUndefinedAliasOrATabIndentInTheTopOfAnInstallerConfig() {
        // No registry or storage block, but apiVersion: v1 and domain at the top: the installer's file, which it
        // rejects (unknown anchor 'undefined' referenced; found character that cannot start any token).
        Finding alias = assertSingle(
                "apiVersion: v1\ndomain: gitpod.example.com\nhttpProxy: *undefined\n", RULE, Severity.ERROR, 3, 12, "");
        assertMessageContains(alias, "undefined alias");
        assertTrue(alias.installerRejects());
        Finding tab = assertSingle(
                "apiVersion: v1\ndomain: gitpod.example.com\nopenVSX:\n\tproxy: {}\n", RULE, Severity.ERROR, 4, 1, "");
        assertTrue(tab.installerRejects());
    }

    @Test
    void unclosedQuoteInAGitpodFile() {
        assertSingle(
                "domain: gitpod.example.com\ncontainerRegistry:\n  external:\n    url: \"registry.example.com\n",
                RULE,
                Severity.ERROR,
                5,
                1,
                "");
    }

    @Test
    void localCustomTagInAnInstallerConfig() {
        Finding finding = assertSingle("""
                domain: gitpod.example.com
                containerRegistry:
                  external: !foo
                    url: registry.example.com
                """, RULE, Severity.ERROR, 3, 13, "containerRegistry.external");
        assertMessageContains(finding, "a custom tag is not allowed");
        assertFalse(finding.message().contains("foo"), finding.message());
    }

    @Test
    void globalTagInAGitpodFile() {
        Finding finding = assertSingle(
                "objectStorage:\n  inCluster: !!javax.script.ScriptEngineManager [x]\n",
                RULE,
                Severity.ERROR,
                2,
                14,
                "");
        assertMessageContains(finding, "found a !! tag that YAML does not define");
        assertFalse(finding.message().contains("javax"), finding.message());
    }

    @Test
    void recursiveAliasInAnInstallerConfig() {
        Finding finding = assertSingle(
                "containerRegistry: &x\n  external: *x\n", RULE, Severity.ERROR, 1, 20, "containerRegistry.external");
        assertMessageContains(finding, "recursive alias");
    }

    @Test
    void invalidUtf8AndNulInAGitpodFile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(Yaml.utf8("containerRegistry:\n  inCluster: f"));
        bytes.write(0xFF);
        Finding utf8 = Checks.single(Checks.check(bytes.toByteArray()));
        assertFinding(utf8, RULE, Severity.ERROR, 2, 15, "");
        assertMessageContains(utf8, "not valid UTF-8");
        Finding nul = assertSingle("containerRegistry:\n  inCluster: f\u0000\n", RULE, Severity.ERROR, 2, 15, "");
        assertMessageContains(nul, "U+0000");
    }

    @Test
    void limitsInAGitpodFile() {
        assertSingle("containerRegistry: " + "[".repeat(20_000), RULE, Severity.ERROR, 1, 1, "");
        StringBuilder bomb = new StringBuilder("objectStorage: {}\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            bomb.append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (level - 1))))
                    .append("]\n");
        }
        Finding aliases = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Checks.single(bomb.toString(), RULE));
        assertMessageContains(aliases, "aliases");
        Checks.Run small = Checks.options(o -> o.limits(new LoadLimits(64, 50, 50)));
        Finding size = Checks.single(small.check("containerRegistry:\n  inCluster: true\n" + "#".repeat(64) + "\n"));
        assertFinding(size, RULE, Severity.ERROR, 1, 1, "");
        assertMessageContains(size, "larger than the limit of 64 bytes");
    }

    @Test
    void documentsBeforeASyntaxErrorAreStillChecked() {
        CheckResult result = Checks.check("""
                containerRegistry:
                  inCluster: false
                  external:
                    url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
                    certificate: {kind: secret, name: ecr}
                domain: gitpod.example.com
                ---
                objectStorage: [
                """);
        assertEquals(
                List.of("registry-ecr-unsupported", RULE),
                result.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of(Checks.FILE), result.checkedFiles());
    }

    @Test
    void brokenFilesThatAreNotGitpodConfigAreSkippedNotReported() {
        String gitlabCi = "include:\n  - local: setup.yml\nbuild:\n  script:\n    - !reference [.setup, script]\n";
        assertNoFinding(gitlabCi, RULE);
        assertEquals(1, Checks.check(gitlabCi).skippedFiles().size());
        assertNoFinding("tasks:\n\t- init: make\n", RULE);
        assertTrue(
                Checks.check("tasks:\n\t- init: make\n").skippedFiles().get(0).unparsable());
    }

    @Test
    void validGitpodFileHasNoSyntaxFinding() {
        assertNoFinding("apiVersion: v1\ndomain: gitpod.example.com\ncontainerRegistry:\n  inCluster: true\n", RULE);
    }
}
