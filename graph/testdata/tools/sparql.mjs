// Loads files into one Oxigraph store (Turtle into the default graph,
// N-Quads as they are) and runs a SPARQL SELECT: sparql.mjs FILE... QUERY.
// Prints one JSON object per row.
import oxigraph from "oxigraph";
import fs from "node:fs";

const args = process.argv.slice(2);
const query = args.pop();
const store = new oxigraph.Store();
for (const f of args) {
  const format = f.endsWith(".ttl") ? "text/turtle" : "application/n-quads";
  store.load(fs.readFileSync(f, "utf8"), { format });
}
for (const b of store.query(query)) {
  const row = {};
  for (const [k, v] of b) row[k] = v.value;
  console.log(JSON.stringify(row));
}
