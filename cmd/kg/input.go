package main

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
)

// blockSize is how much of a large plain-text document kg reads at once.
// A document is cut into blocks at line breaks (or, with none in sight, at
// a rune boundary) so that memory stays bounded whatever the file's size;
// offsets stay offsets into the whole document.
const blockSize = 1 << 20

// textExts are the files kg reads when it walks a directory.
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".jsonl": true, ".ndjson": true}

// maxDocument is the largest document kg reads whole (a JSON Lines line):
// offsets into a document are held in 32 bits. A text file is read in
// blocks and has no such limit.
const maxDocument = math.MaxInt32

// unit is one piece of work: a document, or a block of a large one.
type unit struct {
	seq  int
	doc  string
	base int // offset of data in the document
	// chars is base in characters (code points), for character offsets.
	chars int
	data  []byte
	// lo and hi, when hi > 0, are the part of data this unit answers for:
	// a block cut inside a line carries the text around the cut too, so
	// that a name across it is seen whole, and only what starts in
	// data[lo:hi] is kept.
	lo, hi int
}

// owned returns the part of the document the unit answers for and its
// offset.
func (u *unit) owned() (base int, data []byte) {
	if u.hi == 0 {
		return u.base, u.data
	}
	return u.base + u.lo, u.data[u.lo:u.hi]
}

// source walks the inputs and sends units in a fixed order. Inputs that
// cannot be read are reported through fail and counted in failed;
// warnings through warn.
type source struct {
	stdin io.Reader
	jsonl bool // read every input as JSON Lines
	// docBase is the directory document names are relative to (--doc-base).
	docBase string
	shard   int
	shards  int
	// overlap is how many bytes blocks cut inside a line share: enough
	// to hold the longest alias as it may be written.
	overlap int
	// maxDoc is the longest JSON Lines line read (maxDocument).
	maxDoc int
	errorf func(format string, a ...any)
	warn   func(format string, a ...any)
	failed int
	seq    int
}

// expand turns the command line's inputs into file names: directories are
// walked (sorted, recursively, by textExts, following links to
// directories) and globs are expanded.
func (s *source) expand(args []string) []string {
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
				s.fail("%s: a directory with no %s files", a, extList())
			}
		case err != nil && strings.ContainsAny(a, "*?["):
			matches, gerr := filepath.Glob(a)
			if gerr != nil || len(matches) == 0 {
				s.fail("%s: no file matches", a)
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
func (s *source) walk(dir string, ancestors []os.FileInfo, out *[]string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		s.fail("%v", err)
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
				s.fail("%v", err)
				continue
			}
			s.walk(p, append(ancestors, fi), out)
			continue
		}
		if textExts[strings.ToLower(filepath.Ext(p))] {
			*out = append(*out, p)
		}
	}
}

func extList() string {
	return ".txt, .text, .md, .jsonl or .ndjson"
}

func (s *source) fail(format string, a ...any) {
	s.failed++
	s.errorf(format, a...)
}

// mine reports whether doc belongs to this process's shard.
func (s *source) mine(doc string) bool {
	if s.shards <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(doc))
	return int(h.Sum64()%uint64(s.shards)) == s.shard
}

// each reads every input and calls emit for every unit, in order. It stops
// early when emit returns false.
func (s *source) each(files []string, emit func(unit) bool) {
	for _, f := range files {
		var r io.Reader
		// A file's document name is its path, cleaned (./a.txt is a.txt)
		// and never read as an IRI (news:2024.txt is a file).
		name := docName(s.docBase, f)
		var file *os.File
		if f == "-" {
			r, name = s.stdin, "stdin"
		} else {
			if fi, err := os.Stat(f); err == nil && fi.IsDir() {
				s.fail("%s: is a directory", f)
				continue
			}
			var err error
			if file, err = os.Open(f); err != nil {
				s.fail("%v", err)
				continue
			}
			r = file
		}
		ext := strings.ToLower(filepath.Ext(f))
		var ok bool
		if s.jsonl || ext == ".jsonl" || ext == ".ndjson" {
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
// and the blocks on either side of such a cut share s.overlap bytes.
func (s *source) plain(doc string, r io.Reader, emit func(unit) bool) bool {
	if !s.mine(doc) {
		return true
	}
	br := bufio.NewReaderSize(r, 64<<10)
	base, chars := 0, 0
	var carry []byte
	var lead []byte // the end of the last block, when it was cut inside a line
	for {
		buf := make([]byte, len(carry), max(blockSize, len(carry))+64<<10)
		copy(buf, carry)
		n, err := io.ReadFull(br, buf[len(carry):max(blockSize, len(carry))])
		buf = buf[:len(carry)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			s.fail("%s: %v", doc, err)
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
			if inLine && s.overlap > 0 {
				if len(carry) < s.overlap {
					more := make([]byte, s.overlap-len(carry))
					m, _ := io.ReadFull(br, more) // an error shows on the next read
					carry = append(carry, more[:m]...)
				}
				tail = carry[:min(len(carry), s.overlap)]
			}
		}
		if len(buf) > 0 || base == 0 {
			u := unit{doc: doc, base: base, chars: chars, data: buf}
			if len(lead) > 0 || len(tail) > 0 {
				u.data = slices.Concat(lead, buf, tail)
				u.base, u.lo, u.hi = base-len(lead), len(lead), len(lead)+len(buf)
				u.chars -= utf8.RuneCount(lead)
			}
			s.seq++
			u.seq = s.seq
			if !emit(u) {
				return false
			}
		}
		lead = nil
		if inLine && s.overlap > 0 {
			start := max(0, len(buf)-s.overlap)
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
// line, or one longer than s.maxDoc, is reported with its number and
// skipped. A byte-order mark before the first line is ignored.
func (s *source) jsonLines(name string, r io.Reader, emit func(unit) bool) bool {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, long, err := readLine(br, s.maxDoc)
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		switch {
		case long:
			s.fail("%s:%d: a line of more than %s: skipped (split the document, or give it as a text file)", name, line, sizeString(s.maxDoc))
		case len(bytes.TrimSpace(b)) > 0:
			id, text, err := decodeJSONDoc(b)
			if err != nil {
				s.fail("%s:%d: %v", name, line, err)
				break
			}
			if !utf8.Valid(b) {
				_, n := badBytes(b)
				s.warn("%s:%d: invalid UTF-8 (%d bad bytes) read as U+FFFD, as JSON decoders do: offsets count 3 bytes for each", name, line, n)
			}
			if s.mine(id) {
				s.seq++
				// text is part of b, which readLine made for this line
				// alone: no copy needed.
				if !emit(unit{seq: s.seq, doc: id, data: text}) {
					return false
				}
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			s.fail("%s: %v", name, err)
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
	case n == maxDocument:
		return "2 GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// parseShard reads "I/N".
func parseShard(v string) (int, int, error) {
	var i, n int
	if _, err := fmt.Sscanf(v, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != v {
		return 0, 0, fmt.Errorf("--shard %q: want I/N with 0 <= I < N", v)
	}
	return i, n, nil
}
