package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A key of a configuration as the file writes it, for rules about the keys themselves (unknown,
 * misspelt or removed keys) rather than their values.
 */
public final class ConfigKey {

    private final String name;
    private final ConfigValue at;
    private final YamlNode value;

    private ConfigKey(String name, ConfigValue at, YamlNode value) {
        this.name = name;
        this.at = at;
        this.value = value;
    }

    /**
     * The keys of a mapping, in document order.
     *
     * @param mapping the mapping
     * @param path the mapping's YAML path, empty at the document root
     * @return the keys
     */
    static List<ConfigKey> of(YamlMapping mapping, String path) {
        List<ConfigKey> keys = new ArrayList<>(mapping.entries().size());
        for (YamlMapping.Entry entry : mapping.entries()) {
            String name = entry.key().value();
            String keyPath = path.isEmpty() ? name : path + "." + name;
            keys.add(new ConfigKey(name, ConfigValue.of(keyPath, entry.key()), entry.value()));
        }
        return keys;
    }

    /**
     * The key as written.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The key itself as a value: its YAML path, and the position of the key (not of its value), where
     * findings about the key belong.
     *
     * @return the key
     */
    public ConfigValue at() {
        return at;
    }

    /**
     * The keys under this one, when its value is a mapping; read on each call, so that a rule walks only
     * as deep as it looks.
     *
     * @return the keys in document order, empty when the value is not a mapping
     */
    public List<ConfigKey> keys() {
        return value instanceof YamlMapping mapping ? of(mapping, at.path()) : List.of();
    }
}
