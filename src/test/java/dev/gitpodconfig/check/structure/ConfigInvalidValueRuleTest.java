package dev.gitpodconfig.check.structure;

import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import org.junit.jupiter.api.Test;

class ConfigInvalidValueRuleTest {

    private static final String RULE = "config-invalid-value";

    @Test
    void aPartialOverlayWithoutDomainIsANoteThatTheFileAloneIsRejected() {
        // The installer rejects the file as it stands (Field 'Config.Domain' is required), but the deployed config
        // may set domain elsewhere: a note, which still says the installer rejects the file.
        Finding finding = assertSingle("containerRegistry:\n  inCluster: true\n", RULE, Severity.INFO, 1, 1, "domain");
        assertMessageContains(finding, "partial config", "Field 'Config.Domain' is required", "2022.11.3");
        assertTrue(finding.installerRejects(), "the installer rejects the file alone");
    }

    @Test
    void aWholeConfigWithoutDomainIsAWarning() {
        Finding finding = assertSingle("apiVersion: v1\n", RULE, Severity.WARNING, 1, 1, "domain");
        assertEquals(
                "The installer's validation fails: Field 'Config.Domain' is required; the 2022.11.3 installer will "
                        + "reject the file until this is fixed.",
                finding.message());
        assertTrue(finding.installerRejects());
    }
}
