// Reports left by an earlier execution (the invoker clones onto them) must not stand in for this execution's reports.
new File(basedir, 'target').deleteDir()
true
