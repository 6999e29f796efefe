package dev.gitpodconfig.filter;

import dev.gitpodconfig.load.Position;

/**
 * One expression Maven resource filtering replaces.
 *
 * @param expression the expression as written, {@code ${gitpod.registry.url}} or {@code @gitpod.registry.url@}
 * @param position where it is written in the source file
 * @param value what it becomes
 * @param origin where the value comes from
 * @param secret whether the value comes from a property whose name looks like a credential's (it is never printed)
 */
public record Substitution(String expression, Position position, String value, String origin, boolean secret) {

    /**
     * Says what the expression becomes and where that comes from, without a secret value.
     *
     * @return {@code `${gitpod.registry.url}` is `…` from the property in pom.xml, profile `prod`}
     */
    public String describe() {
        return "`" + expression + "` is " + (secret ? "set" : "`" + value + "`") + " from " + origin;
    }
}
