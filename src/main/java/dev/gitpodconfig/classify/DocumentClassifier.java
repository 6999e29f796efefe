package dev.gitpodconfig.classify;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.model.InstallerSchema;
import dev.gitpodconfig.model.Suggestions;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a document is from its content. The rules are deliberately conservative: a document is
 * checked only when it is positively identified, because linting a Helm values file or a workspace
 * {@code .gitpod.yml} as installer config would produce nothing but false positives.
 */
public final class DocumentClassifier {

    private static final Set<String> INSTALLATION_KINDS = Set.of("Full", "IDE", "WebApp", "Meta", "Workspace");
    /** Keys that only an installer config has at its top level; one of them is enough. */
    private static final Set<String> DECISIVE_INSTALLER_KEYS = Set.of("containerRegistry", "objectStorage");
    /** Keys of the legacy Helm chart's values that no installer config has (it says {@code domain}, {@code repository}). */
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
        if (isInstallerConfig(map, apiVersion, kind)) {
            return new Classification(DocumentKind.INSTALLER_CONFIG, "installer configuration keys");
        }
        if (!kind.isEmpty()) {
            return new Classification(
                    DocumentKind.OTHER, "kind " + kind + (apiVersion.isEmpty() ? "" : " of " + apiVersion));
        }
        return new Classification(DocumentKind.OTHER, "no Gitpod configuration keys");
    }

    private static boolean isTypoOfDecisiveKey(String key) {
        for (String decisive : DECISIVE_INSTALLER_KEYS) {
            if (Suggestions.isLikelyTypo(key, decisive)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstallerConfig(YamlMapping map, String apiVersion, String kind) {
        boolean versionFits = apiVersion.isEmpty() || apiVersion.equals("v1");
        boolean kindFits = kind.isEmpty() || INSTALLATION_KINDS.contains(kind);
        if (!versionFits || !kindFits) {
            return false;
        }
        int known = 0;
        int total = 0;
        for (YamlMapping.Entry entry : map.entries()) {
            String key = entry.key().value();
            // A misspelt containerRegistry is still an installer config: the typo is what must be reported.
            if (DECISIVE_INSTALLER_KEYS.contains(key)
                    || (!InstallerSchema.isTopLevelKey(key) && isTypoOfDecisiveKey(key))) {
                return true;
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
