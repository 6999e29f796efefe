package dev.gitpodconfig.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable identity of a finding: a hash of its file, YAML path, rule and the offending value, so
 * that it stays the same when lines are inserted above it or the file is re-indented, and changes when
 * the value does. CI systems (GitHub code scanning's {@code partialFingerprints}, baselines) match
 * findings across runs by it. Only a hash is ever written; callers pass the value already masked.
 */
public final class FindingFingerprint {

    /** Compiled once: String.replaceAll would compile it for every finding. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FindingFingerprint() {}

    /**
     * Computes a fingerprint.
     *
     * @param file the file, relative to the project base directory
     * @param yamlPath the YAML path, or empty
     * @param ruleId the rule id
     * @param value the offending text (secrets masked), or empty; whitespace runs count as one space
     * @return 32 lower-case hex digits
     */
    public static String of(String file, String yamlPath, String ruleId, String value) {
        String normalized = WHITESPACE.matcher(value.strip()).replaceAll(" ");
        String key = file + '\u0000' + yamlPath + '\u0000' + ruleId + '\u0000' + normalized;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
