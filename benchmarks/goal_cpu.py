#!/usr/bin/env python3
"""What the check goal itself costs, by the CPU time of the build's thread, for the config as a plain file and as a
filtered Maven resource: the projects of e2e.py (gitpod-config, gitpod-config-filtered and their -clean variants).

A difference of a few milliseconds between two plugin builds or two projects drowns in the wall time of `mvn
validate` on a shared machine (its bare builds spread by a tenth of a second and more); the CPU time of the goal's
own thread, which the plugin logs at debug level ("Gitpod config goal took ... ms of CPU on the build's thread"),
hardly moves with the load of other processes. It covers everything the goal does, the mapping of Maven's resource
filtering included, but no thread of Maven's and no worker thread. Rounds alternate the variants; the report gives
each variant's median and the median of the per-round differences, filtered minus plain.

Usage: python3 benchmarks/goal_cpu.py [rounds] (the plugin must be installed in the local repository first).
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402  the same projects as the end-to-end benchmark

LINE = re.compile(r"Gitpod config goal took [0-9.]+ ms, ([0-9.]+) ms of CPU on the build's thread")
PAIRS = [("gitpod-config", "gitpod-config-filtered"), ("gitpod-config-clean", "gitpod-config-filtered-clean")]


def make_project(work, name):
    filtered = name in e2e.FILTERED
    project = os.path.join(work, name)
    folder = os.path.join(project, "src", "main", "resources", "gitpod") if filtered else os.path.join(project, "gitpod")
    os.makedirs(folder)
    with open(e2e.CONFIG, encoding="utf-8") as source:
        text = source.read()
    if filtered:
        text = re.sub(r"(?m)^domain: .*$", "domain: ${gitpod.domain}", text, count=1)
    config = os.path.join(folder, "gitpod.config.yaml")
    with open(config, "w", encoding="utf-8") as target:
        target.write(text)
    an_hour_ago = time.time() - 3600
    os.utime(config, (an_hour_ago, an_hour_ago))
    with open(os.path.join(project, "pom.xml"), "w") as pom:
        pom.write(e2e.POM.format(name=name, plugins=e2e.PLUGIN, properties=e2e.FILTERED_PROPERTY if filtered else "",
                                 resources=e2e.FILTERED_RESOURCES if filtered else ""))
    return project


def goal_cpu(mvn, project, clean):
    if clean:
        shutil.rmtree(os.path.join(project, "target"), ignore_errors=True)
    done = subprocess.run([mvn, "-o", "-B", "-X", "validate"], cwd=project, capture_output=True, text=True)
    found = LINE.search(done.stdout)
    if done.returncode != 0 or not found:
        sys.exit("build failed or logged no goal time in %s:\n%s" % (project, done.stdout[-3000:]))
    return float(found.group(1))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    mvn = os.path.join(e2e.maven_home(), "bin", "mvn")
    work = tempfile.mkdtemp(prefix="gitpod-config-goal-cpu-")
    names = [name for pair in PAIRS for name in pair]
    projects = {name: make_project(work, name) for name in names}
    for name in names:
        goal_cpu(mvn, projects[name], name in e2e.CLEAN_BEFORE)  # warm the file cache; keep a result to reuse
    times = {name: [] for name in names}
    for i in range(rounds):
        for name in names[i % len(names):] + names[:i % len(names)]:
            times[name].append(goal_cpu(mvn, projects[name], name in e2e.CLEAN_BEFORE))
    print("Maven: %s; %d rounds; CPU time of the goal on the build's thread, ms" % (mvn, rounds))
    for name in names:
        low, high = e2e.quartiles(times[name])
        print("%-30s median %6.1f  iqr %6.1f-%6.1f" % (name, statistics.median(times[name]), low, high))
    for plain, filtered in PAIRS:
        differences = [f - p for f, p in zip(times[filtered], times[plain])]
        low, high = e2e.quartiles(differences)
        print("%-30s minus %-20s median %+5.1f  iqr %+5.1f..%+5.1f"
              % (filtered, plain, statistics.median(differences), low, high))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
