package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestions;
import java.util.Optional;

/**
 * {@code config-unknown-key}: a key the 2022.11.3 installer (or KOTS) does not know. Errors inside
 * {@code containerRegistry} and {@code objectStorage}, for unknown {@code reg_*}/{@code store_*} items,
 * and for top-level keys that look like a typo of a known one; warnings for keys of later installers
 * and for other top-level keys.
 */
public final class ConfigUnknownKeyRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-unknown-key")
            .severity(Severity.ERROR)
            .title("an unknown key or KOTS item, with \"did you mean\"")
            .summary("""
                An unknown key in `containerRegistry` or `objectStorage`, an unknown `reg_*`/`store_*` KOTS item, or a
                top-level key close to a known one.
                """)
            .description("""
                As errors: an unknown key in `containerRegistry`, `objectStorage` or their children, an unknown
                `reg_*`/`store_*` KOTS item, and a top-level key that looks like a typo of a known one (at most two
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

    private static final String DID_YOU_MEAN = " Did you mean '";

    /** Creates the rule. */
    public ConfigUnknownKeyRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (config.format() == GitpodConfig.Format.KOTS) {
            checkKotsItems(config, findings);
        } else {
            checkMapping(config.root(), InstallerSchema.ROOT, config.rootPath(), true, findings);
        }
    }

    private static void checkMapping(YamlMapping map, SchemaNode schema, String path, boolean topLevel, FindingSink findings) {
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            ConfigValue at = ConfigValue.of(keyPath, entry.key());
            Optional<SchemaNode.Field> field = schema.field(key);
            if (field.isEmpty()) {
                reportUnknown(key, at, schema, path, topLevel, findings);
                continue;
            }
            if (field.get().laterNote() != null) {
                findings.report(Severity.WARNING, at,
                        "'" + key + "' is " + field.get().laterNote() + "; the 2022.11.3 installer, the last Self-Hosted "
                                + "release, rejects it as an unknown field.",
                        "Remove '" + key + "' when installing Gitpod Self-Hosted 2022.11.3 or older.");
                continue;
            }
            SchemaNode child = field.get().schema();
            if (child.type() == SchemaNode.Type.MAPPING && entry.value() instanceof YamlMapping childMap) {
                checkMapping(childMap, child, keyPath, false, findings);
            }
        }
    }

    private static void reportUnknown(
            String key, ConfigValue at, SchemaNode schema, String path, boolean topLevel, FindingSink findings) {
        String nearest = Suggestions.nearest(key, schema.fields().keySet()).orElse("");
        String where = path.isEmpty() ? "at the top level" : "in " + path;
        String suggestion = suggestion(key, nearest, schema);
        if (topLevel && InstallerSchema.REMOVED_TOP_LEVEL_KEYS.containsKey(key)) {
            findings.report(Severity.WARNING, at, "'" + key + "' was " + InstallerSchema.REMOVED_TOP_LEVEL_KEYS.get(key)
                            + "; the 2022.11.3 installer's strict parse rejects it as an unknown field.",
                    "Remove '" + key + "'.");
        } else if (schema.isStrict()) {
            reportUnknown(at, "Unknown key '" + shorten(key) + "' " + where + ": the installer's strict parse rejects it."
                    + suggestion, nearest, suggestion, findings);
        } else if (topLevel && !nearest.isEmpty() && Suggestions.isLikelyTypo(key, nearest)) {
            reportUnknown(at, "Unknown top-level key '" + shorten(key) + "': the installer's strict parse rejects it."
                    + suggestion, nearest, suggestion, findings);
        } else if (topLevel) {
            findings.report(Severity.WARNING, at, "Unknown top-level key '" + shorten(key)
                            + "': the 2022.11.3 installer's strict parse rejects it (it may belong to an older or newer installer)."
                            + suggestion,
                    "Remove '" + shorten(key) + "' unless the installer you use defines it.");
        }
    }

    /** An unknown key whose likely spelling is known is reported with that key as the suggested replacement. */
    private static void reportUnknown(ConfigValue at, String message, String nearest, String suggestion, FindingSink findings) {
        if (suggestion.startsWith(DID_YOU_MEAN)) {
            findings.reportWithReplacement(at, message, fixFor(nearest), nearest);
        } else {
            findings.report(at, message, fixFor(nearest));
        }
    }

    /**
     * "Did you mean" with the nearest key when it is plausibly a typo (at most a third of the letters
     * differ); otherwise the list of known keys, which helps more than a far-fetched guess.
     */
    private static String suggestion(String key, String nearest, SchemaNode schema) {
        if (nearest.isEmpty()) {
            return "";
        }
        if (Suggestions.distance(key, nearest) <= Math.max(2, nearest.length() / 3)) {
            return DID_YOU_MEAN + nearest + "'?";
        }
        if (schema.isStrict()) {
            return " Known keys here: " + String.join(", ", schema.fields().keySet().stream().sorted().toList()) + ".";
        }
        return " The nearest known key is '" + nearest + "'.";
    }

    private static void checkKotsItems(GitpodConfig config, FindingSink findings) {
        for (YamlMapping.Entry entry : config.root().entries()) {
            String item = entry.key().value();
            if (!item.startsWith("reg_") && !item.startsWith("store_")) {
                continue;
            }
            ConfigValue at = ConfigValue.of(config.pathOf(item), entry.key());
            Optional<KotsItem> known = KotsItem.byName(item);
            if (known.isPresent() && known.get().isLegacy()) {
                findings.report(Severity.WARNING, at,
                        "'" + item + "' is a KOTS item of the 2022.03 and 2022.04 releases; later releases ignore it. "
                                + "The S3 backend now belongs to the in-cluster registry (reg_incluster_storage: s3).",
                        "Replace the reg_s3storage, reg_bucketname, reg_accesskey and reg_secretkey items with "
                                + "reg_incluster \"1\", reg_incluster_storage \"s3\" and the reg_incluster_storage_s3_* items.");
            } else if (known.isEmpty()) {
                String nearest = Suggestions.nearest(item, KotsItem.names().stream()
                        .filter(n -> !KotsItem.byName(n).orElseThrow().isLegacy()).sorted().toList()).orElse("");
                String message = "Unknown KOTS item '" + shorten(item) + "': Gitpod's admin console has no such item, so "
                        + "the value is ignored.";
                if (nearest.isEmpty()) {
                    findings.report(at, message, fixFor(nearest));
                } else {
                    findings.reportWithReplacement(at, message + DID_YOU_MEAN + nearest + "'?", fixFor(nearest), nearest);
                }
            }
        }
    }

    private static String fixFor(String nearest) {
        return nearest.isEmpty() ? "Remove the key." : "Rename the key to '" + nearest + "', or remove it.";
    }

    private static String shorten(String key) {
        return key.length() > 80 ? key.substring(0, 80) + "…" : key;
    }
}
