package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingBuilder;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.ConfigKey;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestion;
import dev.gitpodconfig.model.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * {@code config-unknown-key}: a key the 2022.11.3 installer (or KOTS) does not know. Errors inside
 * {@code containerRegistry}, {@code objectStorage} and {@code database}, for unknown
 * {@code reg_*}/{@code store_*}/{@code db_*} items,
 * and for top-level keys that look like a typo of a known one; warnings for keys of later installers
 * and for other top-level keys.
 */
public final class ConfigUnknownKeyRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-unknown-key")
            .severity(Severity.ERROR)
            .title("an unknown key or KOTS item, with \"did you mean\"")
            .summary("""
                An unknown key in `containerRegistry`, `objectStorage` or `database`, an unknown `reg_*`/`store_*`/`db_*`
                KOTS item, or a top-level key close to a known one.
                """)
            .description("""
                As errors: an unknown key in `containerRegistry`, `objectStorage`, `database` or their children, an
                unknown `reg_*`/`store_*`/`db_*` KOTS item, and a top-level key that looks like a typo of a known one (at most two
                edits, or the same letters in another case).

                As warnings: keys that only later installers define (`enableAdditionalECRAuth`, `subassemblyBucket`,
                `external.credentials`, `messageBus`, `telemetry`), keys earlier installers had (`jaegerOperator`),
                other unknown top-level keys, and the KOTS items of releases 2022.03–04 (`reg_s3storage`,
                `reg_bucketname`, `reg_accesskey`, `reg_secretkey`).

                Each message offers the nearest known key ("Did you mean 'containerRegistry'?") or lists the known keys.
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
            checkKeys(config.keys(), InstallerSchema.ROOT, config.rootPath(), true, findings);
        }
    }

    private static void checkKeys(
            List<ConfigKey> keys, SchemaNode schema, String path, boolean topLevel, FindingSink findings) {
        for (ConfigKey key : keys) {
            Optional<SchemaNode.Field> field = schema.field(key.name());
            if (field.isEmpty()) {
                reportUnknown(key, schema, path, topLevel, findings);
            } else if (field.get().laterNote() != null) {
                findings.at(key.at())
                        .severity(Severity.WARNING)
                        .message("'" + key.name() + "' is " + field.get().laterNote() + "; the 2022.11.3 installer, "
                                + "the last Self-Hosted release, rejects it as an unknown field.")
                        .fix("Remove '" + key.name() + "' when installing Gitpod Self-Hosted 2022.11.3 or older.")
                        .report();
            } else if (field.get().schema().type() == SchemaNode.Type.MAPPING) {
                checkKeys(key.keys(), field.get().schema(), key.at().path(), false, findings);
            }
        }
    }

    private static void reportUnknown(
            ConfigKey key, SchemaNode schema, String path, boolean topLevel, FindingSink findings) {
        String name = key.name();
        if (topLevel && InstallerSchema.REMOVED_TOP_LEVEL_KEYS.containsKey(name)) {
            findings.at(key.at())
                    .severity(Severity.WARNING)
                    .message("'" + name + "' was " + InstallerSchema.REMOVED_TOP_LEVEL_KEYS.get(name)
                            + "; the 2022.11.3 installer's strict parse rejects it as an unknown field.")
                    .fix("Remove '" + name + "'.")
                    .report();
            return;
        }
        Suggestion suggestion = Suggestions.suggest(name, schema.fields().keySet());
        String hint = hint(suggestion, schema);
        if (schema.isStrict()) {
            String where = path.isEmpty() ? "at the top level" : "in " + path;
            report(
                    findings.at(key.at()),
                    "Unknown key '" + shorten(name) + "' " + where + ": the installer's strict parse rejects it."
                            + hint,
                    suggestion);
        } else if (topLevel
                && suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN
                && Suggestions.isLikelyTypo(name, suggestion.key())) {
            report(
                    findings.at(key.at()),
                    "Unknown top-level key '" + shorten(name) + "': the installer's strict parse rejects it." + hint,
                    suggestion);
        } else if (topLevel) {
            findings.at(key.at())
                    .severity(Severity.WARNING)
                    .message("Unknown top-level key '" + shorten(name) + "': the 2022.11.3 installer's strict parse "
                            + "rejects it (it may belong to an older or newer installer)." + hint)
                    .fix("Remove '" + shorten(name) + "' unless the installer you use defines it.")
                    .report();
        }
    }

    /**
     * What the message adds about the known keys: "did you mean" with a likely spelling; otherwise the
     * list of known keys where the installer is strict, which helps more than a far-fetched guess.
     */
    private static String hint(Suggestion suggestion, SchemaNode schema) {
        return switch (suggestion.kind()) {
            case DID_YOU_MEAN -> didYouMean(suggestion);
            case NEAREST ->
                schema.isStrict()
                        ? " Known keys here: "
                                + String.join(
                                        ", ",
                                        schema.fields().keySet().stream()
                                                .sorted()
                                                .toList()) + "."
                        : " The nearest known key is '" + suggestion.key() + "'.";
            case NONE -> "";
        };
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
