package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.Optional;

/**
 * {@code registry-gcr-server}: a Google Container Registry URL must name a project, and its server must
 * be exactly the URL's host ({@code gcr.io}, {@code us.gcr.io}, {@code eu.gcr.io}, {@code asia.gcr.io}).
 */
public final class RegistryGcrServerRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(
            "registry-gcr-server",
            Severity.ERROR,
            "A Google Container Registry URL (gcr.io, us.gcr.io, eu.gcr.io, asia.gcr.io) without a project, or whose server "
                    + "(KOTS reg_server; for installer configs the auths key of the credentials Secret) is missing, carries a path "
                    + "or is not the URL's host.",
            "The URL is the push prefix (<host>/<project>[/…]); the server is the key the registry credentials are stored under, "
                    + "and GCR authenticates against the host only. When reg_server is empty, KOTS stores the credentials under "
                    + "reg_url, path included, so no credentials match and every image push fails; Gitpod's own KOTS preflight "
                    + "rejects it ('google container registries must use the address gcr.io'). A URL without a project cannot be "
                    + "pushed to.",
            "Gitpod Self-Hosted 'Resource Configuration' page (GCR section); components/kots-config-check/registry/cmd/check.go; "
                    + "install/kots/manifests/gitpod-registry-secret.yaml; research §3.3, §3.5, §4, §5.3",
            "Set the server (KOTS reg_server, or the Secret's auths key via kubectl create secret docker-registry --docker-server) "
                    + "to the URL's host, e.g. gcr.io, and the URL to <host>/<project>[/gitpod].");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> found = ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_CONTAINER_REGISTRY);
        if (found.isEmpty()) {
            return;
        }
        ExternalRegistryHosts.Host url = found.get();
        if (url.reference().path().isEmpty()) {
            String host = url.reference().hostAndPort();
            findings.at(url.value())
                    .message(Wording.nameOf(url.value()) + " `" + host + "` names no project: GCR stores images "
                            + "under <host>/<project>/…, so Gitpod's pushes to " + host + "/base-images and " + host
                            + "/workspace-images are refused.")
                    .fix("Set " + Wording.nameOf(url.value()) + " to `" + host + "/<project>/gitpod`, where <project> "
                            + "is your Google Cloud project id.")
                    .report();
        }
        GoogleRegistryServers.check(target, url, RegistryVendor.GOOGLE_CONTAINER_REGISTRY, findings);
    }
}
