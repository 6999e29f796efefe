package dev.gitpodconfig.model;

import dev.gitpodconfig.load.GoScalar;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an installer config as Gitpod's 2022.11.3 installer reads it ({@code config.Load}): the defaults of
 * {@code Defaults()}, the top-level {@code apiVersion} deleted, then sigs.k8s.io/yaml's strict decode
 * (yaml.v2's YAML 1.1 scalars, numbers and booleans turned into strings for string fields, encoding/json with
 * unknown fields disallowed and keys matched case-insensitively), then {@code validate config}: the
 * validator's struct tags and Gitpod's validation functions, and {@code CheckDeprecated}'s conflicts.
 *
 * <p>Unlike the installer, which stops at the first error, it reports every problem it finds. Duplicate keys
 * (also through merge keys) are the loader's to report. Its result also holds the config as the installer
 * reads it, for the typed model: {@code InCluster: n} is {@code inCluster: false} there.
 */
public final class InstallerDecoder {

    /** The kinds of problem, by the installer step that finds them. */
    public enum Kind {
        /** {@code json: unknown field}: a key no installer build defines. */
        UNKNOWN_FIELD,
        /** {@code json: unknown field} for a key only other installer builds define. */
        OTHER_BUILD_FIELD,
        /** The decode fails on a value: a type error, a bad quantity or duration, a NaN. */
        WRONG_TYPE,
        /** {@code validate config}: a validator tag fails. */
        VALIDATION,
        /** {@code validate config}: a CheckDeprecated conflict. */
        CONFLICT,
        /**
         * {@code validate config}: a required field that a partial overlay leaves out of a block it does not
         * write (the top-level {@code domain}); the file as it stands is rejected, but the rest of the config
         * may come from elsewhere.
         */
        MISSING_FROM_OVERLAY
    }

    /**
     * One thing the installer rejects.
     *
     * @param kind the kind
     * @param message the installer's own words ({@code Field 'Config.Domain' failed fqdn validation})
     * @param at where to report it: the value, the key of an unknown field, the key of the block a missing
     *     field belongs to, or null for the start of the document
     * @param path the YAML path with the installer's key names ({@code containerRegistry.external.url})
     * @param field for an unknown field, the struct it is in (for suggestions); else the field concerned, or null
     * @param tag for a validation, the validator tag ({@code required}, {@code fqdn}); else empty
     */
    public record Problem(Kind kind, String message, YamlNode at, String path, Object field, String tag) {}

    /**
     * What the installer makes of a config.
     *
     * @param problems everything it rejects, in document order within each step
     * @param effective the config as the installer reads it: key spellings resolved to the installer's names
     *     (the one that sorts last wins), merge keys applied, scalars as the Go fields get them ({@code yes} for
     *     a boolean is {@code true}; {@code 0123} for a string is {@code 83}), unknown keys left out. Defaults
     *     are not in it.
     */
    public record Result(List<Problem> problems, YamlMapping effective) {}

    private static final Object NIL = new Object();
    private static final String FQDN_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final List<String> INSTALLATION_KINDS = List.of("IDE", "WebApp", "Meta", "Workspace", "Full");
    private static final List<String> LOG_LEVELS =
            List.of("trace", "debug", "info", "warning", "error", "fatal", "panic");
    private static final List<String> FS_SHIFT_METHODS = List.of("fuse", "shiftfs");
    private static final List<String> SERVICE_TYPES = List.of("LoadBalancer", "ClusterIP", "NodePort", "ExternalName");
    private static final List<String> SAMPLER_TYPES = List.of("const", "probabilistic", "rateLimiting", "remote");
    private static final List<String> OBJECT_REF_KINDS = List.of("secret");

    /** A decoded Go struct: its fields' values and where they were written. */
    private static final class Struct {
        final Map<String, Object> values = new LinkedHashMap<>();
        final Map<String, YamlNode> nodes = new LinkedHashMap<>();
        /** The key the struct was written under, or null when the file does not write it. */
        YamlScalar key;
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> validation = new ArrayList<>();
    private final java.util.Set<YamlNode> visited =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final boolean wholeConfig;

    private InstallerDecoder(boolean wholeConfig) {
        this.wholeConfig = wholeConfig;
    }

