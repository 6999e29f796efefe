#!/usr/bin/env python3
"""Cold-check cost of one or more builds of the plugin, each run in fresh JVMs, alternating (see ColdCheck).

Usage: benchmarks/cold.py ROUNDS PROJECT PLUGIN_JAR [PLUGIN_JAR ...]
Needs the plugin's test classes (ColdCheck is one of them): run `./mvnw -B test-compile` (or any later phase) first.
Prints, per jar, the median and interquartile range of the cold check's milliseconds and the classes it loaded,
and each jar's median paired difference from the first jar.
"""
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_CLASSES = os.path.join(ROOT, "target", "test-classes")
RUNTIME_CLASSPATH = os.path.join(ROOT, "target", "runtime-classpath.txt")


def runtime_classpath():
    """The plugin's runtime dependencies (SnakeYAML), as Maven resolves them for the plugin's realm."""
    if not os.path.exists(RUNTIME_CLASSPATH):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "dependency:build-classpath",
                        "-DincludeScope=runtime", "-Dmdep.outputFile=" + RUNTIME_CLASSPATH],
                       cwd=ROOT, check=True)
    with open(RUNTIME_CLASSPATH) as f:
        return [p for p in f.read().strip().split(os.pathsep) if p]


def main():
    rounds, project, jars = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    if not os.path.exists(os.path.join(TEST_CLASSES, "dev", "gitpodconfig", "bench", "ColdCheck.class")):
        sys.exit("No ColdCheck in %s: run ./mvnw -B test-compile first" % TEST_CLASSES)
    deps = runtime_classpath()
    millis = {jar: [] for jar in jars}
    loaded = {jar: [] for jar in jars}
    for r in range(rounds):
        for jar in (jars if r % 2 == 0 else list(reversed(jars))):
            cp = os.pathsep.join([TEST_CLASSES, jar] + deps)
            out = subprocess.run(["java", "-cp", cp, "dev.gitpodconfig.bench.ColdCheck", project],
                                 capture_output=True, text=True)
            m = re.search(r"cold_ms=([\d.]+) classes=(\d+)", out.stdout)
            if not m:
                sys.exit("ColdCheck failed with %s:\n%s%s" % (jar, out.stdout, out.stderr))
            millis[jar].append(float(m.group(1)))
            loaded[jar].append(int(m.group(2)))
    first = jars[0]
    for jar in jars:
        q = statistics.quantiles(millis[jar], n=4)
        diffs = [a - b for a, b in zip(millis[jar], millis[first])]
        print("%-50s cold check median %.1f ms (IQR %.1f-%.1f), classes %d, paired difference from first %+.1f ms"
              % (jar, statistics.median(millis[jar]), q[0], q[2], statistics.median(loaded[jar]),
                 statistics.median(diffs)))


if __name__ == "__main__":
    main()
