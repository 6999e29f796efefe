package dev.gitpodconfig.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import dev.gitpodconfig.load.GoScalar;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import dev.gitpodconfig.testing.Yaml;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates YAML against the editor schemas as an editor does: the YAML is turned into JSON, then checked with
 * networknt's draft-07 validator. Two readings of the YAML are offered, since the schemas must hold for both: the
 * installer's own (yaml.v2's YAML 1.1 scalars, {@link GoScalar}), and YAML 1.2's core schema, which
 * yaml-language-server uses by default ({@code yes} is a string there, {@code 0123} the number 123). Also used by
 * the {@code schema-goal} IT's verify script.
 */
public final class EditorValidation {

    /** How plain scalars become JSON values. */
    public enum Reading {
        /** As the installer reads them: yaml.v2, YAML 1.1. */
        INSTALLER,
        /** As yaml-language-server reads them by default: YAML 1.2's core schema. */
        YAML_1_2
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern CORE_NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern CORE_TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern CORE_FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CORE_OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern CORE_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern CORE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** Draft-07, and VS Code's annotation that keeps a key out of completions (which validates nothing). */
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getDraft7())
                    .keyword(new NonValidationKeyword("doNotSuggest"))
                    .build());

    private EditorValidation() {}

    /**
     * A schema text, loaded.
     *
     * @param schema the JSON text of a draft-07 schema
     * @return the schema, ready to validate
     */
    public static Schema load(String schema) {
        return REGISTRY.getSchema(schema, InputFormat.JSON);
    }

    /**
     * What draft-07's meta-schema finds wrong with a schema.
     *
     * @param schema the JSON text
     * @return the violations, empty for a valid schema
     */
    public static List<String> metaSchemaErrors(String schema) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        return messages(meta.validate(schema, InputFormat.JSON));
    }

    /**
     * What a schema finds wrong with each document of a YAML text.
     *
     * @param schema the schema
     * @param yaml the YAML text, which must load without problems
     * @param reading how plain scalars are read
     * @return the violations, each prefixed with its document's index when the text has several
     */
    public static List<String> errors(Schema schema, String yaml, Reading reading) {
        List<String> errors = new ArrayList<>();
        List<JsonNode> documents = documents(yaml, reading);
        for (int i = 0; i < documents.size(); i++) {
            String prefix = documents.size() == 1 ? "" : "document " + (i + 1) + ": ";
            for (String message : messages(schema.validate(documents.get(i)))) {
                errors.add(prefix + message);
            }
        }
        return errors;
    }

    /**
     * A YAML node as JSON.
     *
     * @param node the node
     * @param reading how plain scalars are read
     * @return the JSON value
     */
    public static JsonNode json(YamlNode node, Reading reading) {
        if (node instanceof YamlMapping map) {
            ObjectNode object = JSON.objectNode();
            for (YamlMapping.Entry entry : map.entries()) {
                object.set(entry.key().value(), json(entry.value(), reading));
            }
            return object;
        }
        if (node instanceof YamlSequence list) {
            ArrayNode array = JSON.arrayNode();
            for (YamlNode item : list.items()) {
                array.add(json(item, reading));
            }
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        return reading == Reading.INSTALLER ? installerScalar(scalar) : coreScalar(scalar);
    }

    /** The documents of a text that loads without problems, as JSON. */
    static List<JsonNode> documents(String yaml, Reading reading) {
        LoadedFile file = Yaml.load(yaml);
        if (!file.problems().isEmpty()) {
            throw new IllegalArgumentException("the YAML does not load: " + file.problems());
        }
        List<JsonNode> documents = new ArrayList<>();
        for (LoadedDocument document : file.documents()) {
            if (!document.problems().isEmpty()) {
                throw new IllegalArgumentException("the YAML does not load: " + document.problems());
            }
            documents.add(document.root().map(root -> json(root, reading)).orElse(JSON.nullNode()));
        }
        return documents;
    }

    private static JsonNode installerScalar(YamlScalar scalar) {
        GoScalar go = GoScalar.of(scalar);
        return switch (go.kind()) {
            case STRING -> JSON.stringNode(go.text());
            case BOOLEAN -> JSON.booleanNode(Boolean.parseBoolean(go.text()));
            case INTEGER -> JSON.numberNode(go.number().toBigIntegerExact());
            case FLOAT -> JSON.numberNode(go.number());
            case NULL -> JSON.nullNode();
            case NOT_A_NUMBER -> throw new IllegalArgumentException("JSON has no " + go.text());
        };
    }

    private static JsonNode coreScalar(YamlScalar scalar) {
        String text = scalar.value();
        if (scalar.quoted() || scalar.type() == YamlScalar.ScalarType.OTHER) {
            return JSON.stringNode(text);
        }
        if (CORE_NULL.matcher(text).matches()) {
            return JSON.nullNode();
        } else if (CORE_TRUE.matcher(text).matches()) {
            return JSON.booleanNode(true);
        } else if (CORE_FALSE.matcher(text).matches()) {
            return JSON.booleanNode(false);
        } else if (CORE_INT.matcher(text).matches()) {
            return JSON.numberNode(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
        } else if (CORE_OCTAL.matcher(text).matches()) {
            return JSON.numberNode(new BigInteger(text.substring(2), 8));
        } else if (CORE_HEX.matcher(text).matches()) {
            return JSON.numberNode(new BigInteger(text.substring(2), 16));
        } else if (CORE_FLOAT.matcher(text).matches()) {
            return JSON.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return JSON.stringNode(text);
    }

    private static List<String> messages(List<com.networknt.schema.Error> errors) {
        return errors.stream().map(Object::toString).toList();
    }
}
