def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
def gitlabCom = "[ERROR] gitpod/gitpod.config.yaml:[6,10] (registry-gitlab-unsupported) GitLab's container registry cannot be " +
        "Gitpod's registry: registry.gitlab.com is GitLab.com's registry."
def corp = "[ERROR] gitpod-corp/gitpod.config.yaml:[7,10] (registry-gitlab-unsupported) GitLab's container registry cannot be " +
        "Gitpod's registry: registry.corp.example is listed in the plugin's gitlabRegistryHosts parameter."
runs.each { run ->
    assert run.contains(gitlabCom)
    assert run =~ /\(registry-gitlab-unsupported\) .* Fix: Set containerRegistry\.inCluster: true/
    assert run.contains('BUILD FAILURE')
}
assert !runs[0].contains('gitpod-corp/')
assert runs[0].count('(registry-') == 1
assert runs[0].contains('Checked 2 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert runs[1].contains(corp)
assert runs[1].count('(registry-') == 2
assert runs[1].contains('Checked 2 Gitpod config file(s): 2 error(s), 0 warning(s); 0 file(s) skipped.')
true
