package dev.gitpodconfig.check.storage;

import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.AwsRegions;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the S3, registry-backend and object-storage rules share: how a setting is named in a message
 * (a KOTS item name, or an installer YAML path), when a required setting counts as missing, and how a
 * list of missing settings is reported.
 */
public final class S3Settings {

    private static final String KOTS_PREFIX = KotsConfigReader.VALUES_PATH + ".";

    private S3Settings() {}

    /**
     * A required setting: its name in messages and its value, if set.
     *
     * @param name the KOTS item name or installer path, relative to the config root
     * @param value the value
     */
    public record Required(String name, Optional<ConfigValue> value) {}

    /**
     * How a setting is named for the user: the KOTS item name ({@code reg_incluster_storage_s3_region})
     * or the installer's YAML path ({@code containerRegistry.s3storage.region}).
     *
     * @param value the value
     * @return the name
     */
    public static String name(ConfigValue value) {
        String path = value.path();
        if (path.startsWith(KOTS_PREFIX)) {
            String item = path.substring(KOTS_PREFIX.length());
            int dot = item.indexOf('.');
            return dot < 0 ? item : item.substring(0, dot);
        }
        return path;
    }

    /**
     * Whether a required setting is missing: not set, or an empty or blank string. A placeholder is
     * present (it will be substituted), and so is a value of the wrong type ({@code config-wrong-type}
     * reports that).
     *
     * @param value the setting
     * @return true when it is missing
     */
    public static boolean isMissing(Optional<ConfigValue> value) {
        return value.isEmpty() || isBlank(value.get());
    }

    private static boolean isBlank(ConfigValue value) {
        return (value.isDefault() || value.node() instanceof YamlScalar) && !value.isPlaceholder()
                && value.nonBlankText().isEmpty();
    }

    /**
     * Reports the missing settings among some required ones: one finding at {@code blockAt} for all
     * settings that are not set, and one at each value that is set but blank.
     *
     * @param required the required settings, in the order to name them
     * @param blockAt where settings that are not set are reported (the block's key, the switching item)
     * @param message builds the message and fix from the names of the missing settings
     * @param findings where to report
     * @return the names of all missing settings, empty when nothing is missing
     */
    public static List<String> reportMissing(
            List<Required> required, ConfigValue blockAt, MissingMessage message, FindingSink findings) {
        List<String> absent = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Required setting : required) {
            if (setting.value().isEmpty()) {
                absent.add(setting.name());
                all.add(setting.name());
            } else if (isBlank(setting.value().get())) {
                all.add(setting.name());
                Text text = message.build(List.of(setting.name()), true);
                findings.report(setting.value().get(), text.message(), text.fix());
            }
        }
        if (!absent.isEmpty()) {
            Text text = message.build(absent, false);
            findings.report(blockAt, text.message(), text.fix());
        }
        return all;
    }

    /** Builds a message and a fix for some missing settings. */
    @FunctionalInterface
    public interface MissingMessage {
        /**
         * Builds the text.
         *
         * @param names the missing settings
         * @param blank whether they are set but empty (else not set at all)
         * @return the message and the fix
         */
        Text build(List<String> names, boolean blank);
    }

    /**
     * A finding's text.
     *
     * @param message what is wrong and why
     * @param fix how to fix it
     */
    public record Text(String message, String fix) {}

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
     * How to set a value, in the file's format: {@code set reg_x to "v"} or {@code set a.b: v}.
     *
     * @param format the format
     * @param name the setting's name
     * @param value the value to write
     * @return the instruction, without a leading capital or a final period
     */
    public static String set(GitpodConfig.Format format, String name, String value) {
        return format == GitpodConfig.Format.KOTS ? name + " to \"" + value + "\"" : name + ": " + value;
    }

    /**
     * A value's text when it is a listed AWS Region.
     *
     * @param value the value
     * @return the Region
     */
    public static Optional<String> awsRegion(Optional<ConfigValue> value) {
        Optional<String> text = value.isPresent() ? value.get().checkableText() : Optional.empty();
        return text.isPresent() && AwsRegions.isKnown(text.get()) ? text : Optional.empty();
    }

    /**
     * "Did you mean" for a name that is not a listed AWS Region: the nearest listed one, when the name
     * looks like a Region or is a near miss (a far-fetched guess for {@code local} helps nobody).
     *
     * @param region the unlisted name
     * @return the suggestion, if any
     */
    public static Optional<String> nearestRegion(String region) {
        String nearest = AwsRegions.nearest(region);
        return AwsRegions.looksLikeRegion(region) || Suggestions.distance(region, nearest) <= 3
                ? Optional.of(nearest) : Optional.empty();
    }
}
