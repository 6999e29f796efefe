package dev.gitpodconfig.model;

import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads booleans the way Gitpod's Go YAML decoder does (YAML 1.1: {@code yes}, {@code on}, {@code true}). */
final class Booleans {

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    private Booleans() {}

    /** The boolean a node holds, or empty when it is not a YAML boolean (a quoted string, a number). */
    static Optional<Boolean> of(YamlNode node) {
        if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.ScalarType.BOOLEAN) {
            return Optional.of(TRUE_WORDS.contains(scalar.value().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }
}
