// The config violates registry-ecr-unsupported, but the check is skipped by property.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping Gitpod config check (gitpod-config.skip=true).')
assert !log.contains('(registry-')
assert !log.contains('Checked ')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
true
