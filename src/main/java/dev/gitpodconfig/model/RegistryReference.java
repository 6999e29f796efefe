package dev.gitpodconfig.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A registry URL or server as Gitpod reads it: an image-reference prefix {@code host[:port][/path…]}.
 * Parsing is lenient, so that a malformed value (a scheme, userinfo, whitespace) can still be
 * classified and reported; the flags say what was wrong. Userinfo is dropped and never kept.
 *
 * @param scheme the scheme written before {@code ://}, or empty
 * @param hadUserinfo whether {@code user[:password]@} was written before the host (everything before the
 *     last {@code @}, see {@link #userinfoEnd(CharSequence, int, int)})
 * @param host the host name, lower-case, without port
 * @param port the port, or empty
 * @param path the path after the first {@code /}, without leading or trailing slashes, or empty
 * @param hadWhitespace whether the value contains white space
 */
public record RegistryReference(
        String scheme, boolean hadUserinfo, String host, Optional<Integer> port, String path, boolean hadWhitespace) {

    /**
     * Parses a value.
     *
     * @param text the value
     * @return the reference
     */
    public static RegistryReference parse(String text) {
        // One pass instead of a regular expression: several rules parse the same few values in every file.
        String rest = text.strip();
        boolean whitespace = rest.length() != text.length();
        StringBuilder compact = null;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            whitespace |= Character.isWhitespace(c);
            // The characters of the regular expression class \s, which the value loses.
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (blank && compact == null) {
                compact = new StringBuilder(rest.length()).append(rest, 0, i);
            } else if (!blank && compact != null) {
                compact.append(c);
            }
        }
        if (compact != null) {
            rest = compact.toString();
        }
        String scheme = "";
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            scheme = rest.substring(0, schemeEnd);
            rest = rest.substring(schemeEnd + 3);
        }
        int at = userinfoEnd(rest, 0, rest.length());
        boolean userinfo = at >= 0;
        if (userinfo) {
            rest = rest.substring(at + 1);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        Optional<Integer> port = Optional.empty();
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            String digits = authority.substring(colon + 1);
            if (!digits.isEmpty() && digits.length() <= 5 && allDigits(digits)) {
                port = Optional.of(Integer.parseInt(digits));
                authority = authority.substring(0, colon);
            }
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return new RegistryReference(scheme, userinfo, authority.toLowerCase(Locale.ROOT), port, path, whitespace);
    }

    /**
     * Where the userinfo of a URL ends: everything before the last {@code @} is userinfo, since a pasted
     * password often holds a {@code /}, {@code @} or {@code %} that a URL would need escaped. The one
     * exception is an image digest ({@code repo@sha256:…}), whose {@code @} belongs to the path; then
     * only an {@code @} before the first {@code /} ends userinfo.
     *
     * @param text the text that holds the value
     * @param from where the value starts, after any {@code scheme://}
     * @param to where the value ends (exclusive), at the latest at white space
     * @return the index of the {@code @} that ends the userinfo, or -1 when there is none
     */
    static int userinfoEnd(CharSequence text, int from, int to) {
        int at = lastIndexOf(text, '@', from, to);
        if (at >= 0 && isDigest(text, at + 1, to)) {
            int slash = indexOf(text, '/', from, to);
            at = slash < 0 ? -1 : lastIndexOf(text, '@', from, slash);
        }
        return at;
    }

    /** Whether {@code algorithm:hex} (at least 32 hexadecimal digits, no '/') fills the range. */
    private static boolean isDigest(CharSequence text, int from, int to) {
        int colon = indexOf(text, ':', from, to);
        if (colon <= from || to - colon - 1 < 32) {
            return false;
        }
        for (int i = from; i < colon; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i)) && "+._-".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = colon + 1; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(CharSequence text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The host with its port, as an {@code auths} key or a registry server is written.
     *
     * @return {@code host[:port]}
     */
    public String hostAndPort() {
        return port.isPresent() ? host + ":" + port.get() : host;
    }

    /**
     * The value without scheme or userinfo: {@code host[:port][/path]}. Safe to print.
     *
     * @return the display form
     */
    public String display() {
        return path.isEmpty() ? hostAndPort() : hostAndPort() + "/" + path;
    }
}
