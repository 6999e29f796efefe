package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingBuilder;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.Placeholders;
import dev.gitpodconfig.model.SchemaNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code config-wrong-type}: a value of a type the installer (or KOTS) rejects, such as a quoted
 * {@code "false"} where a boolean is due, or an unquoted number where KOTS expects a string.
 */
public final class ConfigWrongTypeRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("config-wrong-type")
            .severity(Severity.ERROR)
            .title("a value of a type the installer or KOTS rejects")
            .summary("""
                A value of the wrong type where the installer would reject it (`inCluster: "false"`, a list where a
                string is due).
                """)
            .description("""
                A value of a type the installer or KOTS rejects: a quoted `"false"` for `inCluster`, a number where a
                string is due, a list where a string is due; a KOTS item value that is not a string (`value: 0`
                unquoted), a `bool` item that is not `"0"` or `"1"`, a `select_one` item outside its options.
                """)
            .rationale("""
                The installer decodes the file into typed Go structs: a quoted `"false"` for a boolean or a number for a
                string stops the install with `cannot unmarshal`. KOTS stores every item value as a string.
                """)
            .fix("""
                Write the value with the expected type: booleans unquoted (`true`/`false`), strings quoted when they
                look like numbers; KOTS item values as strings (`value: "0"`), a `select_one` value from its options.
                """)
            .gitpodSource("install/installer/pkg/config/v1/config.go", "the Go types of the installer configuration")
            .gitpodSource("install/kots/manifests/kots-config.yaml", "the types and options of the KOTS items")
            .source(
                    "Replicated documentation, ConfigValues",
                    "https://docs.replicated.com/reference/custom-resource-configvalues")
            .build();

    private static final Pattern BOOLEAN_TEXT = Pattern.compile("(?i)true|false");
    private static final Pattern TRUE_TEXT = Pattern.compile("(?i)true|yes|y|on");
    /** A plain scalar that can be quoted as it stands: no quotes, backslashes or line breaks. */
    private static final Pattern SIMPLE_PLAIN = Pattern.compile("[^\"\\\\\\r\\n]{1,200}");

    /** Creates the rule. */
    public ConfigWrongTypeRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (config.format() == GitpodConfig.Format.KOTS) {
            checkKotsItems(config, findings);
        } else {
            checkMapping(config.root(), InstallerSchema.ROOT, config.rootPath(), findings);
        }
    }

    private static void checkMapping(YamlMapping map, SchemaNode schema, String path, FindingSink findings) {
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            Optional<SchemaNode.Field> field = schema.field(key);
            if (field.isPresent()) {
                checkNode(entry.value(), field.get().schema(), path.isEmpty() ? key : path + "." + key, findings);
            }
        }
    }

    private static void checkNode(YamlNode node, SchemaNode schema, String path, FindingSink findings) {
        if (Placeholders.templateExpression(node).isPresent()) {
            return; // a [[ .X ]] template: config-unresolved-placeholder reports it
        }
        if (!schema.accepts(node)) {
            ConfigValue at = ConfigValue.of(path, node);
            String message = "'" + path + "' must be " + schema.type().description() + ", but it is "
                    + node.describeType() + "; the installer rejects the file.";
            FindingBuilder finding = findings.at(at).message(message).fix(fixFor(schema.type(), node, path));
            if (schema.type() == SchemaNode.Type.BOOLEAN
                    && node instanceof YamlScalar scalar
                    && scalar.quoted()
                    && BOOLEAN_TEXT.matcher(scalar.value().trim()).matches()) {
                finding.replacement(scalar.value().trim().toLowerCase(Locale.ROOT));
            }
            finding.report();
            return;
        }
        if (node instanceof YamlMapping map && schema.type() == SchemaNode.Type.MAPPING) {
            checkMapping(map, schema, path, findings);
        } else if (node instanceof YamlSequence list && schema.items().isPresent()) {
            int i = 0;
            for (YamlNode item : list.items()) {
                checkNode(item, schema.items().get(), path + "[" + i++ + "]", findings);
            }
        }
    }

    private static String fixFor(SchemaNode.Type expected, YamlNode actual, String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (expected == SchemaNode.Type.BOOLEAN && actual instanceof YamlScalar scalar && scalar.quoted()) {
            return "Remove the quotes: write " + key + ": true or " + key + ": false.";
        }
        if (expected == SchemaNode.Type.STRING && actual instanceof YamlScalar) {
            return "Quote the value so that it is read as a string.";
        }
        return "Write " + key + " as " + expected.description() + ".";
    }

    private static void checkKotsItems(GitpodConfig config, FindingSink findings) {
        for (YamlMapping.Entry entry : config.root().entries()) {
            String name = entry.key().value();
            Optional<KotsItem> item = KotsItem.byName(name);
            if (item.isEmpty()) {
                continue;
            }
            String itemPath = config.pathOf(name);
            if (!(entry.value() instanceof YamlMapping itemMap)) {
                if (!(entry.value() instanceof YamlScalar scalar && scalar.isNull())) {
                    findings.at(ConfigValue.of(itemPath, entry.value()))
                            .message("KOTS item '" + name + "' must be a mapping with a 'value' key, but it is "
                                    + entry.value().describeType() + ".")
                            .fix("Write the item as " + name + ": {value: \"...\"}.")
                            .report();
                }
                continue;
            }
            for (String field : List.of("value", "valuePlaintext", "default")) {
                Optional<YamlNode> node = itemMap.get(field);
                if (node.isPresent()) {
                    checkKotsValue(item.get(), node.get(), itemPath + "." + field, findings);
                }
            }
            Optional<ConfigValue> value = KotsConfigReader.itemValue(config.root(), name);
            if (value.isPresent()) {
                checkOptions(item.get(), value.get(), findings);
            }
        }
    }

    private static void checkKotsValue(KotsItem item, YamlNode node, String path, FindingSink findings) {
        if (node instanceof YamlScalar scalar && (scalar.isNull() || scalar.type() == YamlScalar.ScalarType.STRING)) {
            return;
        }
        String example = item.kind() == KotsItem.Kind.BOOL ? "\"0\" or \"1\"" : "\"...\"";
        String message = "The value of KOTS item '" + item.itemName() + "' must be a string, but it is "
                + node.describeType() + "; KOTS rejects the ConfigValues file.";
        FindingBuilder finding =
                findings.at(ConfigValue.of(path, node)).message(message).fix("Quote the value, e.g. " + example + ".");
        if (node instanceof YamlScalar scalar
                && item.kind() == KotsItem.Kind.BOOL
                && scalar.type() == YamlScalar.ScalarType.BOOLEAN) {
            boolean on = TRUE_TEXT.matcher(scalar.value().trim()).matches();
            finding.replacement(on ? "\"1\"" : "\"0\"");
        } else if (node instanceof YamlScalar scalar
                && SIMPLE_PLAIN.matcher(scalar.value()).matches()) {
            finding.replacement("\"" + scalar.value() + "\"");
        }
        finding.report();
    }

    private static void checkOptions(KotsItem item, ConfigValue value, FindingSink findings) {
        Optional<String> text = value.checkableText();
        if (text.isEmpty()
                || !(value.node() instanceof YamlScalar scalar)
                || scalar.type() != YamlScalar.ScalarType.STRING) {
            return;
        }
        if (item.kind() == KotsItem.Kind.BOOL
                && !text.get().equals("0")
                && !text.get().equals("1")) {
            findings.at(value)
                    .message("KOTS item '" + item.itemName() + "' is a bool item: its value must be \"0\" or \"1\", "
                            + "but it is '" + text.get() + "'.")
                    .fix("Set the value to \"1\" (on) or \"0\" (off).")
                    .report();
        } else if (item.kind() == KotsItem.Kind.SELECT
                && item != KotsItem.STORE_PROVIDER
                && !item.options().contains(text.get())) {
            findings.at(value)
                    .message("KOTS item '" + item.itemName() + "' must be one of "
                            + String.join(", ", item.options().stream().sorted().toList()) + ", but it is '"
                            + text.get() + "'.")
                    .fix("Choose one of the listed values.")
                    .report();
        }
    }
}
