package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingBuilder;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.GoScalar;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerDecoder;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.KotsItem;
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
                A value of a type the installer or KOTS rejects: a quoted `"false"` or a number for `inCluster`, a
                list or mapping where a string is due, a quantity (`2gb`) or duration that does not parse, `.inf` or
                `.nan` anywhere; a KOTS item value that is not a string (`value: 0`
                unquoted), a `bool` item that is not `"0"` or `"1"`, a `select_one` item outside its options.
                """)
            .rationale("""
                The installer decodes the file into typed Go structs: a quoted `"false"` for a boolean stops the
                install with `cannot unmarshal`. A number or boolean for a string is fine there (it becomes its text:
                `bucket: 123456789012`); YAML 1.1 booleans (`y`, `on`) are booleans. KOTS stores every item value as
                a string.
                """)
            .fix("""
                Write the value with the expected type: booleans unquoted (`true`/`false`), strings as plain text;
                KOTS item values as strings (`value: "0"`), a `select_one` value from its options.
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
            checkDecoded(config, findings);
        }
    }

    private static void checkDecoded(GitpodConfig config, FindingSink findings) {
        for (InstallerDecoder.Problem problem : config.installerProblems()) {
            if (problem.kind() != InstallerDecoder.Kind.WRONG_TYPE) {
                continue;
            }
            YamlNode node = problem.at();
            String path = config.pathOf(problem.path());
            SchemaNode.Field field = problem.field() instanceof SchemaNode.Field f ? f : null;
            SchemaNode.Type type =
                    field == null ? SchemaNode.Type.ANY : field.schema().type();
            String message;
            if (field == null
                    || !problem.message().startsWith("json: cannot unmarshal ")
                    || problem.message().startsWith("json: cannot unmarshal number ")) {
                message = "'" + path + "' has a value the installer cannot decode (" + problem.message()
                        + "); the installer rejects the file.";
            } else {
                message = "'" + path + "' must be " + type.description() + ", but it is " + describe(node)
                        + "; the installer rejects the file.";
            }
            Optional<String> otherBuild = InstallerSchema.otherBuildShape(problem.path(), node);
            if (otherBuild.isPresent()) {
                // As for keys of other builds: a file written for another installer build gets a warning.
                findings.at(ConfigValue.of(path, node))
                        .severity(Severity.WARNING)
                        .message("'" + path + "' is a mapping, " + otherBuild.get() + "; the 2022.11.3 strict "
                                + "parse rejects it (" + problem.message() + ").")
                        .installerRejects()
                        .fix("For release 2022.11.3, write '" + path + "' as a quantity, e.g. \"2\".")
                        .report();
                continue;
            }
            FindingBuilder finding = findings.at(ConfigValue.of(path, node))
                    .message(message)
                    .installerRejects()
                    .fix(field == null ? "Write a finite number, or quote the value." : fixFor(type, node, path));
            if (type == SchemaNode.Type.BOOLEAN
                    && node instanceof YamlScalar scalar
                    && scalar.quoted()
                    && BOOLEAN_TEXT.matcher(scalar.value().trim()).matches()) {
                finding.replacement(scalar.value().trim().toLowerCase(Locale.ROOT));
            }
            finding.report();
        }
    }

    /** The value's type as the installer's YAML reader (yaml.v2, YAML 1.1) sees it. */
    private static String describe(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return switch (GoScalar.of(scalar).kind()) {
                case STRING -> "a string";
                case BOOLEAN -> "a boolean";
                case INTEGER -> "an integer";
                case FLOAT, NOT_A_NUMBER -> "a number";
                case NULL -> "null";
            };
        }
        return node.describeType();
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
