package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingBuilder;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.Suggestion;
import dev.gitpodconfig.model.Suggestions;
import java.util.Optional;

/**
 * {@code config-unknown-kind}: an installer config whose {@code kind} is not one of the installation kinds. The
 * document is still checked (its other settings are what the team meant); the kind is reported with the kind it
 * is closest to.
 */
public final class ConfigUnknownKindRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-unknown-kind")
            .severity(Severity.WARNING)
            .title("an installation `kind` the installer does not know")
            .summary("An installer config whose `kind` is not `Full`, `Meta`, `IDE`, `WebApp` or `Workspace`.")
            .description("""
                The `kind` of an installer config (also inside an `Installation` resource), when it is set and is not
                one of the installation kinds: `Full`, `Meta`, `IDE`, `WebApp`, `Workspace`. They are case-sensitive,
                and a space around the value counts. The message offers the nearest kind when it is close ("Did you
                mean 'Full'?").

                A document with installer settings (`containerRegistry`, `objectStorage`, `domain`, ...) whose kind is
                close to an installation kind (`Fulll`, `full`) is still read as an installer config, and all its
                other settings are checked. A `kind` left out, or set to null, is `Full`.
                """)
            .rationale("""
                The installer validates `kind` (`installation_kind`) and rejects the file until it is fixed: `Field
                'Config.Kind' failed installation_kind validation`. It is a warning, not an error, since the rest of
                the file is checked as it stands; raise it with `severities` to make it fail the build.
                """)
            .fix("Set kind to one of Full, Meta, IDE, WebApp or Workspace.")
            .gitpodSource("install/installer/pkg/config/v1/config.go", "`Kind` is `required,installation_kind`")
            .gitpodSource("install/installer/pkg/config/v1/validation.go", "the installation kinds")
            .build();

    /** Creates the rule. */
    public ConfigUnknownKindRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (!reports(config)) {
            return;
        }
        ConfigValue kind = config.kind().orElseThrow();
        String text = kind.text().orElseThrow();
        Suggestion suggestion = Suggestions.suggest(text, DocumentClassifier.INSTALLATION_KINDS);
        boolean close = suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN;
        FindingBuilder finding = findings.at(kind)
                .installerRejects()
                .message("Unknown installation kind '" + text + "': the installer accepts only Full, Meta, IDE, "
                        + "WebApp or Workspace (case-sensitive), and rejects this file until the kind is fixed."
                        + (close ? " Did you mean '" + suggestion.key() + "'?" : ""));
        if (close) {
            finding.fix("Set kind to '" + suggestion.key() + "'.").replacement(suggestion.key());
        }
        finding.report();
    }

    /**
     * Whether this rule reports the config's kind: a text that is not an installation kind. Null keeps the default
     * Full, and an empty kind fails the installer's {@code required}, which config-invalid-value reports.
     *
     * @param config the config
     * @return true when the kind is a non-empty text other than Full, Meta, IDE, WebApp or Workspace
     */
    static boolean reports(GitpodConfig config) {
        Optional<ConfigValue> kind = config.kind();
        if (kind.isEmpty() || kind.get().isPlaceholder()) {
            return false;
        }
        Optional<String> text = kind.get().text();
        return text.isPresent() && !text.get().isEmpty() && !DocumentClassifier.INSTALLATION_KINDS.contains(text.get());
    }
}
