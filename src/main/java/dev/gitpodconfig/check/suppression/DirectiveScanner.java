package dev.gitpodconfig.check.suppression;

import dev.gitpodconfig.load.SourceText;
import dev.gitpodconfig.load.YamlComments;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a file that are meant as suppression directives. Files that do not mention
 * {@code gitpod-config} are not scanned at all, so directives cost nothing where there are none.
 */
public final class DirectiveScanner {

    private static final String MARKER_TEXT = "gitpod-config";

    private DirectiveScanner() {}

    /**
     * A cheap test whether a text can hold a directive at all.
     *
     * @param text the file's text
     * @return false when it certainly holds none
     */
    public static boolean mayHoldDirectives(String text) {
        // A directive sits in a comment, so only the rest of a line after its first '#' is searched,
        // case-insensitively and without a regular expression: this runs on every checked file, and indexOf
        // is a fast intrinsic. Each character is looked at once at most, however many '#' a line holds.
        int last = text.length() - MARKER_TEXT.length();
        int hash = text.indexOf('#');
        while (hash >= 0) {
            int i = hash + 1;
            for (; i <= last; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if ((c == 'g' || c == 'G') && text.regionMatches(true, i, MARKER_TEXT, 0, MARKER_TEXT.length())) {
                    return true;
                }
            }
            if (i > last) {
                return false;
            }
            hash = text.indexOf('#', i);
        }
        return false;
    }

    /**
     * The directive comments of a file, in file order.
     *
     * @param text the file's text
     * @param source the same text split into lines
     * @return the comments that are meant as directives, well-formed or not
     */
    public static List<YamlComments.Comment> scan(String text, SourceText source) {
        if (!mayHoldDirectives(text)) {
            return List.of();
        }
        List<YamlComments.Comment> directives = new ArrayList<>();
        for (YamlComments.Comment comment : YamlComments.of(source, text)) {
            if (DirectiveParser.isDirective(comment.text())) {
                directives.add(comment);
            }
        }
        return List.copyOf(directives);
    }
}
