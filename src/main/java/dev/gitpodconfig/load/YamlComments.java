package dev.gitpodconfig.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The comments of a YAML text, as the parser sees them: a {@code #} inside a quoted scalar or a block
 * scalar ({@code |}, {@code >}) is not a comment. Only parser events are read, so nothing is composed
 * or constructed. A text with a syntax error yields the comments before the error.
 */
public final class YamlComments {

    /**
     * One comment.
     *
     * @param position from the {@code #} to the end of its line (columns in code points)
     * @param standalone whether nothing but whitespace precedes it on its line
     * @param text the text after {@code #}
     */
    public record Comment(Position position, boolean standalone, String text) {}

    private YamlComments() {}

    /**
     * Reads the comments of a text.
     *
     * @param source the text, split into lines
     * @param text the same text
     * @return the comments, in file order
     */
    public static List<Comment> of(SourceText source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), body.length() + 1));
        Parser parser = new ParserImpl(new StreamReader(new StringReader(body)), options);
        List<Comment> comments = new ArrayList<>();
        try {
            while (true) {
                Event event = parser.getEvent();
                if (event == null || event.is(Event.ID.StreamEnd)) {
                    break;
                }
                if (event instanceof CommentEvent comment && comment.getStartMark() != null) {
                    comments.add(comment(comment, source));
                }
            }
        } catch (RuntimeException syntaxError) {
            // The loader reports the syntax error; the comments before it still count.
        }
        return comments;
    }

    private static Comment comment(CommentEvent comment, SourceText source) {
        int line = comment.getStartMark().getLine() + 1;
        int column = comment.getStartMark().getColumn() + 1;
        String lineText = source.line(line);
        boolean standalone =
                lineText.substring(0, SourceText.offset(lineText, column)).isBlank();
        return new Comment(
                new Position(line, column, line, SourceText.column(lineText, lineText.length())),
                standalone,
                comment.getValue());
    }
}
