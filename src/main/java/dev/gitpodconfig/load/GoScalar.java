package dev.gitpodconfig.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A scalar as Gitpod's installer reads it: gopkg.in/yaml.v2 2.4.0's resolution of plain scalars (YAML 1.1,
 * which differs from SnakeYAML's: {@code y} and {@code n} are booleans, {@code 0o17} is an integer,
 * {@code 1:30} is a string), then the text sigs.k8s.io/yaml makes of it for a Go string field.
 *
 * @param kind what the scalar resolves to
 * @param text for a string, its text; for a number or boolean, the string a Go string field gets
 *     ({@code 0123} is {@code "83"}, {@code 1.50} is {@code "1.5"}, {@code yes} is {@code "true"}); empty for null
 * @param number for an integer or float, the number as JSON carries it ({@code 1e3} is {@code 1000}); else null
 */
public record GoScalar(Kind kind, String text, BigDecimal number) {

    /** What a scalar resolves to. */
    public enum Kind {
        /** A string. */
        STRING,
        /** A boolean; {@link #text()} is {@code true} or {@code false}. */
        BOOLEAN,
        /** An integer. */
        INTEGER,
        /** A float. */
        FLOAT,
        /** {@code .inf}, {@code -.inf} or {@code .nan}: JSON has no such number, so the installer's decode fails. */
        NOT_A_NUMBER,
        /** Null. */
        NULL
    }

    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * Resolves a scalar of the plugin's tree as yaml.v2 does. A quoted scalar is a string; an explicit tag
     * ({@code !!str 5}, {@code !!bool "true"}) is honoured.
     *
     * @param scalar the scalar
     * @return how the installer reads it
     */
    public static GoScalar of(YamlScalar scalar) {
        String value = scalar.value();
        YamlScalar.ScalarType type = scalar.type();
        boolean tagged;
        if (scalar.quoted()) {
            tagged = type != YamlScalar.ScalarType.STRING;
        } else {
            // SnakeYAML resolves plain scalars by YAML 1.1 too: when its type differs, the scalar had a tag.
            tagged = type != typeOf(ImplicitResolver.INSTANCE.resolve(NodeId.scalar, value, true));
        }
        if (!tagged) {
            return scalar.quoted() ? string(value) : plain(value);
        }
        return switch (type) {
            case STRING, OTHER -> string(value);
            case NULL -> new GoScalar(Kind.NULL, "", null);
            default -> {
                GoScalar resolved = plain(value);
                yield resolved.kind == Kind.STRING ? string(value) : resolved;
            }
        };
    }

    @SuppressWarnings("ReferenceEquality") // the resolver hands out its Tag constants
    private static YamlScalar.ScalarType typeOf(Tag tag) {
        if (tag == Tag.STR) {
            return YamlScalar.ScalarType.STRING;
        } else if (tag == Tag.BOOL) {
            return YamlScalar.ScalarType.BOOLEAN;
        } else if (tag == Tag.INT) {
            return YamlScalar.ScalarType.INTEGER;
        } else if (tag == Tag.FLOAT) {
            return YamlScalar.ScalarType.FLOAT;
        } else if (tag == Tag.NULL) {
            return YamlScalar.ScalarType.NULL;
        }
        return YamlScalar.ScalarType.OTHER;
    }

    private static GoScalar string(String value) {
        return new GoScalar(Kind.STRING, value, null);
    }

    /** yaml.v2's {@code resolve} for an untagged plain scalar. */
    static GoScalar plain(String in) {
        GoScalar fixed = switch (in) {
            case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" ->
                new GoScalar(Kind.BOOLEAN, "true", null);
            case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" ->
                new GoScalar(Kind.BOOLEAN, "false", null);
            case "", "~", "null", "Null", "NULL" -> new GoScalar(Kind.NULL, "", null);
            case ".nan", ".NaN", ".NAN" -> new GoScalar(Kind.NOT_A_NUMBER, "NaN", null);
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> new GoScalar(Kind.NOT_A_NUMBER, "+Inf", null);
            case "-.inf", "-.Inf", "-.INF" -> new GoScalar(Kind.NOT_A_NUMBER, "-Inf", null);
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        char first = in.charAt(0);
        if (first == '.') {
            return isFloat(in, 0) ? number(new BigDecimal("0" + in), Kind.FLOAT) : string(in);
        }
        if (first != '+' && first != '-' && (first < '0' || first > '9')) {
            return string(in);
        }
        String plain = in.indexOf('_') < 0 ? in : in.replace("_", "");
        BigInteger integer = parseGoInt(plain);
        if (integer != null
                && integer.compareTo(UINT64_MAX) <= 0
                && integer.compareTo(BigInteger.ONE.shiftLeft(63).negate()) >= 0) {
            return number(new BigDecimal(integer), Kind.INTEGER);
        }
        if (isFloat(plain, 0)) {
            return number(new BigDecimal(plain.charAt(0) == '+' ? plain.substring(1) : plain), Kind.FLOAT);
        }
        return string(in);
    }

    private static GoScalar number(BigDecimal value, Kind kind) {
        return new GoScalar(kind, kind == Kind.INTEGER ? value.toBigInteger().toString() : formatFloat32(value), value);
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)} syntax: sign, then 0x/0o/0b or a leading 0 for octal. */
    private static BigInteger parseGoInt(String s) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        int radix = 10;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'x' || p == 'o' || p == 'b') {
                radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
            } else {
                radix = 8;
                i += 1;
            }
        }
        if (i >= s.length()) {
            return radix == 8 ? BigInteger.ZERO : null; // "0" alone; "0x" is no number
        }
        for (int j = i; j < s.length(); j++) {
            if (Character.digit(s.charAt(j), radix) < 0) {
                return null;
            }
        }
        BigInteger value = new BigInteger(s.substring(i), radix);
        return negative ? value.negate() : value;
    }

    /** yaml.v2's {@code yamlStyleFloat}: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
    private static boolean isFloat(String s, int start) {
        int i = start;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fraction = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fraction++;
            }
            if (digits == 0 && fraction == 0) {
                return false;
            }
        } else if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * Go's {@code strconv.FormatFloat(v, 'g', -1, 32)}, which sigs.k8s.io/yaml uses for a float in a string
     * field: the shortest digits of the 32-bit float, in exponent form from 10^-5 down or 10^6 up.
     */
    static String formatFloat32(BigDecimal value) {
        float f = value.floatValue();
        if (f == 0) {
            return value.signum() < 0 ? "-0" : "0";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        // The fewest significant digits that read back as the same float (Float.toString is not always shortest).
        BigDecimal exact = new BigDecimal(Math.abs(f));
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 9; digits++) {
            BigDecimal rounded = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (rounded.floatValue() == Math.abs(f)) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = f < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int abs = Math.abs(exponent);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
        }
        return sign + shortest.toPlainString();
    }
}
