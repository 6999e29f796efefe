// The schema goal writes both schema files, which validate the project's configs and reject a typo; it never
// replaces a file it did not write.
import dev.gitpodconfig.schema.EditorValidation

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2

def directory = new File(basedir, 'target/gitpod-config/schema')
def installer = new File(directory, 'gitpod-installer-config-2022.11.3.schema.json')
def kots = new File(directory, 'gitpod-kots-configvalues.schema.json')
assert runs[0].contains('[INFO] JSON Schema: ' + installer.canonicalPath)
assert runs[0].contains('[INFO] JSON Schema: ' + kots.canonicalPath)
assert runs[0].contains('BUILD SUCCESS')
[installer, kots].each { file ->
    def schema = new groovy.json.JsonSlurper().parse(file)
    assert schema['$schema'] == 'http://json-schema.org/draft-07/schema#'
    assert schema['$comment'].startsWith('Written by the schema goal of gitpod-config-maven-plugin ')
    assert EditorValidation.metaSchemaErrors(file.text).isEmpty()
}

def installerSchema = EditorValidation.load(installer.text)
def config = new File(basedir, 'gitpod/gitpod.config.yaml').text
EditorValidation.Reading.values().each { reading ->
    assert EditorValidation.errors(installerSchema, config, reading).isEmpty()
    def typo = EditorValidation.errors(installerSchema, config.replace('  external:', '  externl:'), reading)
    assert !typo.isEmpty()
    assert typo.any { it.contains('externl') }
    def kotsSchema = EditorValidation.load(kots.text)
    def values = new File(basedir, 'kots/config-values.yaml').text
    assert EditorValidation.errors(kotsSchema, values, reading).isEmpty()
    assert !EditorValidation.errors(kotsSchema, values.replace('value: none', 'value: s4'), reading).isEmpty()
}

def inTheWay = new File(basedir, 'in-the-way')
assert runs[1].contains('exists and was not written by this plugin, so it is not replaced')
assert runs[1].contains('BUILD FAILURE')
assert new File(inTheWay, 'gitpod-kots-configvalues.schema.json').text == '{"title": "the team\'s own schema"}\n'
assert !new File(inTheWay, 'gitpod-installer-config-2022.11.3.schema.json').exists()
true
