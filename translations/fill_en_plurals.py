# Fills the English numerus forms of translations/lagebild_en.ts from the "(s)"/"(es)" sources.
import re, html
import os
p=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lagebild_en.ts')
s=open(p).read()
VERB_SING={' are ':' is ',' were ':' was ',' have ':' has ',' point ':' points ',' name ':' names '}
def forms(src):
    one=re.sub(r'(\w+)\((s|es)\)', r'\1', src)
    many=re.sub(r'(\w+)\((s|es)\)', r'\1\2', src)
    for a,b in VERB_SING.items():
        # only verbs right after the counted noun phrase
        one=re.sub(r'(%L?n [^.;:,]*?)'+re.escape(a), lambda m: m.group(1)+b, one, count=1)
    return one, many
# Singular forms the rules above cannot make.
SINGULAR={
 '%n open alert(s) of severity 1 match partner intelligence': '%n open alert of severity 1 matches partner intelligence',
 '%n alert(s) in the period match partner intelligence': '%n alert in the period matches partner intelligence',
 '%n partner report(s) in the period state a high threat level': '%n partner report in the period states a high threat level',
 '%1: %Ln alert(s) match intelligence': '%1: %Ln alert matches intelligence',
 '%n attribute(s) of MISP type &quot;%1&quot; have no STIX equivalent and were kept as x-misp-attribute objects (not matched against sensor data).':
 '%n attribute of MISP type &quot;%1&quot; has no STIX equivalent and was kept as an x-misp-attribute object (not matched against sensor data).',
 '%n object reference(s) point to records that are not in this event; no relationship was created.':
 '%n object reference points to a record that is not in this event; no relationship was created.',
 '%n proposal(s) (shadow attributes) were not imported: they are unconfirmed suggestions.':
 '%n proposal (shadow attribute) was not imported: it is an unconfirmed suggestion.',
 '%n row(s) of hashes.csv are not &quot;event uuid, MD5&quot; in either order and were ignored.':
 '%n row of hashes.csv is not &quot;event uuid, MD5&quot; in either order and was ignored.',
 '%n row(s) of hashes.csv name events that manifest.json does not list.':
 '%n row of hashes.csv names an event that manifest.json does not list.',
 '%n file(s) rejected; nothing of them was stored.': '%n file rejected; nothing of it was stored.',
 'All %Ln alert(s) matching the filter are selected; actions apply to all of them.':
 'The %Ln alert matching the filter is selected; actions apply to it.',
}

def fix(m):
    block=m.group(0)
    if '<numerusform>' in block and '<numerusform></numerusform>' not in block and 'unfinished' not in block:
        return block
    src=re.search(r'<source>(.*?)</source>',block,re.S).group(1)
    one,many=forms(src)
    one=SINGULAR.get(src,one)
    new='<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>'%(one,many)
    return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', new, block, flags=re.S)
s=re.sub(r'<message numerus="yes">.*?</message>', fix, s, flags=re.S)
open(p,'w').write(s)
for m in re.finditer(r'<numerusform>(.*?)</numerusform>',s):
    pass
