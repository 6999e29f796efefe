package dev.gitpodconfig.model;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import java.util.Optional;

/**
 * One setting as the typed views expose it: where it is (YAML path and position) and what it says.
 * A value the file does not contain but Gitpod assumes (a KOTS item's pre-filled value) is a
 * <em>default</em>: it has text, and its position is that of the place the setting belongs to.
 *
 * @param path the YAML path, e.g. {@code containerRegistry.external.url}
 * @param node the node, or null for a default
 * @param defaultText the assumed text of a default, or null
 * @param anchor where a default is reported (never null)
 */
public record ConfigValue(String path, YamlNode node, String defaultText, Position anchor) {

    /**
     * A value the file contains.
     *
     * @param path its YAML path
     * @param node its node
     * @return the value
     */
    public static ConfigValue of(String path, YamlNode node) {
        return new ConfigValue(path, node, null, node.position());
    }

    /**
     * A value the file leaves out and Gitpod assumes.
     *
     * @param path the YAML path it would have
     * @param text the assumed text
     * @param anchor where to report it
     * @return the value
     */
    public static ConfigValue defaulted(String path, String text, Position anchor) {
        return new ConfigValue(path, null, text, anchor);
    }

    /**
     * Whether Gitpod assumes this value because the file leaves it out.
     *
     * @return true for a default
     */
    public boolean isDefault() {
        return node == null;
    }

    /**
     * Where the value is, or where it belongs for a default.
     *
     * @return the position
     */
    public Position position() {
        return node == null ? anchor : node.position();
    }

    /**
     * The value's text when it is a non-null scalar (or a template placeholder), else empty.
     *
     * @return the text
     */
    public Optional<String> text() {
        if (node == null) {
            return Optional.ofNullable(defaultText);
        }
        if (node instanceof YamlScalar scalar) {
            return scalar.isNull() ? Optional.empty() : Optional.of(scalar.value());
        }
        return Placeholders.templateExpression(node);
    }

    /**
     * The text, trimmed, when it is present and not blank.
     *
     * @return the text
     */
    public Optional<String> nonBlankText() {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return text;
        }
        String trimmed = text.get().trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /**
     * Whether the value is an unresolved placeholder such as {@code ${SERVER}} or {@code [[ .Repo ]]}.
     *
     * @return true for a placeholder
     */
    public boolean isPlaceholder() {
        return node != null && Placeholders.isPlaceholder(node);
    }

    /**
     * The text when it is present, not blank and not a placeholder: the form value rules check.
     *
     * @return the checkable text
     */
    public Optional<String> checkableText() {
        return isPlaceholder() ? Optional.empty() : nonBlankText();
    }
}
