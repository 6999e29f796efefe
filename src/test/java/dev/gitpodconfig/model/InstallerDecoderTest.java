package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.testing.Yaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder against facts of Gitpod's 2022.11.3 installer (each case as the installer decides it). */
class InstallerDecoderTest {

    private static final String WHOLE = "apiVersion: v1\ndomain: gitpod.example.com\n";

    private static List<String> problems(String yaml) {
        List<String> out = new ArrayList<>();
        for (InstallerDecoder.Problem problem :
                InstallerDecoder.decode(Yaml.root(yaml), true).problems()) {
            out.add(problem.kind() + " " + problem.message()
                    + (problem.at() == null
                            ? " @start"
                            : " @" + problem.at().position().line()));
        }
        return out;
    }

    private static YamlMapping effective(String yaml) {
        return InstallerDecoder.decode(Yaml.root(yaml), true).effective();
    }

    private static String text(YamlMapping map, String... keys) {
        YamlMapping current = map;
        for (int i = 0; i < keys.length - 1; i++) {
            current = current.mapping(keys[i]).orElseThrow();
        }
        return current.text(keys[keys.length - 1]).orElseThrow();
    }

    @Test
    void aMinimalWholeConfigIsAccepted() {
        assertEquals(List.of(), problems(WHOLE));
    }

    @Test
    void aMissingDomainIsReportedAtTheDocumentStart() {
        assertEquals(List.of("VALIDATION Field 'Config.Domain' is required @start"), problems("apiVersion: v1\n"));
    }

    @Test
    void aPartialOverlayIsHeldOnlyToWhatItWrites() {
        assertEquals(
                List.of("MISSING_FROM_OVERLAY Field 'Config.Domain' is required @start"),
                toStrings(InstallerDecoder.decode(Yaml.root("containerRegistry:\n  inCluster: true\n"), false)
                        .problems()));
        assertEquals(
                List.of(
                        "MISSING_FROM_OVERLAY Field 'Config.Domain' is required @start",
                        "VALIDATION Field 'Config.ContainerRegistry.External' is required_if 'InCluster false' @1"),
                toStrings(InstallerDecoder.decode(Yaml.root("containerRegistry:\n  inCluster: false\n"), false)
                        .problems()));
    }

    private static List<String> toStrings(List<InstallerDecoder.Problem> problems) {
        List<String> out = new ArrayList<>();
        for (InstallerDecoder.Problem problem : problems) {
            out.add(problem.kind() + " " + problem.message()
                    + (problem.at() == null
                            ? " @start"
                            : " @" + problem.at().position().line()));
        }
        return out;
    }

    @Test
    void yaml11BooleansAndCaseInsensitiveKeysSelectTheExternalRegistry() {
        YamlMapping effective = effective(WHOLE + "containerRegistry:\n  InCluster: n\n  external:\n"
                + "    url: r.example.com\n    certificate: {kind: secret, name: pull}\n");
        assertEquals("false", text(effective, "containerRegistry", "inCluster"));
        assertEquals(
                YamlScalar.ScalarType.BOOLEAN,
                ((YamlScalar) effective
                                .mappingAt("containerRegistry")
                                .orElseThrow()
                                .get("inCluster")
                                .orElseThrow())
                        .type());
        assertEquals(
                List.of(),
                problems(WHOLE + "containerRegistry:\n  InCluster: n\n  external:\n"
                        + "    url: r.example.com\n    certificate: {kind: secret, name: pull}\n"));
    }

    @Test
    void nonBooleansForABooleanAreTypeErrors() {
        assertEquals(
                List.of("WRONG_TYPE json: cannot unmarshal string into Go struct field "
                        + "ContainerRegistry.containerRegistry.inCluster of type bool @4"),
                problems(WHOLE + "containerRegistry:\n  inCluster: yEs\n"));
        assertEquals(
                List.of("WRONG_TYPE json: cannot unmarshal number into Go struct field "
                        + "ObjectStorage.objectStorage.inCluster of type bool @4"),
                problems(WHOLE + "objectStorage:\n  inCluster: 0\n"));
        assertEquals(
                List.of("WRONG_TYPE json: cannot unmarshal string into Go struct field "
                        + "ObjectStorage.objectStorage.inCluster of type bool @4"),
                problems(WHOLE + "objectStorage:\n  inCluster: !!str true\n"));
        assertEquals(List.of(), problems(WHOLE + "objectStorage:\n  inCluster: !!bool \"true\"\n"));
    }

    @Test
    void numbersAndBooleansForStringsBecomeTheirGoText() {
        YamlMapping effective = effective(WHOLE + "metadata:\n  region: 1.50\n  shortname: 0123\n"
                + "repository: 0x1F\nobjectStorage:\n  s3:\n    bucket: 1e3\n    endpoint: yes\n"
                + "    credentials: {kind: secret, name: s3}\n");
        assertEquals("1.5", text(effective, "metadata", "region"));
        assertEquals("83", text(effective, "metadata", "shortname"));
        assertEquals("31", text(effective, "repository"));
        assertEquals("1000", text(effective, "objectStorage", "s3", "bucket"));
        assertEquals("true", text(effective, "objectStorage", "s3", "endpoint"));
    }

    @Test
    void notANumberFailsTheDecode() {
        assertEquals(
                List.of("WRONG_TYPE json: unsupported value: NaN @4"), problems(WHOLE + "metadata:\n  region: .nan\n"));
    }

