def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 3
def ecr = '[ERROR] src/main/resources/gitpod/gitpod.config.yaml:[7,10] (registry-ecr-unsupported) Amazon ECR cannot be'
def origin = 'Maven resource filtering: `${gitpod.registry.url}` is ' +
        '`123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod` from the property in pom.xml, profile `prod`.'
def unresolved = '[INFO] deploy/gitpod.config.yaml:[7,10] (config-unresolved-placeholder) ' +
        "'containerRegistry.external.url' is the unresolved placeholder \${gitpod.registry.url}"
runs.each { run -> assert run.contains(unresolved) }
assert runs[0].contains('BUILD SUCCESS')
assert !runs[0].contains('registry-ecr-unsupported')
assert !runs[0].contains('src/main/resources/gitpod/gitpod.config.yaml:[7,10] (config-unresolved-placeholder)')
def failing = runs[1].readLines().find { it.startsWith(ecr) }
assert failing != null
assert failing.contains(origin)
assert runs[1].contains('BUILD FAILURE')
assert runs[2].contains('BUILD SUCCESS')
assert !runs[2].contains('registry-ecr-unsupported')
true
