package dev.gitpodconfig.filter;

import dev.gitpodconfig.model.SecretKeyNames;

/**
 * The value Maven resource filtering gives one expression, and where it comes from.
 *
 * @param value the value, or null when nothing defines the expression (filtering then leaves it as written)
 * @param origin where the value comes from, as a message says it: {@code the property in pom.xml, profile `prod`}
 * @param secret whether the property's name looks like a credential ({@code *.password}, {@code *.token},
 *     {@code *.key} …): such a value is never printed, and it is kept out of the result cache
 */
public record FilterValue(String value, String origin, boolean secret) {

    /** An expression that nothing defines. */
    public static final FilterValue UNSET = new FilterValue(null, "", false);

    /**
     * A value of a property, secret when its name looks like a credential's.
     *
     * @param name the property's name
     * @param value its value
     * @param origin where it comes from
     * @return the value
     */
    public static FilterValue of(String name, String value, String origin) {
        return new FilterValue(value, origin, looksSecret(name));
    }

    /**
     * Whether a property name looks like a credential's: it ends like a secret key of a Gitpod file does, or in
     * {@code key}, {@code pwd} or {@code pass}.
     *
     * @param name the property's name
     * @return true for {@code gitpod.registry.password}, {@code aws.secret}, {@code env.GITHUB_TOKEN}, {@code s3.key}
     */
    public static boolean looksSecret(String name) {
        return SecretKeyNames.isSecretKey(name)
                || endsWith(name, "key")
                || endsWith(name, "pwd")
                || endsWith(name, "pass");
    }

    private static boolean endsWith(String name, String ending) {
        return name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length());
    }

    /** The text of the result cache's key: never a secret value. */
    @Override
    public String toString() {
        if (value == null) {
            return "(unset)";
        }
        return (secret ? "(secret)" : value) + " from " + origin;
    }
}
