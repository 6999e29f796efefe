package dev.gitpodconfig.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name nearest to a misspelt one, for "did you mean" messages. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * What to suggest for an unknown name: the nearest candidate as {@link Suggestion.Kind#DID_YOU_MEAN}
     * when it is plausibly a typo (at most a third of its letters differ, or two letters); as the
     * {@link Suggestion.Kind#NEAREST} known name when at least half the letters of the longer name
     * agree, which helps less than a list of the known names; otherwise nothing. A name that shares
     * hardly a letter with any known one ({@code host} beside {@code inCluster}, {@code networkPolicy}
     * beside {@code workspace}) gets no suggestion: any would mislead.
     *
     * @param name the unknown name
     * @param candidates the known names
     * @return the suggestion, {@link Suggestion#NONE} when there are no candidates or none is close
     */
    public static Suggestion suggest(String name, Collection<String> candidates) {
        Optional<String> nearest = nearest(name, candidates);
        if (nearest.isEmpty()) {
            return Suggestion.NONE;
        }
        String key = nearest.get();
        int distance = distance(name, key);
        if (distance <= Math.max(2, key.length() / 3)) {
            return Suggestion.didYouMean(key);
        }
        return 2 * distance <= Math.max(name.length(), key.length())
                ? new Suggestion(Suggestion.Kind.NEAREST, key)
                : Suggestion.NONE;
    }

    /**
     * The candidate nearest to a name (edit distance with transpositions, ignoring case; ties go to
     * the alphabetically first candidate, so the answer does not depend on iteration order).
     *
     * @param name the unknown name
     * @param candidates the known names
     * @return the nearest, empty when there are no candidates
     */
    public static Optional<String> nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name, candidate);
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a name is close enough to a known one to be a typo of it: the same letters in another
     * case, or at most two edits away (one for short names).
     *
     * @param name the name
     * @param known the known name
     * @return true for a likely typo
     */
    public static boolean isLikelyTypo(String name, String known) {
        int allowed = Math.min(name.length(), known.length()) <= 5 ? 1 : 2;
        // The length difference is a lower bound of the distance: most names are ruled out without computing it.
        return Math.abs(name.length() - known.length()) <= allowed && distance(name, known) <= allowed;
    }

    /**
     * The optimal-string-alignment distance between two names, ignoring case.
     *
     * @param a one name
     * @param b the other
     * @return the number of insertions, deletions, substitutions and adjacent transpositions
     */
    public static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        if (s.length() > 200 || t.length() > 200) {
            // Keys are short; a hostile 8 MB key must not cost quadratic time.
            return Math.max(s.length(), t.length());
        }
        // Three rolling rows instead of a full matrix: this runs once per unknown key and known key.
        int[] before = new int[t.length() + 1];
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    current[j] = Math.min(current[j], before[j - 2] + 1);
                }
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[t.length()];
    }
}
