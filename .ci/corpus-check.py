#!/usr/bin/env python3
"""Runs the plugin over the real-world corpus (../shared/corpus) and compares with SOURCES.md.

Fails when a file whose verdict is PASS or N/A gets an error-severity finding, or when a FAIL file
misses the rule its verdict names (only rules the plugin implements are required). Exits 0 with a
"skipped" line when the corpus is absent: the project must build without ../shared.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULE_OF = {"R1": "registry-ecr-unsupported", "R2": "registry-gcr-server", "R3": "registry-gar-server",
           "R4": "registry-gitlab-unsupported", "R5": "registry-s3-endpoint-region", "R6": "registry-s3-incomplete",
           "R7": "registry-external-missing"}
FINDING = re.compile(r"^\[ERROR\] (\S+?):\[(\d+),(\d+)\] \(([a-z0-9-]+)\)")


def verdicts(sources):
    result = {}
    current = None
    for line in open(sources, encoding="utf-8"):
        heading = re.match(r"^### `([^`]+)`", line)
        if heading:
            current = heading.group(1)
            continue
        verdict = re.match(r"^- \*\*Verdict:\*\* \*\*([^*]+)\*\*(.*)", line)
        if verdict and current:
            result[current] = (verdict.group(1).strip(), verdict.group(2))
            current = None
    return result


def implemented_rules():
    rules = set()
    for folder, _, files in os.walk(os.path.join(ROOT, "src", "main", "java")):
        for name in files:
            if name.endswith("Rule.java"):
                text = open(os.path.join(folder, name), encoding="utf-8").read()
                rules.update(re.findall(r'new RuleInfo\(\s*"([a-z0-9-]+)"', text))
    return rules


def main():
    corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpus"))
    sources = os.path.join(corpus, "SOURCES.md")
    if not os.path.isfile(sources):
        print("corpus check skipped: %s not found" % sources)
        return 0
    command = [os.path.join(ROOT, "mvnw"), "-B", "-ntp", "-f", os.path.join(ROOT, ".ci", "corpus-project", "pom.xml"),
               "dev.gitpodconfig:gitpod-config-maven-plugin:0.1.0-SNAPSHOT:check",
               "-Dgitpod-config.configDirectory=" + corpus]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    errors = {}
    for line in run.stdout.splitlines():
        match = FINDING.match(line)
        if match:
            errors.setdefault(os.path.basename(match.group(1)), []).append(match.group(4))
    if "Checked " not in run.stdout:
        print(run.stdout[-4000:])
        print("corpus check FAILED: the plugin did not run")
        return 1
    rules = implemented_rules()
    problems = []
    expected = verdicts(sources)
    for name, (verdict, text) in sorted(expected.items()):
        found = errors.get(name, [])
        if verdict in ("PASS", "N/A") and found:
            problems.append("%s is %s but got errors: %s" % (name, verdict, ", ".join(found)))
        if verdict == "FAIL" and "(contextual)" not in text:
            # The verdict names its main rule first ("FAIL: R6 (…); R5 would also …").
            for code in re.findall(r"\bR\d+\b", text)[:1]:
                rule = RULE_OF.get(code)
                if rule in rules and rule not in found:
                    problems.append("%s is FAIL (%s) but %s did not fire (got: %s)" % (name, code, rule, ", ".join(found) or "nothing"))
    for name, found in sorted(errors.items()):
        print("corpus: %s: %s" % (name, ", ".join(found)))
    print("corpus: %d files with verdicts, %d with errors" % (len(expected), len(errors)))
    if problems:
        print("\n".join("corpus check FAILED: " + p for p in problems))
        return 1
    print("corpus check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
