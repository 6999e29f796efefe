#!/usr/bin/env python3
"""End-to-end cost of the plugin in `mvn -o -q validate`, as paired, repeated runs.

Variants of a one-module project holding one realistic Gitpod config (examples/aws-reference):
- bare: no plugin;
- null-plugin: a plugin whose goal does nothing (benchmarks/null-plugin), the floor Maven charges for any plugin;
- gitpod-config: this plugin as a developer's repeated builds run it (the result cache of the last build is reused);
- gitpod-config-clean: this plugin after `mvn clean` or in a fresh CI checkout (target/ removed before each run,
  outside the timing), so every file is checked;
- gitpod-config-skip: this plugin with skip=true, so Maven resolves, loads and configures it but nothing is checked:
  what Maven itself charges for this plugin;
- gitpod-config-filtered, gitpod-config-filtered-clean: the same config as a filtered Maven resource
  (src/main/resources/gitpod, <filtering>true</filtering>, its domain from a POM property), repeated and clean;
- enforcer: maven-enforcer-plugin running two rules.
With E2E_BASELINE_REPO set to another local repository that holds an earlier build of this plugin (and everything
else the build needs offline), every gitpod-config variant also runs against that repository, right before or after
the current one in each round, and the report adds the paired difference between the two builds: a comparison of
two builds of the plugin that the drift of this machine's speed between runs does not blur.
Each round runs the variants in a rotated order; the report gives the median, the spread (min-max and interquartile
range) and the ratio to the bare project, plus peak memory (max RSS) from /usr/bin/time.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = os.path.join(ROOT, "examples", "aws-reference", "gitpod", "gitpod.config.yaml")
PLUGIN_VERSION = "0.1.0-SNAPSHOT"

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.gitpodconfig.bench</groupId>
  <artifactId>{name}</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>{properties}</properties>
  <build>{resources}<plugins>{plugins}</plugins></build>
</project>
"""
PLUGIN = """<plugin><groupId>dev.gitpodconfig</groupId><artifactId>gitpod-config-maven-plugin</artifactId>
  <version>%s</version><executions><execution><goals><goal>check</goal></goals></execution></executions></plugin>""" % PLUGIN_VERSION
ENFORCER = """<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-enforcer-plugin</artifactId>
  <version>3.5.0</version><executions><execution><id>enforce</id><goals><goal>enforce</goal></goals>
  <configuration><rules><requireMavenVersion><version>3.8.7</version></requireMavenVersion>
  <requireJavaVersion><version>17</version></requireJavaVersion></rules></configuration></execution></executions></plugin>"""
NULL_PLUGIN = """<plugin><groupId>dev.gitpodconfig.bench</groupId><artifactId>null-maven-plugin</artifactId>
  <version>1.0</version><executions><execution><goals><goal>nothing</goal></goals></execution></executions></plugin>"""
SKIPPED = PLUGIN.replace("</goals>", "</goals><configuration><skip>true</skip></configuration>")
VARIANTS = {"bare": "", "null-plugin": NULL_PLUGIN, "gitpod-config-skip": SKIPPED, "gitpod-config": PLUGIN,
            "gitpod-config-clean": PLUGIN, "gitpod-config-filtered": PLUGIN, "gitpod-config-filtered-clean": PLUGIN,
            "enforcer": ENFORCER}
# Variants whose target/ is removed before each run, outside the timing.
CLEAN_BEFORE = {"gitpod-config-clean", "gitpod-config-filtered-clean"}
# Variants whose config is a filtered resource: its domain comes from a POM property through resource filtering.
FILTERED = {"gitpod-config-filtered", "gitpod-config-filtered-clean"}
FILTERED_RESOURCES = ("<resources><resource><directory>src/main/resources</directory><filtering>true</filtering>"
                      "</resource></resources>")
FILTERED_PROPERTY = "<gitpod.domain>gitpod.example.com</gitpod.domain>"


