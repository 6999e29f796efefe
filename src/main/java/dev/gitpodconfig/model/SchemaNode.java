package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The expected shape of a part of a configuration: a Go type of the installer's config structs. A
 * <em>strict</em> mapping is a Go struct and knows all its keys (the installer's strict parse rejects any
 * other); an <em>open</em> one is a value this plugin does not model (a Kubernetes Pod), where any key goes.
 */
public final class SchemaNode {

    /** The kinds of Go types the installer's config structs use. */
    public enum Type {
        /** {@code bool}: a YAML 1.1 boolean; a quoted {@code "false"} or a number is rejected. */
        BOOLEAN("a boolean (true or false, unquoted)"),
        /** {@code string} or a named string type: a number or boolean becomes its text. */
        STRING("a string"),
        /** A Go integer type ({@code int}, {@code int32}, {@code int64}, {@code uint32}, ...). */
        INTEGER("an integer"),
        /** {@code float64}. */
        FLOAT("a number"),
        /** A Go struct. */
        MAPPING("a mapping"),
        /** A Go map with string keys. */
        MAP("a mapping"),
        /** A Go slice. */
        LIST("a list"),
        /** Kubernetes {@code resource.Quantity} ({@code 2Gi}, {@code 500m}). */
        QUANTITY("a quantity (such as 2Gi or 500m)"),
        /** Gitpod's {@code util.Duration}: a Go duration text ({@code 36h}); a bare number is nanoseconds. */
        DURATION("a duration (such as 36h)"),
        /** {@code time.Time} (or Kubernetes {@code metav1.Time}): an RFC 3339 text. */
        TIME("an RFC 3339 time"),
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
     * A field of a Go struct.
     *
     * @param name the JSON name
     * @param schema the value's type
     * @param laterNote null for a key of release 2022.11.3; else which later installer builds define it
     *     (2022.11.3 itself rejects such a key)
     * @param goName the Go field name, as the validator's namespaces show it ({@code Config.Domain})
     * @param pointer whether the Go field is a pointer: an explicit null makes it nil
     * @param validate the validator tag, e.g. {@code required,fqdn}; empty for none
     */
    public record Field(
            String name, SchemaNode schema, String laterNote, String goName, boolean pointer, String validate) {

        /**
         * A field whose Go name is its JSON name capitalised, with no pointer and no validation.
         *
         * @param name the JSON name
         * @param schema the type
         * @param laterNote see the record
         */
        public Field(String name, SchemaNode schema, String laterNote) {
            this(name, schema, laterNote, capitalize(name), false, "");
        }

        /**
         * The value's type; a {@linkplain #deferred deferred} part of the schema is built here, on first use.
         *
         * @return the type
         */
        @Override
        public SchemaNode schema() {
            return schema.resolved();
        }

        /**
         * Whether only installer builds after 2022.11.3 define this key.
         *
         * @return true for a later key
         */
        public boolean isLater() {
            return laterNote != null;
        }
    }

    private final Type type;
    private final boolean strict;
    private final Map<String, Field> fields;
    /**
     * The same fields by their lower-case name (encoding/json matches keys case-insensitively), built on the first
     * key that is not written exactly: most configs never need it, and a clean build would build it for every
     * struct of the schema. Volatile and immutable once built, so concurrent builds (-T) may build it twice, never
     * see half of it.
     */
    private volatile Map<String, Field> folded;

    private final SchemaNode items;
    private final String goType;
    /** The part of the installer schema this node stands for, or null for a node that is what it says. */
    private final String deferred;
    /** The node {@link #deferred} built; volatile, as concurrent builds (-T) may build it twice, never half. */
    private volatile SchemaNode built;

    private SchemaNode(Type type, boolean strict, Map<String, Field> fields, SchemaNode items, String goType) {
        this(type, strict, fields, items, goType, null);
    }

    private SchemaNode(
            Type type, boolean strict, Map<String, Field> fields, SchemaNode items, String goType, String deferred) {
        this.type = type;
        this.strict = strict;
        this.fields = fields;
        this.items = items;
        this.goType = goType;
        this.deferred = deferred;
    }

    /**
     * A node that stands for a part of the installer schema that most configs never reach, for a {@link Field}'s
     * type only: the field's {@link Field#schema()} builds the part ({@link InstallerSchema#deferredPart}) when it
     * is first read. A clean build runs the schema's static initialiser once, interpreted, and the
     * {@code experimental} structs alone would cost it about a millisecond for keys that few configs have.
     */
    static SchemaNode deferred(String part) {
        return new SchemaNode(Type.ANY, false, Map.of(), null, "", part);
    }

