package dev.gitpodconfig.model;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.SecretPaths;
import dev.gitpodconfig.load.SecretSpan;
import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the secret values of a document so that they can be masked in every message and report,
 * whatever a rule writes: KOTS password, key and file items, everything under a Secret's {@code data}
 * and {@code stringData} (also decoded), values of keys named like credentials, and URL userinfo.
 * Rules never quote these in the first place; this is the second line of defence.
 *
 * <p>Messages are masked by value. The source text a fingerprint hashes is masked by position
 * ({@link #maskedSlice(SourceText, Position)}): there a secret is written as it was typed, with its
 * quotes and escapes, which no parsed value matches. A document that failed to load has no node tree;
 * what the loader read at its secret positions ({@link #PATHS}) is added with
 * {@link #addBrokenDocument(List)}.
 */
public final class SecretValues {

    /** Shorter strings are not masked: they would blank out ordinary words. */
    private static final int MIN_LENGTH = 4;
    /** The fields of a KOTS item that hold its value. */
    private static final List<String> KOTS_VALUE_FIELDS = List.of("value", "valuePlaintext", "default");

    private static final Pattern JSON_SECRET =
            Pattern.compile("\"(?:auth|password|identitytoken|registrytoken)\"\\s*:\\s*\"([^\"]*)\"");
    // Compiled once: String.replaceAll and String.split would compile these for every value.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Longest first, so that a secret containing another is masked whole. */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return b.length() != a.length() ? b.length() - a.length() : a.compareTo(b);
        }
    };

    private final Set<String> values = new TreeSet<>(LONGEST_FIRST);

    private final List<Map.Entry<DocumentKind, YamlNode>> pending = new ArrayList<>();

    /** Where secrets are written in the file, sorted when {@link #spansSorted} is true. */
    private final List<Span> spans = new ArrayList<>();

    private boolean spansSorted = true;
    /** For each sorted span, the last line any span up to it reaches: finds the spans a range overlaps. */
    private int[] reachedLine = new int[0];

    /**
     * The secret positions of every document kind at once, for documents whose kind cannot be known
     * because they failed to load: the value of a key named like a credential (and the items of a list
     * there, but not the values of a mapping there, whose own keys count), everything under a
     * top-level {@code data} or {@code stringData} (a Secret), and the value fields of a KOTS item that
     * holds a secret.
     */
    public static final SecretPaths PATHS = new Paths();

    /** {@link #PATHS}: a class rather than a lambda (see the note on lambdas below). */
    private static final class Paths implements SecretPaths {
        @Override
        public boolean isSecret(List<Object> path) {
            int size = path.size();
            int last = size - 1;
            while (last > 0 && path.get(last) instanceof Integer) {
                last--; // an item of a list, at any depth, is what the key holding the list says
            }
            if (path.get(last) instanceof String key && SecretKeyNames.isSecretKey(key)) {
                return true;
            }
            Object first = path.get(0);
            if (size >= 2 && ("data".equals(first) || "stringData".equals(first))) {
                return true;
            }
            if (size < 4 || !"spec".equals(first) || !"values".equals(path.get(1))) {
                return false;
            }
            return path.get(2) instanceof String item && KOTS_VALUE_FIELDS.contains(path.get(3)) && isSecretItem(item);
        }
    }

    /** A stretch of source text that is secret: all of it, or only the userinfo of the URLs in it. */
    private static final class Span {
        final Position position;
        final boolean whole;

        Span(Position position, boolean whole) {
            this.position = position;
            this.whole = whole;
        }
    }

    private static final Comparator<Span> BY_START = new Comparator<>() {
        @Override
        public int compare(Span a, Span b) {
            int order = Integer.compare(a.position.line(), b.position.line());
            return order != 0 ? order : Integer.compare(a.position.column(), b.position.column());
        }
    };

    /**
     * Notes a document whose secrets are collected the first time something is masked: most files
     * produce no finding, and then their secrets never need to be looked for.
     *
     * @param kind the document's kind
     * @param root the document's root
     */
    public void add(DocumentKind kind, YamlNode root) {
        pending.add(Map.entry(kind, root));
    }

    /**
     * Adds one value known to be secret from elsewhere (a Maven property named like a credential).
     *
     * @param value the value; one shorter than four characters is not masked, as in documents
     */
    public void addValue(String value) {
        if (value != null && value.length() >= MIN_LENGTH) {
            values.add(value);
        }
    }

    /**
     * Adds the secrets of one document now.
     *
     * @param kind the document's kind
     * @param root the document's root
     */
    public void collect(DocumentKind kind, YamlNode root) {
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (kind == DocumentKind.KOTS_CONFIG_VALUES && root instanceof YamlMapping document) {
            Optional<YamlMapping> items = document.mappingAt("spec", "values");
            for (YamlMapping.Entry item : items.isPresent() ? items.get().entries() : List.<YamlMapping.Entry>of()) {
                if (isSecretItem(item.key().value()) && item.value() instanceof YamlMapping fields) {
                    // Only the item's value fields: Gitpod's fixtures also carry a 'data' field naming the item.
                    for (String field : KOTS_VALUE_FIELDS) {
                        addAll(fields.get(field), seen);
                    }
                }
            }
        }
        if (kind == DocumentKind.REGISTRY_SECRET && root instanceof YamlMapping secret) {
            addAll(secret.get("data"), seen);
            addAll(secret.get("stringData"), seen);
        }
        if (kind == DocumentKind.DOCKER_CONFIG_JSON) {
            addAll(root, seen);
        }
        walk(root, false, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Adds what the loader read at the secret positions of a document that failed to load.
     *
     * @param secrets {@link dev.gitpodconfig.load.LoadedFile#brokenDocumentSecrets()}
     */
    public void addBrokenDocument(List<SecretSpan> secrets) {
        for (SecretSpan secret : secrets) {
            if (secret.whole()) {
                addSpan(secret.position(), true);
                for (String text : secret.texts()) {
                    add(text);
                }
            } else if (addUserinfo(secret.texts().get(0))) {
                addSpan(secret.position(), false);
            }
        }
    }

    /**
     * Masks every collected secret in a text.
     *
     * @param text a message
     * @return the text with each secret replaced by {@code ****}
     */
    public String mask(String text) {
        collectPending();
        String masked = text;
        for (String secret : values) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, "****");
            }
        }
        return masked;
    }

    /**
     * The source text a position covers ({@link SourceText#slice(Position)}) with every secret written in it
     * replaced by {@code ****}, where it is written and as it is written: quoted, escaped or over several
     * lines. Then the text is masked by value too, as {@link #mask(String)} does.
     *
     * @param source the file's text
     * @param position what to cut out of it
     * @return the text, safe to hash
     */
    public String maskedSlice(SourceText source, Position position) {
        collectPending();
        String slice = source.slice(position);
        if (spans.isEmpty() || slice.isEmpty()) {
            return mask(slice);
        }
        int first = position.line();
        int last = Math.min(position.endLine(), source.lineCount());
        List<int[]> ranges = secretRanges(source, first, last);
        if (ranges.isEmpty()) {
            return mask(slice);
        }
        StringBuilder out = new StringBuilder(slice.length());
        int next = 0;
        for (int n = first; n <= last; n++) {
            String text = source.line(n);
            int from = n == position.line() ? SourceText.offset(text, position.column()) : 0;
            int to = n == position.endLine() ? SourceText.offset(text, position.endColumn()) : text.length();
            if (n > first) {
                out.append('\n');
            }
            boolean masked = false;
            for (; next < ranges.size() && ranges.get(next)[0] == n; next++) {
                int start = Math.max(ranges.get(next)[1], from);
                int end = Math.min(ranges.get(next)[2], to);
                if (end > start) {
                    if (start > from) {
                        out.append(text, from, start);
                        masked = false;
                    }
                    if (!masked) {
                        out.append("****");
                        masked = true;
                    }
                    from = end;
                }
            }
            if (to > from) {
                out.append(text, from, to);
            }
        }
        return mask(out.toString());
    }

    /** The secret stretches of lines {@code first} to {@code last}: {line, from, to} by line and start. */
    private List<int[]> secretRanges(SourceText source, int first, int last) {
        sortSpans();
        // The last span that starts before the end; walking back, stop once no earlier span reaches the first line.
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).position.line() <= last) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = high; i >= 0 && reachedLine[i] >= first; i--) {
            Span span = spans.get(i);
            if (span.position.endLine() >= first) {
                if (span.whole || !userinfoRanges(source, span.position, ranges)) {
                    wholeRanges(source, span.position, first, last, ranges);
                }
            }
        }
        ranges.sort(RANGE_ORDER);
        return ranges;
    }

    private static final Comparator<int[]> RANGE_ORDER = new Comparator<>() {
        @Override
        public int compare(int[] a, int[] b) {
            return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
        }
    };

    private static void wholeRanges(SourceText source, Position position, int first, int last, List<int[]> into) {
        for (int n = Math.max(first, position.line()); n <= Math.min(last, position.endLine()); n++) {
            String text = source.line(n);
            into.add(new int[] {
                n,
                n == position.line() ? SourceText.offset(text, position.column()) : 0,
                n == position.endLine() ? SourceText.offset(text, position.endColumn()) : text.length()
            });
        }
    }

    /**
     * Adds the userinfo of each URL written in a span, as written; false when a URL's userinfo cannot be
     * told from the source text (an escape sequence may stand for its {@code @} or {@code /}), and then
     * the whole span is masked instead.
     */
    private static boolean userinfoRanges(SourceText source, Position position, List<int[]> into) {
        List<int[]> found = new ArrayList<>();
        for (int n = position.line(); n <= Math.min(position.endLine(), source.lineCount()); n++) {
            String text = source.line(n);
            int from = n == position.line() ? SourceText.offset(text, position.column()) : 0;
            int to = n == position.endLine() ? SourceText.offset(text, position.endColumn()) : text.length();
            for (int scheme = text.indexOf("://", from);
                    scheme >= 0 && scheme + 3 <= to;
                    scheme = text.indexOf("://", scheme + 3)) {
                int start = scheme + 3;
                int end = Math.min(wordEnd(text, start), to);
                if (text.substring(start, end).indexOf('\\') >= 0) {
                    return false;
                }
                int at = RegistryReference.userinfoEnd(text, start, end);
                if (at >= 0) {
                    found.add(new int[] {n, start, at});
                }
            }
        }
        into.addAll(found);
        return !found.isEmpty();
    }

    private void addSpan(Position position, boolean whole) {
        spans.add(new Span(position, whole));
        spansSorted = false;
    }

    private void sortSpans() {
        if (spansSorted) {
            return;
        }
        spans.sort(BY_START);
        reachedLine = new int[spans.size()];
        int reached = 0;
        for (int i = 0; i < spans.size(); i++) {
            reached = Math.max(reached, spans.get(i).position.endLine());
            reachedLine[i] = reached;
        }
        spansSorted = true;
    }

    private void collectPending() {
        if (!pending.isEmpty()) {
            List<Map.Entry<DocumentKind, YamlNode>> documents = List.copyOf(pending);
            pending.clear();
            for (Map.Entry<DocumentKind, YamlNode> document : documents) {
                collect(document.getKey(), document.getValue());
            }
        }
    }

    /**
     * Whether nothing was collected.
     *
     * @return true when there is nothing to mask
     */
    public boolean isEmpty() {
        mask("");
        return values.isEmpty();
    }

    /** Whether a KOTS item holds a secret: a password, key or file item of Gitpod's, or one named like a credential. */
    private static boolean isSecretItem(String name) {
        Optional<KotsItem> known = KotsItem.byName(name);
        return (known.isPresent() && known.get().kind() == KotsItem.Kind.SECRET) || SecretKeyNames.isSecretKey(name);
    }

    private void walk(YamlNode node, boolean underSecretKey, Set<YamlNode> seen) {
        // Only collections can be shared through aliases; remembering scalars too would cost a map entry each.
        if (!(node instanceof YamlScalar) && !seen.add(node)) {
            return;
        }
        if (node instanceof YamlScalar scalar) {
            if (underSecretKey) {
                add(scalar.value());
                addSpan(scalar.position(), true);
            } else if (addUserinfo(scalar.value())) {
                addSpan(scalar.position(), false);
            }
        } else if (node instanceof YamlMapping mapping) {
            if (underSecretKey) {
                addProperties(mapping);
            }
            for (YamlMapping.Entry entry : mapping.entries()) {
                walk(entry.value(), SecretKeyNames.isSecretKey(entry.key().value()), seen);
            }
        } else if (node instanceof YamlSequence sequence) {
            if (underSecretKey) {
                addProperties(sequence);
            }
            // The items of a credential's list are credentials; a mapping's own keys say what it holds
            // (credentials: {kind: secret, name: …} names a Secret).
            for (YamlNode item : sequence.items()) {
                walk(item, underSecretKey, seen);
            }
        }
    }

    /**
     * Adds the source text of a secret collection before its first entry or item: its tag and anchor, the
     * only part of it no scalar's span covers. When that cannot be told (a mapping made of merged entries
     * only), the whole collection.
     */
    private void addProperties(YamlNode collection) {
        Position whole = collection.position();
        Position first = null;
        if (collection instanceof YamlMapping mapping && !mapping.entries().isEmpty()) {
            first = mapping.entries().get(0).key().position();
        } else if (collection instanceof YamlSequence sequence
                && !sequence.items().isEmpty()) {
            first = sequence.items().get(0).position();
        }
        boolean firstInside = first != null
                && (first.line() > whole.line() || (first.line() == whole.line() && first.column() >= whole.column()));
        if (first == null || !firstInside) {
            addSpan(whole, true);
        } else {
            addSpan(new Position(whole.line(), whole.column(), first.line(), first.column()), true);
        }
    }

    /**
     * Adds the userinfo of every URL in a value, and its password on its own.
     *
     * @return whether there was any
     */
    private boolean addUserinfo(String value) {
        boolean found = false;
        for (int scheme = value.indexOf("://"); scheme >= 0; scheme = value.indexOf("://", scheme + 3)) {
            int start = scheme + 3;
            int at = RegistryReference.userinfoEnd(value, start, wordEnd(value, start));
            if (at >= 0) {
                found = true;
                String info = value.substring(start, at);
                add(info);
                int colon = info.indexOf(':');
                if (colon >= 0) {
                    add(info.substring(colon + 1));
                }
            }
        }
        return found;
    }

    /** The end of the run of non-blank characters that starts at {@code from}. */
    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private void addAll(Optional<YamlNode> node, Set<YamlNode> seen) {
        if (node.isPresent()) {
            addAll(node.get(), seen);
        }
    }

    private void addAll(YamlNode node, Set<YamlNode> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof YamlScalar scalar) {
            add(scalar.value());
            addSpan(scalar.position(), true);
            jsonSecrets(scalar.value());
            decoded(scalar.value());
        } else if (node instanceof YamlMapping mapping) {
            addProperties(mapping);
            for (YamlMapping.Entry entry : mapping.entries()) {
                addAll(entry.value(), seen);
            }
        } else if (node instanceof YamlSequence sequence) {
            addProperties(sequence);
            for (YamlNode item : sequence.items()) {
                addAll(item, seen);
            }
        }
    }

    private void decoded(String maybeBase64) {
        String compact = WHITESPACE.matcher(maybeBase64).replaceAll("");
        if (compact.length() < MIN_LENGTH || compact.length() > 1_000_000) {
            return;
        }
        try {
            String text = new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8);
            add(text);
            jsonSecrets(text);
        } catch (IllegalArgumentException notBase64) {
            // Not base64: the raw value was added already.
        }
    }

    /** A dockerconfigjson holds further secrets: each auth, password and token string. */
    private void jsonSecrets(String json) {
        Matcher quoted = JSON_SECRET.matcher(json);
        while (quoted.find()) {
            add(quoted.group(1));
            decodedPlain(quoted.group(1));
        }
    }

    private void decodedPlain(String maybeBase64) {
        try {
            String text = new String(Base64.getDecoder().decode(maybeBase64), StandardCharsets.UTF_8);
            add(text);
            int colon = text.indexOf(':');
            if (colon >= 0) {
                add(text.substring(colon + 1));
            }
        } catch (IllegalArgumentException notBase64) {
            // ignore
        }
    }

    private void add(String value) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            values.add(value.strip());
            // config-unresolved-placeholder quotes the placeholder it finds: inside a secret, that is part of the
            // secret.
            for (String token : Placeholders.tokens(value)) {
                if (token.length() >= MIN_LENGTH) {
                    values.add(token);
                }
            }
            for (String line : LINE_BREAK.split(value, -1)) {
                if (line.strip().length() >= MIN_LENGTH) {
                    values.add(line.strip());
                }
            }
        }
    }
}
