// Secrets planted in every secret-bearing field of every format never reach the build log or any file under target/:
// not in a failing build (-X), not in a passing build of clean configs (-X), not with failOnViolation=false and
// GitHub workflow commands.
import java.nio.charset.StandardCharsets

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 3
def (String failing, String passing, String warnings) = runs

// The planted values. Every one starts with "plnt" (any case), so that no escaped, encoded or cut form goes unseen.
def planted = [
    // installer config and Installation resource: URL userinfo; object storage endpoint userinfo
    'plnt-url-user-3k9', 'PlntUrlPass-7Hx2q', 'plnt-inst-user', 'PlntInstallUrlPass-5e2a', 'plnt-s3-user', 'PlntS3EndpointPass-61df',
    // dockerconfigjson Secret with data (base64): username, password and auth
    'plnt-data-user', 'PlntDataPass-3e9b',
    // dockerconfigjson Secret with stringData: an auths key with userinfo, username, password, auth and tokens
    'plnt-key-user', 'PlntAuthsKeyPass-1f6b', 'plnt-string-user', 'PlntStringPass-6a1c', 'PlntStringToken-0d5e', 'PlntStringRegToken-47c1',
    // Docker config.json
    'PlntDockerPass-4c8f', 'plnt-docker-user', 'PlntDockerHubPass-2b7e', 'PlntDockerToken-9a3d',
    // KOTS password, key and file items (store_gcp_credentials and reg_docker_config base64-encoded, as KOTS stores files)
    'plnt-kots-user', 'PlntKotsUrlPass-c2d4', 'PlntKotsRegPw-4f1a', 'PlntKotsDockerCfgPw-93be',
    'AKIAPLNTREGS3ACCESS1', 'PlntRegS3Secret-9c2e/K7MDENG', 'AKIAPLNTSTORES3ACC2', 'PlntStoreS3Secret-5b7d/bPxRfiCY',
    'PlntAzureKey-8e3fZm9vYmFy+Pw==', 'PlntGcpKeyId-1a2b', 'PlntGcpPrivateKey-6d4c',
    // legacy KOTS items, a misspelt item, a repeated key, a file that does not load
    'AKIAPLNTLEGACYACC3', 'PlntLegacyRegSecret-2f8a', 'PlntMisspelledPw-7c3a', 'PlntDuplicatePwOne-5a0c', 'PlntDuplicatePwTwo-e81b',
    'PlntBrokenYamlPw-8d2f',
]
assert planted.every { it.toLowerCase().contains('plnt') }

// A value's base64 form, wherever it stands in the encoded text: for each of the three alignments, the characters
// that depend on the value alone (standard and URL-safe alphabet).
def base64Forms = { String value ->
    (0..2).collectMany { int offset ->
        String encoded = Base64.encoder.encodeToString(('x' * offset + value).getBytes(StandardCharsets.UTF_8))
        String inner = encoded.substring(offset == 0 ? 0 : 4, encoded.length() - 4)
        [inner, inner.replace('+', '-').replace('/', '_')]
    }.unique()
}
assert planted.every { value -> base64Forms(value).every { it.length() >= 8 } }

// The inputs really carry every value (else this test would prove nothing), plainly or base64-encoded.
def inputs = ['failing', 'passing'].collectMany { set ->
    def files = []
    new File(basedir, set).eachFileRecurse(groovy.io.FileType.FILES) { files << it }
    files
}
assert inputs.size() == 20
String inputText = inputs.collect { it.getText('UTF-8') }.join('\n')
planted.each { value ->
    assert inputText.contains(value) || base64Forms(value).any { inputText.contains(it) } : "${value} is not planted"
}
// The base64 texts of the inputs that hide a planted value: auth fields, .dockerconfigjson data, KOTS file items.
def encodedSecrets = (inputText =~ /[A-Za-z0-9+\/]{16,}={0,2}/).collect { it }.findAll { token ->
    try {
        new String(Base64.decoder.decode(token), StandardCharsets.UTF_8).toLowerCase().contains('plnt')
    } catch (IllegalArgumentException ignored) {
        false
    }
}.unique()
assert encodedSecrets.size() >= 7

