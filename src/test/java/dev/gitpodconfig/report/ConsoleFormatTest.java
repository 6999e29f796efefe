package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;
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
                "gitpod/gitpod.config.yaml:[12,10] (registry-ecr-unsupported) first\\nsecond\\r\\n\\tthird "
                        + "Fix: a\\n\\nb",
                ConsoleFormat.line(finding(Severity.WARNING, "first\nsecond\r\n\tthird", "a\n\nb")));
    }

    /** A file name can hold any byte but '/' and NUL: printed raw, it would write lines of its own into the log. */
    @Test
    void fileNamesMessagesAndReasonsFromTheInputPrintNoControlCharacter() {
        String file = "evil\n::stop-commands::pwnd\n::error file=README.md,line=1::fake\u001b[2J\r.yaml";
        String shown = "evil\\n::stop-commands::pwnd\\n::error file=README.md,line=1::fake\\u001b[2J\\r.yaml";
        Finding finding = new Finding(
                "registry-ecr-unsupported",
                Severity.ERROR,
                file,
                new Position(6, 10, 6, 40),
                "containerRegistry.external.url",
                "Amazon ECR at '\u001b[31mx\u009b'.",
                "Fix\rit.");
        assertEquals(
                shown + ":[6,10] (registry-ecr-unsupported) Amazon ECR at '\\u001b[31mx\\u009b'. Fix: Fix\\rit.",
                ConsoleFormat.line(finding));
        assertEquals(
                "Skipped " + shown + ": kind 'Evil\\n::error::x' is not Gitpod configuration",
                ConsoleFormat.skippedLine(
                        new SkippedFile(file, "kind 'Evil\n::error::x' is not Gitpod configuration", false)));
        assertEquals("Checked " + shown, ConsoleFormat.checkedLine(file));
        assertEquals(
                "Suppressed " + ConsoleFormat.line(finding) + " Reason: a\\n::warning::b",
                ConsoleFormat.suppressedLine(
                        new SuppressedFinding(finding, "a\n::warning::b", null, Position.at(5, 3))));
        assertEquals(
                shown + ": 3 more finding(s) not listed (3 error(s), 0 warning(s), 0 info(s)); at most 100 are "
                        + "listed per file (parameter maxFindingsPerFile). They count in the summary.",
                ConsoleFormat.omittedLine(new OmittedFindings(file, 3, 0, 0), 100));
    }

    @Test
    void lineOfARealFinding() {
        Finding real = Checks.single(Yaml.installerExternal("public.ecr.aws/alias"), "registry-ecr-unsupported");
        String line = ConsoleFormat.line(real);
        assertEquals(
                Checks.FILE
                        + ":[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry:"
                        + " 'public.ecr.aws' is Amazon ECR Public. ECR does not create repositories on push, so"
                        + " Gitpod's pushes to public.ecr.aws/alias/base-images and"
                        + " public.ecr.aws/alias/workspace-images fail. Fix: " + real.fix(),
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
                List.of(new SkippedFile(".gitpod.yml", "no Gitpod configuration keys", SkippedFile.Cause.NOT_GITPOD)));
        assertEquals(
                "Checked 3 Gitpod config file(s): 2 error(s), 1 warning(s); 1 file(s) skipped (1 not Gitpod).",
                ConsoleFormat.summary(result));
        assertEquals(
                "Checked 0 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.",
                ConsoleFormat.summary(new CheckResult(List.of(), List.of(), List.of())));
    }

    @Test
    void summaryCountsSkippedFilesByReasonInAFixedOrder() {
        CheckResult result = new CheckResult(
                List.of(),
                List.of("a.yaml"),
                List.of(
                        new SkippedFile(
                                "gone.yaml",
                                "the file disappeared before it could be read",
                                SkippedFile.Cause.UNREADABLE),
                        new SkippedFile("x.yaml", "kind Fulll of v1", SkippedFile.Cause.UNKNOWN_KIND),
                        new SkippedFile(".gitpod.yml", "no Gitpod configuration keys", SkippedFile.Cause.NOT_GITPOD),
                        new SkippedFile("values.yaml", "no Gitpod configuration keys", SkippedFile.Cause.NOT_GITPOD),
                        new SkippedFile("bad.yaml", "not loadable as YAML: invalid YAML", SkippedFile.Cause.NOT_YAML)));
        assertEquals(
                "Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 5 file(s) skipped "
                        + "(2 not Gitpod, 1 unknown kind, 1 not YAML, 1 unreadable).",
                ConsoleFormat.summary(result));
    }
}
