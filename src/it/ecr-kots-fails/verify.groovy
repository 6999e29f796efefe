// KOTS ConfigValues: the finding points at spec.values.reg_url.value (line 12, column 14), where the ECR host is.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] kots/config-values.yaml:[12,14] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod's registry: "
        + "'123456789012.dkr.ecr.us-east-1.amazonaws.com' is an Amazon ECR host.")
// The fix speaks KOTS, not installer YAML.
assert log =~ /\(registry-ecr-unsupported\) .* Fix: Set reg_incluster to "1"/
assert log.count('(registry-ecr-unsupported)') == 1
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 1 error(s), 0 warning(s)')
assert log.contains('BUILD FAILURE')
assert !log.contains('kots-registry-password-0815')
true
