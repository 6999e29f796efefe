def log = new File(basedir, 'build.log').text
assert log.contains('gitpod-config:check')
// Every parameter of SPEC §6 with its Javadoc and user property.
['skip', 'failOnViolation', 'violationSeverity', 'skipRules', 'configDirectory', 'includes', 'excludes', 'encoding',
 'failIfNoFiles', 'gitlabRegistryHosts', 'maxFileSize'].each { name ->
    assert log =~ /(?m)^\s+${name}( \(Default: [^)]*\))?$/ : "parameter ${name} is not listed"
    assert log.contains("User property: gitpod-config.${name}") : "no user property for ${name}"
}
assert log.contains('User property: gitpod-config.skip')
assert log.contains('Skips the check entirely.')
// Read-only parameters are not offered to users.
assert !(log =~ /(?m)^\s+basedir\b/)
assert log.contains('BUILD SUCCESS')
true
