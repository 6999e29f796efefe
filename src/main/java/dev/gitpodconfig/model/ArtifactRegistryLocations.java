package dev.gitpodconfig.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The locations of Google Artifact Registry: regions such as {@code europe-west1} and the
 * multi-regions {@code us}, {@code europe} and {@code asia}. The list is bundled in
 * {@code artifact-registry-locations.txt} (its source and date are at the top of that file) and read
 * once; it is immutable and thread-safe.
 */
public final class ArtifactRegistryLocations {

    /** The host suffix after the location: {@code <location>-docker.pkg.dev}. */
    public static final String HOST_SUFFIX = "-docker.pkg.dev";

    private static final String RESOURCE = "artifact-registry-locations.txt";
    private static final List<String> LOCATIONS = load();
    private static final Set<String> KNOWN = Set.copyOf(LOCATIONS);

    private ArtifactRegistryLocations() {}

    /**
     * All known locations, in the order of the data file.
     *
     * @return the locations
     */
    public static List<String> all() {
        return LOCATIONS;
    }

    /**
     * Whether a location exists.
     *
     * @param location a location, e.g. {@code europe-west1}
     * @return true if Artifact Registry offers it
     */
    public static boolean isKnown(String location) {
        return KNOWN.contains(location.toLowerCase(Locale.ROOT));
    }

    /**
     * The known location nearest to a misspelt one.
     *
     * @param location the unknown location
     * @return the nearest known location
     */
    public static Optional<String> nearest(String location) {
        return Suggestions.nearest(location, LOCATIONS);
    }

    /**
     * The location of an Artifact Registry Docker host.
     *
     * @param host a host such as {@code europe-west1-docker.pkg.dev}
     * @return the location, empty when the host is not of that form
     */
    public static Optional<String> locationOf(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(HOST_SUFFIX) && lower.length() > HOST_SUFFIX.length()
                ? Optional.of(lower.substring(0, lower.length() - HOST_SUFFIX.length()))
                : Optional.empty();
    }

    private static List<String> load() {
        try (InputStream in = ArtifactRegistryLocations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing from the plugin jar");
            }
            List<String> locations = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String location = (comment < 0 ? line : line.substring(0, comment)).trim();
                if (!location.isEmpty()) {
                    locations.add(location.toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(locations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
