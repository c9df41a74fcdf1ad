// Loads kg's Kùzu export (argv[2]) into an in-memory Kùzu database by
// running its load.cypher, and, given kg's Neo4j export too (argv[3]),
// loads a second database with the Kùzu schema and the Neo4j MERGE script,
// run twice (an upsert must not duplicate), and reads the Neo4j CSV files
// with Kùzu's CSV reader. Prints one JSON object per database with what
// the queries returned.
import kuzu from "kuzu";
import fs from "node:fs";
import path from "node:path";

// statements splits a Cypher script at the semicolons outside strings,
// quoted names and comment lines.
function statements(text) {
  const out = [];
  let cur = "", quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      cur += c;
      if (c === "\\" && quote !== "`") { cur += text[++i]; continue; }
      if (c === quote) quote = null;
      continue;
    }
    if (c === "/" && text[i + 1] === "/" && cur.trim() === "") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === ";") { if (cur.trim()) out.push(cur.trim()); cur = ""; continue; }
    if (c === '"' || c === "'" || c === "`") quote = c;
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

async function all(conn, q) {
  try {
    return await (await conn.query(q)).getAll();
  } catch (e) {
    throw new Error(`${e.message}\nin: ${q.slice(0, 300)}`);
  }
}

async function report(conn) {
  const nodes = (await all(conn, "MATCH (n) RETURN count(*) AS n"))[0].n;
  const rels = (await all(conn, "MATCH ()-[r]->() RETURN count(*) AS n"))[0].n;
  const advisor = await all(conn,
    "MATCH (a:Person)-[r:advisor]->(b:Person) RETURN a.id AS student, b.id AS advisor, r.sentence AS sentence, r.charStart AS charStart ORDER BY student, advisor, charStart, r.fact");
  const entities = await all(conn, "MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.sameAs AS sameAs ORDER BY id");
  const facts = await all(conn, "MATCH (a)-[r]->(b) RETURN a.id AS s, label(r) AS rel, b.id AS o, r.fact AS fact, r.sentence AS sentence, r.role AS role, r.time AS time ORDER BY fact");
  return { nodes: Number(nodes), rels: Number(rels), advisor, entities, facts };
}

const [kuzuDir, neo4jDir] = process.argv.slice(2).map((d) => path.resolve(d));
const out = {};

{
  const db = new kuzu.Database(":memory:");
  const conn = new kuzu.Connection(db);
  process.chdir(kuzuDir); // the script names its files relative to its directory
  for (const s of statements(fs.readFileSync("load.cypher", "utf8"))) await all(conn, s);
  out.kuzu = await report(conn);
}

if (neo4jDir) {
  const db = new kuzu.Database(":memory:");
  const conn = new kuzu.Connection(db);
  for (const s of statements(fs.readFileSync(path.join(kuzuDir, "load.cypher"), "utf8"))) {
    if (s.startsWith("CREATE ")) await all(conn, s);
  }
  // Neo4j's constraints have no Kùzu form (its primary keys are them).
  const script = statements(fs.readFileSync(path.join(neo4jDir, "import.cypher"), "utf8"))
    .filter((s) => !s.startsWith("CREATE CONSTRAINT"));
  for (let round = 0; round < 2; round++) {
    for (const s of script) await all(conn, s);
  }
  out.neo4jScript = await report(conn);
  // The CSV files, read with their neo4j-admin headers.
  process.chdir(neo4jDir);
  const csvNodes = [];
  for (const f of fs.readdirSync(".").filter((f) => f.startsWith("nodes_")).sort()) {
    const rows = await all(conn, `LOAD WITH HEADERS (id STRING, name STRING, aliases STRING, sameAs STRING, label STRING) FROM '${f}' (header=true, parallel=false) RETURN id, name, aliases, sameAs, label`);
    csvNodes.push(...rows);
  }
  const header = fs.readFileSync("relationships.csv", "utf8").split("\n")[0];
  const csvRels = await all(conn,
    "LOAD WITH HEADERS (s STRING, o STRING, type STRING, fact STRING, doc STRING, sentence STRING, byteStart INT64, byteEnd INT64, charStart INT64, charEnd INT64, role STRING, time STRING, rule STRING, subjectHow STRING, objectHow STRING) FROM 'relationships.csv' (header=true, parallel=false) RETURN s, o, type, fact, sentence");
  out.neo4jCSV = { header, nodes: csvNodes, rels: csvRels };
}
console.log(JSON.stringify(out));
