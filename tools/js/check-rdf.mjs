// check-rdf.mjs: strict third-party checks of kg's RDF and JSON-LD exports,
// called from Go tests (exporters/, cmd/kg/). Every command prints the
// dataset it read as sorted, de-duplicated N-Quads lines in one canonical
// spelling, so the Go side can compare formats and parsers with each other.
//
//   node check-rdf.mjs check nt|nq|ttl FILE   (N3.js and Oxigraph must agree)
//   node check-rdf.mjs parse n3|oxigraph nt|nq|ttl FILE
//   node check-rdf.mjs jsonld FILE        (jsonld.js toRDF, safe mode, no remote documents)
//   node check-rdf.mjs sparql NQFILE QUERY  (Oxigraph; prints the bindings as JSON lines)
//
// Any parse error exits 1 with the parser's message on stderr.
import { readFileSync } from 'node:fs';
// Each command loads only the parsers it uses: start-up time is most of a run.
const N3 = async () => (await import('n3')).default;
const oxigraph = async () => await import('oxigraph');

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const media = { nt: 'application/n-triples', nq: 'application/n-quads', ttl: 'text/turtle' };
const n3format = { nt: 'N-Triples', nq: 'N-Quads', ttl: 'Turtle' };

function esc(s) {
  return s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]);
}

// term writes an RDF/JS term (N3.js, Oxigraph and jsonld.js all use that
// shape) as N-Quads.
function term(t) {
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return `_:${t.value}`;
    case 'DefaultGraph': return '';
    case 'Quad': return `<<( ${term(t.subject)} ${term(t.predicate)} ${term(t.object)} )>>`;
    case 'Literal': {
      let s = `"${esc(t.value)}"`;
      if (t.language) return s + '@' + t.language;
      const dt = t.datatype && (t.datatype.value || t.datatype);
      if (dt && dt !== XSD_STRING) s += `^^<${dt}>`;
      return s;
    }
  }
  throw new Error('unknown term type ' + t.termType);
}

function canonical(quads) {
  const lines = new Set();
  for (const q of quads) {
    const g = term(q.graph);
    lines.add(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)}${g ? ' ' + g : ''} .`);
  }
  return [...lines].sort().join('\n') + (lines.size ? '\n' : '');
}

function print(quads) {
  process.stdout.write(canonical(quads));
}

async function parse(parser, fmt, text) {
  if (parser === 'n3') return new (await N3()).Parser({ format: n3format[fmt] }).parse(text);
  // parse, not a Store: the store normalises literals ("8.0E-1" → "0.8").
  if (parser === 'oxigraph') return (await oxigraph()).parse(text, { format: media[fmt] });
  throw new Error('unknown parser ' + parser);
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'check') {
    const [fmt, file] = args;
    const text = readFileSync(file, 'utf8');
    const a = canonical(await parse('n3', fmt, text));
    const b = canonical(await parse('oxigraph', fmt, text));
    if (a !== b) throw new Error(`N3.js and Oxigraph read different datasets from ${file}`);
    process.stdout.write(a);
  } else if (cmd === 'parse') {
    const [parser, fmt, file] = args;
    print(await parse(parser, fmt, readFileSync(file, 'utf8')));
  } else if (cmd === 'jsonld') {
    const doc = JSON.parse(readFileSync(args[0], 'utf8'));
    const documentLoader = async (url) => {
      throw new Error('remote document refused: ' + url);
    };
    // jsonld.js returns RDF/JS-like quads whose terms carry termType/value.
    const jsonld = (await import('jsonld')).default;
    print(await jsonld.toRDF(doc, { safe: true, documentLoader }));
  } else if (cmd === 'sparql') {
    const [file, query] = args;
    const store = new (await oxigraph()).Store();
    store.load(readFileSync(file, 'utf8'), { format: media.nq });
    const res = store.query(query, { use_default_graph_as_union: true });
    for (const b of res) {
      const row = {};
      for (const [k, v] of b) row[k] = v.value;
      process.stdout.write(JSON.stringify(row) + '\n');
    }
  } else {
    throw new Error('usage: check-rdf.mjs parse|jsonld|sparql …');
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.message ? e.message : e).split('\n')[0] + '\n');
  process.exit(1);
});
