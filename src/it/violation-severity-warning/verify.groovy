def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
def finding = 'gitpod/gitpod.config.yaml:[5,3] (config-ignored-block) Ignored setting: containerRegistry.external is ignored because ' +
        'containerRegistry.inCluster is true.'
def summary = 'Checked 1 Gitpod config file(s): 0 error(s), 1 warning(s); 0 file(s) skipped.'

assert runs[0].contains('[WARNING] ' + finding)
assert runs[0].contains(summary)
assert !runs[0].contains('[ERROR]')
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('[ERROR] ' + finding)
assert runs[1].contains(summary)
assert runs[1].contains('Gitpod config check failed: 0 error(s), 1 warning(s); the build fails on warnings and above.')
assert runs[1].contains('BUILD FAILURE')
true
