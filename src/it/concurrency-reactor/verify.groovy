// The same reactor of 20 modules, built serially and then with -T 4: every module logs the same findings in the same
// order, and writes byte-identical SARIF and Checkstyle reports.
import java.util.regex.Pattern

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2
def (String serial, String parallel) = runs
def modules = (1..20).collect { String.format('%02d', it) }

assert !serial.contains('MultiThreadedBuilder')
assert parallel.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
runs.each { run ->
    assert run.contains('BUILD SUCCESS')
    modules.each { nn -> assert run.count(":check (default) @ module-${nn} ---") == 1 }
}
// The check is declared thread-safe: Maven prints no warning about it (3.9: "not marked as thread-safe",
// 3.8: "not marked as @threadSafe").
for (String word : ['thread-safe', 'threadSafe', 'requesting parallel execution', 'not marked as']) {
    assert !log.contains(word) : "build.log warns about thread safety: ${word}"
}

// A finding line names its module through its path, module-NN/gitpod-NN/…, relative to the top of the build, even
// where the parallel build interleaves modules.
Pattern finding = ~/^\[(WARNING|INFO)\] module-\d\d\/gitpod-(\d\d)\/[\w.-]+:\[\d+,\d+\] \(([a-z0-9-]+)\) \S.*$/
def findingsByModule = { String run ->
    Map<String, List<String>> byModule = [:]
    run.readLines().each { String line ->
        def m = line =~ finding
        if (m.matches()) {
            byModule.computeIfAbsent(m.group(2)) { [] } << line
        }
    }
    byModule
}
// Every warning is a finding line (no thread-safety or other warning, no line torn apart by another thread); no errors.
runs.each { run ->
    run.readLines().findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }.each { line ->
        assert line ==~ finding : "not a finding line: ${line}"
    }
}

// In the serial build each module's finding lines stand under its own execution header: the path names the module.
def sections = serial.split(/(?m)^\[INFO\] --- \S+:check \(default\) @ /).drop(1)
assert sections.size() == 20
sections.each { section ->
    String nn = (section =~ /^module-(\d\d) ---/)[0][1]
    def lines = section.readLines().findAll { it ==~ finding }
    assert lines.every { it.contains("] module-${nn}/gitpod-${nn}/") }
}

def serialFindings = findingsByModule(serial)
def parallelFindings = findingsByModule(parallel)
assert serialFindings.keySet() == modules as Set
assert parallelFindings.keySet() == modules as Set
// The first line where two lists of lines differ, for a readable failure.
def firstDifference = { List<String> a, List<String> b ->
    int i = (0..<Math.min(a.size(), b.size())).find { a[it] != b[it] } ?: Math.min(a.size(), b.size())
    "line ${i + 1}: ${i < a.size() ? a[i] : '(none)'}\n  vs ${i < b.size() ? b[i] : '(none)'}"
}
modules.each { nn ->
    List<String> expected = serialFindings[nn]
    // Several findings of different rules in every module.
    assert expected.size() >= 3
    assert expected.collect { (it =~ finding)[0][3] }.unique().size() >= 2
    List<String> actual = parallelFindings[nn]
    boolean same = actual == expected
    assert same : "module-${nn}: the parallel build logged other findings, or in another order; " + firstDifference(expected, actual)
}
// Several modules' findings are interleaved only in the parallel build; the summaries are the same.
def summaries = { String run -> run.readLines().findAll { it.startsWith('[INFO] Checked ') }.sort() }
assert summaries(serial).size() == 20
boolean sameSummaries = summaries(parallel) == summaries(serial)
assert sameSummaries
modules.each { nn ->
    ['serial': serial, 'parallel': parallel].each { name, run ->
        assert run.count("[INFO] Report(s): module-${nn}/target/reports-${name}/gitpod-config.sarif, "
                + "module-${nn}/target/reports-${name}/gitpod-config-checkstyle.xml") == 1
    }
}

// The reports of each module are byte-identical in both builds, and hold that module's findings.
modules.each { nn ->
    File module = new File(basedir, "module-${nn}")
    ['gitpod-config.sarif', 'gitpod-config-checkstyle.xml'].each { name ->
        File serialReport = new File(module, "target/reports-serial/${name}")
        File parallelReport = new File(module, "target/reports-parallel/${name}")
        assert serialReport.isFile()
        assert parallelReport.isFile()
        boolean same = Arrays.equals(serialReport.bytes, parallelReport.bytes)
        assert same : "module-${nn}: ${name} differs between the serial and the parallel build"
    }
    String sarif = new File(module, 'target/reports-serial/gitpod-config.sarif').getText('UTF-8')
    String checkstyle = new File(module, 'target/reports-serial/gitpod-config-checkstyle.xml').getText('UTF-8')
    def errors = dev.gitpodconfig.report.SarifSchema.errors(sarif)
    assert errors.isEmpty() : errors.join('\n')
    def results = new groovy.json.JsonSlurper().parseText(sarif).runs[0].results
    assert results.size() == serialFindings[nn].size()
    assert results.every {
        it.locations[0].physicalLocation.artifactLocation.uri.startsWith("module-${nn}/gitpod-${nn}/")
    }
    assert checkstyle.count('<error ') == serialFindings[nn].size()
}
true
