package dev.gitpodconfig.load;

/**
 * A scalar with the type YAML 1.1 resolves it to (the same resolution Gitpod's Go installer applies:
 * {@code yes}, {@code on} and {@code true} are booleans unless quoted).
 *
 * @param value the scalar's text as written (unescaped), never null
 * @param type the resolved type
 * @param quoted whether it was written in single or double quotes (or as a block scalar)
 * @param position where it is
 */
public record YamlScalar(String value, ScalarType type, boolean quoted, Position position) implements YamlNode {

    /** The type a scalar resolves to. */
    public enum ScalarType {
        /** A string. */
        STRING,
        /** A boolean ({@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}). */
        BOOLEAN,
        /** An integer. */
        INTEGER,
        /** A floating-point number. */
        FLOAT,
        /** {@code null}, {@code ~} or an empty value. */
        NULL,
        /** A timestamp, binary or other standard YAML type. */
        OTHER
    }

    /**
     * Whether this scalar is YAML null (an empty value counts).
     *
     * @return true for null
     */
    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    @Override
    public String describeType() {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case NULL -> "null";
            case OTHER -> "a scalar";
        };
    }
}
