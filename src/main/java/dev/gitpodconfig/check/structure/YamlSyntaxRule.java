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

    private static final RuleInfo INFO = new RuleInfo(
            "yaml-syntax",
            Severity.ERROR,
            "A Gitpod config file does not parse, is not valid UTF-8, exceeds the size, nesting or alias limits, or uses a custom tag.",
            "The installer and KOTS reject a file they cannot parse, so nothing in it takes effect. The limits and the ban on "
                    + "custom tags keep the check safe on untrusted input (alias bombs, CVE-2022-1471 style tags).",
            "Gitpod installer config loading (install/installer/pkg/config/loader.go); SPEC §7",
            "Correct the YAML at the reported position; Gitpod configuration needs only plain mappings, lists and scalars.");

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
            }
        }
    }
}
