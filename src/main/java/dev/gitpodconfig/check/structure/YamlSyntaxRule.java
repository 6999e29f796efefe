package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlProblem;
import java.util.List;

/** {@code yaml-syntax}: a Gitpod configuration file that cannot be read as safe, plain YAML. */
public final class YamlSyntaxRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("yaml-syntax")
            .severity(Severity.ERROR)
            .title("a Gitpod config file that does not load")
            .summary("""
                A Gitpod config file does not parse, is not valid UTF-8, exceeds the size, nesting or alias limits, or
                uses a custom tag.
                """)
            .description("""
                A Gitpod config file that does not parse, is not valid in its encoding (UTF-8 unless a byte-order mark
                or `encoding` says otherwise), uses a custom tag (`!!javax.script.ScriptEngineManager`, `!foo`), or
                exceeds a limit:
                * file size: `maxFileSize`, 2 MiB by default, checked before parsing;
                * line length: 1 MiB;
                * nesting depth: 50 levels;
                * aliases to collections: 50 per document.

                Each is reported at the place it was hit. A file that cannot be parsed counts as a Gitpod config file
                when it mentions `containerRegistry`, `objectStorage` or `ConfigValues`; other such files are skipped
                with a warning.
                """)
            .rationale("""
                The installer and KOTS reject a file they cannot parse, so nothing in it takes effect. The limits and
                the ban on tags keep the check safe on untrusted input: alias bombs ("billion laughs"), and tags that
                make some YAML libraries construct objects (CVE-2022-1471).
                """)
            .fix("Correct the YAML at the reported position; Gitpod configuration needs only plain mappings, lists "
                    + "and scalars.")
            .gitpodSource("install/installer/pkg/config/loader.go", "how the installer loads its configuration")
            .source(
                    "CVE-2022-1471: code execution through YAML tags in SnakeYAML's constructor",
                    "https://nvd.nist.gov/vuln/detail/CVE-2022-1471")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        List<YamlProblem> problems = target.document().isPresent()
                ? target.document().get().problems()
                : target.file().problems();
        for (YamlProblem problem : problems) {
            if (problem.kind() == YamlProblem.Kind.SYNTAX) {
                findings.at(problem.position(), problem.yamlPath())
                        .message("The file cannot be loaded: " + problem.message() + ".")
                        .installerRejects()
                        .report();
            } else if (problem.kind() == YamlProblem.Kind.FILTERED_STRUCTURE) {
                findings.at(problem.position(), problem.yamlPath())
                        .message(problem.message())
                        .report();
            }
        }
    }
}