    private SchemaNode resolved() {
        if (deferred == null) {
            return this;
        }
        SchemaNode node = built;
        if (node == null) {
            node = InstallerSchema.deferredPart(deferred);
            built = node;
        }
        return node;
    }

    private Map<String, Field> folded() {
        Map<String, Field> byFolded = folded;
        if (byFolded == null) {
            byFolded = new HashMap<>();
            for (Field field : fields.values()) {
                byFolded.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field);
            }
            byFolded = java.util.Collections.unmodifiableMap(byFolded);
            folded = byFolded;
        }
        return byFolded;
    }

    static SchemaNode of(Type type) {
        return new SchemaNode(type, false, Map.of(), null, defaultGoType(type));
    }

    static SchemaNode of(Type type, String goType) {
        return new SchemaNode(type, false, Map.of(), null, goType);
    }

    static SchemaNode listOf(SchemaNode items) {
        return new SchemaNode(Type.LIST, false, Map.of(), items, "[]" + items.goType);
    }

    static SchemaNode mapOf(SchemaNode values) {
        return new SchemaNode(Type.MAP, false, Map.of(), values, "map[string]" + values.goType);
    }

    static SchemaNode mapOf(SchemaNode values, String goType) {
        return new SchemaNode(Type.MAP, false, Map.of(), values, goType);
    }

    static SchemaNode struct(String goType, Field... fields) {
        return mapping(true, goType, fields);
    }

    static SchemaNode strictMapping(Field... fields) {
        return mapping(true, "struct", fields);
    }

    static SchemaNode openMapping(Field... fields) {
        return mapping(false, "map[string]interface {}", fields);
    }

    private static SchemaNode mapping(boolean strict, String goType, Field... fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            // The name first: reading the type of a deferred field would build it.
            if (field.name().isEmpty() && field.schema().type == Type.MAPPING) {
                byName.putAll(field.schema().fields); // an embedded (inline) struct: its fields are promoted
            } else {
                byName.put(field.name(), field);
            }
        }
        return new SchemaNode(Type.MAPPING, strict, java.util.Collections.unmodifiableMap(byName), null, goType);
    }

    static Field field(String name, SchemaNode schema) {
        return new Field(name, schema, null);
    }

    static Field later(String name, SchemaNode schema, String note) {
        return new Field(name, schema, note);
    }

    private static String defaultGoType(Type type) {
        return switch (type) {
            case BOOLEAN -> "bool";
            case STRING -> "string";
            case INTEGER -> "int";
            case FLOAT -> "float64";
            case QUANTITY -> "resource.Quantity";
            case DURATION -> "util.Duration";
            case TIME -> "time.Time";
            case MAPPING, MAP -> "map[string]interface {}";
            case LIST -> "[]interface {}";
            case ANY -> "interface {}";
        };
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public Type type() {
        return type;
    }

    /**
     * The Go type's name as encoding/json names it in its errors ({@code config.ObjectRef}, {@code []string},
     * {@code int32}).
     *
     * @return the Go type
     */
    public String goType() {
        return goType;
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
     * @return the keys by name, in the order of the Go struct
     */
    public Map<String, Field> fields() {
        return fields;
    }

    /**
     * A known key, by its exact name.
     *
     * @param name the key
     * @return the field, if known
     */
    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The field a key decodes into, as encoding/json finds it: the exact name, or else any spelling that
     * differs only in case.
     *
     * @param key the key as written
     * @return the field, or null when the struct has none
     */
    public Field fieldFor(String key) {
        Field exact = fields.get(key);
        return exact != null ? exact : folded().get(key.toLowerCase(Locale.ROOT));
    }

    /**
     * The schema of a list's items or a map's values.
     *
     * @return the item schema, if this is a list or map with typed items
     */
    public Optional<SchemaNode> items() {
        return Optional.ofNullable(items);
    }

    /**
     * Whether a node has the shape this schema expects, as SnakeYAML resolved it. Null always fits: the
     * installer reads it as "not set". The exact decoding is {@link InstallerDecoder}'s.
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
            case MAPPING, MAP -> node instanceof YamlMapping;
            case LIST -> node instanceof YamlSequence;
            case BOOLEAN -> node instanceof YamlScalar s && s.type() == YamlScalar.ScalarType.BOOLEAN;
            case INTEGER -> node instanceof YamlScalar s && s.type() == YamlScalar.ScalarType.INTEGER;
            case STRING, QUANTITY, DURATION, TIME, FLOAT -> node instanceof YamlScalar;
        };
    }
}
