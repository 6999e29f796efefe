"""Runs the plugin's check goal on a folder of files, for the CI scripts beside this one.

The plugin comes from target/local-repo, where the invoker ITs install it (run `./mvnw -B -ntp verify` first).
The goal is called by its full coordinates on the empty project in .ci/corpus-project, so no POM of the folder
is needed. Standard library only.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plugin_version():
    with open(os.path.join(ROOT, "pom.xml"), encoding="utf-8") as f:
        pom = f.read()
    return re.search(r"<artifactId>gitpod-config-maven-plugin</artifactId>\s*<version>([^<]+)</version>", pom).group(1)


def run_check(directory, log, *properties):
    """Runs the check goal on directory with extra -D properties; writes the console log to log, returns it.

    The build fails when the files have errors, as it should: callers read the log or the reports, not the exit.
    """
    version = plugin_version()
    repo = os.path.join(ROOT, "target", "local-repo")
    if not os.path.isdir(os.path.join(repo, "dev", "gitpodconfig", "gitpod-config-maven-plugin", version)):
        print("error: the plugin is not in target/local-repo; run ./mvnw -B -ntp verify first", file=sys.stderr)
        sys.exit(2)
    command = [os.path.join(ROOT, "mvnw"), "-B", "-ntp", "-o", "-N",
               "-s", os.path.join(ROOT, ".ci", "corpus-project", "settings.xml"),
               "-f", os.path.join(ROOT, ".ci", "corpus-project", "pom.xml"),
               "-Dmaven.repo.local=" + repo,
               "dev.gitpodconfig:gitpod-config-maven-plugin:" + version + ":check",
               "-Dgitpod-config.configDirectory=" + os.path.abspath(directory)]
    command += ["-D" + p for p in properties]
    print("running: " + " ".join(command))
    os.makedirs(os.path.dirname(log), exist_ok=True)
    with open(log, "w", encoding="utf-8") as out:
        subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=False)
    return log
