package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.CONFIG;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertContains;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.assertNone;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.check;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.findings;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.installer;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.kots;
import static dev.gitpodconfig.check.registry.RegistryRulesTestSupport.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryGarUrlRuleTest {

    private static final String RULE = "registry-gar-url";

    @Test
    void urlWithoutTheRepositoryIsReportedAtTheUrl() {
        // gitpod-io/gitpod#3695: pushes fail with "name invalid: Missing image name".
        Finding finding = single(check(installer("europe-west1-docker.pkg.dev/my-project", "regcred")), RULE, CONFIG, 6, 10);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("containerRegistry.external.url", finding.yamlPath());
        assertContains(finding.message(), "`europe-west1-docker.pkg.dev/my-project` lacks the repository");
        assertContains(finding.message(), "Missing image name");
        assertContains(finding.fix(), "Set containerRegistry.external.url to `europe-west1-docker.pkg.dev/my-project/<repository>`");
        assertContains(finding.fix(), "--location=europe-west1");
    }

    @Test
    void bareHostIsReported() {
        Finding finding = single(check(installer("asia-northeast1-docker.pkg.dev", "regcred")), RULE, CONFIG, 6, 10);
        assertContains(finding.message(), "lacks the project and the repository");
        assertContains(finding.fix(), "`asia-northeast1-docker.pkg.dev/<project>/<repository>`");
    }

    @Test
    void kotsUrlIsReportedAtTheItemValue() {
        Finding finding = single(check(kots("reg_url", "us-docker.pkg.dev/my-project", "reg_server", "us-docker.pkg.dev")),
                RULE, CONFIG, 8, 14);
        assertEquals("spec.values.reg_url.value", finding.yamlPath());
        assertContains(finding.fix(), "Set reg_url to `us-docker.pkg.dev/my-project/<repository>`");
    }

    @Test
    void unknownLocationIsReportedWithTheNearestKnownOne() {
        Finding finding = single(check(installer("europ-west1-docker.pkg.dev/my-project/gitpod", "regcred")), RULE, CONFIG, 6, 10);
        assertContains(finding.message(), "`europ-west1` is not an Artifact Registry location");
        assertContains(finding.message(), "Did you mean `europe-west1`?");
        assertContains(finding.fix(), "Set containerRegistry.external.url to `europe-west1-docker.pkg.dev/my-project/gitpod`");
    }

    @Test
    void unknownLocationAndMissingRepositoryAreTwoFindings() {
        CheckResult result = check(kots("reg_url", "eu-docker.pkg.dev/my-project", "reg_server", "eu-docker.pkg.dev"));
        List<Finding> findings = findings(result, RULE);
        assertEquals(2, findings.size(), findings::toString);
        findings.forEach(f -> RegistryRulesTestSupport.assertAt(f, RULE, CONFIG, 8, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "europe-west1-docker.pkg.dev/my-project/gitpod",
        "europe-docker.pkg.dev/prince-tf-experiments/dazzle",
        "us-docker.pkg.dev/my-project/my-repo/nested/",
        "asia-docker.pkg.dev/example.com/my-project/gitpod",
        "northamerica-south1-docker.pkg.dev/p/r"})
    void completeUrlsPass(String url) {
        assertNone(check(installer(url, "regcred")), RULE);
    }

    @Test
    void domainScopedProjectNeedsItsRepositoryToo() {
        Finding finding = single(check(installer("us-docker.pkg.dev/example.com/my-project", "regcred")), RULE, CONFIG, 6, 10);
        assertContains(finding.fix(), "`us-docker.pkg.dev/example.com/my-project/<repository>`");
    }

    @Test
    void otherRegistriesAndPlaceholdersAreNotChecked() {
        assertNone(check(installer("gcr.io/my-project", "regcred")), RULE);
        assertNone(check(installer("${GAR_URL}", "regcred")), RULE);
        assertNone(check(installer("docker.pkg.dev/my-project", "regcred")), RULE);
    }
}
