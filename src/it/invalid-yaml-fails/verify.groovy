def log = new File(basedir, 'build.log').text
// Line 7 indents 'certificate:' one column deeper than 'url:', inside url's plain scalar: the ':' at column 17 is illegal.
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[7,17] (yaml-syntax) The file cannot be loaded: invalid YAML: ')
assert log.count('(yaml-syntax)') == 1
// An unparsable file that does not look like Gitpod config is skipped with a warning, not failed.
assert log =~ /(?m)^\[WARNING\] Skipped helm\/values\.yaml: not loadable as YAML: invalid YAML: /
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 1 file(s) skipped (1 not YAML).')
assert log.contains('Gitpod config check failed: 1 error(s), 0 warning(s)')
// No exception from the parser or the engine: the only stack trace is Maven's -e trace of the deliberate
// MojoFailureException, whose only frame of ours is CheckMojo.execute.
assert !log.contains('org.yaml.snakeyaml')
assert !log.contains('YAMLException')
def ownFrames = log.readLines().findAll { it.trim().startsWith('at dev.gitpodconfig') }
assert ownFrames.every { it.trim().startsWith('at dev.gitpodconfig.maven.CheckMojo.execute (') } : ownFrames
def causes = log.readLines().findAll { it.startsWith('Caused by:') }
assert causes.size() == 1 && causes[0].startsWith('Caused by: org.apache.maven.plugin.MojoFailureException: Gitpod config check failed') : causes
true
