def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod\'s registry')
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 1 error(s)')
true
