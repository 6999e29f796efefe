#!/usr/bin/env python3
"""Differential check: the plugin against the recorded verdicts of Gitpod's 2022.11.3 installer.

Usage:
    python3 .ci/oracle-check.py ORACLE_DIR [SARIF_REPORT]

ORACLE_DIR holds inputs/ (installer configs) and verdicts.jsonl, one JSON object per input with the installer's
verdict (`installer_accepts`, `decode_error_kind`, `validation_errors`, ...). When it does not exist the script
prints "skipped: ORACLE_DIR not found" and exits 0. Without SARIF_REPORT the script runs the check goal on
ORACLE_DIR/inputs itself (see plugin_run.py) and reads the SARIF report it writes.

A finding "says the installer rejects the file" when its SARIF result has `properties.installerRejects: true`
(the plugin sets it on every finding whose words say so). The check fails on any disagreement:
  * the installer rejects an input and the plugin reports no unsuppressed finding that says so;
  * the installer accepts an input and the plugin reports a finding that says it rejects it, or an error of a
    rule about reading the file (yaml-*, config-*), which would claim the installer misreads it.
Findings of the rules that go beyond the installer (registry-*, storage-*, database-*, secret-*, certificate-*:
ECR, GitLab, GCR/GAR, S3 endpoint Regions, ...) may fire on accepted inputs: the installer takes those files, and
the install fails later.

A disagreement on an input listed in .ci/oracle-allowed.txt (beside this script, with the reason) is printed but
does not fail the check; a listed input that agrees, or does not exist, fails it, so the list never goes stale.
Exit status: 0 when all agree (or only listed inputs disagree), 1 otherwise, 2 for unusable input.
"""

import collections
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plugin_run  # noqa: E402

READING_RULES = ("yaml-", "config-")
ALLOWED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "oracle-allowed.txt")


def read_allowed(path):
    """Maps each listed input to its reason; lines are `input | reason`, `#` starts a comment line."""
    allowed = {}
    if not os.path.isfile(path):
        return allowed
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, sep, reason = line.partition("|")
            if not sep or not name.strip() or not reason.strip():
                raise ValueError("%s:%d: expected `input | reason`" % (path, number))
            allowed[name.strip()] = reason.strip()
    return allowed


def read_results(sarif_path, inputs):
    """Maps each input (relative to the oracle folder) to its unsuppressed results: (rule, level, rejects, line)."""
    with open(sarif_path, encoding="utf-8") as f:
        sarif = json.load(f)
    results = collections.defaultdict(list)
    oracle = os.path.dirname(os.path.abspath(inputs))
    for run in sarif["runs"]:
        base = run.get("originalUriBaseIds", {})
        for result in run.get("results", []):
            if result.get("suppressions"):
                continue
            location = result["locations"][0]["physicalLocation"]
            artifact = location["artifactLocation"]
            uri = artifact["uri"]
            if "uriBaseId" in artifact:
                uri = base[artifact["uriBaseId"]]["uri"].rstrip("/") + "/" + uri
            path = urllib.parse.unquote(urllib.parse.urlparse(uri).path)
            name = os.path.relpath(path, oracle)
            rejects = bool(result.get("properties", {}).get("installerRejects"))
            line = location.get("region", {}).get("startLine", 0)
            results[name].append((result["ruleId"], result.get("level", "warning"), rejects, line))
    return results


def installer_says(verdict):
    """A short description of why the installer rejects an input."""
    if verdict["decode_error_kind"]:
        return "decode: " + verdict["decode_error_kind"]
    tags = sorted({e["tag"] for e in verdict.get("validation_errors") or []})
    if tags:
        return "validation: " + ",".join(tags)
    return "conflict" if verdict.get("conflicts") else "rejected"


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: python3 .ci/oracle-check.py ORACLE_DIR [SARIF_REPORT]", file=sys.stderr)
        return 2
    oracle = argv[1]
    if not os.path.isdir(oracle):
        print("skipped: " + oracle + " not found")
        return 0
    inputs = os.path.join(oracle, "inputs")
    verdicts_file = os.path.join(oracle, "verdicts.jsonl")
    if not os.path.isdir(inputs) or not os.path.isfile(verdicts_file):
        print("error: " + oracle + " lacks inputs/ or verdicts.jsonl", file=sys.stderr)
        return 2
    if len(argv) == 3:
        sarif = argv[2]
    else:
        out = os.path.join(plugin_run.ROOT, "target", "oracle-check")
        plugin_run.run_check(inputs, os.path.join(out, "check.log"), "gitpod-config.outputDirectory=" + out,
                             "gitpod-config.useCache=false", "gitpod-config.maxFindingsPerFile=1000")
        sarif = os.path.join(out, "gitpod-config.sarif")
    if not os.path.isfile(sarif):
        print("error: no SARIF report at " + sarif + "; did the check goal run?", file=sys.stderr)
        return 2
    results = read_results(sarif, inputs)
    try:
        allowed = read_allowed(ALLOWED)
    except ValueError as e:
        print("error: " + str(e), file=sys.stderr)
        return 2

    counts = collections.Counter()
    missed = collections.defaultdict(list)
    false_claims = collections.defaultdict(list)
    seen = set()
    with open(verdicts_file, encoding="utf-8") as f:
        for line in f:
            verdict = json.loads(line)
            name = verdict["file"]
            seen.add(name)
            found = results.get(name, [])
            says_rejects = [r for r in found if r[2]]
            if verdict["installer_accepts"]:
                reading_errors = [r for r in found if r[1] == "error" and r[0].startswith(READING_RULES)]
                wrong = says_rejects + [r for r in reading_errors if r not in says_rejects]
                if wrong:
                    key = ",".join(sorted({r[0] for r in wrong}))
                    false_claims[key].append("%s (%s)" % (name, ", ".join("%s:%d" % (r[0], r[3]) for r in wrong)))
                else:
                    counts["accepted, no rejection claimed"] += 1
            elif says_rejects:
                counts["rejected, rejection reported"] += 1
            else:
                got = ", ".join(sorted({r[0] + "/" + r[1] for r in found})) or "no finding"
                missed[installer_says(verdict)].append("%s (plugin: %s)" % (name, got))

    listed = []
    for groups in (missed, false_claims):
        for key in list(groups):
            kept = []
            for example in groups[key]:
                name = example.split(" (", 1)[0]
                (listed if name in allowed else kept).append(example)
            if kept:
                groups[key] = kept
            else:
                del groups[key]
    disagreeing = {example.split(" (", 1)[0] for example in listed}
    stale = sorted(name for name in allowed if name not in disagreeing)

    for label, n in sorted(counts.items()):
        print("agree    %5d %s" % (n, label))
    disagreements = 0
    for title, groups in (("installer rejects, plugin does not say so", missed),
                          ("installer accepts, plugin claims it rejects or misreads", false_claims)):
        total = sum(len(v) for v in groups.values())
        disagreements += total
        print("DISAGREE %5d %s" % (total, title))
        for key, files in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print("    %4d %s" % (len(files), key))
            for example in files[:3]:
                print("           e.g. " + example)
    print("listed   %5d known disagreement(s) of %s" % (len(listed), os.path.relpath(ALLOWED, plugin_run.ROOT)))
    for example in listed:
        name = example.split(" (", 1)[0]
        print("           %s: %s" % (example, allowed[name]))
    for name in stale:
        print("STALE    %s is listed but %s" % (name, "agrees now" if name in seen else "is no input"))
    if disagreements or stale:
        print("oracle check failed: %d disagreement(s), %d stale entr(ies)" % (disagreements, len(stale)))
        return 1
    print("oracle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
