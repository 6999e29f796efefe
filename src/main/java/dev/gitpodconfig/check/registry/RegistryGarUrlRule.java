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

    private static final RuleInfo INFO = new RuleInfo(
            "registry-gar-url",
            Severity.ERROR,
            "An Artifact Registry URL that is not <location>-docker.pkg.dev/<project>/<repository>, or whose location is not an "
                    + "Artifact Registry region (europe-west1) or multi-region (us, europe, asia).",
            "Artifact Registry stores Docker images only inside an existing repository of a project and does not create "
                    + "repositories on push. Gitpod pushes to <url>/base-images and <url>/workspace-images, so a URL without "
                    + "/<project>/<repository> fails every image build with 'name invalid: Missing image name' "
                    + "(gitpod-io/gitpod#3695). A misspelt location is a host that does not exist.",
            "Gitpod Self-Hosted 'Resource Configuration' page (GAR section); https://cloud.google.com/artifact-registry/docs/docker/names; "
                    + "gitpod-io/gitpod#3695; research §5.3, §6",
            "Set the URL to <location>-docker.pkg.dev/<project>/<repository>, where <repository> is an existing Docker repository "
                    + "(gcloud artifacts repositories create <repository> --repository-format=docker --location=<location>).");

    /** Compiled once: String.split would compile it on every call. */
    private static final Pattern SLASHES = Pattern.compile("/+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> url = ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_ARTIFACT_REGISTRY);
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
        String project = segments.size() >= projectSegments ? String.join("/", segments.subList(0, projectSegments)) : "<project>";
        String repository = segments.size() > projectSegments ? segments.get(projectSegments) : "<repository>";

        if (!ArtifactRegistryLocations.isKnown(location)) {
            String nearest = ArtifactRegistryLocations.nearest(location).orElseThrow();
            String expected = nearest + ArtifactRegistryLocations.HOST_SUFFIX + portOf(reference) + "/" + project + "/" + repository;
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
