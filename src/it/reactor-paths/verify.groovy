// Two modules with a config at the same path, built with -T 2: console lines, annotations' paths, SARIF and
// Checkstyle name each finding's module; each module's SARIF run has its own automation id, and the runs uploaded
// together (as github/codeql-action/upload-sarif combines the files of a directory) hold exactly the findings the
// modules logged.
import groovy.json.JsonSlurper
import java.util.regex.Pattern

def log = new File(basedir, 'build.log').text
assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 2/
assert log.contains('BUILD SUCCESS')
def modules = ['module-a', 'module-b']
modules.each { module -> assert log.count(":check (default) @ ${module} ---") == 1 }
// The top project only aggregates its modules: it runs no check of its own.
assert !log.contains(':check (default) @ reactor-paths ---')

// Every finding line starts with its module's directory; none is relative to a module.
Pattern finding = ~/^\[(?:WARNING|INFO|ERROR)\] ([^\s:]+):\[(\d+),(\d+)\] \(([a-z0-9-]+)\) .*$/
def logged = log.readLines().collect { it =~ finding }.findAll { it.matches() }
        .collect { [it.group(1), it.group(2) as int, it.group(3) as int, it.group(4)] }
assert !logged.isEmpty()
assert logged.every { it[0].startsWith('module-a/gitpod/') || it[0].startsWith('module-b/gitpod/') } : logged
assert log.contains('[WARNING] module-a/gitpod/gitpod.config.yaml:[6,10] (registry-ecr-unsupported) ')
assert log.contains('[WARNING] module-b/gitpod/gitpod.config.yaml:[6,10] (registry-gitlab-unsupported) ')
assert log.contains('[WARNING] module-b/gitpod/gitpod.config.yaml:[10,1] (config-unknown-key) ')
assert !(log =~ /(?m)^\[\w+\] gitpod\/gitpod\.config\.yaml:/)
modules.each { module ->
    assert log.contains("[INFO] Report(s): ${module}/target/gitpod-config/gitpod-config.sarif, "
            + "${module}/target/gitpod-config/gitpod-config-checkstyle.xml")
}

// %SRCROOT% is the top of the build, so the URIs resolve to the files from any module's report.
String top = basedir.toPath().toAbsolutePath().normalize().toUri().toString()
def uploaded = []
modules.each { module ->
    String text = new File(basedir, "${module}/target/gitpod-config/gitpod-config.sarif").getText('UTF-8')
    def errors = dev.gitpodconfig.report.SarifSchema.errors(text)
    assert errors.isEmpty() : errors.join('\n')
    def sarif = new JsonSlurper().parseText(text)
    assert sarif.runs.size() == 1
    def run = sarif.runs[0]
    assert run.automationDetails.id == "gitpod-config/${module}/"
    assert run.originalUriBaseIds['%SRCROOT%'].uri == top
    run.results.each { result ->
        def location = result.locations[0].physicalLocation
        assert location.artifactLocation.uriBaseId == '%SRCROOT%'
        assert location.artifactLocation.uri.startsWith("${module}/gitpod/")
        assert new File(URI.create(top).resolve(location.artifactLocation.uri)).isFile()
    }
    uploaded.addAll(sarif.runs)

    // Checkstyle keeps absolute paths (what Jenkins warnings-ng and reviewdog resolve).
    File checkstyleFile = new File(basedir, "${module}/target/gitpod-config/gitpod-config-checkstyle.xml")
    String checkstyle = checkstyleFile.getText('UTF-8')
    String absolute = new File(basedir, "${module}/gitpod/gitpod.config.yaml").toPath().toAbsolutePath().normalize()
    assert checkstyle.contains("<file name=\"${absolute}\">")
    assert checkstyle.count('<error ') == logged.count { it[0].startsWith("${module}/") }
}

// Uploaded together, the runs stay apart: GitHub keys a run on its tool and category (the automation id up to its
// last '/'), and no two runs share both.
def categories = uploaded.collect { run ->
    String id = run.automationDetails.id
    run.tool.driver.name + ' ' + id.substring(0, id.lastIndexOf('/'))
}
assert categories.unique(false).size() == uploaded.size()
// The upload holds exactly the findings the modules logged, with the same path, line and column.
def reported = uploaded.collectMany { run ->
    run.results.collect { result ->
        def location = result.locations[0].physicalLocation
        [location.artifactLocation.uri, location.region.startLine, location.region.startColumn, result.ruleId]
    }
}
assert reported.sort() == logged.sort()
true
