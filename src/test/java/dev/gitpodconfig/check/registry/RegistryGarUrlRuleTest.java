package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertAt;
import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.findings;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternalRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryGarUrlRuleTest {

    private static final String RULE = "registry-gar-url";
    private static final String CONFIG = "gitpod/gitpod.config.yaml";
    private static final Checks.Run RUN = Checks.file(CONFIG);

    @Test
    void urlWithoutTheRepositoryIsReportedAtTheUrl() {
        // gitpod-io/gitpod#3695: pushes fail with "name invalid: Missing image name".
        Finding finding = single(
                RUN.check(installerExternal("europe-west1-docker.pkg.dev/my-project", "regcred")), RULE, CONFIG, 6, 10);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("containerRegistry.external.url", finding.yamlPath());
        assertMessageContains(finding, "`europe-west1-docker.pkg.dev/my-project` lacks the repository");
        assertMessageContains(finding, "Missing image name");
        assertFixContains(
                finding, "Set containerRegistry.external.url to `europe-west1-docker.pkg.dev/my-project/<repository>`");
        assertFixContains(finding, "--location=europe-west1");
    }

    @Test
    void bareHostIsReported() {
        Finding finding =
                single(RUN.check(installerExternal("asia-northeast1-docker.pkg.dev", "regcred")), RULE, CONFIG, 6, 10);
        assertMessageContains(finding, "lacks the project and the repository");
        assertFixContains(finding, "`asia-northeast1-docker.pkg.dev/<project>/<repository>`");
    }

    @Test
    void kotsUrlIsReportedAtTheItemValue() {
        Finding finding = single(
                RUN.check(kotsExternalRegistry(
                        "reg_url", "us-docker.pkg.dev/my-project", "reg_server", "us-docker.pkg.dev")),
                RULE,
                CONFIG,
                8,
                14);
        assertEquals("spec.values.reg_url.value", finding.yamlPath());
        assertFixContains(finding, "Set reg_url to `us-docker.pkg.dev/my-project/<repository>`");
    }

    @Test
    void unknownLocationIsReportedWithTheNearestKnownOne() {
        Finding finding = single(
                RUN.check(installerExternal("europ-west1-docker.pkg.dev/my-project/gitpod", "regcred")),
                RULE,
                CONFIG,
                6,
                10);
        assertMessageContains(finding, "`europ-west1` is not an Artifact Registry location");
        assertMessageContains(finding, "Did you mean `europe-west1`?");
        assertFixContains(
                finding, "Set containerRegistry.external.url to `europe-west1-docker.pkg.dev/my-project/gitpod`");
    }

    @Test
    void unknownLocationAndMissingRepositoryAreTwoFindings() {
        CheckResult result = RUN.check(
                kotsExternalRegistry("reg_url", "eu-docker.pkg.dev/my-project", "reg_server", "eu-docker.pkg.dev"));
        List<Finding> findings = findings(result, RULE);
        assertEquals(2, findings.size(), findings::toString);
        findings.forEach(f -> assertAt(f, RULE, CONFIG, 8, 14));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "europe-west1-docker.pkg.dev/my-project/gitpod",
                "europe-docker.pkg.dev/prince-tf-experiments/dazzle",
                "us-docker.pkg.dev/my-project/my-repo/nested/",
                "asia-docker.pkg.dev/example.com/my-project/gitpod",
                "northamerica-south1-docker.pkg.dev/p/r"
            })
    void completeUrlsPass(String url) {
        assertNoFinding(RUN.check(installerExternal(url, "regcred")), RULE);
    }

    @Test
    void domainScopedProjectNeedsItsRepositoryToo() {
        Finding finding = single(
                RUN.check(installerExternal("us-docker.pkg.dev/example.com/my-project", "regcred")),
                RULE,
                CONFIG,
                6,
                10);
        assertFixContains(finding, "`us-docker.pkg.dev/example.com/my-project/<repository>`");
    }

    @Test
    void otherRegistriesAndPlaceholdersAreNotChecked() {
        assertNoFinding(RUN.check(installerExternal("gcr.io/my-project", "regcred")), RULE);
        assertNoFinding(RUN.check(installerExternal("${GAR_URL}", "regcred")), RULE);
        assertNoFinding(RUN.check(installerExternal("docker.pkg.dev/my-project", "regcred")), RULE);
    }
}
