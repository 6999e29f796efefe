def log = new File(basedir, 'build.log').text
def lines = log.readLines()
// The build ran at debug level, failed on the findings below, and logged the note about the absent Secret.
assert lines.any { it.startsWith('[DEBUG]') }
assert lines.any { it.startsWith('[ERROR] gitpod/gitpod.config.yaml:[17,3] (registry-gcr-server) The auths key `gcr.io/my-project` of the Secret `registry-credentials` carries the path `/my-project`') }
assert lines.any { it.startsWith('[ERROR] gitpod/broken-secret.yaml:[7,3] (registry-credentials-invalid) The Secret `broken` has a .dockerconfigjson that is not valid JSON') }
assert lines.any { it.startsWith('[ERROR] gitpod/kots-config.yaml:[8,14] (registry-url-format) reg_url is not an image-reference prefix') }
assert lines.any { it.startsWith('[ERROR] gitpod/kots-config.yaml:[10,14] (registry-gcr-server) reg_server `gcr.io` names another host') }
assert lines.any { it.startsWith('[ERROR] gitpod/kots-config.yaml:[6,14] (registry-external-missing)') }
assert lines.any { it == '[DEBUG] gitpod/other.config.yaml:[9,13] containerRegistry.external.certificate.name names the Secret `absent`, which is not among the checked files; registry-gcr-server and registry-gar-server check its auths keys only when its file is included.' }
assert lines.any { it.startsWith('[WARNING] Skipped gitpod/unparsable-secret.yaml: not loadable as YAML') }
// No planted value, nor any part of one, reaches the log.
for (String word : ['ItPlanted', 'it-planted', 'aXQtcGxhbnRlZ', 'SXRQbGFudGVk']) {
    assert !log.contains(word) : word + ' leaked'
}
true
