def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal dev.gitpodconfig:gitpod-config-maven-plugin:")
assert [basedir.absolutePath, basedir.canonicalPath].any { dir ->
    log.contains(":check (default) on project fail-if-no-files: No Gitpod config files found in ${dir} " +
            "(includes: **/*.yaml, **/*.yml). Set failIfNoFiles to false to allow this.")
}
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: No Gitpod config files found in')
// The same text is not also logged as a warning.
assert !log.contains('[WARNING] No Gitpod config files found')
assert log.contains('BUILD FAILURE')
true
