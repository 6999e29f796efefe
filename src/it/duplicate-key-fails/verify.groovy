def log = new File(basedir, 'build.log').text
// Reported at the repeated key; the message names both lines.
assert log.contains("[ERROR] gitpod/gitpod.config.yaml:[5,1] (yaml-duplicate-key) Duplicate key: the key 'domain' is repeated: " +
        "first at line 2, again at line 5; the installer rejects the file.")
assert log.contains("[ERROR] gitpod/gitpod.config.yaml:[10,3] (yaml-duplicate-key) Duplicate key: the key 'inCluster' is repeated: " +
        "first at line 9, again at line 10; the installer rejects the file.")
assert log.count('(yaml-duplicate-key)') == 2
assert log.contains('Checked 1 Gitpod config file(s): 2 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 2 error(s), 0 warning(s)')
true
