package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternal;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryGitlabUnsupportedRuleTest {

    private static final String RULE = "registry-gitlab-unsupported";
    private static final String URL_PATH = "containerRegistry.external.url";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "registry.gitlab.com/group/project|registry.gitlab.com is GitLab.com's registry",
                "REGISTRY.GITLAB.COM|registry.gitlab.com is GitLab.com's registry",
                "git.corp.example:5050/group/project|port 5050",
                "registry.gitlab.corp.example/group/project|'gitlab' label"
            })
    void installerGitlabRegistryIsAnError(String url, String reason) {
        Finding finding = assertSingle(
                installerExternal(url), RULE, Severity.ERROR, INSTALLER_URL_LINE, INSTALLER_URL_COLUMN, URL_PATH);
        assertTrue(
                finding.message().startsWith("GitLab's container registry cannot be Gitpod's registry"),
                finding.message());
        assertMessageContains(finding, reason);
        assertFixContains(finding, "skipRules");
    }

    @Test
    void configuredGitlabHostIsAnError() {
        Checks.Run gitlabHost = Checks.options(options -> options.gitlabRegistryHosts(List.of("cr.corp.example")));
        String yaml = installerExternal("cr.corp.example/group/project");
        Finding finding = single(gitlabHost.check(yaml), RULE);
        assertFinding(finding, RULE, Severity.ERROR, INSTALLER_URL_LINE, INSTALLER_URL_COLUMN, URL_PATH);
        assertMessageContains(finding, "gitlabRegistryHosts");
        assertNoFinding(yaml, RULE);
    }

    @Test
    void kotsGitlabRegistryIsAnError() {
        Finding finding = assertSingle(
                kotsExternal("registry.gitlab.com/group/project"),
                RULE,
                Severity.ERROR,
                KOTS_URL_LINE,
                KOTS_URL_COLUMN,
                "spec.values.reg_url.value");
        assertFixContains(finding, "reg_incluster");
    }

    @Test
    void gitlabNotInUseIsFine() {
        assertNoFinding("containerRegistry:\n  inCluster: true\n  external:\n    url: registry.gitlab.com/g/p\n", RULE);
        assertNoFinding(kotsValues("    reg_url:\n      value: registry.gitlab.com/g/p\n"), RULE);
        assertNoFinding("repository: registry.gitlab.com/g/mirror\n", RULE);
        assertNoFinding("""
                containerRegistry:
                  inCluster: true
                  privateBaseImageAllowList: [registry.gitlab.com, "gitlab.example.com:5050"]
                """, RULE);
    }

    @Test
    void otherRegistriesAreFine() {
        assertNoFinding(installerExternal("harbor.example.com/gitpod"), RULE);
        assertNoFinding(installerExternal("registry.example.com:5000/gitpod"), RULE);
        assertNoFinding(installerExternal("gitpodregistry.azurecr.io"), RULE);
    }
}
