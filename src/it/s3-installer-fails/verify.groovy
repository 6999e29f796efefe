def log = new File(basedir, 'build.log').text
// An EKS-guide file of early 2022: the registry's S3 backend relies on metadata.region and has no endpoint.
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[11,3] (registry-s3-incomplete) containerRegistry.s3storage lacks region and endpoint.')
assert log.contains('Fix: Add under containerRegistry.s3storage: region: eu-west-1, endpoint: s3.eu-west-1.amazonaws.com.')
// The object storage endpoint carries a scheme.
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[19,15] (storage-endpoint-format) objectStorage.s3.endpoint must be a bare host[:port], but it has a scheme (https://).')
assert log.contains('Fix: Write objectStorage.s3.endpoint as s3.eu-west-1.amazonaws.com.')
// The installer's own validation of the same block, in its words.
assert log.contains("[ERROR] gitpod/gitpod.config.yaml:[11,3] (config-invalid-value) The installer's validation fails: Field 'Config.ContainerRegistry.S3Storage.Region' is required")
assert log.contains('Checked 1 Gitpod config file(s): 4 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 4 error(s)')
true
