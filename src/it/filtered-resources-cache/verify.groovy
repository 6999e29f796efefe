// A reused result of a filtered file is found from the names of the properties the file read, kept in the cache.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 4
def reused = '[DEBUG] Reused the result of the last check (target/gitpod-config/check-cache.txt): no file, option or plugin jar changed.'
def ecr = '[ERROR] src/main/resources/gitpod/gitpod.config.yaml:[7,10] (registry-ecr-unsupported)'
[0, 1, 3].each { assert runs[it].contains('BUILD SUCCESS') }
assert runs[2].contains('BUILD FAILURE')
assert runs[2].readLines().any { it.startsWith(ecr) }
[0, 1, 3].each { assert !runs[it].contains('registry-ecr-unsupported') }
assert !runs[0].contains('Reused the result')
assert runs[1].contains(reused)
assert !runs[2].contains('Reused the result')
assert !runs[3].contains('Reused the result')

// The cache names the one property the file reads, and its value only in the key.
def cached = new File(basedir, 'target/gitpod-config/check-cache.txt').getText('UTF-8').readLines()
assert cached.findAll { it.startsWith('P') } == ['P\tgitpod.registry.url']
true
