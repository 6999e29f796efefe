package dev.gitpodconfig.schema;

import dev.gitpodconfig.model.InstallerDecoder;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.SchemaNode.Field;
import dev.gitpodconfig.report.ToolInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft-07) of the 2022.11.3 installer config, walked from {@link InstallerSchema}: the schema the
 * decoder and the rules read, so there is no second copy of it. A value is described as the installer reads it
 * (yaml.v2, then encoding/json), as far as an editor that reads the file as YAML 1.2 can follow:
 *
 * <ul>
 *   <li>every struct rejects keys it does not define ({@code additionalProperties: false}), but takes any spelling
 *       of its keys that differs only in case ({@code InCluster}), as encoding/json does: a {@code patternProperties}
 *       entry per key, with a character class per letter ({@code ^[iI][nN]...$}; ECMA-262 regular expressions have
 *       no inline flag), that refers to the key's own schema; the top-level {@code apiVersion} is the exception, as
 *       the installer deletes only that spelling;
 *   <li>keys that only later installer builds define are listed with a description that says so, and rejected;
 *   <li>a string field also takes a number or boolean (the installer turns them into text); a boolean field also
 *       takes the YAML 1.1 words ({@code yes}, {@code off}), which an editor reading YAML 1.2 sees as strings; a
 *       quoted {@code "false"} stays an error;
 *   <li>quantities, durations and times carry the syntax the decoder accepts, and null is accepted where the
 *       installer reads it as "not set";
 *   <li>enumerations come from the installer's validation functions ({@link InstallerDecoder#allowedValues});
 *   <li>required keys are those {@link RequiredFields} finds, held only in a block that is written, and at the top
 *       only in a whole config (one with {@code apiVersion} or {@code kind}): a file without them is a partial
 *       overlay, held only to what it writes, as the {@code check} goal holds it.
 * </ul>
 */
final class InstallerJsonSchema {

    /** yaml.v2's words for booleans that YAML 1.2 reads as strings ({@code true} and {@code True} it reads too). */
    private static final List<String> TRUE_WORDS = List.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON");

    private static final List<String> FALSE_WORDS = List.of("n", "N", "no", "No", "NO", "off", "Off", "OFF");

    /** k8s.io/apimachinery's ParseQuantity, after the decoder's strip: a decimal number and a known suffix. */
    static final String QUANTITY =
            "^\\s*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)" + "(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?\\s*$";

    /** Go's time.ParseDuration: {@code 0}, or numbers each with a unit ({@code 1h30m}, {@code 1.5s}). */
    static final String DURATION = "^[+-]?(0|(([0-9]+([.][0-9]*)?|[.][0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$";

    /** time.Time's JSON form, RFC 3339. */
    static final String TIME =
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$";

    private static final String BOOLEAN_WORDS =
            "^(" + String.join("|", TRUE_WORDS) + "|" + String.join("|", FALSE_WORDS) + ")$";

    private final ToolInfo tool;

    private InstallerJsonSchema(ToolInfo tool) {
        this.tool = tool;
    }

    /**
     * The schema of the installer config.
     *
     * @param tool the plugin's identity, for the marker and the addresses of the rules
     * @param marker the text that marks the file as the plugin's
     * @return the schema
     */
    static Map<String, Object> build(ToolInfo tool, String marker) {
        Map<String, Object> root = EditorSchemas.root(
                marker,
                "Gitpod installer config (gitpod.config.yaml), release 2022.11.3",
                "The config that gitpod-installer 2022.11.3 reads. A file with apiVersion or kind is a whole config;"
                        + " one without them is a partial overlay, held only to the blocks it writes.");
        root.putAll(new InstallerJsonSchema(tool).struct(InstallerSchema.ROOT, List.of(), "#", false));
        return root;
    }

