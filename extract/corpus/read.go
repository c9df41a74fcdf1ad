package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/graph"
)

// BlockSize is how much of a large plain-text document a Reader reads at
// once. A document is cut into blocks at line breaks (or, with none in
// sight, at a rune boundary) so that memory stays bounded whatever the
// file's size; offsets stay offsets into the whole document.
const BlockSize = 1 << 20

// MaxDocument is the largest document read whole (a JSON Lines line):
// offsets into a document are held in 32 bits. A text file is read in
// blocks and has no such limit.
const MaxDocument = math.MaxInt32

// textExts are the files a Reader takes when it walks a directory.
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".jsonl": true, ".ndjson": true}

// Part is one piece of work: a document, or a block of a large one.
type Part struct {
	Doc  string // the document's name: a path (see Reader.DocBase), a JSON Lines id, or "stdin"
	Base int    // offset of Data in the document, in bytes
	// Chars is Base in characters (code points), for the character
	// offsets of what is found in Data.
	Chars int
	Data  []byte
	// lo and hi, when hi > 0, are the part of Data this part answers
	// for: a block cut inside a line carries the text around the cut too,
	// so that a name across it is seen whole, and only what starts in
	// Data[lo:hi] is kept.
	lo, hi int
	seq    int // 1, 2, … in input order, set by Run
	// Whole, for a block of a document read twice (Reader.Survey), is
	// what the first reading found in the whole document.
	Whole *extract.Whole
}

// Owned returns the part of the document p answers for and its offset in
// the document.
func (p *Part) Owned() (base int, data []byte) {
	if p.hi == 0 {
		return p.Base, p.Data
	}
	return p.Base + p.lo, p.Data[p.lo:p.hi]
}

// A Source sends parts to emit in input order, and stops early when emit
// returns false.
type Source func(emit func(Part) bool)

// Text is the Source of one document held in memory.
func Text(doc string, data []byte) Source {
	return func(emit func(Part) bool) { emit(Part{Doc: doc, Data: data}) }
}

// Reader reads a corpus from files, directories, globs and standard input,
// as plain text or JSON Lines. Its zero value reads every document whole
// into one shard, blocks of a long line sharing nothing; set the fields
// before calling Files. A Reader is used by one Source at a time.
type Reader struct {
	// Stdin is read for the input "-".
	Stdin io.Reader
	// JSONLines reads every input as JSON Lines; .jsonl and .ndjson files
	// always are.
	JSONLines bool
	// DocBase is the directory a file's document name is relative to;
	// "" is the working directory (see DocName).
	DocBase string
	// Shard and Shards, when Shards > 1, keep only the documents whose
	// name hashes (FNV-1a) to Shard modulo Shards.
	Shard, Shards int
	// Overlap is how many bytes blocks cut inside a line share: enough to
	// hold the longest alias as it may be written (see Overlap).
	Overlap int
	// MaxDocument is the longest JSON Lines line read; 0 is MaxDocument.
	MaxDocument int
	// OnError is told of every input that could not be read, or of a bad
	// JSON Lines line; reading goes on with the next. Nil ignores them.
	OnError func(error)
	// OnWarning is told of input read with a change (invalid UTF-8 in a
	// JSON Lines line). Nil ignores them.
	OnWarning func(error)
	// Survey, when not nil, reads a plain-text document of more than one
	// block twice: first through Survey's matcher, so that each block is
	// then extracted knowing the whole document's names (see
	// extract.Whole): a short alias counts where the document names its
	// entity by another form anywhere, and the main person is the whole
	// document's. A document from a pipe or a terminal is copied to a
	// temporary file to be read twice.
	Survey *extract.Extractor

	failed int
}

// Failed is the number of inputs and lines reported to OnError so far.
func (s *Reader) Failed() int { return s.failed }

// Overlap is the Reader.Overlap that dictionaries need: the longest form in
// bytes, times 4 for the forms text may take (full-width letters are 3
// bytes for 1, a typo adds a letter), and a little for the word boundary
// after it.
func Overlap(ds ...*dict.Dictionary) int {
	longest := 0
	for _, d := range ds {
		for _, e := range d.Entities {
			longest = max(longest, len(e.Name))
			for _, a := range e.Aliases {
				longest = max(longest, len(a.Text))
			}
		}
	}
	return 4*longest + 16
}

// Files is the Source of the inputs named by args: a directory is walked
// (recursively, in name order, taking .txt, .text, .md, .jsonl and .ndjson
// files, following links to directories, each once), a name that does not
// exist and holds * ? or [ is expanded as a glob, and "-" is s.Stdin.
func (s *Reader) Files(args []string) Source {
	return func(emit func(Part) bool) { s.each(s.expand(args), emit) }
}

