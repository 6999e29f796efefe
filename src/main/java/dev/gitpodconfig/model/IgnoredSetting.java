package dev.gitpodconfig.model;

/**
 * A setting the installer (or KOTS) will not use, because another setting switches it off.
 *
 * @param value the ignored setting (its key, for a block)
 * @param reason why it is ignored
 * @param fix what to do about it
 */
public record IgnoredSetting(ConfigValue value, String reason, String fix) {}