    /** A strict struct: its keys, the other spellings of them, nothing else, and the keys it requires. */
    private Map<String, Object> struct(SchemaNode struct, List<String> path, String pointer, boolean nullable) {
        Map<String, Object> schema = JsonTree.object();
        schema.put("type", types(nullable, "object"));
        Map<String, Object> properties = JsonTree.object();
        Map<String, Object> spellings = JsonTree.object();
        boolean top = path.isEmpty();
        // Fields a written block must hold; at the top, those of a whole config (an overlay needs none of them).
        Set<String> required = RequiredFields.of(path, true);
        for (Field field : struct.fields().values()) {
            String name = field.name();
            String fieldPointer = pointer + "/properties/" + pointerToken(name);
            if (field.isLater()) {
                Map<String, Object> later = JsonTree.object();
                later.put(
                        "description",
                        name + " is " + field.laterNote() + ": the 2022.11.3 installer rejects the key.");
                later.put("not", JsonTree.object());
                later.put("doNotSuggest", true); // VS Code's YAML extension then leaves it out of completions
                properties.put(name, later);
                continue;
            }
            List<String> fieldPath = append(path, name);
            properties.put(
                    name, value(field, field.schema(), struct, fieldPath, fieldPointer, required.contains(name)));
            // The installer deletes only the top-level apiVersion written exactly so; ApiVersion is unknown.
            if (!(top && name.equals("apiVersion"))) {
                List<String> sameKey = new ArrayList<>();
                for (Field other : struct.fields().values()) {
                    if (other.name().equalsIgnoreCase(name)) {
                        sameKey.add(other.name());
                    }
                }
                // Of two keys that differ only in case, another spelling decodes into the first.
                if (sameKey.get(0).equals(name)) {
                    spellings.put(otherSpellings(sameKey), JsonTree.object("$ref", fieldPointer));
                }
            }
        }
        schema.put("properties", properties);
        schema.put("patternProperties", spellings);
        schema.put("additionalProperties", false);
        List<Object> conditions = new ArrayList<>();
        for (String name : top ? RequiredFields.of(path, false) : required) {
            conditions.add(requiredKey(name));
        }
        for (Field field : struct.fields().values()) {
            for (String tag : tags(field)) {
                if (tag.startsWith("required_if=")) {
                    conditions.add(requiredIf(struct, field, tag.substring("required_if=".length())));
                }
            }
        }
        if (top) {
            // At the top, required keys hold for a whole config only (as the check goal reads a file).
            List<Object> whole = new ArrayList<>();
            for (String name : required) {
                whole.add(requiredKey(name));
            }
            if (!whole.isEmpty()) {
                Map<String, Object> condition = JsonTree.object();
                condition.put("if", anyKey("^(" + anySpelling("apiVersion") + "|" + anySpelling("kind") + ")$"));
                condition.put("then", allOf(whole));
                conditions.add(condition);
            }
        }
        if (!conditions.isEmpty()) {
            schema.put("allOf", conditions);
        }
        return schema;
    }

    /** The schema of one value: a field's, or a list item's or map value's (then {@code field} is null). */
    private Map<String, Object> value(
            Field field, SchemaNode type, SchemaNode owner, List<String> path, String pointer, boolean required) {
        boolean nullable = nullable(field, type, required);
        Map<String, Object> schema;
        switch (type.type()) {
            case MAPPING -> {
                if (type.isStrict()) {
                    schema = struct(type, path, pointer, nullable);
                } else {
                    // A value this plugin does not model (a Pod template): any mapping.
                    schema = JsonTree.object();
                    schema.put("type", types(nullable, "object"));
                }
            }
            case MAP -> schema = container(type, owner, path, pointer, nullable, "object", "additionalProperties");
            case LIST -> schema = container(type, owner, path, pointer, nullable, "array", "items");
            case STRING -> schema = string(field, nullable);
            case BOOLEAN -> {
                schema = JsonTree.object();
                schema.put("type", types(nullable, "boolean", "string"));
                schema.put("pattern", BOOLEAN_WORDS);
            }
            case INTEGER -> {
                schema = JsonTree.object();
                schema.put("type", types(nullable, "integer"));
            }
            case FLOAT -> {
                schema = JsonTree.object();
                schema.put("type", types(nullable, "number"));
            }
            case QUANTITY -> schema = syntax(types(nullable, "string", "number"), QUANTITY);
            case DURATION -> schema = syntax(types(nullable, "string", "number"), DURATION);
            case TIME -> schema = syntax(types(nullable, "string"), TIME);
            case ANY -> {
                schema = JsonTree.object();
                if (path.size() == 1 && path.get(0).equals("apiVersion")) {
                    // Read into a string before the installer deletes it: a mapping or list is rejected.
                    schema.put("type", types(true, "string", "number", "boolean"));
                }
            }
            default -> throw new IllegalStateException("no JSON Schema for " + type.type());
        }
        Map<String, Object> described = JsonTree.object();
        described.put("description", description(field, type, owner, path, required));
        described.putAll(schema);
        return described;
    }

