package dev.gitpodconfig.filter;

import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.model.SecretKeyNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Filters text as maven-filtering's reader does: at each position the longest matching begin delimiter opens an
 * expression that its end delimiter closes on the same line (unless multi-line filtering is on); the expression
 * becomes its value, recursively resolved, or stays as written when nothing defines it (and the text goes on after
 * it). An escape string right before a begin delimiter is dropped and the expression kept as written. Remembers the
 * names it looked up, for {@link ResourceFiltering#onlyFor(List)}.
 */
final class TextFilter {

    /** How deep values may refer to other values; deeper (or a cycle) leaves the expression as written. */
    private static final int MAX_DEPTH = 32;

    private final ResourceFiltering filtering;
    private final List<ResourceFiltering.Delimiter> delimiters;
    private final Set<String> consulted = new LinkedHashSet<>();
    /** Names whose values land after a key named like a credential ({@code password: ${registry.pw}}). */
    private final Set<String> atSecretKeys = new HashSet<>();

    TextFilter(ResourceFiltering filtering) {
        this.filtering = filtering;
        this.delimiters = ResourceFiltering.Delimiter.parse(filtering.delimiters());
    }

    Set<String> consulted() {
        return consulted;
    }

    Set<String> atSecretKeys() {
        return atSecretKeys;
    }

    FilteredText filter(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<FilteredText.Edit> edits = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        String escape = filtering.escapeString();
        int i = 0;
        // Where each begin delimiter (and the escape string) next occurs: the text between is copied as it is,
        // rather than asking at every character whether an expression starts there.
        int[] next = new int[delimiters.size() + 1];
        for (int d = 0; d < next.length; d++) {
            String begin = d < delimiters.size() ? delimiters.get(d).begin() : escape;
            next[d] = begin == null || begin.isEmpty() ? -1 : text.indexOf(begin);
        }
        while (i < text.length()) {
            int candidate = nextCandidate(text, i, escape, next);
            if (candidate < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, candidate);
            i = candidate;
            char c = text.charAt(i);
            if (c == '\n' && !filtering.multiLine()) {
                out.append(c);
                i++;
                continue;
            }
            if (escape != null && text.startsWith(escape, i) && beginAt(text, i + escape.length()) != null) {
                // maven-filtering drops the escape string and copies the delimiter's first character, so the
                // expression after it is not read as one.
                int after = i + escape.length();
                edits.add(new FilteredText.Edit(i, after + 1, out.length(), out.length() + 1));
                out.append(text.charAt(after));
                i = after + 1;
                continue;
            }
            ResourceFiltering.Delimiter delimiter = beginAt(text, i);
            int end = delimiter == null ? -1 : endOf(text, i + delimiter.begin().length(), delimiter.end());
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            int after = end + delimiter.end().length();
            String expression = text.substring(i, after);
            Set<String> used = new HashSet<>();
            Resolved value = resolve(text.substring(i + delimiter.begin().length(), end), new HashSet<>(), used);
            boolean secretKey = afterSecretKey(text, i);
            if (secretKey) {
                atSecretKeys.addAll(used);
            }
            if (value == null) {
                out.append(expression);
            } else {
                edits.add(new FilteredText.Edit(i, after, out.length(), out.length() + value.text.length()));
                resolved.add(new Resolved(expression, value.origin, value.secret || secretKey, i));
                out.append(value.text);
            }
            i = after;
        }
        if (edits.isEmpty()) {
            return new FilteredText(text, text, List.of(), List.of());
        }
        SourceText source = new SourceText(text);
        List<Substitution> substitutions = new ArrayList<>();
        for (int n = 0, e = 0; n < resolved.size(); n++) {
            Resolved one = resolved.get(n);
            while (edits.get(e).sourceStart() != one.sourceStart) {
                e++;
            }
            FilteredText.Edit edit = edits.get(e);
            substitutions.add(new Substitution(
                    one.text,
                    FilteredText.range(source, edit.sourceStart(), edit.sourceEnd()),
                    out.substring(edit.parsedStart(), edit.parsedEnd()),
                    one.origin,
                    one.secret));
        }
        return new FilteredText(text, out.toString(), edits, substitutions);
    }

    /**
     * The first index at or after {@code from} where a begin delimiter or the escape string starts, or -1. Keeps each
     * one's next occurrence in {@code next} (the last slot for the escape string; -1 when none is left), so that the
     * text is searched once per delimiter, not once per expression.
     */
    private int nextCandidate(String text, int from, String escape, int[] next) {
        int first = -1;
        for (int d = 0; d < next.length; d++) {
            if (next[d] >= 0 && next[d] < from) {
                next[d] = text.indexOf(d < delimiters.size() ? delimiters.get(d).begin() : escape, from);
            }
            if (next[d] >= 0 && (first < 0 || next[d] < first)) {
                first = next[d];
            }
        }
        return first;
    }

    /** The longest begin delimiter at an index, as maven-filtering picks it, or null. */
    private ResourceFiltering.Delimiter beginAt(String text, int index) {
        ResourceFiltering.Delimiter longest = null;
        for (ResourceFiltering.Delimiter delimiter : delimiters) {
            if (!delimiter.begin().isEmpty()
                    && text.startsWith(delimiter.begin(), index)
                    && (longest == null
                            || delimiter.begin().length() > longest.begin().length())) {
                longest = delimiter;
            }
        }
        return longest;
    }

    /** Where the end delimiter starts, searching from an index to the end of the line (or text), or -1. */
    private int endOf(String text, int from, String end) {
        if (end.isEmpty()) {
            return -1;
        }
        int found = text.indexOf(end, from);
        if (found < 0 || filtering.multiLine()) {
            return found;
        }
        int lineEnd = text.indexOf('\n', from);
        return lineEnd >= 0 && lineEnd < found ? -1 : found;
    }

    /**
     * The value of a name with the expressions in it resolved, or null when nothing defines the name or its value
     * refers back to itself (Maven fails the build on a cycle; here the expression just stays as written).
     */
    private Resolved resolve(String name, Set<String> resolving, Set<String> used) {
        FilterValue value = lookUp(name, used);
        if (value == null || resolving.size() >= MAX_DEPTH || !resolving.add(name)) {
            return null;
        }
        String text = value.value();
        boolean secret = value.secret();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            ResourceFiltering.Delimiter delimiter = beginAt(text, i);
            int end = delimiter == null ? -1 : endOf(text, i + delimiter.begin().length(), delimiter.end());
            if (end < 0) {
                continue;
            }
            Resolved inner = resolve(text.substring(i + delimiter.begin().length(), end), resolving, used);
            if (inner == null) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 32) : out;
            out.append(text, copied, i).append(inner.text);
            secret |= inner.secret;
            copied = end + delimiter.end().length();
            i = copied - 1;
        }
        resolving.remove(name);
        return new Resolved(
                out == null ? text : out.append(text, copied, text.length()).toString(), value.origin(), secret, -1);
    }

    /** A value by name: a property first, then the {@code pom.*} spelling of a {@code project.*} value. */
    private FilterValue lookUp(String name, Set<String> used) {
        consulted.add(name);
        used.add(name);
        FilterValue value = filtering.values().get(name);
        if ((value == null || value.value() == null) && name.startsWith("pom.")) {
            String projectName = "project." + name.substring("pom.".length());
            consulted.add(projectName);
            used.add(projectName);
            value = filtering.values().get(projectName);
        }
        return value == null || value.value() == null ? null : value;
    }

    /**
     * Whether an expression is the value of a key named like a credential on its line ({@code password: ${x}},
     * {@code - token: "${x}"}): its value is then a secret, whatever the property is called.
     */
    private static boolean afterSecretKey(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        String before = text.substring(lineStart, index);
        int colon = before.lastIndexOf(':');
        if (colon < 0
                || !before.substring(colon + 1)
                        .replace("\"", "")
                        .replace("'", "")
                        .isBlank()) {
            return false;
        }
        String key = before.substring(0, colon).trim();
        key = key.startsWith("- ") ? key.substring(2).trim() : key;
        key = key.replace("\"", "").replace("'", "");
        return SecretKeyNames.isSecretKey(key) || FilterValue.looksSecret(key);
    }

    /** A resolved value: its text, where it comes from, whether a secret went into it, where it was written. */
    private record Resolved(String text, String origin, boolean secret, int sourceStart) {}
}
