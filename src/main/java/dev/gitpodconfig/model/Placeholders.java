package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises values that are templates rather than settings: environment substitution
 * ({@code ${VAR}}), KOTS and Helm templates ({@code repl{{ … }}}, {@code {{ … }}}) and Gitpod's own
 * {@code [[ .Var ]]} templates. Value rules skip them instead of guessing what they become.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\{\\{.*?}}|\\[\\[\\s*\\..*?]]");

    private Placeholders() {}

    /**
     * Whether a text contains a placeholder anywhere.
     *
     * @param text the text
     * @return true if it does
     */
    public static boolean containsPlaceholder(String text) {
        return text.indexOf('$') >= 0 || text.indexOf('{') >= 0 || text.indexOf('[') >= 0
                ? PLACEHOLDER.matcher(text).find()
                : false;
    }

    /**
     * Whether a node is a placeholder: a scalar containing one, or a {@code [[ .Var ]]} template.
     *
     * @param node a node
     * @return true for a placeholder
     */
    public static boolean isPlaceholder(YamlNode node) {
        return node instanceof YamlScalar scalar ? containsPlaceholder(scalar.value()) : templateExpression(node).isPresent();
    }

    /**
     * The placeholders in a text, in order.
     *
     * @param text the text
     * @return each placeholder as written, empty when there is none
     */
    public static List<String> tokens(String text) {
        if (!containsPlaceholder(text)) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
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
        if (node instanceof YamlSequence outer && outer.flowStyle() && outer.items().size() == 1
                && outer.items().get(0) instanceof YamlSequence inner && inner.flowStyle()
                && inner.items().size() == 1
                && inner.items().get(0) instanceof YamlScalar scalar
                && scalar.value().startsWith(".")) {
            return Optional.of("[[ " + scalar.value() + " ]]");
        }
        return Optional.empty();
    }
}
