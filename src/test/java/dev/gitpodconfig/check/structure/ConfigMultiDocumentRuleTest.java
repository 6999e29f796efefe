package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigMultiDocumentRuleTest {

    private static final String RULE = "config-multi-document";
    private static final String CONFIG = "apiVersion: v1\nkind: Full\ndomain: gitpod.example.com\n";
    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

    @Test
    void anInstallerConfigBesideAnotherDocumentIsReportedOnce() {
        Finding finding = assertSingle(CONFIG + "---\n" + CONFIG_MAP, RULE, Severity.WARNING, 1, 1, "");
        assertEquals(
                "This installer config shares its file with 1 other YAML document. The installer joins all"
                        + " documents of its config file into one and parses that strictly, so it cannot take this"
                        + " file as it is; each document is checked here on its own.",
                finding.message());
        assertEquals(
                "Keep the installer config in a file of its own, and give the installer that file.", finding.fix());
    }

    @Test
    void twoInstallerConfigsInOneFileGetOneFindingAtTheFirst() {
        String yaml = CONFIG_MAP + "---\n" + CONFIG + "---\n" + CONFIG + "---\n"
                + Yaml.kotsValues("    reg_incluster:\n      value: \"1\"\n");
        Finding finding = assertSingle(yaml, RULE, Severity.WARNING, 6, 1, "");
        assertEquals(true, finding.message().contains("with 3 other YAML documents."), finding.message());
    }

    @Test
    void aTrailingSeparatorIsAnotherDocument() {
        assertSingle(CONFIG + "---\n", RULE, Severity.WARNING, 1, 1, "");
    }

    @Test
    void eachDocumentIsStillChecked() {
        CheckResult result = Checks.check(CONFIG + "containerRegistry:\n  inCluster: false\n  external:\n"
                + "    url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod\n---\n" + CONFIG_MAP + "---\n"
                + Yaml.kotsValues("    reg_incluster:\n      value: \"0\"\n    reg_url:\n"
                        + "      value: registry.gitlab.com/group/project\n"));
        List<String> rules = result.findings().stream().map(Finding::ruleId).toList();
        assertEquals(true, rules.contains("registry-ecr-unsupported"), rules.toString());
        assertEquals(true, rules.contains("registry-gitlab-unsupported"), rules.toString());
        assertEquals(1, rules.stream().filter(RULE::equals).count(), rules.toString());
    }

    @Test
    void aFileOfOneDocumentOrWithoutInstallerConfigIsNotReported() {
        assertNoFinding("---\n" + CONFIG, RULE);
        assertNoFinding("# header\n---\n" + CONFIG + "...\n", RULE);
        assertNoFinding(CONFIG_MAP + "---\n" + Yaml.kotsValues("    reg_incluster:\n      value: \"1\"\n"), RULE);
        assertNoFinding(Yaml.installation("    domain: gitpod.example.com\n") + "---\n" + CONFIG_MAP, RULE);
    }
}
