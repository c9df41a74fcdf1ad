// load.mjs loads N-Quads into an Oxigraph store, with Oxigraph's full
// validation of IRIs and language tags, and runs one SPARQL query.
//
//	node load.mjs FILE|- [QUERY]
//
// FILE "-" reads standard input. Without QUERY it prints {"quads":N}.
// A SELECT prints one JSON object per solution, {"var":"value",...}, with
// each term's lexical value; an ASK prints {"ask":true|false}. Any error
// goes to standard error with exit status 1. node_modules must be in this
// directory (npm ci).
import { readFileSync } from "node:fs";
import { Store } from "oxigraph";

const [file, query] = process.argv.slice(2);
if (!file) {
  console.error("usage: node load.mjs FILE|- [QUERY]");
  process.exit(2);
}
try {
  // Raw bytes, not a decoded string: Oxigraph must see invalid UTF-8.
  const data = readFileSync(file === "-" ? 0 : file);
  const store = new Store();
  store.load(data, { format: "application/n-quads" });
  if (query === undefined) {
    console.log(JSON.stringify({ quads: store.size }));
  } else {
    const res = store.query(query);
    if (typeof res === "boolean") {
      console.log(JSON.stringify({ ask: res }));
    } else {
      for (const row of res) {
        const out = {};
        for (const [name, term] of row) {
          out[name] = term.value;
        }
        console.log(JSON.stringify(out));
      }
    }
  }
} catch (err) {
  console.error(String(err && err.message ? err.message : err));
  process.exit(1);
}
