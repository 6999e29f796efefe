package dev.gitpodconfig.check;

import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsConfigReader;
import java.util.List;

/** How messages name a setting, list several and say how to set one, in the file's own terms. */
public final class Wording {

    private static final String KOTS_PREFIX = KotsConfigReader.VALUES_PATH + ".";

    private Wording() {}

    /**
     * How a setting is named for the user: the KOTS item name ({@code reg_incluster_storage_s3_region})
     * or the installer's YAML path ({@code containerRegistry.s3storage.region}).
     *
     * @param value the setting
     * @return its name
     */
    public static String nameOf(ConfigValue value) {
        String path = value.path();
        if (path.startsWith(KOTS_PREFIX)) {
            String item = path.substring(KOTS_PREFIX.length());
            int dot = item.indexOf('.');
            return dot < 0 ? item : item.substring(0, dot);
        }
        return path;
    }

    /**
     * Joins names for a sentence: {@code a}, {@code a and b}, {@code a, b and c}.
     *
     * @param names the names
     * @return the text
     */
    public static String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * How to set a value, in the file's format: {@code reg_x to "v"} or {@code a.b: v}, to follow "set".
     *
     * @param format the format
     * @param name the setting's name
     * @param value the value to write
     * @return the instruction, without a leading capital or a final period
     */
    public static String set(GitpodConfig.Format format, String name, String value) {
        return format == GitpodConfig.Format.KOTS ? name + " to \"" + value + "\"" : name + ": " + value;
    }
}
