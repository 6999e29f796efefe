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

    /** One registered resolver; SnakeYAML's own tuple class is not visible outside its package. */
    private static final class Candidate {
        final Tag tag;
        final Pattern pattern;
        final int limit;

        Candidate(Tag tag, Pattern pattern, int limit) {
            this.tag = tag;
            this.pattern = pattern;
            this.limit = limit;
        }
    }

    private static final Candidate[] NONE = {};

    /** The shared instance; declared after {@link #NONE}, which building it uses. */
    static final ImplicitResolver INSTANCE = new ImplicitResolver();

    /*
     * Filled while Resolver's constructor registers its resolvers, which runs before this class's field
     * initialisers: the fields therefore have none, and are created on first use.
     */
    /** The resolvers of each ASCII first character, in registration order; null for a character without any. */
    private Candidate[][] byFirst;
    /** The resolvers registered without first character, or for NUL (SnakeYAML: the null and empty ones). */
    private List<Candidate> anyFirst;
    /** Whether a resolver was registered for a first character outside ASCII: then SnakeYAML decides those. */
    private boolean nonAscii;

    private ImplicitResolver() {}

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
        super.addImplicitResolver(tag, regexp, first, limit);
        if (byFirst == null) {
            byFirst = new Candidate[128][];
            anyFirst = new ArrayList<>();
        }
        Candidate candidate = new Candidate(tag, regexp, limit);
        if (first == null) {
            anyFirst.add(candidate);
            return;
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == 0) {
                anyFirst.add(candidate); // SnakeYAML files a first character NUL under no first character
                continue;
            }
            if (c >= 128) {
                nonAscii = true;
                continue;
            }
            Candidate[] earlier = byFirst[c] == null ? NONE : byFirst[c];
            Candidate[] more = new Candidate[earlier.length + 1];
            System.arraycopy(earlier, 0, more, 0, earlier.length);
            more[earlier.length] = candidate;
            byFirst[c] = more;
        }
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // Resolver.EMPTY is the constant SnakeYAML registers
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit) {
            return super.resolve(kind, value, implicit);
        }
        if (value.isEmpty()) {
            return super.resolve(kind, value, implicit);
        }
        char first = value.charAt(0);
        if (first >= 128) {
            if (nonAscii) {
                return super.resolve(kind, value, implicit);
            }
        } else {
            Candidate[] candidates = byFirst[first];
            if (candidates != null) {
                for (Candidate candidate : candidates) {
                    if (value.length() <= candidate.limit && mayMatch(candidate.pattern, value)) {
                        return candidate.tag;
                    }
                }
            }
        }
        for (Candidate candidate : anyFirst) {
            if (value.length() <= candidate.limit && mayMatch(candidate.pattern, value)) {
                return candidate.tag;
            }
        }
        return Tag.STR;
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
