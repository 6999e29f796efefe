// The config names Secrets kept in other files: each finding sits at the config's name: value and names the
// Secret's file and line; no value of any Secret reaches the log or the SARIF report.
def lines = new File(basedir, 'build.log').readLines()
def config = '[ERROR] gitpod/gitpod.config.yaml:'
assert lines.contains(config + '[26,13] (secret-required-keys) objectStorage.s3.credentials.name names the ' +
        'Secret `storage-s3`, but the SealedSecret `storage-s3` (secrets/storage.yaml, line 5) lacks ' +
        '`accessKeyId` (nearest: `accessKey`); it has `accessKey`, `secretAccessKey`. The installer\'s ' +
        '`validate cluster` fails with `secret storage-s3 has no accessKeyId entry`, and Gitpod\'s components ' +
        'read the keys by these names. Fix: Rename `accessKey` to `accessKeyId` in the SealedSecret `storage-s3` ' +
        '(secrets/storage.yaml, line 5).')
assert lines.any { it.startsWith(config + '[18,13] (registry-credentials-host) ' +
        'containerRegistry.external.certificate.name names the Secret `container-registry` (secrets/registry.yaml, ' +
        'line 8), which has no auths entry for `registry.example.com`') && it.contains('it has credentials for ' +
        '`registry.exmaple.com`') }
assert lines.any { it.startsWith('[WARNING] gitpod/gitpod.config.yaml:[11,9] (secret-name-unknown) ' +
        'customCACert.name names the Secret `custom-ca`, which no checked file defines, but the Secret ' +
        '`custom-cas` (secrets/custom-ca.yaml, line 4) does: did you mean `custom-cas`?') }
assert !lines.any { it.startsWith('[ERROR] secrets/') || it.startsWith('[WARNING] secrets/') }
assert lines.any { it.contains('Checked 2 Gitpod config file(s): 2 error(s), 1 warning(s); 2 file(s) skipped (2 not Gitpod).') }
assert !lines.any { it.contains('not-a-real') || it.contains('SealedValue') || it.contains('cm9ib3Q6') }
def sarif = new File(basedir, 'target/gitpod-config/gitpod-config.sarif')
assert sarif.isFile()
def text = sarif.getText('UTF-8')
def run = new groovy.json.JsonSlurper().parseText(text).runs[0]
def ids = ['secret-required-keys', 'registry-credentials-host', 'secret-name-unknown']
assert run.results*.ruleId.toSet() == ids as Set
assert run.tool.driver.rules*.id.containsAll(ids)
assert !text.contains('not-a-real') && !text.contains('SealedValue') && !text.contains('cm9ib3Q6')
true
