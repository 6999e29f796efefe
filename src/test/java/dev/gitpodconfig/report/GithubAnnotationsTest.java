package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.Position;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void aFindingBecomesOneWorkflowCommand() {
        Finding finding = new Finding(
                "registry-ecr-unsupported",
                Severity.ERROR,
                "gitpod/gitpod.config.yaml",
                new Position(6, 10, 6, 40),
                "containerRegistry.external.url",
                "Amazon ECR cannot be Gitpod's registry.",
                "Use the in-cluster registry.");
        assertEquals(
                "::error file=gitpod/gitpod.config.yaml,line=6,col=10,title=registry-ecr-unsupported::"
                        + "Amazon ECR cannot be Gitpod's registry. Fix: Use the in-cluster registry.",
                GithubAnnotations.command(GithubAnnotations.Level.ERROR, "gitpod/gitpod.config.yaml", finding));
    }

    @Test
    void messageAndPropertiesAreEscapedAsTheToolkitDoes() {
        Finding finding = new Finding(
                "config-ignored-block", Severity.INFO, "x", new Position(0, 0, 0, 0), "", "100%\nsure\r", "a:b,c");
        assertEquals(
                "::notice file=dir%2Cwith%3Acolon/a.yaml,line=1,col=1,title=config-ignored-block::"
                        + "100%25\\nsure\\r Fix: a:b,c",
                GithubAnnotations.command(GithubAnnotations.Level.NOTICE, "dir,with:colon/a.yaml", finding));
    }

    /**
     * The runner turns the toolkit's %0A back into a line feed and its log viewer interprets escape sequences:
     * control characters from the input are shown escaped, in the file property and in the message.
     */
    @Test
    void controlCharactersInFileNamesAndMessagesAreShownEscaped() {
        String file = "evil\n::stop-commands::pwnd\n::error file=README.md,line=1::fake\u001b[2J.yaml";
        Finding finding = new Finding(
                "registry-ecr-unsupported",
                Severity.ERROR,
                file,
                new Position(6, 10, 6, 40),
                "containerRegistry.external.url",
                "Amazon ECR at '\u001b[31mx'.",
                "Use\r\nit.");
        String command = GithubAnnotations.command(GithubAnnotations.Level.ERROR, file, finding);
        assertEquals(
                "::error file=evil\\n%3A%3Astop-commands%3A%3Apwnd\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Afake"
                        + "\\u001b[2J.yaml,line=6,col=10,title=registry-ecr-unsupported::"
                        + "Amazon ECR at '\\u001b[31mx'. Fix: Use\\r\\nit.",
                command);
    }
}
