package dev.gitpodconfig.check;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** The configuration will not work as intended. */
    ERROR,
    /** Probably a mistake, or something a newer or older installer treats differently. */
    WARNING,
    /** Worth knowing; never a problem by itself. */
    INFO;

    /**
     * Whether this severity is at least as serious as another.
     *
     * @param threshold the other severity
     * @return true if this is as serious or more
     */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /**
     * The lower-case name used in parameters and reports.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a severity name, ignoring case.
     *
     * @param text {@code error}, {@code warning} or {@code info}
     * @return the severity
     * @throws IllegalArgumentException for any other text
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(text.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use error, warning or info");
    }
}
