// A schema file of the team's own where the second invocation writes: it must stay as it is.
new File(basedir, 'target').deleteDir()
def inTheWay = new File(basedir, 'in-the-way')
inTheWay.deleteDir()
inTheWay.mkdirs()
new File(inTheWay, 'gitpod-kots-configvalues.schema.json').text = '{"title": "the team\'s own schema"}\n'
true
