def lines = new File(basedir, 'build.log').readLines()
def expected = '[ERROR] gitpod/registry-secret.yaml:[8,3] (registry-gar-server) The auths key ' +
        '`europe-west1-docker.pkg.dev/my-project/gitpod` of the Secret `container-registry` carries the path ' +
        '`/my-project/gitpod`: Google Artifact Registry authenticates against the host `europe-west1-docker.pkg.dev` of ' +
        'containerRegistry.external.url `europe-west1-docker.pkg.dev/my-project/gitpod` (gitpod/gitpod.config.yaml) only, so ' +
        'Gitpod\'s image pushes get no credentials and fail. Fix: Key the credentials by `europe-west1-docker.pkg.dev`: ' +
        'kubectl create secret docker-registry container-registry --docker-server=europe-west1-docker.pkg.dev ' +
        '--docker-username=_json_key --docker-password="$(cat key.json)" --dry-run=client -o yaml.'
assert lines.contains(expected)
assert lines.findAll { it.startsWith('[ERROR] gitpod/') }.size() == 1
assert lines.any { it.contains('Checked 2 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.') }
assert lines.any { it.contains('Gitpod config check failed: 1 error(s)') }
assert !lines.any { it.contains('not-a-real-key') || it.contains('X2pzb25fa2V5') }
true
