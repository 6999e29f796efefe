package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlProblem;

/** {@code yaml-duplicate-key}: a mapping repeats a key. */
public final class YamlDuplicateKeyRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("yaml-duplicate-key")
            .severity(Severity.ERROR)
            .title("a repeated key")
            .summary("A mapping repeats a key.")
            .description("A mapping that repeats a key; the message names the lines of both.")
            .rationale("""
                The installer parses strictly and rejects a repeated key; other YAML readers silently keep one of the
                two values, so the file means different things to different tools.
                """)
            .fix("Keep one of the two keys and merge their settings.")
            .gitpodSource("install/installer/pkg/config/loader.go", "strict parsing of the configuration")
            .gitpodSource("install/installer/cmd/root.go", "`--strict-parse`, on by default")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        if (target.document().isEmpty()) {
            return;
        }
        for (YamlProblem problem : target.document().get().problems()) {
            if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY
                    && (problem.yamlPath().equals("apiVersion")
                            || problem.yamlPath().equals("spec.config.apiVersion"))) {
                // The installer deletes every top-level apiVersion (yq) before its strict parse: it accepts this.
                findings.at(problem.position(), problem.yamlPath())
                        .severity(Severity.WARNING)
                        .message("Duplicate key: " + problem.message() + "; Gitpod's installer deletes apiVersion "
                                + "before its strict parse and accepts the file, but other YAML readers keep only one "
                                + "of the two.")
                        .report();
            } else if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY) {
                findings.at(problem.position(), problem.yamlPath())
                        .message("Duplicate key: " + problem.message() + "; the installer rejects the file.")
                        .installerRejects()
                        .report();
            }
        }
    }
}
