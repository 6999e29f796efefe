def log = new File(basedir, 'build.log').text
def ecr = "[ERROR] deploy/gitpod-all.yaml:[7,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry: " +
        "'123456789012.dkr.ecr.us-west-2.amazonaws.com' is an Amazon ECR host."
def kots = "[ERROR] deploy/gitpod-all.yaml:[28,14] (registry-gitlab-unsupported) GitLab's container registry cannot be " +
        "Gitpod's registry: registry.gitlab.com is GitLab.com's registry."
def staging = "[ERROR] deploy/staging/gitpod.config.yaml:[6,10] (registry-gitlab-unsupported) GitLab's container registry " +
        "cannot be Gitpod's registry: port 5050 is the port of GitLab's built-in container registry."
// The installer joins the documents of its config file into one, so it cannot take this file: one warning for it.
def joined = "[WARNING] deploy/gitpod-all.yaml:[2,1] (config-multi-document) This installer config shares its file " +
        "with 2 other YAML documents."
[ecr, kots, staging, joined].each { assert log.contains(it) }
assert log.count('(config-multi-document)') == 1
// The ConfigMap between them is skipped: its registries are not reported.
assert !log.contains('other/thing')
assert !log.contains('/mirror')
assert log.count('(registry-') == 3
// Every finding of every file comes first, in file and line order, then the summary, then the failure.
def summary = 'Checked 2 Gitpod config file(s): 3 error(s), 1 warning(s); 0 file(s) skipped.'
assert log.indexOf(joined) < log.indexOf(ecr)
assert log.indexOf(ecr) < log.indexOf(kots)
assert log.indexOf(kots) < log.indexOf(staging)
assert log.indexOf(staging) < log.indexOf(summary)
assert log.indexOf(summary) < log.indexOf('BUILD FAILURE')
assert log.contains('Gitpod config check failed: 3 error(s), 1 warning(s)')
true
