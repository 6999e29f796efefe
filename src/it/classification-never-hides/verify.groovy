def log = new File(basedir, 'build.log').text
// The misspelt kind is reported, and the rest of the config is checked as the installer would read it.
assert log.contains("[WARNING] gitpod/gitpod.config.yaml:[3,7] (config-unknown-kind) Unknown installation kind 'Fulll': " +
        "the installer accepts only Full, Meta, IDE, WebApp or Workspace (case-sensitive), and rejects this file until " +
        "the kind is fixed. Did you mean 'Full'? Fix: Set kind to 'Full'.")
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[8,10] (registry-ecr-unsupported) ')
// Skips that may hide a config are warnings without -X; the team's Helm values are skipped quietly.
assert log.contains('[WARNING] Skipped deploy/installation.yaml: kind Instalation of install.gitpod.io/v1alpha1')
assert log =~ /(?m)^\[WARNING\] Skipped helm\/broken\.yaml: not loadable as YAML: invalid YAML: /
assert !log.contains('helm/values.yaml')
assert log.count('(registry-') == 1
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s), 1 warning(s); 3 file(s) skipped ' +
        '(1 not Gitpod, 1 unknown kind, 1 not YAML).')
assert log.contains('BUILD FAILURE')
true
