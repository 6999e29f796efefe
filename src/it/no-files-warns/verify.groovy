def log = new File(basedir, 'build.log').text
// The directory as Maven resolved it (absolute; canonical where the path has links).
assert [basedir.absolutePath, basedir.canonicalPath].any { dir ->
    log.contains("[WARNING] No Gitpod config files found in ${dir} (includes: **/*.yaml, **/*.yml).")
}
assert log.contains('Checked 0 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.')
assert log.contains('BUILD SUCCESS')
true
