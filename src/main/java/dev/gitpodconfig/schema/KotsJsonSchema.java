package dev.gitpodconfig.schema;

import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.report.ToolInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft-07) of KOTS ConfigValues for Gitpod's admin console, from {@link KotsItem}: the registry,
 * storage and database items with their types and options. KOTS reads every field of an item as a Go string, so a
 * number or boolean there is an error ({@code value: "0"}, not {@code value: 0}); a bool item is {@code "0"} or
 * {@code "1"}, a select item one of its options, and an empty value leaves the item unset. KOTS ignores items
 * Gitpod does not define, so other items may be there, except {@code reg_*}, {@code store_*} and {@code db_*} ones:
 * a misspelt registry, storage or database item is silently ignored, which the {@code check} goal reports as an
 * error.
 */
final class KotsJsonSchema {

    /** The fields of a KOTS ConfigValue (kotskinds v1beta1), all strings. */
    private static final List<String> ITEM_FIELDS =
            List.of("value", "valuePlaintext", "default", "data", "dataPlaintext", "filename", "repeatableItem");

    /** The fields that hold an item's value: the first one set is in effect. */
    private static final List<String> VALUE_FIELDS = List.of("value", "valuePlaintext", "default");

    private KotsJsonSchema() {}

    /**
     * The schema of ConfigValues.
     *
     * @param tool the plugin's identity, for the addresses of the rules
     * @param marker the text that marks the file as the plugin's
     * @return the schema
     */
    static Map<String, Object> build(ToolInfo tool, String marker) {
        Map<String, Object> root = EditorSchemas.root(
                marker,
                "KOTS ConfigValues for Gitpod's admin console, release 2022.11.3",
                "The values of Gitpod's KOTS admin console (kubectl kots get config), with Gitpod's registry, "
                        + "storage and database items.");
        root.put("type", "object");
        root.put("required", List.of("apiVersion", "kind"));
        Map<String, Object> properties = JsonTree.object();
        properties.put("apiVersion", JsonTree.object("const", "kots.io/v1beta1"));
        properties.put("kind", JsonTree.object("const", "ConfigValues"));
        properties.put("metadata", typed("object", "null"));
        Map<String, Object> items = JsonTree.object();
        List<String> known = new ArrayList<>();
        // The prefixes of the items this plugin knows (reg_, store_, db_): another item with one is a misspelling.
        Set<String> prefixes = new LinkedHashSet<>();
        for (KotsItem item : KotsItem.values()) {
            items.put(item.itemName(), item(item, tool));
            known.add(item.itemName());
            prefixes.add(item.itemName().substring(0, item.itemName().indexOf('_')));
        }
        Map<String, Object> unknown = JsonTree.object(
                "description",
                "Gitpod's admin console has no such registry, storage or database item, so KOTS ignores its value.");
        unknown.put("not", JsonTree.object());
        Map<String, Object> patterns = JsonTree.object(
                "^(?!(" + String.join("|", known) + ")$)(" + String.join("|", prefixes) + ")_", unknown);
        Map<String, Object> values = typed("object", "null");
        values.put("description", "The items by name.");
        values.put("properties", items);
        values.put("patternProperties", patterns);
        values.put("additionalProperties", fields(null));
        Map<String, Object> specProperties = JsonTree.object();
        specProperties.put("values", values);
        Map<String, Object> spec = typed("object", "null");
        spec.put("properties", specProperties);
        properties.put("spec", spec);
        root.put("properties", properties);
        return root;
    }

    private static Map<String, Object> item(KotsItem item, ToolInfo tool) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        line.append(
                switch (item.kind()) {
                    case BOOL -> "A bool item: \"1\" (on) or \"0\" (off).";
                    case SELECT -> "A select_one item: " + String.join(", ", options(item)) + ".";
                    case TEXT -> "A text item.";
                    case SECRET -> "A password or file item.";
                });
        item.prefilled()
                .ifPresent(value -> line.append(" The admin console pre-fills \"")
                        .append(value)
                        .append("\"."));
        if (item.isLegacy()) {
            line.append(" An item of the 2022.03 and 2022.04 releases; later releases ignore it.");
        }
        lines.add(line.toString());
        lines.addAll(RuleKeys.lines(RuleKeys.KOTS.get(item.itemName()), tool));
        Map<String, Object> schema = JsonTree.object();
        schema.put("description", String.join("\n", lines));
        schema.putAll(fields(item));
        return schema;
    }

    /** An item's mapping: its fields, all strings; for a bool or select item, its values from the allowed ones. */
    private static Map<String, Object> fields(KotsItem item) {
        Map<String, Object> properties = JsonTree.object();
        for (String field : ITEM_FIELDS) {
            Map<String, Object> schema;
            if (item != null && VALUE_FIELDS.contains(field) && item.kind() == KotsItem.Kind.BOOL) {
                schema = choice(List.of("0", "1"));
            } else if (item != null && VALUE_FIELDS.contains(field) && item.kind() == KotsItem.Kind.SELECT) {
                schema = choice(options(item));
            } else {
                schema = typed("string", "null");
            }
            properties.put(field, schema);
        }
        Map<String, Object> schema = typed("object", "null");
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> choice(List<String> options) {
        List<Object> values = new ArrayList<>(options);
        values.add(""); // blank: not set
        values.add(JsonTree.NULL);
        Map<String, Object> schema = JsonTree.object();
        schema.put("enum", values);
        return schema;
    }

    /** A select item's options, in a stable order: the pre-filled one first. */
    private static List<String> options(KotsItem item) {
        List<String> options = new ArrayList<>(item.options().stream().sorted().toList());
        item.prefilled().ifPresent(value -> {
            options.remove(value);
            options.add(0, value);
        });
        return options;
    }

    private static Map<String, Object> typed(String... types) {
        return JsonTree.object("type", List.of((Object[]) types));
    }
}