def maven_home():
    out = subprocess.run([os.path.join(ROOT, "mvnw"), "-v"], cwd=ROOT, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Maven home:"):
            return line.split(":", 1)[1].strip()
    sys.exit("cannot find Maven home in `mvnw -v`:\n" + out)


def run(mvn, project, measure_memory=False, clean=False, repository=None):
    if clean:
        shutil.rmtree(os.path.join(project, "target"), ignore_errors=True)
    command = [mvn, "-o", "-q", "-B", "validate"]
    if repository:
        command.append("-Dmaven.repo.local=" + repository)
    if measure_memory:
        command = ["/usr/bin/time", "-f", "maxrss_kb=%M"] + command
    start = time.perf_counter()
    done = subprocess.run(command, cwd=project, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("build failed in %s:\n%s%s" % (project, done.stdout, done.stderr))
    rss = None
    if measure_memory:
        for line in done.stderr.splitlines():
            if line.startswith("maxrss_kb="):
                rss = int(line.split("=")[1])
    return elapsed, rss


def quartiles(values):
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    # Optional variant names after the rounds: fewer variants per round means more rounds in the same time, which
    # a small difference (such as gitpod-config-skip against null-plugin) needs. "bare" is always run.
    chosen = ["bare"] + [name for name in sys.argv[2:] if name != "bare"] if len(sys.argv) > 2 else list(VARIANTS)
    unknown = [name for name in chosen if name not in VARIANTS]
    if unknown:
        sys.exit("unknown variant(s) %s; known: %s" % (", ".join(unknown), ", ".join(VARIANTS)))
    mvn = os.path.join(maven_home(), "bin", "mvn")
    # The null plugin comes from this repository; install it into the local repository first.
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(ROOT, "benchmarks", "null-plugin", "pom.xml"),
                    "install"], check=True)
    work = tempfile.mkdtemp(prefix="gitpod-config-e2e-")
    projects = {}
    for name in chosen:
        plugins = VARIANTS[name]
        project = os.path.join(work, name)
        filtered = name in FILTERED
        folder = os.path.join(project, "src", "main", "resources", "gitpod") if filtered else os.path.join(project, "gitpod")
        os.makedirs(folder)
        config = os.path.join(folder, "gitpod.config.yaml")
        with open(CONFIG, encoding="utf-8") as source:
            text = source.read()
        if filtered:
            text = re.sub(r"(?m)^domain: .*$", "domain: ${gitpod.domain}", text, count=1)
        with open(config, "w", encoding="utf-8") as target:
            target.write(text)
        # As old as a checkout's file: the plugin does not keep results that depend on files changed seconds ago.
        an_hour_ago = time.time() - 3600
        os.utime(config, (an_hour_ago, an_hour_ago))
        with open(os.path.join(project, "pom.xml"), "w") as pom:
            pom.write(POM.format(name=name, plugins=plugins, properties=FILTERED_PROPERTY if filtered else "",
                                 resources=FILTERED_RESOURCES if filtered else ""))
        run(mvn, project)  # resolve plugins once (offline afterwards) and warm the file cache
        projects[name] = project
    baseline = os.environ.get("E2E_BASELINE_REPO")
    # The same project again, run against the baseline repository: "<variant>@baseline".
    twins = {}
    if baseline:
        for name in chosen:
            if name.startswith("gitpod-config"):
                twin = name + "@baseline"
                shutil.copytree(projects[name], os.path.join(work, twin), ignore=shutil.ignore_patterns("target"))
                projects[twin] = os.path.join(work, twin)
                run(mvn, projects[twin], repository=baseline)
                twins[name] = twin
    times = {name: [] for name in list(chosen) + list(twins.values())}
    names = chosen
    for i in range(rounds):
        order = names[i % len(names):] + names[:i % len(names)]
        for name in order:
            pair = [name, twins[name]] if name in twins else [name]
            for each in (pair if i % 2 == 0 else pair[::-1]):
                times[each].append(run(mvn, projects[each], clean=name in CLEAN_BEFORE,
                                       repository=baseline if each != name else None)[0])
    memory = {name: run(mvn, projects[name], measure_memory=True, clean=name in CLEAN_BEFORE)[1] for name in names}
    bare = statistics.median(times["bare"])
    print("Maven: %s; %d paired rounds; one config file (examples/aws-reference)" % (mvn, rounds))
    print("%-28s %9s %9s %9s %17s %9s %12s" % ("variant", "median_s", "min_s", "max_s", "iqr_s", "vs_bare", "max_rss_mb"))
    for name in names:
        values = times[name]
        low, high = quartiles(values)
        median = statistics.median(values)
        print("%-28s %9.3f %9.3f %9.3f %8.3f-%-8.3f %+8.1f%% %12.0f" % (
            name, median, min(values), max(values), low, high, (median / bare - 1) * 100, memory[name] / 1024))
    # Paired differences, round by round, are less noisy than the difference of medians.
    for name in names[1:]:
        diffs = [t - b for t, b in zip(times[name], times["bare"])]
        print("paired %-28s median extra %+.3f s (%+.1f%% of bare)" % (name, statistics.median(diffs), statistics.median(diffs) / bare * 100))
    # The filtered config against the same config as a plain file, round by round (issue 17's budget: 5 ms).
    for plain, filtered in (("gitpod-config", "gitpod-config-filtered"), ("gitpod-config-clean", "gitpod-config-filtered-clean")):
        if plain in times and filtered in times:
            diffs = [f - p for f, p in zip(times[filtered], times[plain])]
            low, high = quartiles(diffs)
            print("paired %-28s minus %s: median %+.1f ms (interquartile range %+.1f..%+.1f ms)"
                  % (filtered, plain, statistics.median(diffs) * 1000, low * 1000, high * 1000))
    # The current build against the baseline build, run next to each other in every round.
    for name, twin in twins.items():
        diffs = [c - b for c, b in zip(times[name], times[twin])]
        low, high = quartiles(diffs)
        print("paired %-28s minus the baseline build: median %+.1f ms (interquartile range %+.1f..%+.1f ms; "
              "baseline median %.3f s)" % (name, statistics.median(diffs) * 1000, low * 1000, high * 1000,
                                           statistics.median(times[twin])))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
