package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingBuilder;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.ConfigKey;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerDecoder;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestion;
import dev.gitpodconfig.model.Suggestions;
import java.util.Optional;

/**
 * {@code config-unknown-key}: a key the 2022.11.3 installer (or KOTS) does not know. An error, with a
 * did-you-mean when a known key is close, for a key that no installer build defines and for an unknown
 * {@code reg_*}/{@code store_*}/{@code db_*} item; a warning for a key that only other installer builds define. Keys differing
 * from known ones only in case are not unknown: the installer matches keys case-insensitively.
 */
public final class ConfigUnknownKeyRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-unknown-key")
            .severity(Severity.ERROR)
            .title("an unknown key or KOTS item, with \"did you mean\"")
            .summary("""
                A key that the 2022.11.3 installer config does not define, anywhere in it, or an unknown
                `reg_*`/`store_*`/`db_*` KOTS item.
                """)
            .description("""
                As errors: a key that no installer build defines, at any level (every block of the installer config
                is a Go struct, decoded strictly), and an unknown `reg_*`/`store_*`/`db_*` KOTS item. Keys that differ from
                known ones only in case (`InCluster`, `S3Storage`) are not unknown: the installer matches keys
                case-insensitively. A top-level `apiVersion` is deleted before decoding; `ApiVersion`, `apiversion`
                or an `apiVersion` that comes through a merge key are unknown.

                As warnings that say the 2022.11.3 strict parse rejects them: keys that only later installer builds
                define (`enableAdditionalECRAuth`, `subassemblyBucket`, `external.credentials`, `messageBus`,
                `telemetry`, `components.ide`, `components.agentSmith`, `experimental.overrides`), keys earlier
                installers had (`jaegerOperator`, `components.wsDaemon`), and the KOTS items of releases 2022.03-04
                (`reg_s3storage`, `reg_bucketname`, `reg_accesskey`, `reg_secretkey`).

                A message offers "Did you mean" only when a known key is close (at most two edits, or the same
                letters in another case); in a small block it lists the known keys.
                """)
            .rationale("""
                The 2022.11.3 installer parses strictly: an unknown key stops the install with `unknown field`. A
                misspelt KOTS item is silently ignored, so the setting the team meant never takes effect.
                """)
            .fix("Rename the key to the suggested one, or remove it.")
            .gitpodSource("install/installer/pkg/config/v1/config.go", "the keys of the installer configuration")
            .gitpodSource("install/installer/pkg/config/loader.go", "strict parsing: an unknown field is an error")
            .gitpodSource("install/kots/manifests/kots-config.yaml", "the KOTS items")
            .build();

    /** Creates the rule. */
    public ConfigUnknownKeyRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (config.format() == GitpodConfig.Format.KOTS) {
            checkKotsItems(config, findings);
        } else {
            checkKeys(config, findings);
        }
    }

    private static void checkKeys(GitpodConfig config, FindingSink findings) {
        for (InstallerDecoder.Problem problem : config.installerProblems()) {
            if (problem.kind() == InstallerDecoder.Kind.OTHER_BUILD_FIELD) {
                SchemaNode.Field field = (SchemaNode.Field) problem.field();
                String name = ((YamlScalar) problem.at()).value();
                boolean earlier = field.laterNote().startsWith("removed");
                findings.at(ConfigValue.of(config.pathOf(problem.path()), problem.at()))
                        .severity(Severity.WARNING)
                        .message("'" + shorten(name) + "' is not part of the 2022.11.3 schema (" + field.laterNote()
                                + "): the 2022.11.3 strict parse rejects it; " + (earlier ? "earlier" : "later")
                                + " installer builds accept it.")
                        .fix("Remove '" + shorten(name) + "' when installing Gitpod Self-Hosted 2022.11.3.")
                        .installerRejects()
                        .report();
            } else if (problem.kind() == InstallerDecoder.Kind.UNKNOWN_FIELD) {
                reportUnknown(config, problem, findings);
            }
        }
    }

    private static void reportUnknown(GitpodConfig config, InstallerDecoder.Problem problem, FindingSink findings) {
        SchemaNode schema = (SchemaNode) problem.field();
        String name = ((YamlScalar) problem.at()).value();
        String path = problem.path();
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        Suggestion suggestion = Suggestions.suggest(name, schema.fields().keySet());
        boolean close =
                suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN && Suggestions.isLikelyTypo(name, suggestion.key());
        if (!close) {
            suggestion = suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN ? Suggestion.NONE : suggestion;
        }
        boolean topLevel = schema == InstallerSchema.ROOT;
        String hint = close
                ? didYouMean(suggestion)
                : !topLevel && schema.fields().size() <= 12 ? hint(suggestion, schema) : "";
        String where = topLevel
                ? "Unknown top-level key '" + shorten(name) + "'"
                : "Unknown key '" + shorten(name) + "' in " + config.pathOf(parent);
        report(
                findings.at(ConfigValue.of(config.pathOf(path), problem.at())).installerRejects(),
                where + ": the installer's strict parse rejects it." + hint,
                close ? suggestion : Suggestion.NONE);
    }

    /**
     * What the message adds about the known keys: "did you mean" with a likely spelling; otherwise the
     * list of known keys where the installer is strict, which helps more than a far-fetched guess.
     */
    private static String hint(Suggestion suggestion, SchemaNode schema) {
        if (suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN) {
            return didYouMean(suggestion);
        }
        if (schema.isStrict() && !schema.fields().isEmpty()) {
            return " Known keys here: "
                    + String.join(
                            ", ", schema.fields().keySet().stream().sorted().toList()) + ".";
        }
        return suggestion.kind() == Suggestion.Kind.NEAREST
                ? " The nearest known key is '" + suggestion.key() + "'."
                : "";
    }

    private static String didYouMean(Suggestion suggestion) {
        return " Did you mean '" + suggestion.key() + "'?";
    }

    /** An unknown key whose likely spelling is known is reported with that key as the suggested replacement. */
    private static void report(FindingBuilder finding, String message, Suggestion suggestion) {
        if (suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN) {
            finding.replacement(suggestion.key());
        }
        finding.message(message)
                .fix(
                        suggestion.kind() == Suggestion.Kind.NONE
                                ? "Remove the key."
                                : "Rename the key to '" + suggestion.key() + "', or remove it.")
                .report();
    }

    private static void checkKotsItems(GitpodConfig config, FindingSink findings) {
        for (ConfigKey key : config.keys()) {
            String item = key.name();
            if (!item.startsWith("reg_") && !item.startsWith("store_") && !item.startsWith("db_")) {
                continue;
            }
            Optional<KotsItem> known = KotsItem.byName(item);
            if (known.isPresent() && known.get().isLegacy()) {
                findings.at(key.at())
                        .severity(Severity.WARNING)
                        .message("'" + item + "' is a KOTS item of the 2022.03 and 2022.04 releases; later releases "
                                + "ignore it. The S3 backend now belongs to the in-cluster registry "
                                + "(reg_incluster_storage: s3).")
                        .fix("Replace the reg_s3storage, reg_bucketname, reg_accesskey and reg_secretkey items with "
                                + "reg_incluster \"1\", reg_incluster_storage \"s3\" and the "
                                + "reg_incluster_storage_s3_* items.")
                        .report();
            } else if (known.isEmpty()) {
                // Any current item is worth suggesting: item names are long, and a misspelt one is silently ignored.
                Suggestion suggestion = Suggestions.nearest(
                                item,
                                KotsItem.names().stream()
                                        .filter(n -> !KotsItem.byName(n)
                                                .orElseThrow()
                                                .isLegacy())
                                        .sorted()
                                        .toList())
                        .map(Suggestion::didYouMean)
                        .orElse(Suggestion.NONE);
                String hint = suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN ? didYouMean(suggestion) : "";
                report(
                        findings.at(key.at()),
                        "Unknown KOTS item '" + shorten(item) + "': Gitpod's admin console has "
                                + "no such item, so the value is ignored." + hint,
                        suggestion);
            }
        }
    }

    private static String shorten(String key) {
        return key.length() > 80 ? key.substring(0, 80) + "…" : key;
    }
}
