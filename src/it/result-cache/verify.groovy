// A build in which nothing changed reuses the last result: the same findings, the same failure, reports left as written.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 3
def findingLines = { String run -> run.readLines().findAll { it ==~ /^\[(ERROR|WARNING|INFO)\] [\w\/.-]+:\[\d+,\d+\] \([a-z0-9-]+\) .*/ } }
def reused = '[DEBUG] Reused the result of the last check (target/gitpod-config/check-cache.txt): no file, option or plugin jar changed.'
runs.each { run ->
    assert run.contains('BUILD FAILURE')
    assert run.contains('Gitpod config check failed: 3 error(s)')
    assert run.contains('[INFO] Report(s): target/gitpod-config/gitpod-config.sarif')
    assert findingLines(run) == findingLines(runs[0])
}
assert findingLines(runs[0]).size() == 3
assert findingLines(runs[0]).any { it.contains('(registry-ecr-unsupported)') }
assert findingLines(runs[0]).any { it.contains('(registry-gcr-server)') }
assert !runs[0].contains('Reused the result')
assert runs[1].contains(reused)
assert !runs[2].contains('Reused the result')

// The cache holds the findings, sizes and times, never a planted secret.
def cache = new File(basedir, 'target/gitpod-config/check-cache.txt')
assert cache.isFile()
String cached = cache.getText('UTF-8')
assert cached.startsWith('gitpod-config-cache 4\n')
assert cached.readLines().count { it.startsWith('F\t') } == 3
['CachePlantedPass-5e1b', 'CachePlantedRegPw-8d2c', 'cache-user'].each { assert !cached.contains(it) && !log.contains(it) }
true
