package dev.gitpodconfig.check.suppression;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one YAML comment as a suppression directive:
 * {@code gitpod-config:ignore <rule-id>[,<rule-id>…] [until=YYYY-MM-DD] -- <reason>}.
 *
 * <p>A comment that starts with {@code gitpod-config:} (or {@code gitpod-config ignore}) is an
 * attempt at a directive, and any deviation from the syntax is reported rather than silently
 * ignored. Other comments are not directives. This class checks only the syntax; whether the rule ids
 * exist and the date has passed is the caller's business.
 */
public final class DirectiveParser {

    /** The keyword users write. */
    public static final String KEYWORD = "gitpod-config:ignore";
    /** The syntax, for messages. */
    public static final String SYNTAX = "# gitpod-config:ignore <rule-id>[,<rule-id>…] [until=YYYY-MM-DD] -- <reason>";

    private static final Pattern ATTEMPT = Pattern.compile("(?i)^gitpod-config\\s*(:|\\s+ignore\\b)");
    private static final Pattern REASON_SEPARATOR = Pattern.compile("(?:^|\\s)--(?:\\s|$)");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z_-]+)=(\\S*)");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * A parsed directive, or the syntax problems that stop it.
     *
     * @param ruleIds the rule ids, in the order written
     * @param until the last day the directive applies, or null for no end
     * @param reason the reason, trimmed; empty when missing
     * @param problems what is wrong with the syntax; empty for a well-formed directive
     */
    public record Parsed(List<String> ruleIds, LocalDate until, String reason, List<String> problems) {

        /**
         * Creates the result; the lists are copied.
         *
         * @param ruleIds rule ids
         * @param until end date or null
         * @param reason reason
         * @param problems syntax problems
         */
        public Parsed {
            ruleIds = List.copyOf(ruleIds);
            problems = List.copyOf(problems);
        }

        /**
         * Whether the syntax is right.
         *
         * @return true without problems
         */
        public boolean isWellFormed() {
            return problems.isEmpty();
        }
    }

    private DirectiveParser() {}

    /**
     * Whether a comment is meant as a directive (well-formed or not).
     *
     * @param comment the comment's text after {@code #}
     * @return true for an attempt at a directive
     */
    public static boolean isDirective(String comment) {
        return ATTEMPT.matcher(comment.strip()).find();
    }

    /**
     * Parses a comment that {@link #isDirective is a directive}.
     *
     * @param comment the comment's text after {@code #}
     * @return the directive and its syntax problems
     */
    public static Parsed parse(String comment) {
        String text = comment.strip();
        List<String> problems = new ArrayList<>();
        if (!text.startsWith(KEYWORD)
                || (text.length() > KEYWORD.length() && !Character.isWhitespace(text.charAt(KEYWORD.length())))) {
            problems.add("it must start with '" + KEYWORD + "' followed by a space");
            return new Parsed(List.of(), null, "", problems);
        }
        String rest = text.substring(KEYWORD.length());
        Matcher separator = REASON_SEPARATOR.matcher(rest);
        String head;
        String reason;
        if (separator.find()) {
            head = rest.substring(0, separator.start());
            reason = rest.substring(separator.end()).strip();
        } else {
            head = rest;
            reason = "";
        }
        if (reason.isEmpty()) {
            problems.add("the reason is missing: end the directive with ' -- <reason>'");
        }
        List<String> ruleIds = new ArrayList<>();
        LocalDate until = null;
        boolean untilSeen = false;
        for (String token : head.strip().split("[\\s,]+", -1)) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher option = OPTION.matcher(token);
            if (!option.matches()) {
                ruleIds.add(token);
            } else if (!option.group(1).equals("until")) {
                problems.add("unknown option '" + shorten(option.group(1)) + "=': the only option is until=YYYY-MM-DD");
            } else if (untilSeen) {
                problems.add("until= is given twice");
            } else {
                untilSeen = true;
                try {
                    until = LocalDate.parse(option.group(2), DATE);
                } catch (DateTimeParseException e) {
                    problems.add("until='" + shorten(option.group(2)) + "' is not a date in the form YYYY-MM-DD");
                }
            }
        }
        if (ruleIds.isEmpty()) {
            problems.add("it names no rule: list the rule ids after '" + KEYWORD + "'");
        }
        return new Parsed(ruleIds, until, reason, problems);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
