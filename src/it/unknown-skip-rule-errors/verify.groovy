// A misspelt rule id is a configuration error (MojoExecutionException), not a violation, and nothing is checked.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.gitpodconfig:gitpod-config-maven-plugin:[^:]+:check \(default\) on project unknown-skip-rule-errors: Unknown rule id 'registry-ecr-unsuported' in skipRules\. Did you mean 'registry-ecr-unsupported'\? Known rules: registry-ecr-unsupported, /
assert log.contains('Caused by: org.apache.maven.plugin.MojoExecutionException: Unknown rule id \'registry-ecr-unsuported\'')
assert !log.contains('MojoFailureException')
assert !log.contains('Checked ')
assert !log.contains('Gitpod config check failed')
true
