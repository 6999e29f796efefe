package dev.gitpodconfig.schema;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import dev.gitpodconfig.model.InstallerDecoder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which keys of a block the 2022.11.3 installer requires, found by asking the plugin's own decoder rather than
 * reading the {@code required} tags again: a tag holds only where the installer's defaults leave the field empty
 * ({@code kind} is required but defaults to {@code Full}; {@code containerRegistry.external.url} has no default),
 * and only where the validator looks (it skips the items of a list without {@code dive} and the values of a map).
 * A probe writes the block empty, at its place, and collects the fields the decoder then reports as required.
 */
final class RequiredFields {

    /** A path step that stands for any item of a list. */
    static final String LIST_ITEM = "[]";

    /** A path step that stands for any value of a map. */
    static final String MAP_VALUE = "*";

    private static final Position AT = Position.START_OF_FILE;

    private RequiredFields() {}

    /**
     * The keys a block must hold once it is written.
     *
     * @param path the block's place: installer key names, {@link #LIST_ITEM} and {@link #MAP_VALUE}; empty for the
     *     top of the config
     * @param wholeConfig for the top of the config: whether it is a whole config (one with {@code apiVersion} or
     *     {@code kind}) rather than a partial overlay, which is held only to the blocks it writes
     * @return the names of the block's fields that must be present, in the order the decoder reports them
     */
    static Set<String> of(List<String> path, boolean wholeConfig) {
        YamlMapping probe = (YamlMapping) probe(path, 0);
        String prefix = problemPath(path);
        Set<String> required = new LinkedHashSet<>();
        for (InstallerDecoder.Problem problem :
                InstallerDecoder.decode(probe, wholeConfig || !path.isEmpty()).problems()) {
            if (problem.kind() != InstallerDecoder.Kind.VALIDATION
                    || !problem.tag().equals("required")) {
                continue;
            }
            String rest = prefix.isEmpty() ? problem.path() : strip(problem.path(), prefix + ".");
            if (rest == null) {
                continue;
            }
            // A field of a struct inside the block counts for the struct's key: without it, the struct is empty.
            int end = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            required.add(rest.substring(0, end));
        }
        return required;
    }

    private static String strip(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }

    /** The document that writes only the block at {@code path}, empty, with every block above it. */
    private static YamlNode probe(List<String> path, int from) {
        if (from == path.size()) {
            return new YamlMapping(List.of(), AT);
        }
        String step = path.get(from);
        YamlNode inner = probe(path, from + 1);
        if (step.equals(LIST_ITEM)) {
            return new YamlSequence(List.of(inner), false, AT);
        }
        String key = step.equals(MAP_VALUE) ? "probe" : step;
        return new YamlMapping(
                List.of(new YamlMapping.Entry(new YamlScalar(key, YamlScalar.ScalarType.STRING, false, AT), inner)),
                AT);
    }

    /** The path as the decoder's problems spell it: {@code authProviders[0].kind}. */
    private static String problemPath(List<String> path) {
        StringBuilder text = new StringBuilder();
        for (String step : path) {
            if (step.equals(LIST_ITEM)) {
                text.append("[0]");
            } else {
                text.append(text.length() > 0 ? "." : "").append(step.equals(MAP_VALUE) ? "probe" : step);
            }
        }
        return text.toString();
    }
}