    /** A map ({@code additionalProperties}: its values) or a list ({@code items}) of one type. */
    private Map<String, Object> container(
            SchemaNode type,
            SchemaNode owner,
            List<String> path,
            String pointer,
            boolean nullable,
            String jsonType,
            String keyword) {
        String step = keyword.equals("items") ? RequiredFields.LIST_ITEM : RequiredFields.MAP_VALUE;
        Map<String, Object> schema = JsonTree.object();
        schema.put("type", types(nullable, jsonType));
        schema.put(
                keyword,
                value(null, type.items().orElseThrow(), owner, append(path, step), pointer + "/" + keyword, false));
        return schema;
    }

    /** A string field: any scalar, unless a validation tag asks for a list of values or a prefix. */
    private static Map<String, Object> string(Field field, boolean nullable) {
        Map<String, Object> schema = JsonTree.object();
        List<String> tags = tags(field);
        for (String tag : tags) {
            List<String> values = InstallerDecoder.allowedValues(tag);
            if (!values.isEmpty()) {
                List<Object> allowed = new ArrayList<>(values);
                if (tags.get(0).equals("omitempty")) {
                    allowed.add(""); // an empty value skips the other tags
                }
                if (nullable) {
                    allowed.add(JsonTree.NULL);
                }
                schema.put("enum", allowed);
                return schema;
            }
        }
        boolean anyScalar = true;
        for (String tag : tags) {
            if (tag.startsWith("startswith=")) {
                schema.put("pattern", "^" + literal(tag.substring("startswith=".length())));
                anyScalar = false; // a number becomes text without the prefix
            } else if (tag.equals("ascii")) {
                schema.put("pattern", "^[\\x00-\\x7F]*$");
            }
        }
        schema.put("type", anyScalar ? types(nullable, "string", "number", "boolean") : types(nullable, "string"));
        if (!tags.isEmpty() && tags.get(0).equals("required")) {
            schema.put("minLength", 1); // the validator's required: not empty
        }
        return schema;
    }

    private static Map<String, Object> syntax(List<Object> types, String pattern) {
        Map<String, Object> schema = JsonTree.object();
        schema.put("type", types);
        schema.put("pattern", pattern);
        return schema;
    }

    /**
     * Whether null is accepted: encoding/json makes a pointer nil and leaves any other field as it was (its default
     * or zero), except that a duration rejects null; a nil pointer fails its first tag unless that is
     * {@code omitempty}, {@code dive} or a {@code required_*} one, and a zero value fails {@code required}.
     */
    private static boolean nullable(Field field, SchemaNode type, boolean required) {
        if (field != null && field.pointer()) {
            List<String> tags = tags(field);
            return tags.isEmpty()
                    || tags.get(0).equals("omitempty")
                    || tags.get(0).equals("dive")
                    || tags.get(0).startsWith("required_");
        }
        return type.type() != SchemaNode.Type.DURATION && !required;
    }

