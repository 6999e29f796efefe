package dev.gitpodconfig.load;

import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;

/**
 * The messages of SnakeYAML's scanner and parser, without what they quote of the source: a character,
 * an escape sequence, a tag handle or a version number may be part of a password written where it does
 * not belong, and the position says where to look. The scanner and parser of SnakeYAML 2.5 quote source
 * text in the messages rewritten here; a message not known to be free of source text becomes a general
 * one.
 */
final class SyntaxMessages {

    /** Problems of the scanner and parser that quote nothing (token kinds are no source text). */
    private static final List<String> FIXED = List.of(
            "could not find expected ':'",
            "sequence entries are not allowed here",
            "mapping keys are not allowed here",
            "mapping values are not allowed here",
            "expected indentation indicator in the range 1-9, but found 0",
            "found unexpected end of stream",
            "found unexpected document separator",
            "found duplicate YAML directive",
            "found incompatible YAML document (version 1.* is required)");
    /** Messages without a mark, from the limits, that quote only numbers the options set. */
    private static final List<String> LIMITS = List.of(
            "Nesting Depth exceeded max ",
            "Number of aliases for non-scalar nodes exceeds the specified max=",
            "The incoming YAML document exceeds the limit: ");
    /** A context names what was being read ("while scanning a double-quoted scalar"): words only. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z -]+");
    /** The parser's "but found '<block end>'" and "but got ," name token kinds. */
    private static final Pattern TOKEN_KIND = Pattern.compile("'?(<[a-z ]+>|[-?:,\\[\\]{}#])'?");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SyntaxMessages() {}

    /**
     * The message of a syntax error, without source text.
     *
     * @param e the scanner's or parser's exception
     * @return {@code invalid YAML: <context>, <problem>}
     */
    static String describe(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("invalid YAML: ");
        if (e.getContext() != null && WORDS.matcher(e.getContext()).matches()) {
            message.append(e.getContext()).append(", ");
        }
        message.append(problem(e));
        return WHITESPACE.matcher(message).replaceAll(" ").trim();
    }

    private static String problem(MarkedYAMLException e) {
        String problem = e.getProblem();
        if (problem == null) {
            return "syntax error";
        }
        if (FIXED.contains(problem)) {
            return problem;
        }
        if (problem.startsWith("found character '")) {
            return codePoint(e.getProblemMark()) == '\t'
                    ? "found a tab, which cannot start any token: YAML is indented with spaces only"
                    : "found a character that cannot start any token, such as @ or `, which YAML reserves";
        }
        if (problem.startsWith("found unknown escape character")) {
            return "found an escape sequence that YAML does not define";
        }
        if (problem.startsWith("unexpected character found")) {
            return "found " + character(e.getProblemMark()) + ", which a name cannot hold";
        }
        if (problem.startsWith("found a number which cannot represent a valid version")) {
            return "found a version number that is out of range";
        }
        if (problem.startsWith("found undefined tag handle")) {
            return "found a tag handle that no %TAG directive defines";
        }
        if (problem.startsWith("duplicate tag handle")) {
            return "found a tag handle that an earlier %TAG directive defines";
        }
        if (problem.startsWith("expected URI in UTF-8")) {
            return "expected a URI in UTF-8";
        }
        int found = problem.indexOf(", but found");
        int got = problem.indexOf(", but got ");
        if (e instanceof ParserException && (found >= 0 || got >= 0)) {
            // What the parser expected is its own text; what it found is a token kind, unless SnakeYAML changes.
            int cut = found >= 0 ? found : got;
            String kind = problem.substring(cut + (found >= 0 ? ", but found" : ", but got ").length())
                    .strip();
            return TOKEN_KIND.matcher(kind).matches()
                    ? problem
                    : problem.substring(0, cut) + ", but found another token";
        }
        if (found >= 0) {
            return problem.substring(0, found) + ", but found " + character(e.getProblemMark());
        }
        return "syntax error";
    }

    /**
     * The message of an exception without a mark, when it is one of the limits'.
     *
     * @param message the exception's message, or null
     * @return the message, or a general one
     */
    static String limit(String message) {
        if (message != null && message.indexOf('\n') < 0) {
            for (String limit : LIMITS) {
                if (message.startsWith(limit)) {
                    return message.trim();
                }
            }
        }
        return "the parser stopped in an unexpected state";
    }

    /** Names the character at a mark by its kind only. */
    private static String character(Mark mark) {
        int c = codePoint(mark);
        if (c < 0 || c == 0) {
            return "the end of the file";
        } else if (c == '\t') {
            return "a tab";
        } else if (c == ' ') {
            return "a space";
        } else if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            return "a line break";
        }
        return "a character that is not allowed here";
    }

    private static int codePoint(Mark mark) {
        if (mark == null || mark.getBuffer() == null) {
            return -1;
        }
        int[] buffer = mark.getBuffer();
        return mark.getPointer() >= 0 && mark.getPointer() < buffer.length ? buffer[mark.getPointer()] : -1;
    }
}
