// Turns kg's JSON-LD (argv[2]) into RDF with jsonld.js and compares it
// with kg's N-Quads (argv[3]), both written by rdf-canonize's N-Quads
// serializer. Prints {quads, onlyJSONLD, onlyNQuads}.
import jsonld from "jsonld";
import canonize from "rdf-canonize";
import fs from "node:fs";

const { NQuads } = canonize;
const doc = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
// No document loader: the context is inline, and nothing may be fetched.
const opts = { documentLoader: async (url) => { throw new Error(`would fetch ${url}`); } };
// Language tags are compared in lower case: BCP 47 tags are
// case-insensitive, and jsonld.js lowercases them (zh-Hans gives zh-hans).
const serialize = (q) => {
  if (q.object.language) q.object.language = q.object.language.toLowerCase();
  return NQuads.serializeQuad(q);
};
const fromJSONLD = (await jsonld.toRDF(doc, opts)).map(serialize);
const fromNQ = NQuads.parse(fs.readFileSync(process.argv[3], "utf8")).map(serialize);
const a = new Set(fromJSONLD), b = new Set(fromNQ);
console.log(JSON.stringify({
  quads: a.size,
  expanded: (await jsonld.expand(doc, opts)).length,
  onlyJSONLD: [...a].filter((q) => !b.has(q)).slice(0, 20),
  onlyNQuads: [...b].filter((q) => !a.has(q)).slice(0, 20),
}));
