package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleFormatTest {

    private static Finding finding(Severity severity, String message, String fix) {
        return new Finding(
                "registry-ecr-unsupported",
                severity,
                "gitpod/gitpod.config.yaml",
                new Position(12, 10, 12, 55),
                "containerRegistry.external.url",
                message,
                fix);
    }

    @Test
    void lineHasPathPositionRuleMessageAndFix() {
        assertEquals(
                "gitpod/gitpod.config.yaml:[12,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry. "
                        + "Fix: Use the in-cluster registry.",
                ConsoleFormat.line(finding(
                        Severity.ERROR, "Amazon ECR cannot be Gitpod's registry.", "Use the in-cluster registry.")));
    }

    @Test
    void lineStaysOnOneLine() {
        assertEquals(
                "gitpod/gitpod.config.yaml:[12,10] (registry-ecr-unsupported) first second third Fix: a b",
                ConsoleFormat.line(finding(Severity.WARNING, "first\nsecond\r\n\tthird", "a\n\nb")));
    }

    @Test
    void lineOfARealFinding() {
        Finding real = Checks.single(Yaml.installerExternal("public.ecr.aws/alias"), "registry-ecr-unsupported");
        String line = ConsoleFormat.line(real);
        assertEquals(
                Checks.FILE
                        + ":[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry: 'public.ecr.aws' is "
                        + "Amazon ECR Public. ECR does not create repositories on push, so Gitpod's pushes to public.ecr.aws/alias/base-images "
                        + "and public.ecr.aws/alias/workspace-images fail. Fix: " + real.fix(),
                line);
    }

    @Test
    void summaryCountsFilesErrorsWarningsAndSkippedFiles() {
        CheckResult result = new CheckResult(
                List.of(
                        finding(Severity.ERROR, "m", "f"),
                        finding(Severity.ERROR, "m2", "f"),
                        finding(Severity.WARNING, "m", "f"),
                        finding(Severity.INFO, "m", "f")),
                List.of("a.yaml", "b.yaml", "c.yaml"),
                List.of(new SkippedFile(".gitpod.yml", "no Gitpod configuration keys", false)));
        assertEquals(
                "Checked 3 Gitpod config file(s): 2 error(s), 1 warning(s); 1 file(s) skipped.",
                ConsoleFormat.summary(result));
        assertEquals(
                "Checked 0 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.",
                ConsoleFormat.summary(new CheckResult(List.of(), List.of(), List.of())));
    }
}
