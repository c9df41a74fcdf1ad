// Package graph turns the entities and facts kg found into a knowledge graph
// and writes it as RDF N-Quads or as a Graphviz DOT drawing, and for the
// tools people load graphs into: WriteFacts (JSON lines), WriteNeo4j
// (neo4j-admin CSV and a MERGE script), WriteKuzu (Kùzu DDL, COPY script
// and CSV), WriteGraphML and WriteJSONLD. Vocabulary returns the Turtle
// that says what kg's classes and properties mean.
//
// Build makes the model; WriteNQuads and WriteDOT write it. Both writers
// sort and deduplicate what they write, so the same input gives the same
// bytes on every run, and both escape every name themselves: the quad
// library leaves IRI encoding and some literal escaping to its caller.
//
//	g, err := graph.Build(entities, facts, graph.Options{})
//	err = g.WriteNQuads(w)
//
// NQuadsWriter writes the same statements without the graph, a document
// at a time, for a corpus too large to hold: each document's lines are
// sorted and deduplicated, and an entity or relation is written with the
// first document that uses it. Sorted together and deduplicated, its
// output is WriteNQuads's for the whole corpus.
//
// # IRIs
//
// Every IRI kg mints lives under Options.Base (DefaultBase if empty):
//
//	Base + "entity/" + ID           an entity
//	Base + "rel/" + relation        a relation, used as the predicate
//	Base + "vocab/" + name          kg's own classes and properties
//	Base + "fact/" + 16 hex digits  the named graph of one fact
//	Base + "provenance"             the named graph of all evidence
//	Base + "doc/" + Doc             a document named by a relative path
//
// IDs and relation names are percent-encoded as UTF-8 bytes, everything
// outside [A-Za-z0-9-._~] included, so the mapping is one-to-one and the
// result is plain ASCII: ID "ilya-sutskever" gives …/entity/ilya-sutskever,
// ID "a b/c" gives …/entity/a%20b%2Fc. A predicate's local name is the
// relation name, so …/rel/advisor.
//
// A document name (Evidence.Doc) that is already an absolute IRI, with a
// scheme of two letters or more ("https:", "urn:", "file:"), is used as it
// is, with characters RFC 3987 does not allow where they stand
// percent-encoded (spaces, brackets, a second "#", a non-numeric port, and
// non-ASCII, which keeps the result a URI). Anything else is a path under
// Base+"doc/" with everything but [A-Za-z0-9-._~/] percent-encoded.
// One-letter schemes are refused so that "C:\notes.txt" is a file name.
// An absolute path ("/data/a.txt") is a file: IRI (file:///data/a.txt),
// percent-encoded like a path under Base, so that a file named by its
// absolute path is one document whichever directory kg ran in.
// A leading "./" marks a path ("./a.txt" is Base+"doc/a.txt"); DocPath
// adds it to a file name that would otherwise read as an IRI.
//
// # Statements
//
// In the default graph, for each entity:
//
//	<e> rdf:type <https://schema.org/Person>   (Organization, Place; a Project
//	                                            is a schema:CreativeWork)
//	<e> rdf:type <Base+"vocab/Person">          kg's own class, the dict.Type
//	<e> rdfs:label "canonical name"
//	<e> skos:altLabel "alias"@lang             each alias but the name
//	<e> <Base+"vocab/id"> "ID"
//
// A Project is a schema:CreativeWork, not a SoftwareSourceCode: kg's
// projects are research efforts and products as often as code, and
// schema:Project is still pending and a kind of Organization.
//
// An alias's language tag is its Alias.Lang when that is a well-formed BCP 47
// tag (in canonical form, "zh_CN" becomes "zh-CN"), else "zh" for text with
// Han characters, "en" for text whose letters are all Latin script (names as
// English text writes them), else none. Aliases are skos:altLabel so that
// rdfs:label stays the one canonical name.
//
// For each relation used, in the default graph:
//
//	<Base+"rel/advisor"> rdf:type rdf:Property
//	<Base+"rel/advisor"> rdfs:label "advisor"
//
// Each fact is one triple in a named graph of its own, so that a statement
// can be traced to each sentence that states it:
//
//	<subject> <Base+"rel/advisor"> <object> <G> .
//
// G is Base+"fact/" and the first 16 hex digits of SHA-256 over the fact's
// fields (subject ID, relation, object ID, document, start, end, role, time,
// sentence; each length-prefixed; not the rule, so that a fact keeps its IRI
// when the rules change). Facts equal in all of them are one graph; the same triple stated by two sentences is in two graphs.
//
// The provenance graph Base+"provenance" describes each G:
//
//	G prov:wasDerivedFrom <document>
//	G <Base+"vocab/sentence"> "the sentence"
//	G <Base+"vocab/start"> "12"^^xsd:integer    byte offsets, half-open
//	G <Base+"vocab/end"> "40"^^xsd:integer
//	G <Base+"vocab/role"> "首席科学家"           if the fact has a Role
//	G <Base+"vocab/time"> "2012"                 if the fact has a Time
//	G <Base+"vocab/rule"> "worksFor: {s} joined {o} (builtin_relations.yaml:170)"
//	                                             the rule that made the fact
//	<document> rdf:type schema:CreativeWork
//
// so SPARQL reaches a fact's sentence with
//
//	SELECT ?s WHERE {
//	  GRAPH ?g { <e1> <Base+"rel/advisor"> <e2> }
//	  GRAPH <Base+"provenance"> { ?g <Base+"vocab/sentence"> ?s }
//	}
//
// # N-Quads
//
// Output is N-Quads 1.1, one statement per line, lines sorted bytewise and
// deduplicated (by NQuadsWriter, within each document). Literals use the canonical escapes of RDF 1.2 N-Triples:
// \b \t \n \f \r \" \\ as ECHAR, other C0 controls and DEL as \u00XX,
// everything else (non-BMP and right-to-left text included) as UTF-8.
// Each byte of invalid UTF-8 in a name or sentence is written as U+FFFD,
// in the output only; in IRIs it is percent-encoded like any other byte.
// The output is checked against the quad library's reader, rapper and
// Oxigraph.
//
// # DOT
//
// WriteDOT draws only entities that take part in a fact, sorted by ID, and
// one edge per distinct (subject, relation, object), however many sentences
// state it, labelled with the relation. People are light blue ellipses,
// organizations light orange boxes, projects light green notes and places
// light grey houses; the label is the canonical name.
//
// Node IDs and labels are DOT double-quoted strings. Graphviz keeps a quoted
// ID as written except for \", so an ID is escaped one-to-one: \ and " get
// a backslash, and control characters, DEL and invalid UTF-8 bytes become
// the text \xHH. Labels are read as escStrings: \ and " get a backslash, so
// no \N or \l can come from the text and a trailing backslash cannot eat the
// closing quote; line breaks become \n, a tab a space, other controls their
// Control Pictures (␀, ␛, …) and invalid UTF-8 U+FFFD. Graphviz decodes
// HTML entities in labels, so an "&" that starts one ("&amp;", "&#38;")
// is written "&amp;": the label "AT&amp;T" shows as typed.
//
// A Graph is immutable after Build and safe for concurrent use.
package graph
