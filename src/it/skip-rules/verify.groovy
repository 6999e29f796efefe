// Both invocations write to the same build.log, one after the other.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2

def first = runs[0]
assert !first.contains('(registry-ecr-unsupported)')
assert first.contains("[ERROR] kots/config-values.yaml:[8,14] (registry-gitlab-unsupported) GitLab's container registry cannot be")
assert first.contains('Checked 2 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert first.contains('BUILD FAILURE')

def second = runs[1]
assert !second.contains('(registry-')
assert second.contains('Checked 2 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert second.contains('BUILD SUCCESS')
true