    /**
     * Decodes and validates a config.
     *
     * @param root the document's top-level mapping (for an Installation resource, its {@code spec.config})
     * @param wholeConfig true for a whole config (one with {@code apiVersion} or {@code kind}), held to every
     *     {@code required} check; false for a partial overlay (a KOTS patch, a Terraform fragment), where only the
     *     blocks it writes are held to them
     * @return the problems and the config as the installer reads it
     */
    public static Result decode(YamlMapping root, boolean wholeConfig) {
        InstallerDecoder decoder = new InstallerDecoder(wholeConfig);
        Struct config = defaults();
        List<YamlMapping.Entry> effective = new ArrayList<>();
        decoder.decodeStruct(config, InstallerSchema.ROOT, root, "", true, effective);
        decoder.validateStruct(config, InstallerSchema.ROOT, "Config", null);
        decoder.conflicts(config);
        decoder.problems.addAll(decoder.validation);
        return new Result(List.copyOf(decoder.problems), new YamlMapping(effective, root.position()));
    }

    /**
     * The values one of Gitpod's validation functions allows, for tools that describe the config (the JSON Schema
     * of the {@code schema} goal): {@code installation_kind}, {@code log_level}, {@code objectref_kind},
     * {@code fs_shift_method}, {@code service_config_type} and {@code tracing_sampler_type} each allow a fixed list.
     *
     * @param tag a validator tag of {@link SchemaNode.Field#validate()}, without its parameter
     * @return the allowed values, in the installer's order; empty for a tag that is not such a list
     */
    public static List<String> allowedValues(String tag) {
        return switch (tag) {
            case "installation_kind" -> INSTALLATION_KINDS;
            case "log_level" -> LOG_LEVELS;
            case "objectref_kind" -> OBJECT_REF_KINDS;
            case "fs_shift_method" -> FS_SHIFT_METHODS;
            case "service_config_type" -> SERVICE_TYPES;
            case "tracing_sampler_type" -> SAMPLER_TYPES;
            default -> List.of();
        };
    }

    // ---- defaults (config.go Factory() and Defaults()) ----

    private static Struct defaults() {
        Struct config = new Struct();
        config.values.put("kind", "Full");
        config.values.put("repository", "eu.gcr.io/gitpod-core-dev/build");
        config.values.put("observability", struct("logLevel", "info"));
        config.values.put("certificate", struct("kind", "secret", "name", "https-certificates"));
        config.values.put("database", struct("inCluster", true));
        config.values.put("metadata", struct("region", "local", "shortname", "default"));
        Struct storage = struct("inCluster", true);
        storage.values.put("resources", struct("requests", new LinkedHashMap<>(Map.of("memory", "2Gi"))));
        config.values.put("objectStorage", storage);
        config.values.put("containerRegistry", struct("inCluster", true, "privateBaseImageAllowList", List.of()));
        Struct workspace = new Struct();
        workspace.values.put(
                "resources", struct("requests", new LinkedHashMap<>(Map.of("cpu", "1000m", "memory", "2Gi"))));
        workspace.values.put(
                "runtime",
                struct(
                        "fsShiftMethod",
                        "fuse",
                        "containerdSocket",
                        "/run/containerd/containerd.sock",
                        "containerdRuntimeDir",
                        "/var/lib/containerd/io.containerd.runtime.v2.task/k8s.io"));
        workspace.values.put("maxLifetime", BigDecimal.valueOf(36L * 3600 * 1_000_000_000L));
        workspace.values.put("prebuildPVC", struct("size", "30Gi"));
        workspace.values.put("pvc", struct("size", "30Gi"));
        config.values.put("workspace", workspace);
        config.values.put("openVSX", struct("url", "https://open-vsx.org"));
        config.values.put("disableDefinitelyGp", true);
        config.values.put("authProviders", List.of());
        config.values.put("blockNewUsers", struct("enabled", false, "passlist", List.of()));
        return config;
    }

    private static Struct struct(Object... keysAndValues) {
        Struct struct = new Struct();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            struct.values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return struct;
    }

    // ---- decoding ----

