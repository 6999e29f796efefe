// Run by the invoker execution whose mavenHome is Apache Maven 3.8.7, the declared minimum.
def log = new File(basedir, 'build.log').text
assert log.contains('Apache Maven 3.8.7') : 'this IT must run on Maven 3.8.7'
assert log.contains('(registry-ecr-unsupported)')
assert log.contains('Checked 1 Gitpod config file(s): 1 error(s)')
true
