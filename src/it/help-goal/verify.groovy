def log = new File(basedir, 'build.log').text
assert log.contains('gitpod-config:check')
// Every parameter of the first set with its Javadoc and user property.
['skip', 'failOnViolation', 'violationSeverity', 'skipRules', 'configDirectory', 'includes', 'excludes', 'encoding',
 'failIfNoFiles', 'gitlabRegistryHosts', 'maxFileSize'].each { name ->
    assert log =~ /(?m)^\s+${name}( \(Default: [^)]*\))?$/ : "parameter ${name} is not listed"
    assert log.contains("User property: gitpod-config.${name}") : "no user property for ${name}"
}
assert log.contains('User property: gitpod-config.skip')
assert log.contains('Skips the check entirely.')
// Read-only parameters are not offered to users.
assert !(log =~ /(?m)^\s+basedir\b/)
// The help text is for users: no sentence about the plugin's own code.
['Mojo', 'engine', 'CheckRequest', 'Maven types'].each { word ->
    assert !log.contains(word) : "the help text mentions ${word}"
}
assert log.contains('BUILD SUCCESS')
true
