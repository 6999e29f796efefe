package dev.gitpodconfig.engine;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.load.Position;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A finding that a {@code # gitpod-config:ignore} comment suppresses: it does not count towards the
 * build's failure, but reports keep it with the reason.
 *
 * @param finding the finding
 * @param reason the reason written in the directive (secrets masked)
 * @param until the last day the directive applies, or null
 * @param directive where the directive comment is, in the finding's file
 */
public record SuppressedFinding(Finding finding, String reason, LocalDate until, Position directive) {

    /** The order of the findings: {@link Finding#REPORT_ORDER}. */
    public static final Comparator<SuppressedFinding> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(SuppressedFinding a, SuppressedFinding b) {
            return Finding.REPORT_ORDER.compare(a.finding(), b.finding());
        }
    };
}
