def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
// Both runs fail on the two ECR findings, so the files really were read and reported on.
runs.each { run ->
    assert run.contains("[ERROR] gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry: " +
            "'123456789012.dkr.ecr.eu-west-1.amazonaws.com' is an Amazon ECR host.")
    assert run.contains("[ERROR] kots/config-values.yaml:[8,14] (registry-ecr-unsupported) ")
    assert run.contains('BUILD FAILURE')
}
assert runs[1].contains('[DEBUG] Checked gitpod/registry-secret.yaml')
// No planted secret, in any form, anywhere in the log.
def planted = ['S3cr3t-Planted-Pw-4711', 'Planted-Userinfo-99', 'user:Planted', 'Planted-Json-Pw-5150', 'QVdTOlBsYW50ZWQtSnNvbi1Qdy01MTUw', 'Planted']
planted.each { assert !log.contains(it) : "build.log contains the planted secret '${it}'" }
true
