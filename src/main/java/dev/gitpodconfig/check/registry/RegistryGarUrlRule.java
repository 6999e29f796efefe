package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ArtifactRegistryLocations;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code registry-gar-url}: an Artifact Registry URL must be
 * {@code <location>-docker.pkg.dev/<project>/<repository>} with a location Artifact Registry offers.
 */
public final class RegistryGarUrlRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-gar-url")
            .severity(Severity.ERROR)
            .title("an Artifact Registry URL without `/<project>/<repository>`, or an unknown location")
            .summary("""
                An Artifact Registry URL that is not `<location>-docker.pkg.dev/<project>/<repository>`, or whose
                location is not an Artifact Registry region (`europe-west1`) or multi-region (`us`, `europe`, `asia`).
                """)
            .description("""
                An external registry URL on Google Artifact Registry (`<location>-docker.pkg.dev`) that is not
                `<location>-docker.pkg.dev/<project>/<repository>[/...]`. A domain-scoped project `example.com:p` is
                written `example.com/p` and counts as the project.

                The rule also reports a location that Artifact Registry does not offer, and names the nearest known one
                ("did you mean `europe-west1`?"). Locations are the Google Cloud regions (`europe-west1`, `us-central1`,
                ...) and the multi-regions `us`, `europe` and `asia`; the list is bundled in
                `src/main/resources/dev/gitpodconfig/model/artifact-registry-locations.txt`, with its source and date.
                """)
            .rationale("""
                Artifact Registry stores Docker images only inside an existing repository of a project and does not
                create repositories on push. Gitpod pushes to `<url>/base-images` and `<url>/workspace-images`, so with
                a URL that lacks `/<project>/<repository>` every image build fails with `name invalid: Missing image
                name. Pushes should be of the form docker push HOST-NAME/PROJECT-ID/REPOSITORY/IMAGE`. A misspelt
                location is a host that does not exist.
                """)
            .fix("""
                Set the URL to `<location>-docker.pkg.dev/<project>/<repository>`, where `<repository>` is an existing
                Docker repository (`gcloud artifacts repositories create <repository> --repository-format=docker
                --location=<location>`); the message gives the URL with the parts already known filled in. If Google has
                opened a location the plugin does not know yet, skip the rule with `skipRules` until the list is
                updated.
                """)
            .gitpodDocs("Google Artifact Registry", "google-artifact-registry-gar")
            .source(
                    "Google Cloud documentation, Artifact Registry: repository and image names",
                    "https://cloud.google.com/artifact-registry/docs/docker/names")
            .source(
                    "Google Cloud documentation, Artifact Registry: repository locations",
                    "https://cloud.google.com/artifact-registry/docs/repositories/repo-locations")
            .source(
                    "Gitpod issue #3695: `name invalid: Missing image name` with an Artifact Registry URL",
                    "https://github.com/gitpod-io/gitpod/issues/3695")
            .build();

    /** Compiled once: String.split would compile it on every call. */
    private static final Pattern SLASHES = Pattern.compile("/+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> url =
                ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_ARTIFACT_REGISTRY);
        if (url.isPresent()) {
            check(url.get(), findings);
        }
    }

    private static void check(ExternalRegistryHosts.Host url, FindingSink findings) {
        RegistryReference reference = url.reference();
        String name = Wording.nameOf(url.value());
        String location = ArtifactRegistryLocations.locationOf(reference.host()).orElseThrow();
        List<String> segments = reference.path().isEmpty() ? List.of() : Arrays.asList(SLASHES.split(reference.path()));
        // A domain-scoped project (example.com:my-project) is written example.com/my-project in image paths.
        int projectSegments = !segments.isEmpty() && segments.get(0).contains(".") ? 2 : 1;
        String project = segments.size() >= projectSegments
                ? String.join("/", segments.subList(0, projectSegments))
                : "<project>";
        String repository = segments.size() > projectSegments ? segments.get(projectSegments) : "<repository>";

        if (!ArtifactRegistryLocations.isKnown(location)) {
            String nearest = ArtifactRegistryLocations.nearest(location).orElseThrow();
            String expected = nearest + ArtifactRegistryLocations.HOST_SUFFIX + portOf(reference) + "/" + project + "/"
                    + repository;
            findings.at(url.value())
                    .message(name + " `" + reference.display() + "`: `" + location + "` is not an Artifact Registry "
                            + "location, so the host `" + reference.host() + "` does not exist. Did you mean `"
                            + nearest + "`?")
                    .fix("Set " + name + " to `" + expected + "` (or the location of your repository: gcloud artifacts "
                            + "repositories list). If `" + location + "` is a location Google opened recently, skip "
                            + "registry-gar-url until the plugin knows it.")
                    .report();
        }
        if (segments.size() < projectSegments + 1) {
            String missing = segments.size() < projectSegments ? "the project and the repository" : "the repository";
            String expected = reference.hostAndPort() + "/" + project + "/" + repository;
            findings.at(url.value())
                    .message(name + " `" + reference.display() + "` lacks " + missing + ": Artifact Registry URLs are "
                            + "<location>-docker.pkg.dev/<project>/<repository>, and Gitpod's pushes to "
                            + ExternalRegistryHosts.pushTargets(reference) + " fail with 'name invalid: Missing image "
                            + "name'.")
                    .fix("Set " + name + " to `" + expected + "`, where <repository> is an existing Docker repository "
                            + "(gcloud artifacts repositories create <repository> --repository-format=docker "
                            + "--location=" + location + ").")
                    .report();
        }
    }

    private static String portOf(RegistryReference reference) {
        return reference.port().map(p -> ":" + p).orElse("");
    }
}
