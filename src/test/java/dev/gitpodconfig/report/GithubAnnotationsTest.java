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
                "::notice file=dir%2Cwith%3Acolon/a.yaml,line=1,col=1,title=config-ignored-block::100%25%0Asure%0D Fix: a:b,c",
                GithubAnnotations.command(GithubAnnotations.Level.NOTICE, "dir,with:colon/a.yaml", finding));
    }
}
