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

    private static final RuleInfo INFO = new RuleInfo(
            "registry-gar-server",
            Severity.ERROR,
            "An Artifact Registry URL (<location>-docker.pkg.dev/…) whose server (KOTS reg_server; for installer configs the "
                    + "auths key of the credentials Secret) is missing or is not the URL's <location>-docker.pkg.dev host.",
            "Artifact Registry authenticates against the host <location>-docker.pkg.dev; the URL always carries "
                    + "/<project>/<repository>. When reg_server is empty, KOTS stores the credentials under reg_url, path "
                    + "included, so no credentials match and every image push fails. Gitpod's KOTS preflight does not check "
                    + "Artifact Registry at all, so this fails only after the install.",
            "Gitpod Self-Hosted 'Resource Configuration' page (GAR section: 'both the Container registry URL and Container "
                    + "registry server'); install/kots/manifests/gitpod-registry-secret.yaml; research §3.3, §4, §5.3",
            "Set the server (KOTS reg_server, or the Secret's auths key via kubectl create secret docker-registry --docker-server) "
                    + "to the URL's host, e.g. europe-west1-docker.pkg.dev.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> url = ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_ARTIFACT_REGISTRY);
        if (url.isEmpty()) {
            return;
        }
        // With an unknown location the expected host is unknown too: registry-gar-url reports the location.
        Optional<String> location = ArtifactRegistryLocations.locationOf(url.get().reference().host());
        if (location.isPresent() && ArtifactRegistryLocations.isKnown(location.get())) {
            GoogleRegistryServers.check(target, url.get(), RegistryVendor.GOOGLE_ARTIFACT_REGISTRY, findings);
        }
    }
}
