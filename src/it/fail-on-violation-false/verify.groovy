// The same ECR error as in ecr-installer-fails, reported as a warning because failOnViolation is false.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry")
assert !log.contains('[ERROR]')
// The summary still counts it as what it is: an error.
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert !log.contains('Gitpod config check failed')
assert log.contains('BUILD SUCCESS')
true