// expand turns inputs into file names: directories are walked and globs
// are expanded.
func (s *Reader) expand(args []string) []string {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		fi, err := os.Stat(a)
		switch {
		case err == nil && fi.IsDir():
			n := len(out)
			s.walk(a, []os.FileInfo{fi}, &out)
			if len(out) == n {
				s.fail(fmt.Errorf("%s: a directory with no %s files", a, extList()))
			}
		case err != nil && strings.ContainsAny(a, "*?["):
			matches, gerr := filepath.Glob(a)
			if gerr != nil || len(matches) == 0 {
				s.fail(fmt.Errorf("%s: no file matches", a))
			}
			out = append(out, matches...)
		default:
			out = append(out, a) // errors surface when it is opened
		}
	}
	return out
}

// walk appends the text files under dir to out, in name order, and walks
// subdirectories in place, links to directories included. ancestors are
// the directories above, so that a link back to one is not followed
// round a loop.
func (s *Reader) walk(dir string, ancestors []os.FileInfo, out *[]string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		s.fail(err)
		return
	}
	for _, d := range entries {
		p := filepath.Join(dir, d.Name())
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				if !slices.ContainsFunc(ancestors, func(a os.FileInfo) bool { return os.SameFile(a, fi) }) {
					s.walk(p, append(ancestors, fi), out)
				}
				continue
			}
		}
		if d.IsDir() {
			fi, err := d.Info()
			if err != nil {
				s.fail(err)
				continue
			}
			s.walk(p, append(ancestors, fi), out)
			continue
		}
		if TextFile(p) {
			*out = append(*out, p)
		}
	}
}

// TextFile reports whether a Reader walking a directory reads the file
// at path, by its extension.
func TextFile(path string) bool {
	return textExts[strings.ToLower(filepath.Ext(path))]
}

func extList() string {
	return ".txt, .text, .md, .jsonl or .ndjson"
}

func (s *Reader) fail(err error) {
	s.failed++
	if s.OnError != nil {
		s.OnError(err)
	}
}

func (s *Reader) warn(err error) {
	if s.OnWarning != nil {
		s.OnWarning(err)
	}
}

// mine reports whether doc belongs to this shard.
func (s *Reader) mine(doc string) bool {
	if s.Shards <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(doc))
	return int(h.Sum64()%uint64(s.Shards)) == s.Shard
}

// each reads every input and calls emit for every part, in order. It stops
// early when emit returns false.
func (s *Reader) each(files []string, emit func(Part) bool) {
	for _, f := range files {
		var r io.Reader
		name := DocName(s.DocBase, f)
		var file *os.File
		if f == "-" {
			r, name = s.Stdin, "stdin"
			if r == nil {
				r = strings.NewReader("")
			}
		} else {
			if fi, err := os.Stat(f); err == nil && fi.IsDir() {
				s.fail(fmt.Errorf("%s: is a directory", f))
				continue
			}
			var err error
			if file, err = os.Open(f); err != nil {
				s.fail(err)
				continue
			}
			r = file
		}
		ext := strings.ToLower(filepath.Ext(f))
		var ok bool
		if s.JSONLines || ext == ".jsonl" || ext == ".ndjson" {
			ok = s.jsonLines(name, r, emit)
		} else {
			ok = s.plain(name, r, emit)
		}
		if file != nil {
			file.Close() // not stdin, which is the caller's
		}
		if !ok {
			return
		}
	}
}

