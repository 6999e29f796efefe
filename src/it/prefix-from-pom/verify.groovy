def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
// Maven 3.9 names the plugin by its prefix in the execution header, 3.8 by its artifactId.
assert runs[0] =~ /--- gitpod-config(-maven-plugin)?:[^:]+:help \(default-cli\) @ prefix-from-pom ---/
assert runs[0].contains('gitpod-config:check')
assert runs[0].contains('BUILD SUCCESS')
assert runs[1] =~ /--- gitpod-config(-maven-plugin)?:[^:]+:check \(default-cli\) @ prefix-from-pom ---/
assert runs[1].contains('Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert runs[1].contains('BUILD SUCCESS')
runs.each { assert !it.contains('No plugin found for prefix') }
true