    private String description(Field field, SchemaNode type, SchemaNode owner, List<String> path, boolean required) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        if (path.size() == 1 && path.get(0).equals("apiVersion")) {
            line.append("The installer deletes this key (so spelt, at the top) before it reads the config.");
        } else if (field != null) {
            String struct = owner.goType().equals("struct") ? "" : owner.goType() + ".";
            line.append("Installer field ")
                    .append(struct)
                    .append(field.goName())
                    .append(", Go type ");
            line.append(field.pointer() ? "*" : "").append(type.goType()).append('.');
        } else {
            line.append(path.get(path.size() - 1).equals(RequiredFields.LIST_ITEM) ? "An item" : "A value");
            line.append(", Go type ").append(type.goType()).append('.');
        }
        switch (type.type()) {
            case QUANTITY, DURATION, TIME, BOOLEAN ->
                line.append(' ').append(capitalise(type.type().description())).append('.');
            default -> {
                // The type name says enough.
            }
        }
        if (required) {
            line.append(path.size() == 1 ? " Required in a whole config." : " Required.");
        }
        for (String tag : tags(field)) {
            if (tag.startsWith("required_if=")) {
                String parameter = tag.substring("required_if=".length());
                line.append(" Required when ")
                        .append(sibling(owner, parameter).name())
                        .append(" is ")
                        .append(parameter.substring(parameter.indexOf(' ') + 1))
                        .append('.');
            } else if (tag.startsWith("startswith=")) {
                line.append(" Starts with ")
                        .append(tag.substring("startswith=".length()))
                        .append('.');
            } else {
                line.append(
                        switch (tag) {
                            case "fqdn" -> " Must be a fully qualified domain name.";
                            case "url" -> " Must be a URL with a scheme.";
                            case "ascii" -> " ASCII characters only.";
                            default -> "";
                        });
            }
        }
        lines.add(line.toString());
        lines.addAll(RuleKeys.lines(RuleKeys.INSTALLER.get(rulePath(path)), tool));
        return String.join("\n", lines);
    }

    /** {@code authProviders[]}: the path as {@link RuleKeys#INSTALLER} spells it. */
    private static String rulePath(List<String> path) {
        StringBuilder text = new StringBuilder();
        for (String step : path) {
            if (step.equals(RequiredFields.LIST_ITEM)) {
                text.append(step);
            } else {
                text.append(text.length() > 0 ? "." : "").append(step);
            }
        }
        return text.toString();
    }

    /** The required_if condition: when the other field has the value, this field's key is required. */
    private static Map<String, Object> requiredIf(SchemaNode struct, Field field, String parameter) {
        Field other = sibling(struct, parameter);
        String expected = parameter.substring(parameter.indexOf(' ') + 1);
        List<Object> values = new ArrayList<>();
        if (other.schema().type() == SchemaNode.Type.BOOLEAN) {
            boolean truth = Boolean.parseBoolean(expected);
            values.add(truth);
            values.addAll(truth ? TRUE_WORDS : FALSE_WORDS);
        } else {
            values.add(expected);
        }
        Map<String, Object> value = JsonTree.object();
        value.put("enum", values);
        String key = "^" + anySpelling(other.name()) + "$";
        Map<String, Object> when = anyKey(key);
        Map<String, Object> matching = JsonTree.object();
        matching.put(key, value);
        when.put("patternProperties", matching);
        // Required here means set: a null pointer fails as a missing key does.
        Map<String, Object> notNull = JsonTree.object("not", JsonTree.object("type", "null"));
        Map<String, Object> set =
                JsonTree.object("patternProperties", JsonTree.object("^" + anySpelling(field.name()) + "$", notNull));
        Map<String, Object> condition = JsonTree.object();
        condition.put("if", when);
        condition.put("then", allOf(List.of(requiredKey(field.name()), set)));
        return condition;
    }

    /** The field a {@code required_if} parameter ({@code InCluster false}) names by its Go name. */
    private static Field sibling(SchemaNode struct, String parameter) {
        String goName = parameter.substring(0, parameter.indexOf(' '));
        for (Field candidate : struct.fields().values()) {
            if (candidate.goName().equals(goName)) {
                return candidate;
            }
        }
        throw new IllegalStateException(struct.goType() + " has no field " + goName);
    }

    /** The key must be there in some spelling: required (by its own name) when no spelling of it is there. */
    private static Map<String, Object> requiredKey(String name) {
        Map<String, Object> condition = JsonTree.object("if", noKey("^" + anySpelling(name) + "$"));
        condition.put("then", JsonTree.object("required", List.of(name)));
        return condition;
    }

    /** Holds when some key of the object matches the pattern. */
    private static Map<String, Object> anyKey(String pattern) {
        return JsonTree.object("not", noKey(pattern));
    }

    /** Holds when no key of the object matches the pattern. */
    private static Map<String, Object> noKey(String pattern) {
        return JsonTree.object("propertyNames", JsonTree.object("not", JsonTree.object("pattern", pattern)));
    }

    private static Map<String, Object> allOf(List<Object> schemas) {
        if (schemas.size() == 1) {
            @SuppressWarnings("unchecked")
            Map<String, Object> only = (Map<String, Object>) schemas.get(0);
            return only;
        }
        Map<String, Object> all = JsonTree.object();
        all.put("allOf", schemas);
        return all;
    }

    /**
     * A key's other spellings, for {@code patternProperties}: every spelling the decoder matches to the key, except
     * the names of the struct's own keys (which {@code properties} holds).
     */
    private static String otherSpellings(List<String> exactNames) {
        return "^(?!(" + String.join("|", exactNames) + ")$)" + anySpelling(exactNames.get(0)) + "$";
    }

    /**
     * A key in any case, as the decoder matches it ({@code String.toLowerCase(Locale.ROOT)}, which also folds the
     * Kelvin sign K to k, as encoding/json does): a character class for each letter.
     */
    static String anySpelling(String name) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isKeyCharacter(c)) {
                throw new IllegalStateException("unexpected character in the key " + name);
            }
            String spellings = Spellings.of(c);
            if (spellings.length() == 1) {
                pattern.append(c);
            } else {
                pattern.append('[');
                for (int j = 0; j < spellings.length(); j++) {
                    char s = spellings.charAt(j);
                    pattern.append(s < 0x80 ? String.valueOf(s) : String.format("\\u%04X", (int) s));
                }
                pattern.append(']');
            }
        }
        return pattern.toString();
    }

    private static boolean isKeyCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /** The characters that lower-case to each ASCII letter, computed once. */
    private static final class Spellings {
        private static final Map<Character, String> BY_LETTER = compute();

        static String of(char c) {
            String spellings = BY_LETTER.get(Character.toLowerCase(c));
            return spellings == null ? String.valueOf(c) : spellings;
        }

        private static Map<Character, String> compute() {
            Map<Character, StringBuilder> found = new LinkedHashMap<>();
            for (char letter = 'a'; letter <= 'z'; letter++) {
                found.put(letter, new StringBuilder().append(letter).append(Character.toUpperCase(letter)));
            }
            for (int c = 0x80; c <= 0xFFFF; c++) {
                String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
                if (lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z') {
                    found.get(lower.charAt(0)).append((char) c);
                }
            }
            Map<Character, String> spellings = new LinkedHashMap<>();
            found.forEach((letter, chars) -> spellings.put(letter, chars.toString()));
            return spellings;
        }
    }

    /** A text as a regular expression that matches it literally. */
    private static String literal(String text) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0) {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    /** A name as a token of a JSON pointer (RFC 6901), which here also needs no escape in a URI fragment. */
    private static String pointerToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!isKeyCharacter(name.charAt(i))) {
                throw new IllegalStateException("unexpected character in the key " + name);
            }
        }
        return name;
    }

    private static List<Object> types(boolean nullable, String... types) {
        List<Object> all = new ArrayList<>(List.of((Object[]) types));
        if (nullable) {
            all.add("null");
        }
        return all;
    }

    private static List<String> tags(Field field) {
        return field == null || field.validate().isEmpty()
                ? List.of()
                : List.of(field.validate().split(",", -1));
    }

    private static List<String> append(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