    /**
     * Decodes a mapping into a struct as encoding/json does: keys in byte order (sigs.k8s.io/yaml's JSON has
     * them sorted), so of two spellings of one key the one that sorts last wins.
     */
    private void decodeStruct(
            Struct target,
            SchemaNode schema,
            YamlMapping map,
            String path,
            boolean root,
            List<YamlMapping.Entry> effective) {
        List<YamlMapping.Entry> entries = map.entries();
        int n = entries.size();
        YamlMapping.Entry[] matched = new YamlMapping.Entry[n];
        SchemaNode.Field[] fields = new SchemaNode.Field[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            YamlMapping.Entry entry = entries.get(i);
            String key = entry.key().value();
            if (root && key.equals("apiVersion") && !map.isMerged(i)) {
                // The installer's first read decodes only apiVersion, into a string; then yq deletes it.
                if (!(entry.value() instanceof YamlScalar)) {
                    problems.add(typeError(
                            entry.value() instanceof YamlMapping ? "object" : "array",
                            InstallerSchema.ROOT.fields().get("kind").schema(),
                            entry.value(),
                            key,
                            ".apiVersion",
                            null));
                }
                checkNumbers(entry.value(), key, false);
                continue;
            }
            SchemaNode.Field field = entry.key().type() == YamlScalar.ScalarType.OTHER && key.equals("<complex key>")
                    ? null
                    : schema.fieldFor(key);
            if (field != null && root && field.name().equals("apiVersion")) {
                field = null; // yq deleted only the exact, written spelling
            }
            if (field == null || field.isLater()) {
                problems.add(new Problem(
                        field == null ? Kind.UNKNOWN_FIELD : Kind.OTHER_BUILD_FIELD,
                        "json: unknown field \"" + key + "\"",
                        entry.key(),
                        path(path, key),
                        field == null ? schema : field,
                        ""));
                checkNumbers(entry.value(), path(path, key), true);
                continue;
            }
            matched[count] = entry;
            fields[count++] = field;
        }
        // An insertion sort, stable and without a comparator lambda: mappings are small.
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            int j = i;
            while (j > 0
                    && matched[order[j - 1]]
                                    .key()
                                    .value()
                                    .compareTo(matched[i].key().value())
                            > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        for (int i : order) {
            SchemaNode.Field field = fields[i];
            YamlMapping.Entry entry = matched[i];
            String fieldPath = path(path, field.name());
            Object current = target.values.get(field.name());
            Object value = decodeValue(
                    field, field.schema(), entry.value(), current, fieldPath, schema, fieldPath, entry.key());
            target.values.put(field.name(), value);
            target.nodes.put(field.name(), entry.value());
            YamlMapping.Entry normalized = new YamlMapping.Entry(
                    new YamlScalar(
                            field.name(),
                            YamlScalar.ScalarType.STRING,
                            false,
                            entry.key().position()),
                    effectiveNode(value, entry.value()));
            // Two spellings of one field: the later replaces the earlier where it stands. A scan, not a map per
            // struct: the list holds one entry per field of this struct, so it stays as short as the struct.
            int earlier = indexOf(effective, field.name());
            if (earlier >= 0) {
                effective.set(earlier, normalized);
            } else {
                effective.add(normalized);
            }
        }
    }

    private static int indexOf(List<YamlMapping.Entry> effective, String name) {
        for (int i = 0; i < effective.size(); i++) {
            if (effective.get(i).key().value().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The node the typed model reads for a decoded value: its effective YAML. */
    private static YamlNode effectiveNode(Object value, YamlNode written) {
        if (value instanceof EffectiveNode holder) {
            return holder.node;
        }
        return written;
    }

    /** A decoded value that also carries its effective YAML (scalars converted, keys renamed). */
    private static final class EffectiveNode {
        final Object value;
        final YamlNode node;

        EffectiveNode(Object value, YamlNode node) {
            this.value = value;
            this.node = node;
        }
    }

    private static Object unwrap(Object value) {
        return value instanceof EffectiveNode holder ? holder.value : value;
    }

    // Statement switches: several cases fall through to the type error after the switch.
    @SuppressWarnings("StatementSwitchToExpressionSwitch")
    private Object decodeValue(
            SchemaNode.Field field,
            SchemaNode schema,
            YamlNode node,
            Object current,
            String path,
            SchemaNode goStruct,
            String goField,
            YamlScalar key) {
        current = unwrap(current);
        if (node instanceof YamlScalar scalar) {
            GoScalar go = GoScalar.of(scalar);
            if (go.kind() == GoScalar.Kind.NOT_A_NUMBER) {
                problems.add(
                        new Problem(Kind.WRONG_TYPE, "json: unsupported value: " + go.text(), node, path, field, ""));
                return current;
            }
            if (go.kind() == GoScalar.Kind.NULL) {
                return decodeNull(field, schema, current, node, path);
            }
            return decodeScalar(field, schema, scalar, go, current, path, goStruct, goField);
        }
        if (schema.type() == SchemaNode.Type.MAPPING && !schema.isStrict()) {
            schema = InstallerSchema.anyValue(); // a value this schema does not model (a Pod template)
        }
        switch (schema.type()) {
            case ANY:
                checkNumbers(node, path, true);
                return new EffectiveNode(node, node);
            case MAPPING:
                if (node instanceof YamlMapping map) {
                    Struct struct = current instanceof Struct existing ? existing : new Struct();
                    struct.key = key;
                    List<YamlMapping.Entry> effective = new ArrayList<>();
                    decodeStruct(struct, schema, map, path, false, effective);
                    return new EffectiveNode(struct, new YamlMapping(effective, map.position()));
                }
                break;
            case MAP:
                if (node instanceof YamlMapping map) {
                    return decodeMap(schema, map, current, path, goStruct, goField);
                }
                break;
            case LIST:
                if (node instanceof YamlSequence list) {
                    List<Object> items = new ArrayList<>();
                    List<YamlNode> effective = new ArrayList<>();
                    SchemaNode itemSchema = schema.items().orElseThrow();
                    int i = 0;
                    for (YamlNode item : list.items()) {
                        Object value = decodeValue(
                                null, itemSchema, item, null, path + "[" + i++ + "]", goStruct, goField, key);
                        items.add(value);
                        effective.add(effectiveNode(value, item));
                    }
                    return new EffectiveNode(items, new YamlSequence(effective, list.flowStyle(), list.position()));
                }
                break;
            case QUANTITY:
                problems.add(new Problem(Kind.WRONG_TYPE, QUANTITY_SYNTAX, node, path, field, ""));
                checkNumbers(node, path, true);
                return current;
            case DURATION:
                problems.add(new Problem(Kind.WRONG_TYPE, "invalid duration", node, path, field, ""));
                checkNumbers(node, path, true);
                return current;
            default:
                break;
        }
        checkNumbers(node, path, true);
        problems.add(typeError(
                node instanceof YamlMapping ? "object" : "array",
                schema,
                node,
                path,
                goPath(goStruct, goField),
                field));
        return current;
    }

    private static final java.util.Set<String> QUANTITY_SUFFIXES =
            java.util.Set.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u", "m", "k", "M", "G", "T", "P", "E");

    private static final String QUANTITY_SYNTAX =
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    private Object decodeMap(
            SchemaNode schema, YamlMapping map, Object current, String path, SchemaNode goStruct, String goField) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = current instanceof Map<?, ?> existing
                ? new LinkedHashMap<>((Map<String, Object>) existing)
                : new LinkedHashMap<>();
        SchemaNode valueSchema = schema.items().orElseThrow();
        List<YamlMapping.Entry> effective = new ArrayList<>();
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            Object value = decodeValue(
                    null, valueSchema, entry.value(), values.get(key), path(path, key), goStruct, goField, entry.key());
            values.put(key, value);
            effective.add(new YamlMapping.Entry(entry.key(), effectiveNode(value, entry.value())));
        }
        return new EffectiveNode(values, new YamlMapping(effective, map.position()));
    }

    /** encoding/json and null: a pointer, slice or map becomes nil; other values keep what they had. */
    private Object decodeNull(SchemaNode.Field field, SchemaNode schema, Object current, YamlNode node, String path) {
        if (field != null && field.pointer()) {
            return NIL;
        }
        return switch (schema.type()) {
            case MAP, LIST, ANY -> NIL;
            // util.Duration's UnmarshalJSON gets the null and accepts only numbers and strings.
            case DURATION -> {
                problems.add(new Problem(Kind.WRONG_TYPE, "invalid duration", node, path, field, ""));
                yield current;
            }
            case QUANTITY -> "0";
            default -> current;
        };
    }

    @SuppressWarnings("StatementSwitchToExpressionSwitch")
    private Object decodeScalar(
            SchemaNode.Field field,
            SchemaNode schema,
            YamlScalar scalar,
            GoScalar go,
            Object current,
            String path,
            SchemaNode goStruct,
            String goField) {
        String jsonKind = switch (go.kind()) {
            case STRING -> "string";
            case BOOLEAN -> "bool";
            default -> "number";
        };
        switch (schema.type()) {
            case ANY:
                return new EffectiveNode(go.text(), scalar);
            case STRING:
                return converted(go.text(), YamlScalar.ScalarType.STRING, scalar);
            case BOOLEAN:
                if (go.kind() == GoScalar.Kind.BOOLEAN) {
                    return converted(go.text(), YamlScalar.ScalarType.BOOLEAN, scalar);
                }
                break;
            case INTEGER:
                if (go.kind() == GoScalar.Kind.INTEGER || go.kind() == GoScalar.Kind.FLOAT) {
                    String error = integerError(go.number(), schema.goType());
                    if (error == null) {
                        return converted(go.number().toBigInteger().toString(), YamlScalar.ScalarType.INTEGER, scalar);
                    }
                    problems.add(new Problem(
                            Kind.WRONG_TYPE,
                            "json: cannot unmarshal number " + error + " into Go struct field "
                                    + goPath(goStruct, goField) + " of type "
                                    + schema.goType(),
                            scalar,
                            path,
                            field,
                            ""));
                    return current;
                }
                break;
            case FLOAT:
                if (go.kind() == GoScalar.Kind.INTEGER || go.kind() == GoScalar.Kind.FLOAT) {
                    return converted(go.number().toString(), YamlScalar.ScalarType.FLOAT, scalar);
                }
                break;
            case QUANTITY:
                if (go.kind() != GoScalar.Kind.BOOLEAN
                        && isQuantity(
                                go.kind() == GoScalar.Kind.STRING
                                        ? go.text().strip()
                                        : go.number().toString())) {
                    return converted(
                            go.kind() == GoScalar.Kind.STRING
                                    ? go.text()
                                    : go.number().toString(),
                            YamlScalar.ScalarType.STRING,
                            scalar);
                }
                problems.add(new Problem(Kind.WRONG_TYPE, QUANTITY_SYNTAX, scalar, path, field, ""));
                return current;
            case DURATION:
                if (go.kind() == GoScalar.Kind.INTEGER || go.kind() == GoScalar.Kind.FLOAT) {
                    return converted(go.number().toString(), YamlScalar.ScalarType.STRING, scalar);
                }
                if (go.kind() == GoScalar.Kind.STRING) {
                    BigDecimal nanos = GoDurations.parse(go.text());
                    if (nanos != null) {
                        return new EffectiveNode(nanos, scalar);
                    }
                    problems.add(new Problem(
                            Kind.WRONG_TYPE, "time: invalid duration \"" + go.text() + "\"", scalar, path, field, ""));
                    return current;
                }
                problems.add(new Problem(Kind.WRONG_TYPE, "invalid duration", scalar, path, field, ""));
                return current;
            case TIME:
                if (go.kind() == GoScalar.Kind.STRING && GoDurations.isRfc3339(go.text())) {
                    return converted(go.text(), YamlScalar.ScalarType.STRING, scalar);
                }
                problems.add(new Problem(
                        Kind.WRONG_TYPE,
                        "parsing time \"" + go.text() + "\" as \"2006-01-02T15:04:05Z07:00\": cannot parse",
                        scalar,
                        path,
                        field,
                        ""));
                return current;
            default:
                break;
        }
        problems.add(typeError(jsonKind, schema, scalar, path, goPath(goStruct, goField), field));
        return current;
    }

    private static EffectiveNode converted(String text, YamlScalar.ScalarType type, YamlScalar written) {
        YamlScalar node = text.equals(written.value()) && type == written.type()
                ? written
                : new YamlScalar(text, type, written.quoted(), written.position());
        return new EffectiveNode(type == YamlScalar.ScalarType.BOOLEAN ? Boolean.valueOf(text) : text, node);
    }

    private static Problem typeError(
            String jsonKind, SchemaNode schema, YamlNode node, String path, String goPath, SchemaNode.Field field) {
        return new Problem(
                Kind.WRONG_TYPE,
                "json: cannot unmarshal " + jsonKind + " into Go struct field " + goPath + " of type "
                        + schema.goType(),
                node,
                path,
                field,
                "");
    }

    /** Why a JSON number does not fit a Go integer type (its text), or null when it fits. */
    private static String integerError(BigDecimal number, String goType) {
        String text = number.stripTrailingZeros().toPlainString();
        BigInteger integer;
        try {
            integer = number.toBigIntegerExact();
        } catch (ArithmeticException notWhole) {
            return text;
        }
        int bits = goType.endsWith("32") ? 32 : goType.endsWith("8") ? 8 : goType.endsWith("16") ? 16 : 64;
        boolean unsigned = goType.startsWith("uint") || goType.equals("cpulimit.Bandwidth");
        BigInteger min =
                unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned
                ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        return integer.compareTo(min) < 0 || integer.compareTo(max) > 0 ? integer.toString() : null;
    }

    /** The installer's first read turns every value into JSON: a NaN or infinity anywhere fails it. */
    private void checkNumbers(YamlNode node, String path, boolean strict) {
        // Aliases share nodes: a node is looked at once, or an alias graph would be walked exponentially.
        if (!(node instanceof YamlScalar) && !visited.add(node)) {
            return;
        }
        if (node instanceof YamlScalar scalar) {
            GoScalar go = GoScalar.of(scalar);
            if (go.kind() == GoScalar.Kind.NOT_A_NUMBER && strict) {
                problems.add(
                        new Problem(Kind.WRONG_TYPE, "json: unsupported value: " + go.text(), node, path, null, ""));
            }
        } else if (node instanceof YamlMapping map) {
            for (YamlMapping.Entry entry : map.entries()) {
                checkNumbers(entry.value(), path(path, entry.key().value()), true);
            }
        } else if (node instanceof YamlSequence list) {
            int i = 0;
            for (YamlNode item : list.items()) {
                checkNumbers(item, path + "[" + i++ + "]", true);
            }
        }
    }

    /** k8s.io/apimachinery's ParseQuantity syntax: a decimal number and one of the known suffixes. */
    static boolean isQuantity(String text) {
        int i = 0;
        int n = text.length();
        if (n == 0) {
            return false;
        }
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        int dots = 0;
        while (i < n && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || text.charAt(i) == '.')) {
            if (text.charAt(i) == '.') {
                dots++;
            } else {
                digits++;
            }
            i++;
        }
        if (digits == 0 || dots > 1) {
            return false;
        }
        String suffix = text.substring(i);
        if (QUANTITY_SUFFIXES.contains(suffix)) {
            return true;
        }
        if (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E') {
            return false;
        }
        int j = 1;
        if (j < suffix.length() && (suffix.charAt(j) == '+' || suffix.charAt(j) == '-')) {
            j++;
        }
        if (j == suffix.length()) {
            return false;
        }
        for (; j < suffix.length(); j++) {
            if (suffix.charAt(j) < '0' || suffix.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The Go path encoding/json names in a type error ({@code Config.containerRegistry.external.url}): built only for
     * an error, as the decoder visits every field of every config.
     */
    private static String goPath(SchemaNode struct, String fieldPath) {
        return structName(struct) + "." + fieldPath;
    }

    private static String structName(SchemaNode schema) {
        String type = schema.goType();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    // ---- validation (go-playground/validator v10.9.0 over the struct tags, with Gitpod's functions) ----

    private void validateStruct(Struct struct, SchemaNode schema, String namespace, YamlScalar blockKey) {
        for (SchemaNode.Field field : schema.fields().values()) {
            if (field.isLater() || (field.name().equals("apiVersion") && schema == InstallerSchema.ROOT)) {
                continue;
            }
            Object value = unwrap(struct.values.get(field.name()));
            YamlNode node = struct.nodes.get(field.name());
            SchemaNode type = field.schema();
            // A nil pointer (or interface) gets only its first tag checked, unless that tag runs on nil values.
            boolean nil = (field.pointer() || type.type() == SchemaNode.Type.ANY) && (value == null || value == NIL);
            if (type.type() == SchemaNode.Type.MAPPING && !nil) {
                Struct inner = value instanceof Struct s ? s : new Struct();
                validateStruct(inner, type, namespace + "." + field.goName(), inner.key != null ? inner.key : blockKey);
                continue;
            }
            if (field.validate().isEmpty() || type.type() == SchemaNode.Type.QUANTITY) {
                continue; // resource.Quantity is a struct to the validator: it has no tags of its own
            }
            // Built only for a field with tags: the validator visits every field of every config.
            String ns = namespace + "." + field.goName();
            String[] tags = field.validate().split(",", -1);
            if (nil && !tags[0].startsWith("required_")) {
                if (!tags[0].equals("omitempty") && !tags[0].equals("dive")) {
                    fail(tags[0], "", ns, node, blockKey, field);
                }
                continue;
            }
            for (String tag : tags) {
                String param = "";
                int eq = tag.indexOf('=');
                if (eq > 0) {
                    param = tag.substring(eq + 1);
                    tag = tag.substring(0, eq);
                }
                if (tag.equals("omitempty")) {
                    if (isZero(value)) {
                        break;
                    }
                    continue;
                }
                if (tag.equals("dive")) {
                    dive(value, field, ns, node);
                    break;
                }
                if (!passes(tag, param, value, field.pointer(), struct)) {
                    fail(tag, param, ns, node, blockKey, field);
                    break;
                }
            }
        }
    }

    private void dive(Object value, SchemaNode.Field field, String ns, YamlNode node) {
        if (!(value instanceof List<?> items)) {
            return;
        }
        List<YamlNode> nodes = node instanceof YamlSequence list ? list.items() : List.of();
        for (int i = 0; i < items.size(); i++) {
            Object item = unwrap(items.get(i));
            if (item instanceof Struct struct) {
                YamlScalar key = nodes.size() > i
                                && nodes.get(i) instanceof YamlMapping m
                                && !m.entries().isEmpty()
                        ? m.entries().get(0).key()
                        : null;
                validateStruct(struct, field.schema().items().orElseThrow(), ns + "[" + i + "]", key);
            }
        }
    }

    private static boolean isZero(Object value) {
        return value == null
                || value == NIL
                || "".equals(value)
                || Boolean.FALSE.equals(value)
                || (value instanceof BigDecimal number && number.signum() == 0);
    }

    private static boolean passes(String tag, String param, Object value, boolean pointer, Struct parent) {
        String text = value instanceof String s ? s : "";
        return switch (tag) {
            // A pointer that is set has a value, even when it points to false (validator's hasValue).
            case "required" -> pointer ? value != null && value != NIL : !isZero(value);
            case "required_if" -> {
                int space = param.indexOf(' ');
                Object other = unwrap(parent.values.get(lowerFirst(param.substring(0, space))));
                boolean required = other instanceof Boolean b && b.toString().equals(param.substring(space + 1));
                yield !required || !isZero(value);
            }
            case "required_with" -> {
                Object other = unwrap(parent.values.get(lowerFirst(param)));
                yield other == null || other == NIL || !isZero(value);
            }
            case "fqdn" -> isFqdn(text);
            case "ascii" -> isAscii(text);
            case "url" -> isUrl(text);
            case "startswith" -> text.startsWith(param);
            case "installation_kind" -> INSTALLATION_KINDS.contains(text);
            case "objectref_kind" -> OBJECT_REF_KINDS.contains(text);
            case "log_level" -> LOG_LEVELS.contains(text);
            case "fs_shift_method" -> FS_SHIFT_METHODS.contains(text);
            case "service_config_type" -> SERVICE_TYPES.contains(text);
            case "tracing_sampler_type" -> SAMPLER_TYPES.contains(text);
            case "block_new_users_passlist" -> passlistValid(value, parent);
            default -> true;
        };
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String lowerFirst(String goName) {
        return Character.toLowerCase(goName.charAt(0)) + goName.substring(1);
    }

    private static boolean passlistValid(Object value, Struct parent) {
        if (!Boolean.TRUE.equals(unwrap(parent.values.get("enabled")))) {
            return true;
        }
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            return false;
        }
        for (Object item : items) {
            Object text = unwrap(item);
            if (!(text instanceof String s) || s.isEmpty() || !isFqdnRfc1123(s, false)) {
                return false;
            }
        }
        return true;
    }

    private void fail(String tag, String param, String ns, YamlNode node, YamlScalar blockKey, SchemaNode.Field field) {
        boolean missing = node == null;
        // A partial overlay is held only to the blocks it writes, not to what it leaves out.
        boolean outside = !wholeConfig && missing && blockKey == null;
        String message = switch (tag) {
            case "required" -> "Field '" + ns + "' is required";
            case "required_if", "required_unless", "required_with" ->
                "Field '" + ns + "' is " + tag + " '" + param + "'";
            case "startswith" -> "Field '" + ns + "' must start with '" + param + "'";
            case "block_new_users_passlist" ->
                "Field '" + ns + "' failed. If 'Enabled = true', there must be at "
                        + "least one fully-qualified domain name in the passlist";
            default -> "Field '" + ns + "' failed " + tag + " validation";
        };
        YamlNode at = node != null ? node : blockKey;
        validation.add(new Problem(
                outside ? Kind.MISSING_FROM_OVERLAY : Kind.VALIDATION, message, at, yamlPath(ns), field, tag));
    }

    /** {@code Config.ContainerRegistry.External.URL} as the YAML path {@code containerRegistry.external.url}. */
    private static String yamlPath(String namespace) {
        String[] parts = namespace.split("\\.", -1);
        StringBuilder path = new StringBuilder();
        SchemaNode schema = InstallerSchema.ROOT;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String index = "";
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                index = part.substring(bracket);
                part = part.substring(0, bracket);
            }
            String name = lowerFirst(part);
            SchemaNode next = null;
            if (schema != null) {
                for (SchemaNode.Field field : schema.fields().values()) {
                    if (field.goName().equals(part)) {
                        name = field.name();
                        next = field.schema();
                        break;
                    }
                }
            }
            if (next != null && next.type() == SchemaNode.Type.LIST) {
                next = next.items().orElse(null);
            }
            schema = next;
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(name).append(index);
        }
        return path.toString();
    }

    /**
     * validator's {@code fqdn}: RFC 1123 host names, underscores allowed after the first character, a last label
     * that starts with a letter, and one trailing dot allowed.
     */
    static boolean isFqdn(String text) {
        return !text.isEmpty() && isFqdnRfc1123(text, true);
    }

    private static boolean isFqdnRfc1123(String text, boolean underscores) {
        String host = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            boolean last = i == labels.length - 1;
            if (label.isEmpty() || label.length() > 63) {
                return false;
            }
            char first = label.charAt(0);
            boolean firstOk = last
                    ? isAsciiLetter(first)
                    : FQDN_LABEL_CHARS.indexOf(first) >= 0 || (underscores && i > 0 && first == '_');
            if (!firstOk) {
                return false;
            }
            for (int j = 1; j < label.length(); j++) {
                char c = label.charAt(j);
                boolean ok = FQDN_LABEL_CHARS.indexOf(c) >= 0 || (!last && (c == '-' || (underscores && c == '_')));
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** validator's {@code url}: Go's {@code url.ParseRequestURI} succeeds and gives a scheme. */
    static boolean isUrl(String text) {
        int hash = text.indexOf('#');
        String s = hash >= 0 ? text.substring(0, hash) : text;
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        String rest = s.substring(colon + 1);
        if (rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            String host = slash >= 0 ? authority.substring(0, slash) : authority;
            int at = host.lastIndexOf('@');
            host = at >= 0 ? host.substring(at + 1) : host;
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                        || c == '^' || c == '`') {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- CheckDeprecated's conflicts ----

    private void conflicts(Struct config) {
        Struct experimental = child(config, "experimental");
        Struct webapp = child(experimental, "webapp");
        Struct proxy = child(webapp, "proxy");
        Object serviceType = proxy == null ? null : unwrap(proxy.values.get("serviceType"));
        if (serviceType != null && serviceType != NIL) {
            Object componentType =
                    unwrap(value(child(child(child(config, "components"), "proxy"), "service"), "serviceType"));
            if (componentType != null && componentType != NIL) {
                conflict(
                        "Cannot set proxy service type in both components and experimental",
                        proxy.nodes.get("serviceType"),
                        "experimental.webapp.proxy.serviceType");
            }
        }
        Struct server = child(webapp, "server");
        if (server == null) {
            return;
        }
        Struct defaults = child(server, "workspaceDefaults");
        Object image = unwrap(value(defaults, "workspaceImage"));
        if (image instanceof String text
                && !text.isEmpty()
                && unwrap(value(child(config, "workspace"), "workspaceImage")) instanceof String own
                && !own.isEmpty()) {
            conflict(
                    "Cannot set default workspace image in both workspaces and experimental",
                    defaults.nodes.get("workspaceImage"),
                    "experimental.webapp.server.workspaceDefaults.workspaceImage");
        }
        Object allowList = unwrap(server.values.get("defaultBaseImageRegistryWhitelist"));
        if (allowList instanceof List<?>
                && unwrap(value(child(config, "containerRegistry"), "privateBaseImageAllowList")) instanceof List<?> own
                && !own.isEmpty()) {
            conflict(
                    "Cannot set allow list for private base image in both containerRegistry and experimental",
                    server.nodes.get("defaultBaseImageRegistryWhitelist"),
                    "experimental.webapp.server.defaultBaseImageRegistryWhitelist");
        }
    }

    private void conflict(String message, YamlNode at, String path) {
        validation.add(new Problem(Kind.CONFLICT, message, at, path, null, ""));
    }

    private static Struct child(Struct parent, String name) {
        Object value = parent == null ? null : unwrap(parent.values.get(name));
        return value instanceof Struct struct ? struct : null;
    }

    private static Object value(Struct struct, String name) {
        return struct == null ? null : struct.values.get(name);
    }
}
