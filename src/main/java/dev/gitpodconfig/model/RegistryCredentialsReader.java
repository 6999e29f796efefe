package dev.gitpodconfig.model;

import dev.gitpodconfig.load.ByteSearch;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlProblem;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code auths} keys of registry credentials: a Secret of type
 * {@code kubernetes.io/dockerconfigjson}, whose {@code .dockerconfigjson} is JSON in {@code stringData}
 * or base64-encoded JSON in {@code data}, or a Docker {@code config.json}. The JSON is composed by the
 * same {@link SafeYamlLoader} as every file (JSON is YAML), with the same limits.
 *
 * <p>Nothing of the decoded content but the {@code auths} keys leaves this class: problems say what is
 * wrong in words and positions, never with a snippet, because the content is a credential.
 */
public final class RegistryCredentialsReader {

    /** The key of a dockerconfigjson Secret that holds the Docker config. */
    public static final String DOCKER_CONFIG_KEY = ".dockerconfigjson";

    private static final Pattern JSON_LITERAL =
            Pattern.compile("true|false|null|-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private static final List<String> MARKERS = List.of("auths", "dockerconfigjson");
    private static final List<byte[]> ASCII_MARKERS = List.of(
            MARKERS.get(0).getBytes(StandardCharsets.US_ASCII), MARKERS.get(1).getBytes(StandardCharsets.US_ASCII));

    private final SafeYamlLoader loader;

    /**
     * Creates a reader.
     *
     * @param loader the loader that composes the decoded JSON, with the run's limits
     */
    public RegistryCredentialsReader(SafeYamlLoader loader) {
        this.loader = loader;
    }

    /**
     * Whether a file's raw bytes may hold registry credentials: a dockerconfigjson Secret names its type,
     * a Docker config has an {@code auths} key. A cheap test before anything is parsed; files in an
     * encoding that is not ASCII-compatible (UTF-16 or UTF-32, with a byte-order mark or configured)
     * always pass it.
     *
     * @param bytes the file's content
     * @param charset the encoding assumed for files without a byte-order mark
     * @return false only when the file cannot hold registry credentials
     */
    public static boolean mayHoldCredentials(byte[] bytes, Charset charset) {
        for (byte[] marker : ASCII_MARKERS) {
            if (ByteSearch.contains(bytes, marker)) {
                return true;
            }
        }
        return mayBeWide(bytes, charset);
    }

    /**
     * Whether a file may be in an encoding that is not ASCII-compatible (UTF-16 or UTF-32, by its byte-order
     * mark or the configured charset), where a search for ASCII bytes proves nothing.
     */
    static boolean mayBeWide(byte[] bytes, Charset charset) {
        boolean wideByteOrderMark = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == 0 && bytes[1] == 0));
        return wideByteOrderMark || !Arrays.equals(MARKERS.get(0).getBytes(charset), ASCII_MARKERS.get(0));
    }

    /**
     * Reads the credentials of a document.
     *
     * @param kind the document's kind
     * @param document the document
     * @param file the file, relative to the project base directory
     * @return the credentials, empty unless the document is a dockerconfigjson Secret or a Docker config
     */
    public Optional<RegistryCredentials> read(DocumentKind kind, LoadedDocument document, String file) {
        if (!(document.root().orElse(null) instanceof YamlMapping root)) {
            return Optional.empty();
        }
        return switch (kind) {
            case REGISTRY_SECRET -> Optional.of(secret(root, document.index(), file));
            case DOCKER_CONFIG_JSON -> root.entry("auths").map(auths -> dockerConfig(auths, document.index(), file));
            default -> Optional.empty();
        };
    }

    private static RegistryCredentials dockerConfig(YamlMapping.Entry auths, int document, String file) {
        ConfigValue location = ConfigValue.of("auths", auths.key());
        List<RegistryCredentials.AuthsKey> keys = new ArrayList<>();
        for (YamlMapping.Entry e : ((YamlMapping) auths.value()).entries()) {
            keys.add(new RegistryCredentials.AuthsKey(
                    e.key().value(), ConfigValue.of("auths." + e.key().value(), e.key())));
        }
        return new RegistryCredentials(
                RegistryCredentials.Source.DOCKER_CONFIG,
                file,
                document,
                Optional.empty(),
                location,
                keys,
                RegistryCredentials.Status.READ,
                Optional.empty());
    }

    private RegistryCredentials secret(YamlMapping root, int document, String file) {
        Optional<YamlMapping> metadata = root.mapping("metadata");
        Optional<String> name = metadata.isPresent() ? metadata.get().text("name") : Optional.empty();
        Result result = read(root, file);
        return new RegistryCredentials(
                RegistryCredentials.Source.SECRET,
                file,
                document,
                name,
                result.location(),
                result.auths(),
                result.status(),
                Optional.ofNullable(result.problem()));
    }

    private record Result(
            ConfigValue location,
            List<RegistryCredentials.AuthsKey> auths,
            RegistryCredentials.Status status,
            String problem) {
        static Result invalid(ConfigValue location, String problem) {
            return new Result(location, List.of(), RegistryCredentials.Status.INVALID, problem);
        }

        /** A problem the Kubernetes API server refuses the Secret for. */
        static Result rejected(ConfigValue location, String problem) {
            return invalid(location, problem + "; the Kubernetes API server rejects such a Secret");
        }
    }

    private Result read(YamlMapping root, String file) {
        // The API server merges stringData over data, so a key in stringData wins.
        for (String field : List.of("stringData", "data")) {
            Optional<YamlMapping> values = root.mapping(field);
            Optional<YamlMapping.Entry> entry =
                    values.isPresent() ? values.get().entry(DOCKER_CONFIG_KEY) : Optional.empty();
            if (entry.isPresent()) {
                return readValue(field, entry.get(), file);
            }
        }
        ConfigValue at = root.entry("data")
                .or(() -> root.entry("stringData"))
                .map(e -> ConfigValue.of(e.key().value(), e.key()))
                .or(() -> root.get("type").map(type -> ConfigValue.of("type", type)))
                .orElseGet(() -> ConfigValue.of("", root));
        return Result.rejected(
                at,
                "has no " + DOCKER_CONFIG_KEY + " key in data or stringData, which a Secret of type "
                        + "kubernetes.io/dockerconfigjson must have");
    }

    private Result readValue(String field, YamlMapping.Entry entry, String file) {
        String path = field + "." + DOCKER_CONFIG_KEY;
        ConfigValue at = ConfigValue.of(path, entry.key());
        ConfigValue value = ConfigValue.of(path, entry.value());
        if (value.isPlaceholder()) {
            return new Result(at, List.of(), RegistryCredentials.Status.PLACEHOLDER, null);
        }
        if (!(entry.value() instanceof YamlScalar scalar)
                || scalar.isNull()
                || scalar.value().isBlank()) {
            return Result.rejected(
                    at,
                    "has "
                            + (entry.value() instanceof YamlScalar
                                    ? "an empty " + DOCKER_CONFIG_KEY
                                    : "a " + DOCKER_CONFIG_KEY + " that is "
                                            + entry.value().describeType())
                            + ", but it must hold a Docker config JSON"
                            + (field.equals("data") ? ", base64-encoded" : ""));
        }
        byte[] json;
        if (field.equals("data")) {
            try {
                // Kubernetes decodes data values like Go's base64.StdEncoding, which skips line breaks.
                json = Base64.getDecoder()
                        .decode(scalar.value().replace("\r", "").replace("\n", ""));
            } catch (IllegalArgumentException notBase64) {
                return Result.rejected(
                        at,
                        "has a " + DOCKER_CONFIG_KEY + " in data that is not valid base64 (data values "
                                + "must be base64-encoded; put plain JSON under stringData instead)");
            }
        } else {
            json = scalar.value().getBytes(StandardCharsets.UTF_8);
        }
        return parse(json, at, file, field.equals("data") ? "decoded " : "");
    }

    private Result parse(byte[] json, ConfigValue at, String file, String decoded) {
        LoadedFile parsed = loader.load(json, file + "#" + DOCKER_CONFIG_KEY, StandardCharsets.UTF_8);
        if (!parsed.problems().isEmpty()) {
            YamlProblem problem = parsed.problems().get(0);
            boolean located =
                    problem.position().line() > 1 || problem.position().column() > 1;
            return Result.rejected(
                    at,
                    "has a " + DOCKER_CONFIG_KEY + " that is not valid JSON"
                            + (located
                                    ? " (the " + decoded + "JSON breaks at line "
                                            + problem.position().line() + ", column "
                                            + problem.position().column() + ")"
                                    : ""));
        }
        Optional<YamlNode> root =
                parsed.documents().size() == 1 ? parsed.documents().get(0).root() : Optional.empty();
        if (root.isEmpty()
                || !(root.get() instanceof YamlMapping config)
                || !parsed.text().strip().startsWith("{")
                || !isJson(config)) {
            return Result.rejected(
                    at,
                    "has a " + DOCKER_CONFIG_KEY + " that is not a JSON object (the " + decoded
                            + "value must be {\"auths\": {…}})");
        }
        Optional<YamlMapping> auths = config.mapping("auths");
        if (auths.isEmpty()) {
            return Result.invalid(
                    at,
                    "has a " + DOCKER_CONFIG_KEY + " without an \"auths\" object (the " + decoded
                            + "value must be {\"auths\": {\"<server>\": {…}}}), so it holds no registry"
                            + " credentials and Gitpod's image pushes fail with 'unauthorized'");
        }
        List<RegistryCredentials.AuthsKey> keys = new ArrayList<>();
        for (YamlMapping.Entry e : auths.get().entries()) {
            keys.add(new RegistryCredentials.AuthsKey(e.key().value(), at));
        }
        return new Result(at, keys, RegistryCredentials.Status.READ, null);
    }

    /** YAML is more lenient than JSON: keys and strings must be quoted, other scalars JSON literals. */
    private static boolean isJson(YamlNode node) {
        if (node instanceof YamlMapping mapping) {
            return mapping.entries().stream().allMatch(e -> e.key().quoted() && isJson(e.value()));
        }
        if (node instanceof YamlSequence sequence) {
            return sequence.items().stream().allMatch(RegistryCredentialsReader::isJson);
        }
        YamlScalar scalar = (YamlScalar) node;
        return scalar.quoted() || JSON_LITERAL.matcher(scalar.value()).matches();
    }
}