    @Test
    void theSpellingThatSortsLastWins() {
        assertEquals(
                "gitpod.example.com",
                text(effective("apiVersion: v1\ndomain: gitpod.example.com\nDomain: x\n"), "domain"));
        assertEquals(
                "b.example.com",
                text(effective("apiVersion: v1\nDOMAIN: a.example.com\nDomain: b.example.com\n"), "domain"));
    }

    @Test
    void apiVersionIsDeletedOnlyAsWrittenAtTheTop() {
        assertEquals(
                List.of("UNKNOWN_FIELD json: unknown field \"ApiVersion\" @1"),
                problems("ApiVersion: v1\nkind: Full\ndomain: gitpod.example.com\n"));
        assertEquals(
                List.of("UNKNOWN_FIELD json: unknown field \"apiVersion\" @1"),
                problems("<<: {apiVersion: v1}\nkind: Full\ndomain: gitpod.example.com\n"));
    }

    @Test
    void everyUnknownFieldIsReported() {
        assertEquals(
                List.of(
                        "UNKNOWN_FIELD json: unknown field \"zeta\" @3",
                        "UNKNOWN_FIELD json: unknown field " + "\"inCluser\" @5"),
                problems(WHOLE + "zeta: 1\ncontainerRegistry:\n  inCluser: true\n"));
        assertEquals(
                List.of("OTHER_BUILD_FIELD json: unknown field \"jaegerOperator\" @3"),
                problems(WHOLE + "jaegerOperator:\n  inCluster: true\n"));
    }

    @Test
    void anExplicitNullClearsAPointerButKeepsValueDefaults() {
        assertEquals(
                List.of("VALIDATION Field 'Config.ContainerRegistry.InCluster' is required @4"),
                problems(WHOLE + "containerRegistry:\n  inCluster:\n"));
        assertEquals(List.of(), problems(WHOLE + "containerRegistry: null\nmetadata: ~\ncertificate:\n"));
        assertEquals(List.of(), problems(WHOLE + "objectStorage:\n  inCluster: ~\ndatabase:\n  inCluster: null\n"));
    }

    @Test
    void everyPresentBlockIsValidatedUsedOrNot() {
        // The in-cluster registry's S3 backend beside an external registry is ignored, but still validated.
        assertEquals(
                List.of("VALIDATION Field 'Config.ContainerRegistry.S3Storage.Region' is required @8"),
                problems(WHOLE + "containerRegistry:\n  inCluster: false\n  external:\n    url: r.example.com\n"
                        + "    certificate: {kind: secret, name: pull}\n  s3storage:\n    bucket: b\n    endpoint: e\n"
                        + "    certificate: {kind: secret, name: s}\n"));
    }

    @Test
    void validatorChecks() {
        assertEquals(
                List.of("VALIDATION Field 'Config.Domain' failed fqdn validation @2"),
                problems("apiVersion: v1\ndomain: localhost\n"));
        assertEquals(
                List.of("VALIDATION Field 'Config.Kind' failed installation_kind validation @3"),
                problems(WHOLE + "kind: full\n"));
        assertEquals(
                List.of("VALIDATION Field 'Config.Certificate.Kind' failed objectref_kind validation @4"),
                problems(WHOLE + "certificate:\n  kind: Secret\n  name: https-certificates\n"));
        assertEquals(
                List.of("VALIDATION Field 'Config.Observability.LogLevel' failed log_level validation @4"),
                problems(WHOLE + "observability:\n  logLevel: verbose\n"));
    }

    @Test
    void fqdnFollowsTheValidator() {
        for (String good : List.of(
                "gitpod.example.com",
                "GITPOD.Example.COM",
                "gitpod_ws.example.com",
                "a.b",
                "gitpod.example.com.",
                "xn--bcher-kva.example")) {
            assertTrue(InstallerDecoder.isFqdn(good), good);
        }
        for (String bad : List.of(
                "localhost",
                "gitpod",
                "10.0.0.1",
                "https://gitpod.example.com",
                "gitpod.example.com/",
                "gitpod.example.com:443",
                "*.example.com",
                "a".repeat(64) + ".example.com",
                "gitpod..x",
                "gitpod.example.com\n",
                "gitpod.example.com\u00a0")) {
            assertTrue(!InstallerDecoder.isFqdn(bad), bad);
        }
    }

    @Test
    void quantitiesAndDurations() {
        assertEquals(
                List.of("WRONG_TYPE " + "quantities must match the regular expression "
                        + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' @6"),
                problems(WHOLE + "workspace:\n  resources:\n    requests:\n      memory: 2gb\n"));
        assertEquals(List.of(), problems(WHOLE + "workspace:\n  maxLifetime: 48\n"));
        assertEquals(
                List.of("WRONG_TYPE time: invalid duration \"2 days\" @4"),
                problems(WHOLE + "workspace:\n  maxLifetime: 2 days\n"));
    }

    @Test
    void conflictsOfCheckDeprecated() {
        assertEquals(
                List.of("CONFLICT Cannot set default workspace image in both workspaces and experimental @9"),
                problems(WHOLE + "workspace:\n  workspaceImage: a\nexperimental:\n  webapp:\n    server:\n"
                        + "      workspaceDefaults:\n        workspaceImage: b\n"));
    }
}
