package dev.gitpodconfig.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerConfigReader;
import dev.gitpodconfig.model.KotsConfigReader;
import java.nio.charset.StandardCharsets;

/** Loads YAML text for tests, with the production loader and default limits. */
public final class Yaml {

    private static final SafeYamlLoader LOADER = new SafeYamlLoader(LoadLimits.DEFAULTS);

    private Yaml() {}

    /** The UTF-8 bytes of a text. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Loads a text as the file {@code test.yaml}. */
    public static LoadedFile load(String yaml) {
        return LOADER.load(utf8(yaml), "test.yaml", StandardCharsets.UTF_8);
    }

    /** The root mapping of the single document of a text that must load without problems. */
    public static YamlMapping root(String yaml) {
        LoadedFile file = load(yaml);
        assertTrue(file.problems().isEmpty(), () -> "unexpected load problems: " + file.problems());
        assertEquals(1, file.documents().size(), "documents");
        assertTrue(file.documents().get(0).problems().isEmpty(), () -> "document problems: " + file.documents().get(0).problems());
        return assertInstanceOf(YamlMapping.class, file.documents().get(0).root().orElseThrow());
    }

    /** The typed view of an installer config text. */
    public static GitpodConfig installer(String yaml) {
        return new InstallerConfigReader().read(root(yaml), "");
    }

    /** The typed view of a KOTS ConfigValues text. */
    public static GitpodConfig kots(String yaml) {
        return new KotsConfigReader().read(root(yaml));
    }

    /** Line of the URL in {@link #installerExternal(String)}. */
    public static final int INSTALLER_URL_LINE = 6;
    /** Column of the URL in {@link #installerExternal(String)}. */
    public static final int INSTALLER_URL_COLUMN = 10;

    /** An installer config whose external registry (inCluster: false) has this URL, at line 6, column 10. */
    public static String installerExternal(String url) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    url: %s
                    certificate:
                      kind: secret
                      name: container-registry
                """.formatted(url);
    }

    /** Line of the URL in {@link #kotsExternal(String)}. */
    public static final int KOTS_URL_LINE = 10;
    /** Column of the URL in {@link #kotsExternal(String)}. */
    public static final int KOTS_URL_COLUMN = 14;

    /** KOTS ConfigValues whose external registry (reg_incluster "0") has this reg_url, at line 10, column 14. */
    public static String kotsExternal(String url) {
        return kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: %s
                    reg_username:
                      value: robot
                    reg_password:
                      value: robot-password-1
                """.formatted(url));
    }

    /** An Installation resource whose {@code spec.config} holds these lines, indented by four spaces; the first is line 7. */
    public static String installation(String configLines) {
        return "apiVersion: install.gitpod.io/v1alpha1\nkind: Installation\nmetadata:\n  name: gitpod\nspec:\n  config:\n"
                + configLines;
    }

    /** A Kubernetes Secret of type dockerconfigjson named container-registry whose {@code data} holds this base64 text. */
    public static String registrySecret(String dockerConfigJsonBase64) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: container-registry
                type: kubernetes.io/dockerconfigjson
                data:
                  .dockerconfigjson: %s
                """.formatted(dockerConfigJsonBase64);
    }

    /** A KOTS ConfigValues document whose {@code spec.values} hold the given, already indented item lines. */
    public static String kotsValues(String items) {
        return "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nmetadata:\n  name: gitpod\nspec:\n  values:\n" + items;
    }
}
