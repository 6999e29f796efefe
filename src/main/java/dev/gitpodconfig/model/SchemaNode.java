package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The expected shape of a part of a configuration: its type, and for a mapping its known keys. A
 * <em>strict</em> mapping knows all its keys (the installer's strict parse rejects any other); an
 * <em>open</em> one has keys this plugin does not model, so unknown keys there are not reported.
 */
public final class SchemaNode {

    /** The value types the installer's Go structs accept. */
    public enum Type {
        /** A YAML boolean; a quoted {@code "false"} is a string and is rejected. */
        BOOLEAN("a boolean (true or false, unquoted)"),
        /** A string; an unquoted number or boolean is rejected by the Go JSON decoder. */
        STRING("a string"),
        /** An integer. */
        INTEGER("an integer"),
        /** A mapping. */
        MAPPING("a mapping"),
        /** A list. */
        LIST("a list"),
        /** Anything; not checked. */
        ANY("any value");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        /**
         * How the type is described in messages.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /**
     * A known key of a mapping.
     *
     * @param name the key
     * @param schema the value's schema
     * @param laterNote null for a key of release 2022.11.3; else when later installers added it
     */
    public record Field(String name, SchemaNode schema, String laterNote) {}

    private final Type type;
    private final boolean strict;
    private final Map<String, Field> fields;
    private final SchemaNode items;

    private SchemaNode(Type type, boolean strict, Map<String, Field> fields, SchemaNode items) {
        this.type = type;
        this.strict = strict;
        this.fields = fields;
        this.items = items;
    }

    static SchemaNode of(Type type) {
        return new SchemaNode(type, false, Map.of(), null);
    }

    static SchemaNode listOf(SchemaNode items) {
        return new SchemaNode(Type.LIST, false, Map.of(), items);
    }

    static SchemaNode strictMapping(Field... fields) {
        return mapping(true, fields);
    }

    static SchemaNode openMapping(Field... fields) {
        return mapping(false, fields);
    }

    private static SchemaNode mapping(boolean strict, Field... fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            byName.put(field.name(), field);
        }
        return new SchemaNode(Type.MAPPING, strict, Map.copyOf(byName), null);
    }

    static Field field(String name, SchemaNode schema) {
        return new Field(name, schema, null);
    }

    static Field later(String name, SchemaNode schema, String note) {
        return new Field(name, schema, note);
    }

    public Type type() {
        return type;
    }

    /**
     * Whether every key of this mapping is known.
     *
     * @return true when unknown keys are errors
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The known keys.
     *
     * @return the keys by name
     */
    public Map<String, Field> fields() {
        return fields;
    }

    /**
     * A known key.
     *
     * @param name the key
     * @return the field, if known
     */
    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The schema of a list's items.
     *
     * @return the item schema, if this is a list with typed items
     */
    public Optional<SchemaNode> items() {
        return Optional.ofNullable(items);
    }

    /**
     * Whether a node has the type this schema expects. Null always fits: the installer reads it as
     * "not set". Placeholder templates are not judged here.
     *
     * @param node the node
     * @return true if it fits
     */
    public boolean accepts(YamlNode node) {
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            return true;
        }
        return switch (type) {
            case ANY -> true;
            case MAPPING -> node instanceof YamlMapping;
            case LIST -> node instanceof YamlSequence;
            case BOOLEAN -> node instanceof YamlScalar s && s.type() == YamlScalar.ScalarType.BOOLEAN;
            case INTEGER -> node instanceof YamlScalar s && s.type() == YamlScalar.ScalarType.INTEGER;
            case STRING ->
                node instanceof YamlScalar s
                        && (s.type() == YamlScalar.ScalarType.STRING || s.type() == YamlScalar.ScalarType.OTHER);
        };
    }
}
