// Package corpus runs kg over a corpus: it reads files, directories, globs,
// JSON Lines and standard input, keeps one shard of the documents, cuts
// large documents into blocks, extracts the parts on several goroutines
// and hands the results back in input order. It is what the kg command
// runs for extract, dot, mentions, facts, export and eval, open to Go
// programs.
//
// A Reader names the inputs and says how to read them; its Files method
// is a Source, and Text is the Source of one document in memory. Run
// extracts a Source's parts with an extract.Extractor:
//
//	r := &corpus.Reader{OnError: func(err error) { log.Print(err) }}
//	err := corpus.Run(ctx, x, r.Files([]string{"news/", "more.jsonl"}), corpus.Options{},
//		func(res corpus.Result) error {
//			return corpus.WriteMentions(w, res.Mentions)
//		})
//
// # Inputs
//
// A directory is read recursively, in name order, taking .txt, .text, .md,
// .jsonl and .ndjson files; links to directories are followed, each
// directory once. A name that does not exist and holds * ? or [ is a glob.
// "-" is Reader.Stdin. A file's document name is its path relative to
// Reader.DocBase or the working directory, cleaned ("./a.txt" is "a.txt"),
// so that re-running on the same files gives the same names however they
// were typed; a file outside that directory is named by its absolute path
// (see DocName). A relative name is made a path for graph (graph.DocPath),
// so that "news:2024.txt" is not read as an IRI.
//
// .jsonl and .ndjson files, and every input with Reader.JSONLines, hold
// one document per line, {"id": …, "text": …}; the id names the document
// (a string as it is, any other JSON value as its text). A line that is
// not such an object, whose id is null or "", or that is longer than
// Reader.MaxDocument is reported to Reader.OnError with its number and
// skipped; a byte-order mark before the first line is ignored. Invalid
// UTF-8 in a line is read as U+FFFD, as JSON decoders do, and reported to
// Reader.OnWarning.
//
// # Blocks
//
// A plain-text document is read in blocks of about BlockSize bytes, cut at
// line breaks, so memory stays bounded whatever its size; offsets in the
// results stay offsets into the whole document. A line too long for a
// block is cut inside it, and the blocks on either side share
// Reader.Overlap bytes (see Overlap), so that a name across the cut is
// found whole, once. With Reader.Survey set, a document of several blocks
// is read twice, so that each block is extracted knowing the whole
// document's names (extract.Whole). Character offsets
// (code points), like byte offsets, count from the start of the document:
// Part.Chars is Part.Base in characters.
//
// # Shards
//
// With Reader.Shards = N > 1, only the documents whose name hashes
// (FNV-1a, 64 bits) to Reader.Shard modulo N are read, so N processes
// anywhere split a corpus without talking to each other.
//
// # Concurrency
//
// Run is safe to call from several goroutines with different Readers; a
// Reader serves one Run at a time. handle is called from the goroutine
// that called Run, one result at a time.
package corpus
