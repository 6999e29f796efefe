package dev.gitpodconfig.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver with its own resolvers, indexed by first character in arrays. SnakeYAML's
 * {@link Resolver#resolve} boxes each scalar's first character for a map lookup, then runs a matcher for
 * each resolver of that character and for its null and empty-value patterns on every short scalar no other
 * resolver claimed. Most of those patterns match a few fixed texts: here they are compared as texts, and the
 * empty scalar is handed to SnakeYAML. The resolvers and their order and length limits are SnakeYAML's own, recorded as its
 * constructor registers them, so both resolve every scalar alike ({@code ImplicitResolverTest}).
 *
 * <p>Stateless once built: one instance is shared by every thread.
 */
final class ImplicitResolver extends Resolver {

    private static final int[] NONE = {};

    /** The shared instance; declared after {@link #NONE}, which building it uses. */
    static final ImplicitResolver INSTANCE = new ImplicitResolver();

    /*
     * Filled while Resolver's constructor registers its resolvers, which runs before this class's field
     * initialisers: these fields therefore have none, and are created on first use. A registered resolver is
     * its index in the three lists (SnakeYAML's own tuple class is not visible outside its package, and a class
     * of its own would be one more class that every build loads).
     */
    private List<Tag> tags;
    private List<Pattern> patterns;
    private List<Integer> limits;
    /** The resolvers of each ASCII first character, in registration order; null for a character without any. */
    private int[][] byFirst;
    /** The resolvers registered without first character, or for NUL (SnakeYAML: the null and empty ones). */
    private int[] anyFirst;
    /** Whether a resolver was registered for a first character outside ASCII: then SnakeYAML decides those. */
    private boolean nonAscii;

    private ImplicitResolver() {}

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
        super.addImplicitResolver(tag, regexp, first, limit);
        if (byFirst == null) {
            tags = new ArrayList<>();
            patterns = new ArrayList<>();
            limits = new ArrayList<>();
            byFirst = new int[128][];
            anyFirst = NONE;
        }
        int resolver = tags.size();
        tags.add(tag);
        patterns.add(regexp);
        limits.add(limit);
        if (first == null) {
            anyFirst = append(anyFirst, resolver);
            return;
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == 0) {
                anyFirst = append(anyFirst, resolver); // SnakeYAML files a first character NUL under none
            } else if (c >= 128) {
                nonAscii = true;
            } else {
                byFirst[c] = append(byFirst[c] == null ? NONE : byFirst[c], resolver);
            }
        }
    }

    private static int[] append(int[] earlier, int resolver) {
        int[] more = new int[earlier.length + 1];
        System.arraycopy(earlier, 0, more, 0, earlier.length);
        more[earlier.length] = resolver;
        return more;
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || value.isEmpty()) {
            return super.resolve(kind, value, implicit);
        }
        char first = value.charAt(0);
        if (first >= 128) {
            if (nonAscii) {
                return super.resolve(kind, value, implicit);
            }
        } else if (byFirst[first] != null) {
            Tag tag = firstMatch(byFirst[first], value);
            if (tag != null) {
                return tag;
            }
        }
        Tag tag = firstMatch(anyFirst, value);
        return tag != null ? tag : Tag.STR;
    }

    /** The tag of the first of these resolvers that matches a non-empty text, or null. */
    private Tag firstMatch(int[] resolvers, String value) {
        for (int resolver : resolvers) {
            if (value.length() <= limits.get(resolver) && mayMatch(patterns.get(resolver), value)) {
                return tags.get(resolver);
            }
        }
        return null;
    }

    /**
     * Whether a resolver's pattern matches a non-empty text. Most of SnakeYAML's patterns list fixed texts, which
     * a switch settles without a matcher; a timestamp starts with four digits and a dash. {@code
     * ImplicitResolverTest} holds these patterns to the texts SnakeYAML compiles.
     */
    @SuppressWarnings("ReferenceEquality") // SnakeYAML registers its Pattern constants
    private static boolean mayMatch(Pattern pattern, String value) {
        if (pattern == Resolver.EMPTY) {
            return false; // ^$
        }
        if (pattern == Resolver.NULL) {
            return switch (value) {
                case "~", "null", "Null", "NULL", " " -> true;
                default -> false;
            };
        }
        if (pattern == Resolver.BOOL) {
            return switch (value) {
                case "yes",
                        "Yes",
                        "YES",
                        "no",
                        "No",
                        "NO",
                        "true",
                        "True",
                        "TRUE",
                        "false",
                        "False",
                        "FALSE",
                        "on",
                        "On",
                        "ON",
                        "off",
                        "Off",
                        "OFF" -> true;
                default -> false;
            };
        }
        if (pattern == Resolver.MERGE) {
            return value.equals("<<");
        }
        if (pattern == Resolver.YAML) {
            return value.equals("!") || value.equals("&") || value.equals("*");
        }
        if (pattern == Resolver.TIMESTAMP && (value.length() < 5 || value.charAt(4) != '-')) {
            return false;
        }
        return pattern.matcher(value).matches();
    }
}