// plain cuts one text document into blocks. A block ends at a line break
// where there is one in sight; a line too long for a block is cut inside,
// and the blocks on either side of such a cut share s.Overlap bytes.
func (s *Reader) plain(doc string, r io.Reader, emit func(Part) bool) bool {
	if !s.mine(doc) {
		return true
	}
	if s.Survey == nil {
		return s.blocks(doc, r, emit)
	}
	var rs io.ReadSeeker
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if fi.Size() <= BlockSize {
				return s.blocks(doc, r, emit)
			}
			rs = f
		}
	}
	if rs == nil {
		// A pipe or a terminal: a document longer than a block is copied
		// to a temporary file, to be read twice.
		br := bufio.NewReaderSize(r, 64<<10)
		head, err := io.ReadAll(io.LimitReader(br, BlockSize+1))
		if err != nil || len(head) <= BlockSize {
			if err != nil {
				s.fail(fmt.Errorf("%s: %w", doc, err))
			}
			return s.blocks(doc, bytes.NewReader(head), emit)
		}
		tmp, err := os.CreateTemp("", "kg-doc-*")
		if err != nil {
			s.fail(fmt.Errorf("%s: a copy to read twice: %w", doc, err))
			return true
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		if _, err := io.Copy(tmp, io.MultiReader(bytes.NewReader(head), br)); err != nil {
			s.fail(fmt.Errorf("%s: a copy to read twice: %w", doc, err))
			return true
		}
		rs = tmp
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		s.fail(fmt.Errorf("%s: %w", doc, err))
		return true
	}
	// The first reading reports no error: the second meets it again.
	w := &extract.Whole{}
	onError, failed := s.OnError, s.failed
	s.OnError = nil
	s.blocks(doc, rs, func(p Part) bool { s.Survey.Survey(w, p.Data); return true })
	s.OnError, s.failed = onError, failed
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		s.fail(fmt.Errorf("%s: %w", doc, err))
		return true
	}
	return s.blocks(doc, rs, func(p Part) bool { p.Whole = w; return emit(p) })
}

// blocks cuts one text document into blocks and emits them; see plain.
func (s *Reader) blocks(doc string, r io.Reader, emit func(Part) bool) bool {
	// A small file gets buffers its size, not a block's: making (and
	// zeroing) 1 MiB and 64 KiB for each of many small files was a fifth
	// of a run over a directory of them. A file that grows after the
	// Stat is read on in blocks as usual.
	block, ahead := BlockSize, 64<<10
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < int64(block) {
			block = int(fi.Size()) + 1
			ahead = min(ahead, block+16)
		}
	}
	br := bufio.NewReaderSize(r, ahead)
	base, chars := 0, 0
	var carry []byte
	var lead []byte // the end of the last block, when it was cut inside a line
	for {
		buf := make([]byte, len(carry), max(block, len(carry))+ahead)
		copy(buf, carry)
		n, err := io.ReadFull(br, buf[len(carry):max(block, len(carry))])
		buf = buf[:len(carry)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			s.fail(fmt.Errorf("%s: %w", doc, err))
			return true
		}
		carry = nil
		var tail []byte
		inLine := false
		if !eof {
			// Read on to the end of the line, up to 64 KiB, and keep what
			// follows the last line break for the next block.
			rest, _ := br.ReadSlice('\n')
			buf = append(buf, rest...)
			cut := bytes.LastIndexByte(buf, '\n') + 1
			if cut == 0 {
				cut, inLine = runeCut(buf), true
			}
			carry = append([]byte(nil), buf[cut:]...)
			buf = buf[:cut]
			if inLine && s.Overlap > 0 {
				if len(carry) < s.Overlap {
					more := make([]byte, s.Overlap-len(carry))
					m, _ := io.ReadFull(br, more) // an error shows on the next read
					carry = append(carry, more[:m]...)
				}
				tail = carry[:min(len(carry), s.Overlap)]
			}
		}
		if len(buf) > 0 || base == 0 {
			p := Part{Doc: doc, Base: base, Chars: chars, Data: buf}
			if len(lead) > 0 || len(tail) > 0 {
				p.Data = slices.Concat(lead, buf, tail)
				p.Base, p.lo, p.hi = base-len(lead), len(lead), len(lead)+len(buf)
				p.Chars -= utf8.RuneCount(lead)
			}
			if !emit(p) {
				return false
			}
		}
		lead = nil
		if inLine && s.Overlap > 0 {
			start := max(0, len(buf)-s.Overlap)
			for start < len(buf) && !utf8.RuneStart(buf[start]) {
				start++
			}
			lead = buf[start:]
		}
		base += len(buf)
		chars += utf8.RuneCount(buf)
		if eof && len(carry) == 0 {
			return true
		}
	}
}

// DocName names the document read from the file at path: its path
// relative to docBase ("" is the working directory), cleaned, with
// forward slashes, so that "./a.txt", "sub/../a.txt" and the absolute path
// of a.txt in docBase are one document, and a re-run gives the same
// names. A file outside docBase is named by its absolute path, the same
// from any directory (its IRI in graph is a file: IRI). A relative name
// is made a path for graph (graph.DocPath), so that "news:2024.txt" is
// not read as an IRI.
func DocName(docBase, path string) string {
	p := filepath.Clean(path)
	if docBase == "" && !filepath.IsAbs(p) && !upward(p) {
		return graph.DocPath(filepath.ToSlash(p)) // relative to the working directory already
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return graph.DocPath(filepath.ToSlash(p))
	}
	if docBase == "" {
		docBase = "."
	}
	if base, err := filepath.Abs(docBase); err == nil {
		if rel, err := filepath.Rel(base, abs); err == nil && !upward(rel) {
			return graph.DocPath(filepath.ToSlash(rel))
		}
	}
	return filepath.ToSlash(abs)
}

