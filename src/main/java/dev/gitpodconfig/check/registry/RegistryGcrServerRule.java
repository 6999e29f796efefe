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

    private static final RuleInfo INFO = RuleInfo.builder("registry-gcr-server")
            .severity(Severity.ERROR)
            .title("a GCR URL without a project, or a server that is not the URL's host")
            .summary("""
                A Google Container Registry URL (`gcr.io`, `us.gcr.io`, `eu.gcr.io`, `asia.gcr.io`) without a project,
                or whose server (KOTS `reg_server`; for installer configs the `auths` key of the credentials Secret) is
                missing, carries a path or is not the URL's host.
                """)
            .description("""
                The external registry in use is on Google Container Registry (`gcr.io`, `us.gcr.io`, `eu.gcr.io`,
                `asia.gcr.io`), and
                * the URL names no project (`gcr.io` instead of `gcr.io/<project>[/...]`), or
                * the server is missing, carries a path (`gcr.io/my-project`), or is not the URL's host (`gcr.io` for a
                  `eu.gcr.io/...` URL);
                * the KOTS `reg_server` ends in `/` (`gcr.io/`), which Gitpod's KOTS preflight rejects.

                An `https://` before the server (`https://gcr.io`) is accepted: the preflight reads the host from it,
                and the docker client and the kubelet strip it from the key the credentials are stored under.

                For KOTS the server is `reg_server`. Installer configs have no server setting: it is the `auths` key of
                the `kubernetes.io/dockerconfigjson` Secret that `containerRegistry.external.certificate` names, checked
                when that Secret (or an included Docker `config.json`) is among the checked files. A Secret that is
                named but not among the checked files is not an error (`-X` prints a note). A finding about a Secret is
                placed at its `.dockerconfigjson` key and names the offending `auths` key, never the credentials.
                """)
            .rationale("""
                The URL is the push prefix; the server is the key the registry credentials are stored under, and GCR
                authenticates against the host only. If `reg_server` is empty, KOTS stores the credentials under
                `reg_url`, path included: no credentials then match `gcr.io`, and every workspace image push fails.
                Gitpod's own KOTS preflight rejects such a server ("google container registries must use the address
                gcr.io"), but only against a live cluster. Gitpod's documentation: "you must also enter the Container
                registry server. This will always be your GCR hostname". A URL without a project cannot be pushed to.
                """)
            .fix("""
                Set the server (KOTS `reg_server`, or the Secret's `auths` key via `kubectl create secret
                docker-registry --docker-server`) to the URL's host, e.g. `gcr.io`, and the URL to
                `<host>/<project>[/gitpod]`. For example: `kubectl create secret docker-registry container-registry
                --docker-server=gcr.io --docker-username=_json_key --docker-password="$(cat key.json)"`.
                """)
            .gitpodDocs("Google Container Registry", "google-container-registry-gcr")
            .gitpodSource(
                    "components/kots-config-check/registry/cmd/check.go", "the preflight check of Google registries")
            .gitpodSource(
                    "install/kots/manifests/gitpod-registry-secret.yaml",
                    "the credentials are stored under `reg_server`, else under `reg_url`")
            .source(
                    "Google Cloud documentation, Container Registry: pushing and pulling images (the registry hosts)",
                    "https://cloud.google.com/container-registry/docs/pushing-and-pulling")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> found =
                ExternalRegistryHosts.url(target, RegistryVendor.GOOGLE_CONTAINER_REGISTRY);
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