// The builds did read every file, and fired on the secret-bearing fields.
assert failing.contains('BUILD FAILURE')
// The config files that carry their Secret get a config-multi-document warning each (one in failing, one in passing).
assert failing.contains('Gitpod config check failed: 17 error(s), 5 warning(s)')
assert passing.contains('BUILD SUCCESS')
assert passing.contains('[INFO] Checked 8 Gitpod config file(s): 0 error(s), 1 warning(s); 0 file(s) skipped.')
assert warnings.contains('BUILD SUCCESS')
[failing, warnings].each { run ->
    assert run.contains('Checked 12 Gitpod config file(s): 17 error(s), 5 warning(s); 0 file(s) skipped.')
}
[failing, passing].each { run -> assert run.contains('[DEBUG] Configuring mojo') }
assert !warnings.contains('[DEBUG]')
def fired = [
    'failing/gitpod/gitpod.config.yaml:[10,10] (registry-ecr-unsupported)',
    'failing/gitpod/gitpod.config.yaml:[10,10] (registry-url-format)',
    'failing/gitpod/gitpod.config.yaml:[17,15] (storage-endpoint-format)',
    'failing/gitpod/installation.yaml:[12,14] (registry-url-format)',
    // The Secrets these configs name hold credentials for gcr.io, not for the URLs' hosts.
    'failing/gitpod/gitpod.config.yaml:[13,13] (registry-credentials-host)',
    'failing/gitpod/installation.yaml:[15,17] (registry-credentials-host)',
    'failing/gitpod/registry-string.yaml:[7,3] (registry-gcr-server)',
    'failing/docker/config.json:[3,3] (registry-gcr-server)',
    'failing/kots/kots-registry.yaml:[8,14] (registry-url-format)',
    'failing/kots/kots-registry.yaml:[19,5] (config-unknown-key)',
    'failing/kots/kots-s3.yaml:[12,14] (registry-s3-endpoint-region)',
    'failing/kots/kots-s3.yaml:[35,5] (config-unknown-key)',
    'failing/kots/kots-azure.yaml:[6,14] (storage-provider-incomplete)',
    'failing/kots/kots-gcp.yaml:[6,14] (storage-provider-incomplete)',
    'failing/kots/kots-duplicate.yaml:[7,5] (yaml-duplicate-key)',
    'failing/kots/kots-broken.yaml:[9,1] (yaml-syntax)',
]
fired.each { finding ->
    assert failing.contains('[ERROR] ' + finding) || failing.contains('[WARNING] ' + finding)
    assert warnings.contains('[WARNING] ' + finding)
}
assert warnings.count('::error file=') + warnings.count('::warning file=') == 22
assert passing.contains('[DEBUG] Suppressed passing/gitpod/installation.yaml:[13,14] (registry-url-format)')

// Every file under target/: exactly the six reports and the result cache (no temporary file left), each checked below.
def outputs = [:]
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { outputs[basedir.toPath().relativize(it.toPath()).toString()] = it }
assert outputs.keySet().sort() == (['failing', 'passing', 'warnings'].collectMany {
    ["target/reports-${it}/gitpod-config-checkstyle.xml".toString(), "target/reports-${it}/gitpod-config.sarif".toString()]
} + ['target/gitpod-config/check-cache.txt']).sort()
// The cache holds the last run's result (the failing set): findings with their messages, so it is worth scanning.
assert outputs['target/gitpod-config/check-cache.txt'].readLines().count { it.startsWith('F\t') } >= 10
['failing', 'passing', 'warnings'].each { set ->
    String sarif = new File(basedir, "target/reports-${set}/gitpod-config.sarif").getText('UTF-8')
    def errors = dev.gitpodconfig.report.SarifSchema.errors(sarif)
    assert errors.isEmpty() : errors.join('\n')
    int results = new groovy.json.JsonSlurper().parseText(sarif).runs[0].results.size()
    assert results == (set == 'passing' ? 2 : 22)
}

// No planted value, nor its base64 form, nor an encoded input text that hides one, in the log or in any report.
def texts = ['build.log': log] + outputs.collectEntries { name, file -> [(name): file.getText('UTF-8')] }
texts.each { name, text ->
    int at = text.toLowerCase().indexOf('plnt')
    assert at < 0 : "${name} contains a planted value: …${text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40))}…"
    planted.each { value ->
        base64Forms(value).each { form ->
            boolean leaked = text.contains(form)
            assert !leaked : "${name} contains ${value} in base64: ${form}"
        }
    }
    encodedSecrets.each { token ->
        boolean leaked = text.contains(token)
        assert !leaked : "${name} contains the encoded secret ${token}"
    }
}
true
