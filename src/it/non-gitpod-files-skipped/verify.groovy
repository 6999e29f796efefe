def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
runs.each { run ->
    assert run.contains('Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 4 file(s) skipped (4 not Gitpod).')
    assert !run.contains('(registry-')
    assert !run.contains('(config-')
    assert !(run =~ /(?m)^\[WARNING\]/)
    assert run.contains('BUILD SUCCESS')
}
def debug = runs[1]
assert debug.contains('[DEBUG] Checked gitpod/gitpod.config.yaml')
assert debug.contains('[DEBUG] Skipped .gitpod.yml: ')
assert debug.contains('[DEBUG] Skipped charts/app/values.yaml: ')
// A team's own containerRegistry block, with keys Gitpod's has not, is not Gitpod configuration.
assert debug.contains('[DEBUG] Skipped charts/mirror/values.yaml: no Gitpod configuration keys')
assert debug.contains('[DEBUG] Skipped kots/config.yaml: kind Config of kots.io/v1beta1')
assert !runs[0].contains('Skipped ')
true
