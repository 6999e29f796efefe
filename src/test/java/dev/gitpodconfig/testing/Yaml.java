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