// upward reports whether the clean relative path p leaves its directory.
func upward(p string) bool {
	return p == ".." || strings.HasPrefix(p, ".."+string(filepath.Separator))
}

// runeCut returns the last offset of b that does not split a UTF-8 rune.
func runeCut(b []byte) int {
	for i := len(b); i > 0 && i > len(b)-4; i-- {
		if c := b[i-1]; c < 0x80 || c >= 0xC0 {
			if c < 0x80 {
				return i
			}
			return i - 1
		}
	}
	return len(b)
}

// jsonDoc is one line of a JSON Lines corpus.
type jsonDoc struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// errNoID is the error for a JSON Lines document without a usable id.
var errNoID = errors.New(`want {"id": ..., "text": ...} with an id that is not null or ""`)

// decodeJSONDoc decodes one line of a JSON Lines corpus: the fast path,
// else encoding/json. An id that is null or "" is refused: every such
// document would have the same name.
func decodeJSONDoc(b []byte) (id string, text []byte, err error) {
	if id, text, ok := decodeJSONLine(b); ok {
		if id == "" {
			return "", nil, errNoID
		}
		return id, text, nil
	}
	var d jsonDoc
	if err := json.Unmarshal(b, &d); err != nil {
		return "", nil, err
	}
	if d.Text == nil || len(d.ID) == 0 {
		return "", nil, errors.New(`want {"id": ..., "text": ...}`)
	}
	id = string(d.ID)
	var str string
	if json.Unmarshal(d.ID, &str) == nil {
		id = str
	}
	if id == "" { // "" or null
		return "", nil, errNoID
	}
	return id, []byte(*d.Text), nil
}

// jsonLines reads {"id": ..., "text": ...} documents, one per line. A bad
// line, or one longer than the longest document, is reported with its
// number and skipped. A byte-order mark before the first line is ignored.
func (s *Reader) jsonLines(name string, r io.Reader, emit func(Part) bool) bool {
	limit := s.MaxDocument
	if limit <= 0 {
		limit = MaxDocument
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, long, err := readLine(br, limit)
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		switch {
		case long:
			s.fail(fmt.Errorf("%s:%d: a line of more than %s: skipped (split the document, or give it as a text file)", name, line, sizeString(limit)))
		case len(bytes.TrimSpace(b)) > 0:
			id, text, err := decodeJSONDoc(b)
			if err != nil {
				s.fail(fmt.Errorf("%s:%d: %w", name, line, err))
				break
			}
			if !utf8.Valid(b) {
				_, n := InvalidUTF8(b)
				s.warn(fmt.Errorf("%s:%d: invalid UTF-8 (%d bad bytes) read as U+FFFD, as JSON decoders do: offsets count 3 bytes for each", name, line, n))
			}
			if s.mine(id) {
				// text is part of b, which readLine made for this line
				// alone: no copy needed.
				if !emit(Part{Doc: id, Data: text}) {
					return false
				}
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			s.fail(fmt.Errorf("%s: %w", name, err))
			return true
		}
	}
}

// readLine reads a line, its line break included. A line longer than
// limit is read to its end but not kept: long is true and line nil.
func readLine(br *bufio.Reader, limit int) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long && len(line)+len(chunk) > limit {
			long, line = true, nil
		}
		if !long {
			line = append(line, chunk...)
		}
		if err != bufio.ErrBufferFull {
			return line, long, err
		}
	}
}

// sizeString says n bytes the short way when it is a round number.
func sizeString(n int) string {
	switch {
	case n == MaxDocument:
		return "2 GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseShard reads a shard given as "I/N", 0 <= I < N.
func ParseShard(v string) (shard, shards int, err error) {
	var i, n int
	if _, err := fmt.Sscanf(v, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != v {
		return 0, 0, errors.New("want I/N with 0 <= I < N")
	}
	return i, n, nil
}

// InvalidUTF8 returns the offset of the first invalid UTF-8 byte in b, or
// -1, and how many there are.
func InvalidUTF8(b []byte) (first, n int) {
	first = -1
	if utf8.Valid(b) {
		return first, 0 // the common case, checked much faster
	}
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += w
	}
	return first, n
}
