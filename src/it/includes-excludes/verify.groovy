def log = new File(basedir, 'build.log').text
// legacy/ holds an ECR config, but it is excluded: never read, never reported.
assert !log.contains('legacy/')
assert !log.contains('(registry-ecr-unsupported)')
// gitpod/staging.gitpod is included by the custom pattern and has a GitLab registry (port 5050).
assert log.contains("[ERROR] gitpod/staging.gitpod:[6,10] (registry-gitlab-unsupported) GitLab's container registry cannot be Gitpod's registry")
assert log.contains('Checked 2 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
true
