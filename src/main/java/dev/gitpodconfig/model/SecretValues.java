package dev.gitpodconfig.model;

import dev.gitpodconfig.classify.DocumentKind;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the secret values of a document so that they can be masked in every message and report,
 * whatever a rule writes: KOTS password, key and file items, everything under a Secret's {@code data}
 * and {@code stringData} (also decoded), values of keys named like credentials, and URL userinfo.
 * Rules never quote these in the first place; this is the second line of defence.
 */
public final class SecretValues {

    /** Shorter strings are not masked: they would blank out ordinary words. */
    private static final int MIN_LENGTH = 4;
    /** Key endings that mark a credential (compared in lower case); a suffix test, as keys are checked by the thousand. */
    private static final List<String> SECRET_KEY_ENDINGS = List.of(
            "password", "passwd", "secret", "secretkey", "token", "auth", "apikey", "api_key", "accesskey", "access_key",
            "privatekey", "private_key", "credential", "credentials", "dockerconfigjson", "encryption_keys", "_key");
    /** The last letters of {@link #SECRET_KEY_ENDINGS}. */
    private static final String SECRET_KEY_LAST_LETTERS = lastLetters(SECRET_KEY_ENDINGS);
    private static final Pattern JSON_SECRET =
            Pattern.compile("\"(?:auth|password|identitytoken|registrytoken)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern USERINFO = Pattern.compile("://([^/@\\s]+)@");
    // Compiled once: String.replaceAll and String.split would compile these for every value.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Longest first, so that a secret containing another is masked whole. */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return b.length() != a.length() ? b.length() - a.length() : a.compareTo(b);
        }
    };

    // Plain loops and classes rather than lambdas in this class: it is used in every build, and in a clean build
    // each lambda costs a class spun at first use (see the README's Performance section).
    private final Set<String> values = new TreeSet<>(LONGEST_FIRST);

    private final List<Map.Entry<DocumentKind, YamlNode>> pending = new ArrayList<>();

    /**
     * Notes a document whose secrets are collected the first time something is masked: most files
     * produce no finding, and then their secrets never need to be looked for.
     *
     * @param kind the document's kind
     * @param root the document's root
     */
    public void add(DocumentKind kind, YamlNode root) {
        pending.add(Map.entry(kind, root));
    }

    /**
     * Adds the secrets of one document now.
     *
     * @param kind the document's kind
     * @param root the document's root
     */
    public void collect(DocumentKind kind, YamlNode root) {
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (kind == DocumentKind.KOTS_CONFIG_VALUES && root instanceof YamlMapping document) {
            Optional<YamlMapping> items = document.mappingAt("spec", "values");
            for (YamlMapping.Entry item : items.isPresent() ? items.get().entries() : List.<YamlMapping.Entry>of()) {
                String name = item.key().value();
                Optional<KotsItem> known = KotsItem.byName(name);
                boolean secret = (known.isPresent() && known.get().kind() == KotsItem.Kind.SECRET) || isSecretKey(name);
                if (secret && item.value() instanceof YamlMapping fields) {
                    // Only the item's value fields: Gitpod's fixtures also carry a 'data' field naming the item.
                    for (String field : new String[] {"value", "valuePlaintext", "default"}) {
                        addAll(fields.get(field), seen);
                    }
                }
            }
        }
        if (kind == DocumentKind.REGISTRY_SECRET && root instanceof YamlMapping secret) {
            addAll(secret.get("data"), seen);
            addAll(secret.get("stringData"), seen);
        }
        if (kind == DocumentKind.DOCKER_CONFIG_JSON) {
            addAll(root, seen);
        }
        walk(root, false, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Masks every collected secret in a text.
     *
     * @param text a message
     * @return the text with each secret replaced by {@code ****}
     */
    public String mask(String text) {
        if (!pending.isEmpty()) {
            List<Map.Entry<DocumentKind, YamlNode>> documents = List.copyOf(pending);
            pending.clear();
            for (Map.Entry<DocumentKind, YamlNode> document : documents) {
                collect(document.getKey(), document.getValue());
            }
        }
        String masked = text;
        for (String secret : values) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, "****");
            }
        }
        return masked;
    }

    /**
     * Whether nothing was collected.
     *
     * @return true when there is nothing to mask
     */
    public boolean isEmpty() {
        mask("");
        return values.isEmpty();
    }

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
        for (String ending : SECRET_KEY_ENDINGS) {
            if (key.regionMatches(true, key.length() - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
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

    private void walk(YamlNode node, boolean underSecretKey, Set<YamlNode> seen) {
        // Only collections can be shared through aliases; remembering scalars too would cost a map entry each.
        if (!(node instanceof YamlScalar) && !seen.add(node)) {
            return;
        }
        if (node instanceof YamlScalar scalar) {
            if (underSecretKey) {
                add(scalar.value());
            }
            Matcher userinfo = scalar.value().contains("://") ? USERINFO.matcher(scalar.value()) : null;
            while (userinfo != null && userinfo.find()) {
                String info = userinfo.group(1);
                add(info);
                int colon = info.indexOf(':');
                if (colon >= 0) {
                    add(info.substring(colon + 1));
                }
            }
        } else if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                walk(entry.value(), isSecretKey(entry.key().value()), seen);
            }
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                walk(item, false, seen);
            }
        }
    }

    private void addAll(Optional<YamlNode> node, Set<YamlNode> seen) {
        if (node.isPresent()) {
            addAll(node.get(), seen);
        }
    }

    private void addAll(YamlNode node, Set<YamlNode> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof YamlScalar scalar) {
            add(scalar.value());
            jsonSecrets(scalar.value());
            decoded(scalar.value());
        } else if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                addAll(entry.value(), seen);
            }
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                addAll(item, seen);
            }
        }
    }

    private void decoded(String maybeBase64) {
        String compact = WHITESPACE.matcher(maybeBase64).replaceAll("");
        if (compact.length() < MIN_LENGTH || compact.length() > 1_000_000) {
            return;
        }
        try {
            String text = new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8);
            add(text);
            jsonSecrets(text);
        } catch (IllegalArgumentException notBase64) {
            // Not base64: the raw value was added already.
        }
    }

    /** A dockerconfigjson holds further secrets: each auth, password and token string. */
    private void jsonSecrets(String json) {
        Matcher quoted = JSON_SECRET.matcher(json);
        while (quoted.find()) {
            add(quoted.group(1));
            decodedPlain(quoted.group(1));
        }
    }

    private void decodedPlain(String maybeBase64) {
        try {
            String text = new String(Base64.getDecoder().decode(maybeBase64), StandardCharsets.UTF_8);
            add(text);
            int colon = text.indexOf(':');
            if (colon >= 0) {
                add(text.substring(colon + 1));
            }
        } catch (IllegalArgumentException notBase64) {
            // ignore
        }
    }

    private void add(String value) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            values.add(value.strip());
            // config-unresolved-placeholder quotes the placeholder it finds: inside a secret, that is part of the secret.
            for (String token : Placeholders.tokens(value)) {
                if (token.length() >= MIN_LENGTH) {
                    values.add(token);
                }
            }
            for (String line : LINE_BREAK.split(value, -1)) {
                if (line.strip().length() >= MIN_LENGTH) {
                    values.add(line.strip());
                }
            }
        }
    }
}
