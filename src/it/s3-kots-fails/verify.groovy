def log = new File(basedir, 'build.log').text
// The registry's S3 endpoint serves us-east-1 only, but the bucket is in eu-west-2.
assert log.contains('[ERROR] gitpod/kots-config.yaml:[14,14] (registry-s3-endpoint-region) reg_incluster_storage_s3_endpoint: \'s3.amazonaws.com\' is the global endpoint, which serves us-east-1 only')
assert log.contains('Fix: Set reg_incluster_storage_s3_endpoint to "s3.eu-west-2.amazonaws.com"')
// S3 object storage without its secret key.
assert log.contains('[ERROR] gitpod/kots-config.yaml:[22,14] (storage-provider-incomplete) store_provider is "s3", but store_s3_secret_access_key is not set')
// store_s3_endpoint is left at KOTS's pre-filled s3.amazonaws.com: a warning at spec.values.
assert log.contains('[WARNING] gitpod/kots-config.yaml:[4,3] (storage-s3-endpoint-region) store_s3_endpoint is not set, so KOTS uses its pre-filled \'s3.amazonaws.com\'')
assert log.contains('Checked 1 Gitpod config file(s): 2 error(s), 1 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 2 error(s)')
// No secret is ever printed.
assert !log.contains('wJalrXUtnFEMI')
assert !log.contains('AKIAIOSFODNN7EXAMPLE')
true
