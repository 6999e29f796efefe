def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] gitpod/gitpod.config.yaml:[6,10] (registry-gitlab-unsupported) GitLab's container registry cannot be "
        + "Gitpod's registry: registry.gitlab.com is GitLab.com's registry.")
assert log =~ /\(registry-gitlab-unsupported\) .* Fix: Set containerRegistry\.inCluster: true/
assert log.count('(registry-') == 1
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 1 error(s), 0 warning(s)')
assert log.contains('BUILD FAILURE')
true
