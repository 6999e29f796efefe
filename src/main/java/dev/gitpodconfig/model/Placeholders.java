package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises values that are templates rather than settings: environment substitution
 * ({@code ${VAR}}), KOTS and Helm templates ({@code repl{{ … }}}, {@code {{ … }}}) and Gitpod's own
 * {@code [[ .Var ]]} templates. Value rules skip them instead of guessing what they become.
 */
public final class Placeholders {

    /** The three template forms: an opening, the closing that ends it, and what must follow the opening. */
    private enum Form {
        ENV("${", "}"),
        MUSTACHE("{{", "}}"),
        GITPOD("[[", "]]");

        final String open;
        final String close;

        Form(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    private static final String KOTS_PREFIX = "repl";
    /** {@link Form#values()} copies its array on every call. */
    private static final Form[] FORMS = Form.values();

    private Placeholders() {}

    /**
     * Whether a text contains a placeholder anywhere.
     *
     * @param text the text
     * @return true if it does
     */
    public static boolean containsPlaceholder(String text) {
        // Every opening holds a '{' or a '[': most values have neither and are ruled out without a scan.
        if (text.indexOf('{') < 0 && text.indexOf('[') < 0) {
            return false;
        }
        return !scan(text, true).isEmpty();
    }

    /**
     * Whether a node is a placeholder: a scalar containing one, or a {@code [[ .Var ]]} template.
     *
     * @param node a node
     * @return true for a placeholder
     */
    public static boolean isPlaceholder(YamlNode node) {
        return node instanceof YamlScalar scalar
                ? containsPlaceholder(scalar.value())
                : templateExpression(node).isPresent();
    }

    /**
     * The placeholders in a text, in order.
     *
     * @param text the text
     * @return each placeholder as written, empty when there is none
     */
    public static List<String> tokens(String text) {
        return scan(text, false);
    }

    /**
     * Finds placeholders with plain index searches: linear in the text's length whatever it holds. A
     * regular expression with a lazy {@code .*?} would take quadratic time on a hostile scalar of many
     * openings and no closing.
     */
    private static List<String> scan(String text, boolean firstOnly) {
        List<String> tokens = new ArrayList<>();
        for (Form form : FORMS) {
            int from = 0;
            while (from < text.length()) {
                int open = text.indexOf(form.open, from);
                if (open < 0) {
                    break;
                }
                int close = text.indexOf(form.close, open + form.open.length());
                if (close < 0) {
                    break; // no closing after this opening means none after any later opening either
                }
                // KOTS writes its templates as repl{{ … }}: the prefix belongs to the placeholder.
                int start = form == Form.MUSTACHE && text.startsWith(KOTS_PREFIX, open - KOTS_PREFIX.length())
                        ? open - KOTS_PREFIX.length()
                        : open;
                String token = text.substring(start, close + form.close.length());
                if (form != Form.GITPOD || token.substring(2).stripLeading().startsWith(".")) {
                    tokens.add(token);
                    if (firstOnly) {
                        return tokens;
                    }
                }
                from = close + form.close.length();
            }
        }
        tokens.sort((a, b) -> Integer.compare(text.indexOf(a), text.indexOf(b)));
        return tokens;
    }

    /**
     * Recognises an unquoted {@code [[ .Var ]]} template, which YAML reads as a list holding a list
     * holding the string {@code .Var}, and gives back the text as written.
     *
     * @param node a node
     * @return the template text, if the node is one
     */
    public static Optional<String> templateExpression(YamlNode node) {
        if (node instanceof YamlSequence outer
                && outer.flowStyle()
                && outer.items().size() == 1
                && outer.items().get(0) instanceof YamlSequence inner
                && inner.flowStyle()
                && inner.items().size() == 1
                && inner.items().get(0) instanceof YamlScalar scalar
                && scalar.value().startsWith(".")) {
            return Optional.of("[[ " + scalar.value() + " ]]");
        }
        return Optional.empty();
    }
}
