package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlProblem;

/** {@code yaml-duplicate-key}: a mapping repeats a key. */
public final class YamlDuplicateKeyRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(
            "yaml-duplicate-key",
            Severity.ERROR,
            "A mapping repeats a key.",
            "The installer parses strictly and rejects a repeated key; other YAML readers silently keep one of the two values, "
                    + "so the file means different things to different tools.",
            "Gitpod installer strict parse (yaml.UnmarshalStrict, research §2.1)",
            "Keep one of the two keys and merge their settings.");

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
            if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY && (problem.yamlPath().equals("apiVersion")
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
