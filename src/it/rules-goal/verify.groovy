// The rules goal lists every rule, and explains one with its examples.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \d+ Gitpod config rules\. Details of one: mvn gitpod-config:rules -Dgitpod-config\.rule=<id>/
assert log =~ /(?m)^\[INFO\]   registry-ecr-unsupported +error +The external registry in use is Amazon ECR/
assert log =~ /(?m)^\[INFO\]   suppression-invalid +error +A gitpod-config:ignore comment/
assert log =~ /(?m)^\[INFO\]   config-unresolved-placeholder +info +A value is a placeholder/
def catalogue = 'https://github.com/gitpod-config/gitpod-config-maven-plugin/blob/main/docs/rules.md'
assert log.readLines().contains('[INFO] Documentation: ' + catalogue)

assert log.contains('[INFO] registry-ecr-unsupported (default severity: error)')
assert log.contains('[INFO] Why: Amazon ECR does not fully implement the Docker v2 API')
assert log.contains('[INFO] Sources:')
assert log.contains('[INFO]   Gitpod Self-Hosted documentation, "Resource Configuration", Amazon ECR '
        + '(https://www.gitpod.io/docs/configure/self-hosted/latest/resource-configuration'
        + '#amazon-elastic-container-registry-ecr)')
assert !log.contains('research') && !log.contains('§')
def fails = log.indexOf('[INFO] Fails:')
def passes = log.indexOf('[INFO] Passes:')
def fix = log.indexOf('[INFO] Fix: Use the in-cluster registry backed by an S3 bucket instead:')
assert 0 < fails && fails < passes && passes < fix
assert log.substring(fails, passes).contains('[INFO]         url: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod')
assert log.substring(passes, fix).contains('[INFO]         endpoint: s3.eu-west-1.amazonaws.com')
assert log.contains('[INFO] Documentation: ' + catalogue + '#registry-ecr-unsupported')
assert log.contains('BUILD SUCCESS')
true
