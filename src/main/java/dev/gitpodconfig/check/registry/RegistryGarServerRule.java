package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.ArtifactRegistryLocations;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.Optional;

/**
 * {@code registry-gar-server}: the server of an Artifact Registry URL must be the URL's
 * {@code <location>-docker.pkg.dev} host.
 */
public final class RegistryGarServerRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-gar-server")
            .severity(Severity.ERROR)
            .title("an Artifact Registry server that is not the URL's `<location>-docker.pkg.dev`")
            .summary("""
                An Artifact Registry URL (`<location>-docker.pkg.dev/...`) whose server (KOTS `reg_server`; for installer
                configs the `auths` key of the credentials Secret) is missing or is not the URL's
                `<location>-docker.pkg.dev` host.
                """)
            .description("""
                The external registry URL is on Artifact Registry, with a known location, and the server is missing,
                carries a path, or is not the URL's `<location>-docker.pkg.dev` host. For KOTS the server is
                `reg_server`; for installer configs it is the `auths` key of the credentials Secret, or of an included
                Docker `config.json`, as for `registry-gcr-server`. A Docker `config.json` may hold credentials for
                other registries, so only its keys on Artifact Registry are compared.
                """)
            .rationale("""
                Artifact Registry authenticates against the host `<location>-docker.pkg.dev`. A valid URL always carries
                `/<project>/<repository>`, so the KOTS fallback (without `reg_server` the credentials are stored under
                `reg_url`) always yields a key that matches nothing, and pushes fail as unauthorized. Gitpod's KOTS
                preflight does not check Artifact Registry at all, so the mistake shows up only after the install.
                Gitpod's documentation: "Google Artifact Registry requires both the Container registry URL and Container
                registry server", the server being `<region>-docker.pkg.dev`.
                """)
            .fix("""
                Set the server (KOTS `reg_server`, or the Secret's `auths` key via `kubectl create secret
                docker-registry --docker-server`) to the URL's host, e.g. `europe-west1-docker.pkg.dev`.
                """)
            .gitpodDocs("Google Artifact Registry", "google-artifact-registry-gar")
            .gitpodSource(
                    "install/kots/manifests/gitpod-registry-secret.yaml",
                    "the credentials are stored under `reg_server`, else under `reg_url`")
            .gitpodSource(
                    "components/kots-config-check/registry/cmd/check.go",
                    "the preflight checks Google Container Registry hosts only")
            .source(
                    "Google Cloud documentation, Artifact Registry: configure authentication for Docker",
                    "https://cloud.google.com/artifact-registry/docs/docker/authentication")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> url =
                ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_ARTIFACT_REGISTRY);
        if (url.isEmpty()) {
            return;
        }
        // With an unknown location the expected host is unknown too: registry-gar-url reports the location.
        Optional<String> location =
                ArtifactRegistryLocations.locationOf(url.get().reference().host());
        if (location.isPresent() && ArtifactRegistryLocations.isKnown(location.get())) {
            GoogleRegistryServers.check(target, url.get(), RegistryVendor.GOOGLE_ARTIFACT_REGISTRY, findings);
        }
    }
}
