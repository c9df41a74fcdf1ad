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
	"os"
	"path/filepath"
	"strings"
)

// blockSize is how much of a large plain-text document kg reads at once.
// A document is cut into blocks at line breaks (or, with none in sight, at
// a rune boundary) so that memory stays bounded whatever the file's size;
// offsets stay offsets into the whole document.
const blockSize = 1 << 20

// textExts are the files kg reads when it walks a directory.
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".jsonl": true, ".ndjson": true}

// unit is one piece of work: a document, or a block of a large one.
type unit struct {
	seq  int
	doc  string
	base int // offset of data in the document
	data []byte
}

// source walks the inputs and sends units in a fixed order. Inputs that
// cannot be read are reported through warn and counted in failed.
type source struct {
	stdin  io.Reader
	jsonl  bool // read every input as JSON Lines
	shard  int
	shards int
	warn   func(format string, a ...any)
	failed int
	seq    int
}

// expand turns the command line's inputs into file names: directories are
// walked (sorted, recursively, by textExts) and globs are expanded.
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
			werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					s.fail("%v", err)
					return nil
				}
				if !d.IsDir() && textExts[strings.ToLower(filepath.Ext(p))] {
					out = append(out, p)
				}
				return nil
			})
			if werr != nil {
				s.fail("%v", werr)
			}
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

func extList() string {
	return ".txt, .text, .md, .jsonl or .ndjson"
}

func (s *source) fail(format string, a ...any) {
	s.failed++
	s.warn(format, a...)
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
		name := f
		if f == "-" {
			r, name = s.stdin, "stdin"
		} else {
			if fi, err := os.Stat(f); err == nil && fi.IsDir() {
				s.fail("%s: is a directory", f)
				continue
			}
			file, err := os.Open(f)
			if err != nil {
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
		if c, isFile := r.(io.Closer); isFile {
			c.Close()
		}
		if !ok {
			return
		}
	}
}

// plain cuts one text document into blocks.
func (s *source) plain(doc string, r io.Reader, emit func(unit) bool) bool {
	if !s.mine(doc) {
		return true
	}
	br := bufio.NewReaderSize(r, 64<<10)
	base := 0
	var carry []byte
	for {
		buf := make([]byte, len(carry), blockSize+len(carry)+64<<10)
		copy(buf, carry)
		n, err := io.ReadFull(br, buf[len(carry):blockSize])
		buf = buf[:len(carry)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			s.fail("%s: %v", doc, err)
			return true
		}
		carry = nil
		if !eof {
			// Read on to the end of the line, up to 64 KiB, and keep what
			// follows the last line break for the next block.
			rest, _ := br.ReadSlice('\n')
			buf = append(buf, rest...)
			cut := bytes.LastIndexByte(buf, '\n') + 1
			if cut == 0 {
				cut = runeCut(buf)
			}
			carry = append([]byte(nil), buf[cut:]...)
			buf = buf[:cut]
		}
		if len(buf) > 0 || base == 0 {
			s.seq++
			if !emit(unit{seq: s.seq, doc: doc, base: base, data: buf}) {
				return false
			}
		}
		base += len(buf)
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

// decodeJSONDoc decodes one line of a JSON Lines corpus: the fast path,
// else encoding/json.
func decodeJSONDoc(b []byte) (id string, text []byte, err error) {
	if id, text, ok := decodeJSONLine(b); ok {
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
	return id, []byte(*d.Text), nil
}

// jsonLines reads {"id": ..., "text": ...} documents, one per line. A bad
// line is reported with its number and skipped.
func (s *source) jsonLines(name string, r io.Reader, emit func(unit) bool) bool {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			id, text, err := decodeJSONDoc(b)
			if err != nil {
				s.fail("%s:%d: %v", name, line, err)
			} else if s.mine(id) {
				s.seq++
				// text is part of b, which ReadBytes made for this
				// line alone: no copy needed.
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

// parseShard reads "I/N".
func parseShard(v string) (int, int, error) {
	var i, n int
	if _, err := fmt.Sscanf(v, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != v {
		return 0, 0, fmt.Errorf("--shard %q: want I/N with 0 <= I < N", v)
	}
	return i, n, nil
}
