package dev.gitpodconfig.classify;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestions;
import java.util.List;
import java.util.Map;
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
     * Keys that only an installer config has at its top level, with their schemas: one of them is enough when its
     * block holds Gitpod's settings.
     */
    private static final Map<String, SchemaNode> DECISIVE_INSTALLER_KEYS = Map.of(
            "containerRegistry", InstallerSchema.CONTAINER_REGISTRY, "objectStorage", InstallerSchema.OBJECT_STORAGE);
    /** Keys of the legacy Helm chart's values that no installer config has (it says {@code domain}, {@code repository}). */
    private static final Set<String> HELM_VALUES_KEYS = Set.of("hostname", "imagePrefix");
    private static final Set<String> DOCKER_CONFIG_KEYS =
            Set.of("auths", "credsStore", "credHelpers", "HttpHeaders", "psFormat", "imagesFormat", "detachKeys",
                    "experimental", "proxies", "currentContext", "plugins", "aliases", "features");

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
        if (versionFits && isInstallationKindOrTypo(kind) && hasInstallerKeys(map)) {
            // A misspelt kind does not make the installer read the file differently, only reject it: the document
            // is checked, and config-unknown-kind reports the kind.
            return new Classification(DocumentKind.INSTALLER_CONFIG, INSTALLATION_KINDS.contains(kind) || kind.isEmpty()
                    ? "installer configuration keys" : "installer configuration keys, kind " + kind + " misspelt");
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
        if (InstallerSchema.isTopLevelKey(key) && !DECISIVE_INSTALLER_KEYS.containsKey(key)) {
            return null;
        }
        for (Map.Entry<String, SchemaNode> decisive : DECISIVE_INSTALLER_KEYS.entrySet()) {
            if (key.equals(decisive.getKey()) || Suggestions.isLikelyTypo(key, decisive.getKey())) {
                return decisive.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a block holds Gitpod's settings: it is a mapping and one of its keys is one of the block's keys or
     * close to one. A team's own {@code containerRegistry: {host: ..., mirror: ...}} is not.
     */
    private static boolean fitsBlock(YamlNode value, SchemaNode schema) {
        if (!(value instanceof YamlMapping block)) {
            return false;
        }
        for (YamlMapping.Entry entry : block.entries()) {
            String key = entry.key().value();
            for (String known : schema.fields().keySet()) {
                if (key.equals(known) || Suggestions.isLikelyTypo(key, known)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean decisiveBlock(YamlMapping map) {
        for (YamlMapping.Entry entry : map.entries()) {
            SchemaNode schema = decisiveSchema(entry.key().value());
            if (schema != null && fitsBlock(entry.value(), schema)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasInstallerKeys(YamlMapping map) {
        int known = 0;
        int total = 0;
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            SchemaNode decisive = decisiveSchema(key);
            if (decisive != null) {
                // A (possibly misspelt) containerRegistry with Gitpod's settings is an installer config: the typo is
                // what must be reported. One with only other keys, or a scalar, is someone else's setting.
                if (fitsBlock(entry.value(), decisive)) {
                    return true;
                }
                boolean empty = entry.value() instanceof YamlMapping block ? block.entries().isEmpty()
                        : entry.value() instanceof YamlScalar scalar && scalar.isNull();
                if (!InstallerSchema.isTopLevelKey(key) || !empty) {
                    total++;
                    continue;
                }
            }
            if (key.equals("apiVersion")) {
                continue;
            }
            total++;
            if (InstallerSchema.isTopLevelKey(key)) {
                known++;
            }
        }
        if (anyKeyIn(map, HELM_VALUES_KEYS)) {
            // Helm values share authProviders and components with the installer; their hostname decides.
            return false;
        }
        // A partial config (a KOTS config patch, a Terraform overlay) may hold only domain or workspace
        // settings; most of its keys must still be installer keys, which Helm values and other files miss.
        return known >= 1 && known * 2 > total && (map.get("domain").isPresent() || known >= 2 || total == 1);
    }

    // Loops, not streams: every document is classified, and in a clean build each lambda costs a class spun at
    // first use (see the README's Performance section).
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
