package dev.gitpodconfig.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerDecoder;
import dev.gitpodconfig.schema.EditorValidation.Reading;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The installer config's schema agrees with the plugin's decoder, which reads a config as the 2022.11.3 installer
 * does: each case is accepted or rejected by both, in both readings of the YAML (the installer's YAML 1.1 and an
 * editor's YAML 1.2). The cases cover unknown keys, other spellings of keys, types, YAML 1.1 booleans, null,
 * enumerations, required keys of whole configs and of written blocks, and keys of later installer builds.
 */
class InstallerJsonSchemaTest {

    private static final Schema SCHEMA = EditorValidation.load(EditorSchemas.installerConfig());

    /** Stands for the registry's pull Secret in the cases below. */
    private static final String CERT = "certificate: {kind: secret, name: container-registry}";

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # accepted | YAML (\\n for a line break)
            false | containerRegistry:\\n  inCluser: true
            false | containerRegistry:\\n  inCluster: [a]
            false | containerRegistry:\\n  inCluster: {a: b}
            false | containerRegistry:\\n  inCluster: "false"
            false | containerRegistry:\\n  inCluster: 0
            true  | containerRegistry:\\n  inCluster: true
            true  | containerRegistry:\\n  InCluster: true
            true  | containerRegistry:\\n  INCLUSTER: true
            true  | containerRegistry:\\n  inCluster: on
            false | containerRegistry:\\n  inCluster:
            false | containerRegistry:\\n  inCluster: false
            true  | containerRegistry:\\n  InCluster: false\\n  External:\\n    URL: r.example.com/x\\n    CERT
            true  | containerRegistry:\\n  inCluster: no\\n  external:\\n    url: r.example.com/x\\n    CERT
            false | containerRegistry:\\n  inCluster: n\\n  s3storage: null
            false | containerRegistry:\\n  inCluster: false\\n  External: null
            false | containerRegistry:\\n  inCluster: false\\n  external:\\n    CERT
            false | containerRegistry:\\n  inCluster: false\\n  external:\\n    url: ""\\n    CERT
            false | containerRegistry:\\n  inCluster: false\\n  external:\\n    url: r.example.com/x
            false | containerRegistry:\\n  inCluster: false\\n  external: {url: r.io/x, certificate: {kind: Secret}}
            true  | containerRegistry:\\n  inCluster: false\\n  external:\\n    url: 5\\n    CERT
            false | containerRegistry:\\n  inCluster: false\\n  external:\\n    url: [r.example.com]\\n    CERT
            false | containerRegistry:\\n  enableAdditionalECRAuth: true
            false | containerRegistry:\\n  s3storage: {bucket: b, region: r, CERT}
            true  | containerRegistry:\\n  s3storage: {bucket: b, region: r, endpoint: s3.amazonaws.com, CERT}
            false | ApiVersion: v1\\ndomain: gitpod.example.com
            false | apiVersion: [v1]\\ndomain: gitpod.example.com
            true  | apiVersion: v1\\ndomain: gitpod.example.com
            false | apiVersion: v1
            false | kind: Full
            false | kind: Full\\ndomain:
            true  | kind: Full\\ndomain: gitpod.example.com
            true  | Kind: Full\\nDomain: gitpod.example.com
            true  | \u212Aind: Full\\ndomain: gitpod.example.com
            false | kind: full\\ndomain: gitpod.example.com
            true  | kind:\\ndomain: gitpod.example.com
            true  | metadata:\\n  region: eu-west-1
            false | metadata:\\n  region: ""
            true  | metadata:\\n  region:
            false | messageBus: {}
            false | components:\\n  wsDaemon: {}
            false | jaegerOperator: {}
            true  | observability:\\n  logLevel: debug
            false | observability:\\n  logLevel: verbose
            false | certificate:\\n  kind: configmap\\n  name: https-certificates
            true  | certificate:\\n  kind:\\n  name: https-certificates
            false | objectStorage:\\n  inCluster: false\\n  s3:\\n    endpoint: s3.example.com
            true  | objectStorage:\\n  inCluster: false\\n  s3: {endpoint: s3.io, credentials: {kind: secret, name: s}}
            true  | objectStorage:\\n  s3: null
            false | objectStorage:\\n  cloudStorage:\\n    project: p
            false | database:\\n  cloudSQL: {}
            false | database:\\n  cloudSQL:\\n    instance: p:r:i
            true  | database:\\n  cloudSQL:\\n    instance: p:r:i\\n    serviceAccount: {kind: secret, name: sa}
            true  | workspace:\\n  pvc:\\n    size: 2Gi
            true  | workspace:\\n  pvc:\\n    size: 30
            false | workspace:\\n  pvc:\\n    size: 2gb
            false | workspace:\\n  pvc:\\n    size: true
            true  | workspace:\\n  maxLifetime: 36h
            true  | workspace:\\n  maxLifetime: 5
            false | workspace:\\n  maxLifetime: 36 hours
            false | workspace:\\n  maxLifetime:
            true  | workspace:\\n  timeoutDefault:
            false | workspace:\\n  runtime:\\n    containerdSocket: run/containerd.sock
            true  | workspace:\\n  runtime:\\n    containerdSocket: /run/containerd.sock
            false | workspace:\\n  runtime:\\n    fsShiftMethod: overlay
            true  | workspace:\\n  templates:\\n    default:\\n      spec: {anything: [1]}
            false | workspace:\\n  templates:\\n    default: 5
            false | repository: eu.gcr.io/gitpod-\u00fc
            true  | repository: eu.gcr.io/gitpod-core-dev/build
            true  | imagePullSecrets:\\n  - name: x
            false | authProviders:\\n  - kind: secret
            true  | authProviders:\\n  - {kind: secret, name: github}
            true  | customization:\\n  - kind: Deployment\\n    apiVersion: apps/v1\\n    metadata: {name: server}
            false | customization:\\n  - kind: Deployment\\n    spec: {replicas: 2}
            true  | experimental:\\n  webapp:\\n    proxy:\\n      serviceType: ""
            true  | experimental:\\n  webapp:\\n    proxy:\\n      serviceType: NodePort
            false | experimental:\\n  webapp:\\n    proxy:\\n      serviceType: Foo
            true  | experimental:\\n  workspace:\\n    CPULimits:\\n      enabled: true
            true  | experimental:\\n  workspace:\\n    cpuLimits:\\n      enabled: true
            true  | experimental:\\n  workspace:\\n    classes:\\n      default:\\n        name: Default
            true  | experimental:\\n  webapp:\\n    usage:\\n      billInstancesAfter: 2022-01-01T00:00:00Z
            false | experimental:\\n  webapp:\\n    usage:\\n      billInstancesAfter: yesterday
            true  | experimental:\\n  webapp:\\n    usage:\\n      creditsPerMinuteByWorkspaceClass: {default: 0.5}
            false | experimental:\\n  webapp:\\n    usage:\\n      creditsPerMinuteByWorkspaceClass: {default: much}
            true  | experimental:\\n  agentSmith: {anything: [1, 2]}
            false | experimental:\\n  overrides: []
            true  | experimental:\\n  workspace:\\n    procLimit: 1.0
            false | experimental:\\n  workspace:\\n    procLimit: 1.5
            """)
    void theSchemaAcceptsWhatTheDecoderAccepts(boolean accepted, String lines) {
        String yaml = lines.replace("\\n", "\n").replace("CERT", CERT) + "\n";
        List<InstallerDecoder.Problem> problems = problems(yaml);
        assertEquals(accepted, problems.isEmpty(), () -> "the decoder: " + problems);
        for (Reading reading : Reading.values()) {
            List<String> errors = EditorValidation.errors(SCHEMA, yaml, reading);
            assertEquals(accepted, errors.isEmpty(), () -> reading + ": " + errors);
        }
    }

    /** Quantities as the decoder reads them ({@code '...'} keeps each a string). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2Gi", "500m", "1", "1.5", ".5", "1.", "+1", "-1", "1e3", "1E", "1E-3", "1Ki", " 2Gi ", "2gb", "1e",
                "1e+", "1.5.5", "", "Gi", "2 Gi", "1ki", "1m5", "..5", "0x10", "1Ei"
            })
    void theQuantitySyntaxIsTheDecoders(String quantity) {
        agree("workspace:\n  pvc:\n    size: '" + quantity + "'\n", InstallerJsonSchema.QUANTITY, quantity);
    }

    /** Durations as the decoder reads them. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "36h",
                "1h30m",
                "1.5s",
                ".5s",
                "1.s",
                "0",
                "-0",
                "+5m",
                "5",
                "1hh",
                "h",
                "",
                "1\u00b5s",
                "1\u03bcs",
                "1us",
                "1ns",
                "36 h",
                "3d",
                "00",
                "0h",
                "-1.5h",
                "1.2.3s",
                "."
            })
    void theDurationSyntaxIsTheDecoders(String duration) {
        // timeoutDefault has no validation tag: maxLifetime is required, and a zero duration fails that.
        agree("workspace:\n  timeoutDefault: '" + duration + "'\n", InstallerJsonSchema.DURATION, duration);
    }

    /** Times as the decoder reads them. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2022-01-01T00:00:00Z",
                "2022-01-01T00:00:00.5+01:00",
                "2022-01-01",
                "2022-01-01 00:00:00Z",
                "yesterday",
                "2022-01-01T00:00:00",
                "2022-01-01T00:00:00-0100"
            })
    void theTimeSyntaxIsTheDecoders(String time) {
        agree(
                "experimental:\n  webapp:\n    usage:\n      billInstancesAfter: '" + time + "'\n",
                InstallerJsonSchema.TIME,
                time);
    }

    /** What the decoder rejects in a config, but for what a partial overlay leaves to other files. */
    private static List<InstallerDecoder.Problem> problems(String yaml) {
        GitpodConfig config = Yaml.installer(yaml);
        return config.installerProblems().stream()
                .filter(p -> p.kind() != InstallerDecoder.Kind.MISSING_FROM_OVERLAY)
                .toList();
    }

    /** The decoder, the whole schema and the bare pattern (as Java reads it) agree on a value. */
    private static void agree(String yaml, String pattern, String value) {
        boolean decoded = problems(yaml).isEmpty();
        assertEquals(decoded, Pattern.compile(pattern).matcher(value).find(), "the pattern");
        assertEquals(
                decoded,
                EditorValidation.errors(SCHEMA, yaml, Reading.INSTALLER).isEmpty(),
                "the schema");
    }
}
