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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The YAML of tests: the templates several tests share, and loading text with the production loader and default
 * limits.
 */
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
        assertTrue(
                file.documents().get(0).problems().isEmpty(),
                () -> "document problems: " + file.documents().get(0).problems());
        return assertInstanceOf(
                YamlMapping.class, file.documents().get(0).root().orElseThrow());
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
        return installerExternal(url, "container-registry");
    }

    /**
     * An installer config whose external registry (inCluster: false) has this URL, at line 6, column 10, and
     * names this credentials Secret at line 9, column 13.
     */
    public static String installerExternal(String url, String secretName) {
        return """
                apiVersion: v1
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    url: %s
                    certificate:
                      kind: secret
                      name: %s
                """.formatted(url, secretName);
    }

    /**
     * The shortest installer config with an external registry: {@code containerRegistry} alone, its URL at line 4,
     * column 10, followed by the rest of that line (a comment, say) if {@code url} holds one, and the pull
     * Secret the installer requires on line 5.
     */
    public static String bareExternalRegistry(String url) {
        return "containerRegistry:\n  inCluster: false\n  external:\n    url: " + url
                + "\n    certificate: {kind: secret, name: container-registry}\n";
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
        return registrySecret("container-registry", "data", dockerConfigJsonBase64);
    }

    /**
     * A Kubernetes Secret of type dockerconfigjson whose {@code .dockerconfigjson} (line 7, column 3) is this value,
     * as written in YAML.
     *
     * @param field {@code data} or {@code stringData}
     */
    public static String registrySecret(String name, String field, String value) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: %s
                type: kubernetes.io/dockerconfigjson
                %s:
                  .dockerconfigjson: %s
                """.formatted(name, field, value);
    }

    /** {@link #registrySecret(String, String, String)} with this JSON base64-encoded under {@code data}. */
    public static String dataSecret(String name, String json) {
        return registrySecret(name, "data", base64(json));
    }

    /** {@link #registrySecret(String, String, String)} with this JSON, single-quoted, under {@code stringData}. */
    public static String stringDataSecret(String name, String json) {
        return registrySecret(name, "stringData", "'" + json + "'");
    }

    /** A Docker config JSON with one {@code auths} entry per server, each with the same made-up key. */
    public static String auths(String... servers) {
        StringBuilder json = new StringBuilder("{\"auths\":{");
        for (int i = 0; i < servers.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(servers[i])
                    .append("\":{\"auth\":\"")
                    .append(base64("_json_key:not-a-real-key"))
                    .append("\"}");
        }
        return json.append("}}").toString();
    }

    /** The base64 encoding of a text's UTF-8 bytes. */
    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(utf8(text));
    }

    /**
     * An installer {@code objectStorage} block with S3 in use, to append to a document: the endpoint is on the
     * block's fourth line, column 15.
     */
    public static String s3ObjectStorage(String endpoint) {
        return """
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: %s
                    credentials:
                      kind: secret
                      name: s3-storage
                """.formatted(endpoint);
    }

    /**
     * An installer {@code containerRegistry}: the in-cluster registry with a complete S3 backend of this Region and
     * endpoint, the endpoint at line 6, column 15 when it starts the document.
     */
    public static String s3Registry(String region, String endpoint) {
        return """
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: gitpod-registry
                    region: %s
                    endpoint: %s
                    certificate:
                      kind: secret
                      name: s3-registry
                """.formatted(region, endpoint);
    }

    /** A KOTS ConfigValues document whose {@code spec.values} hold the given, already indented item lines. */
    public static String kotsValues(String items) {
        return "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nmetadata:\n  name: gitpod\nspec:\n  values:\n" + items;
    }

    /**
     * A KOTS ConfigValues document without metadata whose {@code spec.values} (line 4, column 3) hold the given,
     * already indented item lines, from line 5.
     */
    public static String kotsValuesWithoutMetadata(String items) {
        return "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nspec:\n  values:\n" + items;
    }

    /**
     * {@link #kotsValuesWithoutMetadata} with an external registry (reg_incluster "0", its value at line 6, column
     * 14) and these items, given as name, value, name, value...: the value of the i-th item (from 0) is at line
     * 8 + 2i, column 14.
     */
    public static String kotsExternalRegistry(String... namesAndValues) {
        StringBuilder items = new StringBuilder("    reg_incluster:\n      value: \"0\"\n");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            items.append("    ")
                    .append(namesAndValues[i])
                    .append(":\n      value: ")
                    .append(namesAndValues[i + 1])
                    .append('\n');
        }
        return kotsValuesWithoutMetadata(items.toString());
    }

    /**
     * A test certificate from {@code src/test/resources/dev/gitpodconfig/certificates} (PEM, public part only; see the
     * README there for how each was made): {@code full} (gitpod.example.com, *.gitpod.example.com,
     * *.ws.gitpod.example.com), {@code no-ws} (without *.ws), {@code wildcard-only} (*.gitpod.example.com) and
     * {@code cn-only} (no subject alternative names); each valid from 2024-01-01 to {@link #TEST_CERTIFICATES_EXPIRE}.
     */
    public static String testCertificate(String name) {
        try (InputStream in = Yaml.class.getResourceAsStream("/dev/gitpodconfig/certificates/" + name + ".pem")) {
            if (in == null) {
                throw new IllegalArgumentException("no test certificate " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the test certificates of {@link #testCertificate} expire. */
    public static final String TEST_CERTIFICATES_EXPIRE = "2025-01-01T11:28:00Z";

    /**
     * An installer config for {@code gitpod.example.com} whose {@code certificate.name} (line 4, column 9) names
     * {@code https-certificates}, ending with a document separator, to be followed by the objects that make it.
     */
    public static final String CERTIFICATE_CONFIG = """
            domain: gitpod.example.com
            certificate:
              kind: secret
              name: https-certificates
            ---
            """;

    /** A {@code kubernetes.io/tls} Secret whose {@code tls.crt} holds this PEM under {@code stringData}. */
    public static String tlsSecret(String name, String pem) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: %s
                type: kubernetes.io/tls
                stringData:
                  tls.key: not-a-real-key
                  tls.crt: |
                %s""".formatted(name, pem.strip().indent(4));
    }

    /** A cert-manager Certificate that writes the Secret {@code secretName} with these DNS names. */
    public static String certManagerCertificate(String secretName, String... dnsNames) {
        StringBuilder names = new StringBuilder();
        for (String dnsName : dnsNames) {
            names.append("    - \"").append(dnsName).append("\"\n");
        }
        return """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: gitpod-tls
                spec:
                  secretName: %s
                  issuerRef:
                    name: letsencrypt
                    kind: ClusterIssuer
                  dnsNames:
                %s""".formatted(secretName, names);
    }

    /** Line of the S3 credentials name in {@link #s3Config(String)}. */
    public static final int S3_SECRET_NAME_LINE = 9;
    /** Column of the S3 credentials name in {@link #s3Config(String)}. */
    public static final int S3_SECRET_NAME_COLUMN = 13;

    /**
     * An installer config with S3 object storage in eu-west-1 whose credentials Secret is this name, at line 9,
     * column 13. Without other Secrets, it gets no error.
     */
    public static String s3Config(String secretName) {
        return """
                metadata:
                  region: eu-west-1
                objectStorage:
                  inCluster: false
                  s3:
                    endpoint: s3.eu-west-1.amazonaws.com
                    credentials:
                      kind: secret
                      name: %s
                """.formatted(secretName);
    }

    /**
     * An Installation resource in this namespace whose S3 object storage names the credentials Secret storage-s3,
     * at line 14, column 17.
     */
    public static String s3Installation(String namespace) {
        return installation("""
                    objectStorage:
                      inCluster: false
                      s3:
                        endpoint: s3.amazonaws.com
                        credentials:
                          kind: secret
                          name: storage-s3
                """).replace("  name: gitpod\n", "  name: gitpod\n  namespace: " + namespace + "\n");
    }

    /**
     * A Kubernetes Secret of type Opaque, its name at line 4, column 9, with these keys under {@code stringData}, each
     * with a made-up value ({@code value-of-<key>}, which no output may show).
     */
    public static String opaqueSecret(String name, String... keys) {
        StringBuilder secret = new StringBuilder(
                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + name + "\ntype: Opaque\nstringData:\n");
        for (String key : keys) {
            secret.append("  ").append(key).append(": value-of-").append(key).append('\n');
        }
        return secret.toString();
    }

    /**
     * An External Secrets {@code ExternalSecret} named gitpod-storage whose {@code spec.target.name} is this name, at
     * line 7, followed by these lines of its {@code spec} (indented by two spaces).
     */
    public static String externalSecret(String targetName, String specLines) {
        return "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: gitpod-storage\n"
                + "spec:\n  target:\n    name: " + targetName + "\n" + specLines;
    }

    /** The {@code spec} lines of an ExternalSecret whose keys all come from one entry of the secret store. */
    public static final String DATA_FROM = "  dataFrom:\n    - extract:\n        key: gitpod/storage\n";

    /** Documents joined into one multi-document text, in order. */
    public static String documents(String... documents) {
        return String.join("---\n", documents);
    }
}
