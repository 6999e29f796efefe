#!/usr/bin/env python3
"""Checks the plugin's verdicts on the shared corpus of real Gitpod config files against SOURCES.md.

Usage:
    python3 .ci/corpus-check.py CORPUS_DIR [CHECKER_OUTPUT]

CORPUS_DIR is the folder with the corpus files and SOURCES.md (in CI: ../shared/corpus). When it does not
exist the script prints "skipped: CORPUS_DIR not found" and exits 0.

CHECKER_OUTPUT is the console log of the check goal run on CORPUS_DIR. Without it, the script runs the goal
itself from the plugin that the integration tests install into target/local-repo (so run
`./mvnw -B -ntp -o verify` first), and keeps the log in target/corpus-check.log:

    ./mvnw -B -ntp -o -N -s .ci/corpus-project/settings.xml -f .ci/corpus-project/pom.xml \\
        -Dmaven.repo.local=target/local-repo \\
        dev.gitpodconfig:gitpod-config-maven-plugin:<version>:check \\
        -Dgitpod-config.configDirectory=<CORPUS_DIR>

That build fails when the corpus has errors, as it should; only the finding lines matter here.

What is verified, from the verdict of each file in SOURCES.md:
  * a PASS or N/A file (first word of the verdict) gets no error-severity finding from any rule;
  * a FAIL file gets an error from the rule of the first rule id its verdict names
    (R1 registry-ecr-unsupported, R5 registry-s3-endpoint-region, R6 registry-s3-incomplete);
  * "FAIL (contextual)" and INDETERMINATE files (placeholders) are exempt.
Exit status: 0 when all hold, 1 when one does not, 2 for unusable input. Standard library only.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plugin_run  # noqa: E402

RULES = {
    "R1": "registry-ecr-unsupported",
    "R5": "registry-s3-endpoint-region",
    "R6": "registry-s3-incomplete",
}

SECTION = re.compile(r"^### `([^`]+)`\s*$")
VERDICT = re.compile(r"^- \*\*Verdict:\*\*\s*\*\*([^*]+)\*\*(.*)$")
RULE_ID = re.compile(r"\bR(\d+)\b")
FINDING = re.compile(r"^\[(ERROR|WARNING|INFO)\] (\S.*?):\[(\d+),(\d+)\] \(([a-z0-9-]+)\) ")
SUMMARY = re.compile(r"Checked \d+ Gitpod config file\(s\): \d+ error\(s\)")


def read_verdicts(sources):
    """Maps each file name to (kind, expected rule id or None, verdict text)."""
    verdicts = {}
    current = None
    with open(sources, encoding="utf-8") as f:
        for line in f:
            heading = SECTION.match(line)
            if heading:
                current = heading.group(1)
                continue
            verdict = VERDICT.match(line.strip())
            if verdict and current:
                label, rest = verdict.group(1).strip(), verdict.group(2)
                first_word = label.split()[0].upper()
                if first_word == "FAIL" and label.upper() != "FAIL":
                    kind = "EXEMPT"  # FAIL (contextual) / INDETERMINATE (static): a placeholder decides it
                elif first_word in ("PASS", "N/A", "FAIL"):
                    kind = first_word
                else:
                    kind = "EXEMPT"  # INDETERMINATE
                expected = None
                if kind == "FAIL":
                    first_rule = RULE_ID.search(rest)
                    expected = RULES.get("R" + first_rule.group(1)) if first_rule else None
                    if expected is None:
                        kind = "UNMAPPED"
                verdicts[current] = (kind, expected, label + rest)
                current = None
    return verdicts


def read_findings(output):
    """Maps each file name (base name) to its findings: (severity, line, column, rule id)."""
    findings = {}
    summary = False
    with open(output, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if SUMMARY.search(line):
                summary = True
            match = FINDING.match(line)
            if match:
                severity, path, ln, col, rule = match.groups()
                name = os.path.basename(path.replace("\\", "/"))
                findings.setdefault(name, []).append((severity, int(ln), int(col), rule))
    return findings, summary


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: python3 .ci/corpus-check.py CORPUS_DIR [CHECKER_OUTPUT]", file=sys.stderr)
        return 2
    corpus = argv[1]
    if not os.path.isdir(corpus):
        print("skipped: " + corpus + " not found")
        return 0
    sources = os.path.join(corpus, "SOURCES.md")
    if not os.path.isfile(sources):
        print("error: " + sources + " not found", file=sys.stderr)
        return 2
    if len(argv) == 3:
        output = argv[2]
    else:
        output = plugin_run.run_check(corpus, os.path.join(plugin_run.ROOT, "target", "corpus-check.log"))
    verdicts = read_verdicts(sources)
    findings, summary = read_findings(output)
    if not summary:
        print("error: no 'Checked N Gitpod config file(s)' summary in " + output + "; did the check goal run?", file=sys.stderr)
        return 2

    problems = []
    counts = {"PASS": 0, "N/A": 0, "FAIL": 0, "EXEMPT": 0, "UNMAPPED": 0}
    for name in sorted(verdicts):
        kind, expected, text = verdicts[name]
        counts[kind] += 1
        errors = [f for f in findings.get(name, []) if f[0] == "ERROR"]
        if not os.path.isfile(os.path.join(corpus, name)):
            problems.append("missing file: " + name)
        elif kind in ("PASS", "N/A") and errors:
            for _, ln, col, rule in errors:
                problems.append("%s file %s has an error: [%d,%d] (%s)" % (kind, name, ln, col, rule))
        elif kind == "FAIL":
            hits = [f for f in errors if f[3] == expected]
            if hits:
                _, ln, col, rule = hits[0]
                print("ok   FAIL %s: (%s) at [%d,%d]" % (name, rule, ln, col))
            else:
                got = ", ".join("(%s) [%d,%d]" % (f[3], f[1], f[2]) for f in errors) or "no error"
                problems.append("FAIL file %s: expected an error of %s, got %s" % (name, expected, got))
        elif kind == "UNMAPPED":
            print("note FAIL %s: its verdict names no rule this script maps (%s)" % (name, text.strip()[:80]))
    unlisted = sorted(n for n in findings if n not in verdicts)
    for name in unlisted:
        print("note %s has findings but no verdict in SOURCES.md" % name)

    print("corpus: %d PASS, %d N/A, %d FAIL checked; %d exempt (placeholders, contextual)"
          % (counts["PASS"], counts["N/A"], counts["FAIL"], counts["EXEMPT"]))
    for problem in problems:
        print("FAILED " + problem)
    if problems:
        print("corpus check failed: %d problem(s)" % len(problems))
        return 1
    print("corpus check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
