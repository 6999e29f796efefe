package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryRulesCatalogueTest {

    @Test
    void registryRulesAreListedTogetherInSpecOrder() {
        List<String> ids = Rules.all().stream().map(rule -> rule.info().id()).toList();
        int gitlab = ids.indexOf("registry-gitlab-unsupported");
        assertEquals(
                List.of(
                        "registry-gcr-server",
                        "registry-gar-url",
                        "registry-gar-server",
                        "registry-url-format",
                        "registry-external-missing",
                        "registry-credentials-invalid"),
                ids.subList(gitlab + 1, gitlab + 7));
    }

    @Test
    void everyNewRuleIsAnErrorWithRationaleSourceAndFix() {
        for (String id : List.of(
                "registry-gcr-server",
                "registry-gar-url",
                "registry-gar-server",
                "registry-url-format",
                "registry-external-missing",
                "registry-credentials-invalid")) {
            RuleInfo info = Rules.byId(id).orElseThrow().info();
            assertEquals(Severity.ERROR, info.defaultSeverity(), id);
            for (String text : List.of(info.summary(), info.rationale(), info.fix())) {
                assertFalse(text.isBlank(), id);
            }
            assertFalse(info.sources().isEmpty(), id);
        }
    }
}
