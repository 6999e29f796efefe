package dev.gitpodconfig.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping whose keys are kept with their positions. Duplicate keys have already been reported by
 * the loader; here the first occurrence wins, as in the strict installer parse that rejects the file.
 */
public final class YamlMapping implements YamlNode {

    /**
     * One key and its value.
     *
     * @param key the key scalar (non-scalar keys are rendered as text by the loader)
     * @param value the value node
     */
    public record Entry(YamlScalar key, YamlNode value) {}

    private final List<Entry> entries;
    /**
     * The first entry of each key, for a mapping of more than {@link #SCAN_LIMIT} entries; built on the first lookup,
     * as many large mappings (annotations, a Secret's data) are only walked. Volatile and immutable once built, so
     * threads that share a tree may build it twice but never see half of it.
     */
    private volatile Map<String, Entry> byKey;

    private final Position position;
    /** Entries from this index on came in through a merge key ({@code <<}); the others are written here. */
    private final int mergedFrom;

    /**
     * Creates a mapping.
     *
     * @param entries the entries in document order
     * @param position where the mapping is
     */
    public YamlMapping(List<Entry> entries, Position position) {
        this(position, List.copyOf(entries));
    }

    /**
     * A mapping over a list the loader has just built and hands over: wrapped instead of copied, because
     * every mapping of every file goes through here.
     *
     * @param entries a new list that no one else keeps
     * @param position where the mapping is
     * @return the mapping
     */
    static YamlMapping ofOwned(List<Entry> entries, Position position) {
        return new YamlMapping(position, Collections.unmodifiableList(entries), entries.size());
    }

    /**
     * As {@link #ofOwned(List, Position)}, for a mapping whose last entries came in through a merge key.
     *
     * @param entries a new list that no one else keeps: the written entries, then the merged ones
     * @param mergedFrom the index of the first merged entry
     * @param position where the mapping is
     * @return the mapping
     */
    static YamlMapping ofOwned(List<Entry> entries, int mergedFrom, Position position) {
        return new YamlMapping(position, Collections.unmodifiableList(entries), mergedFrom);
    }

    private YamlMapping(Position position, List<Entry> entries) {
        this(position, entries, entries.size());
    }

    /** Keeps {@code entries} as it is: the callers pass an unmodifiable list. */
    private YamlMapping(Position position, List<Entry> entries, int mergedFrom) {
        this.entries = entries;
        this.position = position;
        this.mergedFrom = mergedFrom;
    }

    /** Up to this many entries, keys are found by a scan. */
    private static final int SCAN_LIMIT = 8;

    /**
     * The entries in document order.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether an entry came in through a merge key ({@code <<: *defaults}) rather than being written in
     * this mapping: Gitpod's installer deletes a top-level {@code apiVersion} only when it is written.
     *
     * @param index the entry's index in {@link #entries()}
     * @return true for a merged entry
     */
    public boolean isMerged(int index) {
        return index >= mergedFrom;
    }

    /**
     * The entry for a key.
     *
     * @param key the key
     * @return the entry, if present
     */
    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(find(key));
    }

    private Entry find(String key) {
        // Most Gitpod mappings hold a handful of keys, where a scan beats building a hash map per mapping.
        if (entries.size() > SCAN_LIMIT) {
            Map<String, Entry> index = byKey;
            if (index == null) {
                index = new HashMap<>();
                for (Entry entry : entries) {
                    index.putIfAbsent(entry.key().value(), entry);
                }
                byKey = index;
            }
            return index.get(key);
        }
        for (Entry entry : entries) {
            if (entry.key().value().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * The value for a key.
     *
     * @param key the key
     * @return the value, if the key is present
     */
    public Optional<YamlNode> get(String key) {
        Entry entry = find(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /**
     * The value for a key when it is a mapping.
     *
     * @param key the key
     * @return the mapping, if the key holds one
     */
    public Optional<YamlMapping> mapping(String key) {
        Entry entry = find(key);
        return entry != null && entry.value() instanceof YamlMapping mapping ? Optional.of(mapping) : Optional.empty();
    }

    /**
     * The mapping at a path of keys, each holding a mapping: {@code mappingAt("spec", "values")}.
     *
     * @param keys the keys, outermost first
     * @return the innermost mapping, if every key holds one
     */
    public Optional<YamlMapping> mappingAt(String... keys) {
        YamlMapping current = this;
        for (String key : keys) {
            Entry entry = current.find(key);
            if (entry == null || !(entry.value() instanceof YamlMapping mapping)) {
                return Optional.empty();
            }
            current = mapping;
        }
        return Optional.of(current);
    }

    /**
     * The text of a key's value when it is a non-null scalar.
     *
     * @param key the key
     * @return the text, if the key holds a scalar
     */
    public Optional<String> text(String key) {
        Entry entry = find(key);
        return entry != null && entry.value() instanceof YamlScalar scalar && !scalar.isNull()
                ? Optional.of(scalar.value())
                : Optional.empty();
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public String describeType() {
        return "a mapping";
    }
}
