def lines = new File(basedir, 'build.log').readLines()
def expected = '[ERROR] gitpod/kots-config.yaml:[10,14] (registry-gcr-server) reg_server `gcr.io/my-project` carries the path ' +
        '`/my-project`: the registry credentials are stored under the server, and Google Container Registry authenticates ' +
        'against the host `gcr.io` of reg_url `gcr.io/my-project/gitpod` only, so Gitpod\'s image pushes get no credentials ' +
        'and fail. Fix: Set reg_server to `gcr.io`.'
assert lines.contains(expected)
assert lines.findAll { it.startsWith('[ERROR] gitpod/') }.size() == 1
assert lines.any { it.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.') }
assert lines.any { it.contains('Gitpod config check failed: 1 error(s)') }
assert !lines.any { it.contains('not-a-real-service-account-key') }
true
