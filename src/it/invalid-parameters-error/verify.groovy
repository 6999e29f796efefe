def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
def failed = ':check (default) on project invalid-parameters-error: '
assert runs[0].contains(failed + "Invalid violationSeverity: unknown severity 'fatal': use error, warning or info")
assert runs[1].contains(failed + 'Cannot read the config directory ')
assert runs[1] =~ /Cannot read the config directory \S*no-such-directory/
runs.each { run ->
    assert run.contains('Caused by: org.apache.maven.plugin.MojoExecutionException: ')
    assert !run.contains('MojoFailureException')
    assert !run.contains('Checked ')
}
true
