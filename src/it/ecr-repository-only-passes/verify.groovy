def log = new File(basedir, 'build.log').text
assert log.contains('Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert !log.contains('(registry-ecr-unsupported)')
assert !log.contains('[WARNING]')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
true
