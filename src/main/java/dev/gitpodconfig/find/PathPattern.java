package dev.gitpodconfig.find;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users know it from {@code includes} and {@code excludes}:
 * {@code *} matches within one path segment, {@code **} across segments (also none), {@code ?} one
 * character, and a pattern ending in {@code /} means everything below. Paths use {@code /}.
 * A backslash in a pattern is read as {@code /}, as Maven reads {@code target\**} written on Windows;
 * the paths matched keep theirs (on POSIX a backslash is part of a file name, which {@code ?} or
 * {@code *} match).
 */
public final class PathPattern {

    private final String pattern;
    private final Pattern regex;

    private PathPattern(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern the Ant-style pattern
     * @return the compiled pattern
     */
    public static PathPattern compile(String pattern) {
        String normalized = pattern.trim().replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < normalized.length()) {
            char c = normalized.charAt(i);
            if (normalized.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (normalized.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new PathPattern(pattern, Pattern.compile(regex.toString()));
    }

    /**
     * Whether a relative path matches.
     *
     * @param relativePath a path relative to the scanned directory, with '/'
     * @return true if it matches
     */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /**
     * Whether everything below a directory matches, so the walk can skip it.
     *
     * @param relativeDirectory a directory relative to the scanned directory, with '/'
     * @return true if the pattern excludes the whole directory
     */
    public boolean matchesEverythingBelow(String relativeDirectory) {
        String normalized = pattern.trim().replace('\\', '/');
        return (normalized.endsWith("/**") || normalized.endsWith("/")) && matches(relativeDirectory + "/\u0000");
    }

    @Override
    public String toString() {
        return pattern;
    }
}
