// A suppression whose until date has passed is an error, and the finding it hid counts again.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[4,5] (suppression-invalid) Invalid suppression directive: it expired on '
        + '2020-01-31 (until=2020-01-31), so the findings it hid count again. It suppresses nothing. Fix: Fix the finding and '
        + 'remove the directive, or, if the exception still holds, set a later until date and say why in the reason.')
assert log.contains('[ERROR] gitpod/gitpod.config.yaml:[5,10] (registry-ecr-unsupported) Amazon ECR cannot be Gitpod\'s registry')
assert log.contains('[INFO] Checked 1 Gitpod config file(s): 2 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('Gitpod config check failed: 2 error(s), 0 warning(s)')
assert !log.contains('suppressed by gitpod-config:ignore')
true
