// File names with line feeds, a carriage return and an escape sequence: printed raw, they would write lines of their
// own into the log (stopping the runner from reading commands, and forging an error on README.md) and colour it.
def text = new File(basedir, 'build.log').getText('UTF-8')
def lines = text.readLines()
assert !lines.any { it.startsWith('::stop-commands::') }
assert !lines.any { it.startsWith('::error file=README.md') }
assert !text.contains('\u001b') && !text.contains('\r')
def shown = 'evil\\n::stop-commands::pwnd\\n::error file=README.md,line=1::fake.yaml'
assert lines.any { it.startsWith("[ERROR] ${shown}:[4,10] (registry-ecr-unsupported) ") }
def property = 'evil\\n%3A%3Astop-commands%3A%3Apwnd\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Afake.yaml'
assert lines.any { it.startsWith("::error file=${property},line=4,col=10,title=registry-ecr-unsupported::") }
assert lines.any { it.startsWith('[WARNING] Skipped broken\\r\\u001b[31m.yaml: ') }
// On Linux a backslash is part of the name, not a directory separator.
assert lines.any { it.startsWith('[ERROR] gitpod\\gitpod.config.yaml:[4,10] (registry-ecr-unsupported) ') }
assert lines.count { it.startsWith('::error ') } == 2
assert text.contains('Checked 2 Gitpod config file(s): 2 error(s), 0 warning(s); 1 file(s) skipped (1 not YAML).')
true
