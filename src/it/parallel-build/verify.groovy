def log = new File(basedir, 'build.log').text
// The check is declared threadSafe: Maven does not warn about it in a parallel build.
assert !log.contains('@threadSafe')
assert !log.contains('thread-safe')
assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 2/
['cluster-a', 'cluster-b', 'cluster-c'].each { module ->
    assert log.contains(":check (default) @ ${module} ---")
}
assert log.count('Checked 1 Gitpod config file(s): 0 error(s), 0 warning(s); 0 file(s) skipped.') == 3
assert log.contains('BUILD SUCCESS')
true
