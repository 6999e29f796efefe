def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] gitpod/gitpod.config.yaml:[7,1] (config-unknown-key) Unknown top-level key 'containerRegistery': " +
        "the installer's strict parse rejects it. Did you mean 'containerRegistry'? Fix: Rename the key to 'containerRegistry', or remove it.")
assert log.contains("[ERROR] staging/gitpod.config.yaml:[4,3] (config-unknown-key) Unknown key 'inCluser' in containerRegistry: " +
        "the installer's strict parse rejects it. Did you mean 'inCluster'? Fix: Rename the key to 'inCluster', or remove it.")
assert log.count('(config-unknown-key)') == 2
assert log.contains('Checked 2 Gitpod config file(s): 2 error(s), 0 warning(s); 0 file(s) skipped.')
true
