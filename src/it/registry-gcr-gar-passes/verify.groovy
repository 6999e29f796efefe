def log = new File(basedir, 'build.log').text
assert log.contains('Checked 3 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING]')
assert !log.contains('[ERROR]')
true
