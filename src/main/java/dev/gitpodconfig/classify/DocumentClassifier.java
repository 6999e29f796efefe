package dev.gitpodconfig.classify;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a document is from its content. The rules are deliberately conservative: a document is
 * checked only when it is positively identified, because linting a Helm values file or a workspace
 * {@code .gitpod.yml} as installer config would produce nothing but false positives.
 */
public final class DocumentClassifier {

    /**
     * The installation kinds of installer release 2022.11.3 (its {@code installation_kind} validation), the default
     * first; they are case-sensitive.
     */
    public static final List<String> INSTALLATION_KINDS = List.of("Full", "Meta", "IDE", "WebApp", "Workspace");
    /**
     * Keys that only an installer config has at its top level: one of them is enough when its block holds Gitpod's
     * settings. Their schemas are looked up only then, so that a KOTS or Secret document loads no schema classes.
     */
    private static final Set<String> DECISIVE_INSTALLER_KEYS = Set.of("containerRegistry", "objectStorage");
    /**
     * Keys of the legacy Helm chart's values that no installer config has (it says {@code domain}, {@code
     * repository}).
     */
    private static final Set<String> HELM_VALUES_KEYS = Set.of("hostname", "imagePrefix");

    private static final Set<String> DOCKER_CONFIG_KEYS = Set.of(
            "auths",
            "credsStore",
            "credHelpers",
            "HttpHeaders",
            "psFormat",
            "imagesFormat",
            "detachKeys",
            "experimental",
            "proxies",
            "currentContext",
            "plugins",
            "aliases",
            "features");

    /**
     * Classifies a document.
     *
     * @param root the document's root node, empty for an empty document
     * @return the classification
     */
    public Classification classify(Optional<YamlNode> root) {
        if (root.isEmpty()) {
            return new Classification(DocumentKind.OTHER, "empty document");
        }
        if (!(root.get() instanceof YamlMapping map)) {
            return new Classification(DocumentKind.OTHER, "the document is not a mapping");
        }
        String apiVersion = map.text("apiVersion").orElse("");
        String kind = map.text("kind").orElse("");
        if (apiVersion.startsWith("kots.io/") && kind.equals("ConfigValues")) {
            return new Classification(DocumentKind.KOTS_CONFIG_VALUES, "kind ConfigValues of " + apiVersion);
        }
        if (apiVersion.startsWith("install.gitpod.io/") && kind.equals("Installation")) {
            return new Classification(DocumentKind.INSTALLATION_CR, "kind Installation of " + apiVersion);
        }
        if (kind.equals("Secret") && map.text("type").orElse("").equals("kubernetes.io/dockerconfigjson")) {
            return new Classification(DocumentKind.REGISTRY_SECRET, "Secret of type kubernetes.io/dockerconfigjson");
        }
        if (map.mapping("auths").isPresent() && allKeysIn(map, DOCKER_CONFIG_KEYS)) {
            return new Classification(DocumentKind.DOCKER_CONFIG_JSON, "Docker config with an auths object");
        }
        boolean versionFits = apiVersion.isEmpty() || apiVersion.equals("v1");
        // A kind that is a number or a boolean is no other tool's kind: the installer reads it and rejects it.
        boolean kindFits = isInstallationKindOrTypo(kind)
                || (map.get("kind").orElse(null) instanceof YamlScalar scalar
                        && scalar.type() != YamlScalar.ScalarType.STRING);
        if (versionFits && kindFits && hasInstallerKeys(map, apiVersion.equals("v1"))) {
            // A misspelt kind does not make the installer read the file differently, only reject it: the document
            // is checked, and config-unknown-kind reports the kind.
            return new Classification(
                    DocumentKind.INSTALLER_CONFIG,
                    INSTALLATION_KINDS.contains(kind) || kind.isEmpty()
                            ? "installer configuration keys"
                            : "installer configuration keys, kind " + kind + " misspelt");
        }
        if (!kind.isEmpty()) {
            String reason = "kind " + kind + (apiVersion.isEmpty() ? "" : " of " + apiVersion);
            return new Classification(DocumentKind.OTHER, reason, isUnknownKind(map, apiVersion, kind, versionFits));
        }
        return new Classification(DocumentKind.OTHER, "no Gitpod configuration keys");
    }

    /**
     * Whether a document that is not checked names a kind that may hide a Gitpod config. Kinds of other tools
     * ({@code ConfigMap}, KOTS {@code Config}) are plainly not Gitpod's.
     */
    private static boolean isUnknownKind(YamlMapping map, String apiVersion, String kind, boolean versionFits) {
        if (apiVersion.startsWith("install.gitpod.io/")) {
            return true;
        }
        if (apiVersion.startsWith("kots.io/")) {
            return Suggestions.isLikelyTypo(kind, "ConfigValues");
        }
        // Installer settings under a kind the installer does not know, or a kind like Full without them.
        return versionFits && (isInstallationKindOrTypo(kind) || decisiveBlock(map));
    }

    private static boolean isInstallationKindOrTypo(String kind) {
        if (kind.isEmpty() || INSTALLATION_KINDS.contains(kind)) {
            return true;
        }
        for (String known : INSTALLATION_KINDS) {
            if (Suggestions.isLikelyTypo(kind, known)) {
                return true;
            }
        }
        return false;
    }

