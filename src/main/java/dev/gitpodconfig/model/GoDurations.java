package dev.gitpodconfig.model;

import java.math.BigDecimal;

/** Go's {@code time.ParseDuration} and RFC 3339 times, as the installer's decoders read them. */
final class GoDurations {

    private static final java.util.regex.Pattern RFC3339 =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private GoDurations() {}

    /**
     * Parses a Go duration text ({@code 36h}, {@code 1h30m}, {@code 500ms}, {@code 0}).
     *
     * @param text the text
     * @return the duration in nanoseconds, or null when Go rejects the text
     */
    static BigDecimal parse(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return BigDecimal.ZERO;
        }
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                return null;
            }
            int unitStart = i;
            while (i < s.length() && !((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '.')) {
                i++;
            }
            long nanos = switch (s.substring(unitStart, i)) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> -1L;
            };
            if (nanos < 0) {
                return null;
            }
            total = total.add(
                    new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(nanos)));
        }
        return negative ? total.negate() : total;
    }

    /**
     * Whether Go's {@code time.Time} JSON decoding accepts a text (RFC 3339, as {@code 2006-01-02T15:04:05Z07:00}).
     *
     * @param text the text
     * @return true when it parses
     */
    static boolean isRfc3339(String text) {
        return RFC3339.matcher(text).matches();
    }
}
