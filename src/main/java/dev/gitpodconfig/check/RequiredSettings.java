package dev.gitpodconfig.check;

import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.KotsItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings a block requires (an S3 backend's bucket and Region, a storage provider's credentials,
 * the KOTS items of a provider) and which of them are missing. A setting is missing when it is not set,
 * or is an empty or blank string. A placeholder is present (it will be substituted), and so is a value
 * of the wrong type ({@code config-wrong-type} reports that).
 */
public final class RequiredSettings {

    private RequiredSettings() {}

    /**
     * A required setting.
     *
     * @param name its name in messages: the KOTS item name or the installer path
     * @param value its value, empty when it is not set
     */
    public record Setting(String name, Optional<ConfigValue> value) {}

    /**
     * A required KOTS item.
     *
     * @param item the item, named by its item name
     * @param value its value, empty when it is not set
     * @return the setting
     */
    public static Setting item(KotsItem item, Optional<ConfigValue> value) {
        return new Setting(item.itemName(), value);
    }

    /**
     * Missing settings that make one finding.
     *
     * @param at where to report: the blank value, or the block (or the item that switches it on) for
     *     settings that are not set
     * @param names the names of the missing settings, in the order they were required
     * @param blank whether the settings are set but blank; else they are not set at all
     */
    public record Missing(ConfigValue at, List<String> names, boolean blank) {}

    /**
     * The missing settings among some required ones: each setting that is set but blank on its own, at
     * its value, then all settings that are not set together, at the block.
     *
     * @param required the required settings, in the order to name them
     * @param block where settings that are not set are reported
     * @return the missing settings, empty when nothing is missing
     */
    public static List<Missing> missing(List<Setting> required, ConfigValue block) {
        List<Missing> missing = new ArrayList<>();
        List<String> notSet = new ArrayList<>();
        for (Setting setting : required) {
            if (setting.value().isEmpty()) {
                notSet.add(setting.name());
            } else if (isBlank(setting.value().get())) {
                missing.add(new Missing(setting.value().get(), List.of(setting.name()), true));
            }
        }
        if (!notSet.isEmpty()) {
            missing.add(new Missing(block, List.copyOf(notSet), false));
        }
        return missing;
    }

    private static boolean isBlank(ConfigValue value) {
        return (value.isDefault() || value.node() instanceof YamlScalar)
                && !value.isPlaceholder()
                && value.nonBlankText().isEmpty();
    }
}