    /** The schema of a decisive key or of the decisive key it is a typo of (in any case), or null. */
    private static SchemaNode decisiveSchema(String key) {
        if (DECISIVE_INSTALLER_KEYS.contains(key)) {
            return schemaOf(key);
        }
        if (InstallerSchema.isTopLevelKey(key)) {
            return null;
        }
        for (String decisive : DECISIVE_INSTALLER_KEYS) {
            if (Suggestions.isLikelyTypo(key, decisive)) {
                return schemaOf(decisive);
            }
        }
        return null;
    }

    // How a decisive key's value fits its schema; ints rather than an enum, which would be one more class loaded in
    // every build (ClassBudgetTest).
    /** One of its keys is one of the block's keys or close to one: Gitpod's settings. */
    private static final int GITPOD = 2;
    /** Only other keys, such as a chart's own {@code containerRegistry: {host: ..., mirror: ...}}. */
    private static final int FOREIGN = 1;
    /** Nothing to tell by: empty, null, a scalar, or a list of such values. */
    private static final int NEUTRAL = 0;

    private static int fit(YamlNode value, SchemaNode schema) {
        if (value instanceof YamlMapping block) {
            if (block.entries().isEmpty()) {
                return NEUTRAL;
            }
            for (YamlMapping.Entry entry : block.entries()) {
                if (schema.fields().containsKey(entry.key().value())) {
                    return GITPOD;
                }
            }
            for (YamlMapping.Entry entry : block.entries()) {
                for (String known : schema.fields().keySet()) {
                    if (Suggestions.isLikelyTypo(entry.key().value(), known)) {
                        return GITPOD;
                    }
                }
            }
            return FOREIGN;
        }
        if (value instanceof YamlSequence list) {
            // The block written as a list item is still Gitpod's block (config-wrong-type reports the list).
            int fit = NEUTRAL;
            for (YamlNode item : list.items()) {
                fit = Math.max(fit, fit(item, schema));
            }
            return fit;
        }
        return NEUTRAL;
    }

    private static boolean decisiveBlock(YamlMapping map) {
        for (YamlMapping.Entry entry : map.entries()) {
            SchemaNode schema = decisiveSchema(entry.key().value());
            if (schema != null && fit(entry.value(), schema) == GITPOD) {
                return true;
            }
        }
        return false;
    }

    private static SchemaNode schemaOf(String decisiveKey) {
        return decisiveKey.equals("containerRegistry")
                ? InstallerSchema.CONTAINER_REGISTRY
                : InstallerSchema.OBJECT_STORAGE;
    }

    /**
     * Whether a document holds installer settings. With {@code apiVersion: v1} and no other tool's kind, one
     * installer key (in any case, or misspelt) is enough: the document says it is the installer's.
     */
    private static boolean hasInstallerKeys(YamlMapping map, boolean explicitV1) {
        int known = 0;
        int total = 0;
        boolean claimed = false;
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (explicitV1 && !claimed && !key.equals("apiVersion")) {
                claimed = key.equals("kind")
                        ? INSTALLATION_KINDS.contains(map.text("kind").orElse(""))
                        : isTopLevelKey(key) || isTypoOfTopLevelKey(key);
            }
            SchemaNode decisive = decisiveSchema(key);
            if (decisive != null) {
                // A (possibly misspelt) containerRegistry with Gitpod's settings is an installer config: the typo is
                // what must be reported. One with only other keys is someone else's setting, and so is a misspelt
                // one without Gitpod's settings.
                int fit = fit(entry.value(), decisive);
                if (fit == GITPOD) {
                    return true;
                }
                if (fit == FOREIGN || !isTopLevelKey(key)) {
                    total++;
                    continue;
                }
            }
            if (key.equals("apiVersion")) {
                continue;
            }
            total++;
            // A misspelt installer key (customCACert as custoCmACert) is still the installer's: the typo is what
            // must be reported.
            if (isTopLevelKey(key) || isTypoOfTopLevelKey(key)) {
                known++;
            }
        }
        if (explicitV1 && map.entries().size() == 1) {
            // Only apiVersion: v1, which no Kubernetes resource is without its kind: the installer config that keeps
            // every default (and lacks the required domain).
            return true;
        }
        if (anyKeyIn(map, HELM_VALUES_KEYS)) {
            // Helm values share authProviders and components with the installer; their hostname decides.
            return false;
        }
        if (claimed) {
            return true;
        }
        // A partial config (a KOTS config patch, a Terraform overlay) may hold only domain or workspace
        // settings; most of its keys must still be installer keys, which Helm values and other files miss.
        return known >= 1 && known * 2 > total && (map.get("domain").isPresent() || known >= 2 || total == 1);
    }

    /** A top-level installer key in any case: the installer matches keys case-insensitively. */
    private static boolean isTopLevelKey(String key) {
        if (InstallerSchema.isTopLevelKey(key)) {
            return true;
        }
        for (String known : InstallerSchema.ROOT.fields().keySet()) {
            if (known.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTypoOfTopLevelKey(String key) {
        for (String known : InstallerSchema.ROOT.fields().keySet()) {
            if (Suggestions.isLikelyTypo(key, known)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allKeysIn(YamlMapping map, Set<String> keys) {
        for (YamlMapping.Entry entry : map.entries()) {
            if (!keys.contains(entry.key().value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyKeyIn(YamlMapping map, Set<String> keys) {
        for (YamlMapping.Entry entry : map.entries()) {
            if (keys.contains(entry.key().value())) {
                return true;
            }
        }
        return false;
    }
}
