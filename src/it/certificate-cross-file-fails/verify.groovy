def lines = new File(basedir, 'build.log').readLines()
def domain = '[ERROR] gitpod/gitpod.config.yaml:[5,9] (certificate-domain) certificate.name names `https-certificates`, ' +
        'but the certificate in the Secret `https-certificates` (tls/https-certificates.yaml, line 6) does not cover ' +
        '`*.ws.gitpod.example.com` (domain gitpod.example.com)'
assert lines.any { it.startsWith(domain) }
def expiry = '[ERROR] gitpod/gitpod.config.yaml:[5,9] (certificate-expiry) The certificate in the Secret ' +
        '`https-certificates` (tls/https-certificates.yaml, line 6), which certificate.name names, expired on 2025-01-01'
assert lines.any { it.startsWith(expiry) }
assert !lines.any { it.startsWith('[ERROR] tls/') || it.startsWith('[WARNING] tls/') }
assert lines.any { it.contains('Gitpod config check failed: 2 error(s)') }
// Neither the certificate nor the key is ever printed.
assert !lines.any { it.contains('not-a-real-key') || it.contains('MIIBhzCCAS2gAwIBAgIJAOOLTvYACiFuMAoGCCqGSM49BAMCMB0xGzAZBgNVBAMT') || it.contains('BEGIN CERTIFICATE') }
true
