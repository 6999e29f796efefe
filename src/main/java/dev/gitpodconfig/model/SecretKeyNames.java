package dev.gitpodconfig.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which key and property names name a credential: {@code password}, {@code clientSecret},
 * {@code store_azure_access_key}. Its own small class because resource filtering asks it of every property name on
 * every build, also when the result of the last check is reused and {@link SecretValues} (which compiles patterns) is
 * never needed.
 */
public final class SecretKeyNames {

    /**
     * Key endings that mark a credential (compared in lower case); a suffix test, as keys are checked by the
     * thousand.
     */
    private static final List<String> SECRET_KEY_ENDINGS = List.of(
            "password",
            "passwd",
            "secret",
            "secretkey",
            "token",
            "auth",
            "apikey",
            "api_key",
            "accesskey",
            "access_key",
            "privatekey",
            "private_key",
            "credential",
            "credentials",
            "dockerconfigjson",
            "encryption_keys",
            "_key");
    /** The last letters of {@link #SECRET_KEY_ENDINGS}. */
    private static final String SECRET_KEY_LAST_LETTERS = lastLetters(SECRET_KEY_ENDINGS);

    /** {@link #SECRET_KEY_ENDINGS} by their lower-case last letter (all of them are ASCII). */
    private static final String[][] ENDINGS_BY_LAST_LETTER = endingsByLastLetter(SECRET_KEY_ENDINGS);

    /**
     * Whether a key names a credential.
     *
     * @param key a mapping key or KOTS item name
     * @return true for {@code password}, {@code clientSecret}, {@code store_azure_access_key} and the like
     */
    public static boolean isSecretKey(String key) {
        // Runs for every key of a file with findings: most keys are ruled out by their last letter, and the
        // endings are compared in place, because lower-casing would copy each key.
        if (key.isEmpty() || SECRET_KEY_LAST_LETTERS.indexOf(Character.toLowerCase(key.charAt(key.length() - 1))) < 0) {
            return false;
        }
        // Only the endings with the key's last letter: a plain loop over the whole list compared each one.
        String[] endings = ENDINGS_BY_LAST_LETTER[Character.toLowerCase(key.charAt(key.length() - 1))];
        for (String ending : endings) {
            if (key.regionMatches(true, key.length() - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    private static String[][] endingsByLastLetter(List<String> endings) {
        String[][] byLetter = new String[128][];
        for (char letter = 0; letter < 128; letter++) {
            List<String> matching = new ArrayList<>();
            for (String ending : endings) {
                if (Character.toLowerCase(ending.charAt(ending.length() - 1)) == letter) {
                    matching.add(ending);
                }
            }
            byLetter[letter] = matching.toArray(new String[0]);
        }
        return byLetter;
    }

    private static String lastLetters(List<String> endings) {
        StringBuilder letters = new StringBuilder();
        for (String ending : endings) {
            char last = ending.charAt(ending.length() - 1);
            if (letters.indexOf(String.valueOf(last)) < 0) {
                letters.append(last);
            }
        }
        return letters.toString();
    }

    private SecretKeyNames() {}
}
