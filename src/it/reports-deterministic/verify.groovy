// Three runs on the same input (the third at debug level) write byte-identical SARIF and Checkstyle reports.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 3
def findingLines = { String run -> run.readLines().findAll { it ==~ /^\[(ERROR|WARNING|INFO)\] [\w\/.-]+:\[\d+,\d+\] \([a-z0-9-]+\) .*/ } }
runs.eachWithIndex { run, i ->
    assert run.contains('BUILD FAILURE')
    assert run.contains("[INFO] Report(s): target/run-${i + 1}/gitpod-config.sarif, target/run-${i + 1}/gitpod-config-checkstyle.xml")
    boolean sameFindings = findingLines(run) == findingLines(runs[0])
    assert sameFindings : "run ${i + 1} logged other findings than run 1"
}
assert findingLines(runs[0]).size() >= 10
assert runs[2].contains('[DEBUG] Checked docker/config.json')

['gitpod-config.sarif', 'gitpod-config-checkstyle.xml'].each { name ->
    def reports = (1..3).collect { new File(basedir, "target/run-${it}/${name}") }
    reports.each { assert it.isFile() && it.length() > 0 }
    reports.drop(1).each { report ->
        boolean same = Arrays.equals(report.bytes, reports[0].bytes)
        assert same : "${report} differs from ${reports[0]}"
    }
    String text = reports[0].getText('UTF-8')
    // No run-specific data: no time of day, no run timestamps, no report directory.
    assert !(text =~ /\d{4}-\d\d-\d\dT\d\d:\d\d/)
    assert !text.contains('startTimeUtc') && !text.contains('endTimeUtc')
    assert !text.contains('run-1')
}

// The reports carry everything that could vary: every kind of result, suppressions, fixes, overrides, escaping.
String sarifText = new File(basedir, 'target/run-1/gitpod-config.sarif').getText('UTF-8')
def errors = dev.gitpodconfig.report.SarifSchema.errors(sarifText)
assert errors.isEmpty() : errors.join('\n')
def run = new JsonSlurper().parseText(sarifText).runs[0]
assert run.results.size() == findingLines(runs[0]).size() + 1
assert run.results*.level.unique().sort() == ['error', 'note', 'warning']
assert run.results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri.unique().size() >= 5
assert run.results.find { it.suppressions }.suppressions[0].justification == 'the bucket moves to eu-west-2 in OPS-42'
assert run.results.count { it.fixes } >= 2
assert run.results.every { it.partialFingerprints['gitpodConfigFinding/v1'] ==~ /[0-9a-f]{32}/ }
assert run.invocations[0].ruleConfigurationOverrides*.descriptor*.id.sort() ==
        ['config-ignored-block', 'registry-aws-in-cluster-s3', 'registry-gitlab-unsupported']
assert run.results.find { it.message.text.contains('workspace&<exträ>') }

String xmlText = new File(basedir, 'target/run-1/gitpod-config-checkstyle.xml').getText('UTF-8')
assert xmlText.count('<error ') == findingLines(runs[0]).size()
assert xmlText.contains('workspace&amp;&lt;exträ&gt;')
// The XML parses, and holds every checked file.
def checkstyle = new groovy.xml.XmlSlurper().parseText(xmlText)
assert checkstyle.file.size() == 6
true
