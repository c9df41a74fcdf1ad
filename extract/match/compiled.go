package match

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// CompiledMagic starts every compiled dictionary file.
const CompiledMagic = "KGDICT4\n"

// IsOlderCompiled reports whether head, the start of a file, is the start
// of a dictionary compiled by an older kg, in a format this one no longer
// reads.
func IsOlderCompiled(head []byte) bool {
	return len(head) >= len(CompiledMagic) && string(head[:6]) == "KGDICT" &&
		'1' <= head[6] && head[6] < CompiledMagic[6] && head[7] == '\n'
}

// ErrNotCompiled is returned by ReadCompiled for data that does not start
// with CompiledMagic.
var ErrNotCompiled = errors.New("not a compiled kg dictionary")

// Compiled is a dictionary's entities with their matching automaton built,
// so that a large gazetteer is loaded without building it again.
//
// The file holds, after CompiledMagic: the entities with their aliases,
// head nouns and same-as links, then the normalised texts the automaton is built from with the patterns
// of each, the typo-tolerance index if any (little-endian arrays), then the
// SHA-256 of all that. Loading rebuilds the automaton from the texts. Loading checks the sum and every index, so a damaged or hostile
// file is refused, never followed.
type Compiled struct {
	Dict    *dict.Dictionary // entities only
	matcher *Matcher         // over Forms of Dict.Entities in order, fuzzy index included

	// texts are the texts of the matcher's groups, in order. Compile
	// keeps them and leaves the automaton to the first call of Matcher:
	// writing the file needs only them.
	texts []string
	built sync.Once
}

// Compile prepares the automaton for d's entities (relation rules are not
// kept: they stay in YAML); it is built when Matcher is first called. The
// typo-tolerance index, which for a large gazetteer is as big as the
// automaton, is included only with opt.Fuzzy. opt.Fold is ignored: the
// file format keeps no folding, so a compiled dictionary matches without
// it.
func Compile(d *dict.Dictionary, opt MatcherOptions) *Compiled {
	ents := &dict.Dictionary{Entities: d.Entities}
	pats := PatternsOf(ents)
	m := &Matcher{cased: map[int32][]byte{}}
	texts := m.group(m.normalizePatterns(pats))
	if opt.Fuzzy {
		m.fuzzy = newFuzzyIndex(m, pats, texts)
	}
	return &Compiled{Dict: ents, matcher: m, texts: texts}
}

// Matcher returns the automaton over the forms of c.Dict's entities, in
// the order PatternsOf gives them. It is safe to call from several
// goroutines.
func (c *Compiled) Matcher() *Matcher {
	c.built.Do(func() {
		if c.matcher.states == nil {
			c.matcher.build(c.texts)
		}
	})
	return c.matcher
}

// PatternsOf lists the matcher patterns of d's entities: each entity's
// Forms, in order. Extractor and Compiled both number forms this way.
func PatternsOf(d *dict.Dictionary) []Pattern {
	n := 0
	for _, e := range d.Entities {
		n += e.NumForms()
	}
	pats := make([]Pattern, 0, n)
	for _, e := range d.Entities {
		// Forms without the slice it makes: the name, unless an alias
		// replaces it, then the aliases.
		if e.NumForms() > len(e.Aliases) {
			pats = append(pats, Pattern{Text: e.Name})
		}
		for _, a := range e.Aliases {
			pats = append(pats, Pattern{Text: a.Text, CaseSensitive: a.CaseSensitive, NoFuzzy: a.NoFuzzy || a.Short})
		}
	}
	return pats
}

// WriteTo writes the compiled dictionary.
func (c *Compiled) WriteTo(w io.Writer) (int64, error) {
	h := sha256.New()
	cw := &countWriter{w: io.MultiWriter(w, h)}
	bw := bufio.NewWriterSize(cw, 1<<20)
	e := &encoder{w: bw}
	e.raw([]byte(CompiledMagic))
	npat := 0
	for _, ent := range c.Dict.Entities {
		npat += ent.NumForms()
	}
	e.uint(uint64(npat))
	// The entity table is one section, so that loading makes its strings
	// out of one allocation. Its length comes first: a first pass counts
	// it, rather than holding the table in memory.
	size := &countWriter{w: io.Discard}
	te := &encoder{w: bufio.NewWriter(size)}
	writeEntities(te, c.Dict.Entities)
	if te.err == nil {
		te.err = te.w.Flush()
	}
	if te.err != nil {
		return 0, te.err
	}
	e.uint(uint64(size.n))
	writeEntities(e, c.Dict.Entities)
	texts := c.texts
	if texts == nil {
		texts = c.matcher.groupTexts()
	}
	c.matcher.encode(e, texts)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return cw.n, e.err
	}
	n, err := w.Write(h.Sum(nil))
	return cw.n + int64(n), err
}

// writeEntities writes the entity table.
func writeEntities(e *encoder, ents []*dict.Entity) {
	e.uint(uint64(len(ents)))
	for _, ent := range ents {
		e.str(ent.ID)
		e.str(ent.Name)
		e.str(string(ent.Type))
		e.uint(uint64(len(ent.Aliases)))
		for _, a := range ent.Aliases {
			e.str(a.Text)
			e.str(a.Lang)
			var flags uint64
			for i, f := range []bool{a.CaseSensitive, a.Short, a.NoFuzzy} {
				if f {
					flags |= 1 << i
				}
			}
			e.uint(flags)
		}
		for _, list := range [][]string{ent.Nouns, ent.SameAs} {
			e.uint(uint64(len(list)))
			for _, s := range list {
				e.str(s)
			}
		}
	}
}

// ReadCompiled loads a compiled dictionary. It reads r once, without
// holding the file in memory beside what it decodes.
func ReadCompiled(r io.Reader) (*Compiled, error) {
	h := sha256.New()
	br := bufio.NewReaderSize(r, 1<<20)
	head := make([]byte, len(CompiledMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != CompiledMagic {
		return nil, ErrNotCompiled
	}
	h.Write(head)
	d := &decoder{r: br, h: h}
	npat := d.count(1 << 30)
	// The entity table is parsed while the automaton is read.
	tbl := d.text()
	var ents []*dict.Entity
	var entErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		ents, entErr = readEntities(tbl)
	}()
	m := decodeMatcher(d, npat)
	<-done
	if d.err == nil && entErr != nil {
		d.err = entErr
	}
	c := &Compiled{Dict: &dict.Dictionary{Entities: ents}, matcher: m}
	if d.err == nil {
		n := 0
		for _, ent := range ents {
			n += ent.NumForms()
		}
		if n != npat {
			d.err = errors.New("entity table and automaton disagree")
		}
	}
	if d.err == nil {
		sum := make([]byte, sha256.Size)
		_, err := io.ReadFull(br, sum)
		switch {
		case err != nil:
			d.err = errors.New("truncated")
		case !bytes.Equal(sum, h.Sum(nil)):
			d.err = errors.New("checksum mismatch (damaged or truncated file)")
		default:
			if _, err := br.ReadByte(); err != io.EOF {
				d.err = errors.New("trailing data")
			}
		}
	}
	if d.err != nil {
		if errors.Is(d.err, io.ErrUnexpectedEOF) || errors.Is(d.err, io.EOF) {
			d.err = errors.New("truncated")
		}
		return nil, fmt.Errorf("compiled dictionary: %w", d.err)
	}
	return c, nil
}

// readEntities parses the entity table: one section whose strings all
// share one allocation.
func readEntities(section string) ([]*dict.Entity, error) {
	t := &table{s: section}
	n := t.count(1 << 28)
	ents := make([]*dict.Entity, 0, n)
	// Entities and aliases are made a block at a time, not one by one: a
	// gazetteer has a million.
	var entBlock []dict.Entity
	var aliasBlock []dict.Alias
	for i := 0; i < n && t.err == nil; i++ {
		if len(entBlock) == 0 {
			entBlock = make([]dict.Entity, min(n-i, 1<<12))
		}
		ent := &entBlock[0]
		entBlock = entBlock[1:]
		ent.ID, ent.Name, ent.Type = t.str(), t.str(), dict.Type(t.str())
		if !ent.Type.Valid() && t.err == nil {
			t.err = fmt.Errorf("entity %q: unknown type %q", ent.Name, ent.Type)
		}
		na := t.count(1 << 24)
		if na > 0 {
			if len(aliasBlock) < na {
				aliasBlock = make([]dict.Alias, max(na, 1<<12))
			}
			ent.Aliases = aliasBlock[:0:na]
			aliasBlock = aliasBlock[na:]
		}
		for j := 0; j < na && t.err == nil; j++ {
			a := dict.Alias{Text: t.str(), Lang: t.str()}
			flags := t.uint()
			a.CaseSensitive, a.Short, a.NoFuzzy = flags&1 != 0, flags&2 != 0, flags&4 != 0
			ent.Aliases = append(ent.Aliases, a)
		}
		ent.Nouns = t.strs()
		ent.SameAs = t.strs()
		ents = append(ents, ent)
	}
	if t.err == nil && t.s != "" {
		t.err = errors.New("trailing data in the entity table")
	}
	return ents, t.err
}

// strs reads a count and that many strings; none is nil.
func (t *table) strs() []string {
	n := t.count(1 << 24)
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for j := 0; j < n && t.err == nil; j++ {
		out = append(out, t.str())
	}
	return out
}

// table reads varints and strings out of one string without copying.
type table struct {
	s   string
	err error
}

func (t *table) uint() uint64 {
	if t.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(t.s) && i < binary.MaxVarintLen64; i++ {
		c := t.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			t.s = t.s[i+1:]
			return v
		}
	}
	t.err = errors.New("bad number in the entity table")
	return 0
}

func (t *table) count(limit int) int {
	v := t.uint()
	if v > uint64(limit) || v > uint64(len(t.s)) {
		t.err = errors.New("length out of range in the entity table")
		return 0
	}
	return int(v)
}

func (t *table) str() string {
	n := t.uint()
	if t.err != nil || n > uint64(len(t.s)) {
		t.err = errors.New("entity table truncated")
		return ""
	}
	v := t.s[:n]
	t.s = t.s[n:]
	if !utf8.ValidString(v) {
		t.err = errors.New("invalid UTF-8 in a name")
	}
	return v
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// encoder writes varints, strings and little-endian arrays, keeping the
// first error.
type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) raw(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uint(v uint64) { e.raw(binary.AppendUvarint(e.buf[:0], v)) }

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) i32s(s []int32) {
	writeWords(e, s, func(b []byte, v int32) []byte { return binary.LittleEndian.AppendUint32(b, uint32(v)) })
}

func (e *encoder) u64s(s []uint64) { writeWords(e, s, binary.LittleEndian.AppendUint64) }

func (e *encoder) u32s(s []uint32) { writeWords(e, s, binary.LittleEndian.AppendUint32) }

// writeWords writes the length of s and its words, each appended by word,
// a block at a time: a large typo index has tens of millions.
func writeWords[T any](e *encoder, s []T, word func([]byte, T) []byte) {
	e.uint(uint64(len(s)))
	var block []byte
	for len(s) > 0 && e.err == nil {
		block = block[:0]
		k := min(len(s), 1<<13)
		for _, v := range s[:k] {
			block = word(block, v)
		}
		e.raw(block)
		s = s[k:]
	}
}

func (e *encoder) bytes(b []byte) {
	e.uint(uint64(len(b)))
	e.raw(b)
}

// decoder reads what encoder wrote, hashing every byte, and refuses
// lengths over the limits the caller gives. Arrays are read in chunks so
// that a lying length costs at most what the file really holds.
type decoder struct {
	r   *bufio.Reader
	h   hash.Hash
	err error
	buf []byte
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	var tmp [binary.MaxVarintLen64]byte
	n := 0
	for {
		c, err := d.r.ReadByte()
		if err != nil {
			d.err = io.ErrUnexpectedEOF
			return 0
		}
		if n == len(tmp) {
			d.fail("bad number")
			return 0
		}
		tmp[n] = c
		n++
		if c < 0x80 {
			break
		}
	}
	d.h.Write(tmp[:n])
	v, k := binary.Uvarint(tmp[:n])
	if k <= 0 {
		d.fail("bad number")
		return 0
	}
	return v
}

// count reads a length of at most limit.
func (d *decoder) count(limit int) int {
	v := d.uint()
	if v > uint64(limit) {
		d.fail("length out of range")
		return 0
	}
	return int(v)
}

// chunks reads n bytes in pieces, handing each to f.
func (d *decoder) chunks(n int, f func([]byte)) {
	if cap(d.buf) < 1<<16 {
		d.buf = make([]byte, 1<<16)
	}
	for n > 0 && d.err == nil {
		b := d.buf[:min(n, len(d.buf))]
		if _, err := io.ReadFull(d.r, b); err != nil {
			d.err = io.ErrUnexpectedEOF
			return
		}
		d.h.Write(b)
		f(b)
		n -= len(b)
	}
}

func (d *decoder) take(n int) []byte {
	out := make([]byte, 0, min(n, 1<<26))
	d.chunks(n, func(b []byte) { out = append(out, b...) })
	return out
}

// The array readers take a length, then that many little-endian words,
// read in chunks that hold whole words.

func (d *decoder) i32s() []int32 {
	return readWords(d, 4, func(out []int32, b []byte) []int32 {
		for i := 0; i+4 <= len(b); i += 4 {
			out = append(out, int32(binary.LittleEndian.Uint32(b[i:])))
		}
		return out
	})
}

func (d *decoder) u32s() []uint32 {
	return readWords(d, 4, func(out []uint32, b []byte) []uint32 {
		for i := 0; i+4 <= len(b); i += 4 {
			out = append(out, binary.LittleEndian.Uint32(b[i:]))
		}
		return out
	})
}

func (d *decoder) u64s() []uint64 {
	return readWords(d, 8, func(out []uint64, b []byte) []uint64 {
		for i := 0; i+8 <= len(b); i += 8 {
			out = append(out, binary.LittleEndian.Uint64(b[i:]))
		}
		return out
	})
}

// readWords reads a length and that many words of size bytes; words
// appends the words of a chunk to out.
func readWords[T any](d *decoder, size int, words func(out []T, chunk []byte) []T) []T {
	n := d.count(1 << 30)
	out := make([]T, 0, min(n, 1<<28/size))
	d.chunks(size*n, func(b []byte) { out = words(out, b) })
	return out
}

// text reads a length and that many bytes as a string, with no copy
// beside the string itself.
func (d *decoder) text() string {
	n := d.count(1 << 30)
	var b strings.Builder
	b.Grow(min(n, 1<<26))
	d.chunks(n, func(p []byte) { b.Write(p) })
	return b.String()
}

func (d *decoder) bytes() []byte {
	return d.take(d.count(1 << 30))
}

// encode writes the automaton: texts, the texts of its groups, front-coded
// in their sorted order, and the patterns of each group. The trie, its
// layout and its links are rebuilt on load from the texts: they would make
// the file four times larger.
func (m *Matcher) encode(e *encoder, texts []string) {
	e.uint(uint64(len(m.grpLen)))
	e.bytes(frontCode(texts))
	e.i32s(m.grpFirst)
	e.i32s(m.grpIDs)
	cased := make([]byte, len(m.grpCased))
	for i, c := range m.grpCased {
		if c {
			cased[i] = 1
		}
	}
	e.bytes(cased)
	ids := make([]int32, 0, len(m.cased))
	for id := range m.cased {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	e.uint(uint64(len(ids)))
	for _, id := range ids {
		e.uint(uint64(id))
		e.bytes(m.cased[id])
	}
	fz := m.fuzzy
	if fz == nil {
		e.uint(0)
		return
	}
	e.uint(1)
	e.i32s(fz.runes)
	e.i32s(fz.off)
	e.i32s(fz.words)
	e.i32s(fz.id)
	e.u64s(fz.keys)
	e.i32s(fz.post)
	e.u64s(fz.filter)
	e.uint(uint64(fz.fshift))
	e.u32s(fz.bucket)
	e.uint(uint64(fz.bshift))
}

// groupTexts returns the text of each group, read off the trie depth
// first.
func (m *Matcher) groupTexts() []string {
	texts := make([]string, len(m.grpLen))
	type frame struct{ s, k int32 }
	stack := []frame{{0, m.states[0].first}}
	var path []byte
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.k == m.states[f.s+1].first {
			stack = stack[:len(stack)-1]
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			continue
		}
		v := m.edgeNext[f.k]
		path = append(path, m.edgeByte[f.k])
		f.k++
		if g := m.states[v].out; g >= 0 {
			texts[g] = string(path)
		}
		stack = append(stack, frame{v, m.states[v].first})
	}
	return texts
}

// frontCode writes each text as the length of the prefix it shares with
// the one before, the length of the rest, and the rest.
func frontCode(texts []string) []byte {
	// The rests add up to the trie's edges, fewer than the texts' bytes;
	// the lengths take two bytes each but for long texts.
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	out := make([]byte, 0, size+4*len(texts))
	prev := ""
	for _, t := range texts {
		l := sharedPrefix(prev, t)
		out = binary.AppendUvarint(out, uint64(l))
		out = binary.AppendUvarint(out, uint64(len(t)-l))
		out = append(out, t[l:]...)
		prev = t
	}
	return out
}

// frontDecode reads n texts that frontCode wrote, and checks that they are
// non-empty, distinct and sorted, as build needs.
func frontDecode(b []byte, n int) ([]string, error) {
	bad := errors.New("automaton: bad group texts")
	// First the total length, so that the texts share one allocation.
	total := 0
	rest := b
	for range n {
		l, k1 := binary.Uvarint(rest)
		if k1 <= 0 {
			return nil, bad
		}
		r, k2 := binary.Uvarint(rest[k1:])
		if k2 <= 0 || r > uint64(len(rest)-k1-k2) || l > 1<<30 {
			return nil, bad
		}
		total += int(l + r)
		if total > 1<<31-1 {
			return nil, bad
		}
		rest = rest[k1+k2+int(r):]
	}
	if len(rest) != 0 {
		return nil, bad
	}
	var all strings.Builder
	all.Grow(total)
	ends := make([]int, 0, n)
	prev := ""
	for range n {
		l, k1 := binary.Uvarint(b)
		r, k2 := binary.Uvarint(b[k1:])
		if int(l) > len(prev) {
			return nil, bad
		}
		all.WriteString(prev[:l])
		all.Write(b[k1+k2 : k1+k2+int(r)])
		b = b[k1+k2+int(r):]
		ends = append(ends, all.Len())
		// A view of what was just written, to compare with the next.
		s := all.String()
		start := 0
		if len(ends) > 1 {
			start = ends[len(ends)-2]
		}
		t := s[start:]
		if len(t) == 0 || len(ends) > 1 && t <= prev {
			return nil, bad
		}
		prev = t
	}
	s := all.String()
	texts := make([]string, n)
	start := 0
	for i, end := range ends {
		texts[i] = s[start:end]
		start = end
	}
	return texts, nil
}

// decodeMatcher reads an automaton for npat patterns, checks that every
// index in it points inside its array, and rebuilds it.
func decodeMatcher(d *decoder, npat int) *Matcher {
	m := &Matcher{cased: map[int32][]byte{}}
	ng := d.count(1 << 30)
	coded := d.bytes()
	m.grpFirst = d.i32s()
	m.grpIDs = d.i32s()
	cased := d.bytes()
	m.decodeCased(d, npat)
	if d.err != nil {
		return nil
	}
	if len(cased) != ng || len(m.grpFirst) != ng+1 {
		d.fail("inconsistent automaton")
		return nil
	}
	texts, err := frontDecode(coded, ng)
	if err != nil {
		d.err = err
		return nil
	}
	m.grpLen = make([]int32, ng)
	for g, t := range texts {
		m.grpLen[g] = int32(len(t))
	}
	m.grpCased = make([]bool, len(cased))
	for i, c := range cased {
		m.grpCased[i] = c != 0
	}
	m.checkGroups(d, npat)
	if d.uint() == 1 {
		m.fuzzy = decodeFuzzy(d, npat)
	}
	if d.err != nil {
		return nil
	}
	m.build(texts)
	return m
}

// decodeCased reads the NFKC forms of the case-sensitive patterns, and
// the empty form of each acronym, into m.cased.
func (m *Matcher) decodeCased(d *decoder, npat int) {
	nc := d.count(npat)
	for i := 0; i < nc && d.err == nil; i++ {
		id := d.uint()
		b := d.bytes()
		if id >= uint64(npat) {
			d.fail("case-sensitive pattern out of range")
		}
		m.cased[int32(id)] = b
	}
}

// inRange reports whether v is an index into an array of length n.
func inRange(v, n int32) bool { return v >= 0 && v < n }

// checkGroups checks that the groups' pattern ranges are in order and in
// range, and that every pattern index is below npat.
func (m *Matcher) checkGroups(d *decoder, npat int) {
	for g := range m.grpLen {
		if m.grpFirst[g] < 0 || m.grpFirst[g] > m.grpFirst[g+1] || m.grpLen[g] <= 0 {
			d.fail("automaton: group out of range")
		}
	}
	if m.grpFirst[0] != 0 || int(m.grpFirst[len(m.grpLen)]) != len(m.grpIDs) {
		d.fail("automaton: groups out of range")
	}
	for _, id := range m.grpIDs {
		if !inRange(id, int32(npat)) {
			d.fail("automaton: pattern out of range")
		}
	}
}

func decodeFuzzy(d *decoder, npat int) *fuzzyIndex {
	fz := &fuzzyIndex{first: map[rune]bool{}}
	rs := d.i32s()
	fz.off = d.i32s()
	fz.words = d.i32s()
	fz.id = d.i32s()
	fz.keys = d.u64s()
	fz.post = d.i32s()
	fz.filter = d.u64s()
	fz.fshift = uint(d.uint())
	fz.bucket = d.u32s()
	fz.bshift = uint(d.uint())
	if d.err != nil {
		return nil
	}
	ne := len(fz.id)
	if ne == 0 || len(fz.off) != ne+1 || len(fz.words) != ne || len(fz.post) != len(fz.keys) ||
		len(fz.filter) == 0 || fz.fshift > 64 || fz.bshift > 64 || len(fz.bucket) < 2 ||
		len(fz.filter) != 1<<(64-fz.fshift) || len(fz.bucket) != 1<<(64-fz.bshift)+1 {
		d.fail("inconsistent fuzzy index")
		return nil
	}
	fz.runes = rs
	for e := range ne {
		a, b := fz.off[e], fz.off[e+1]
		// An entry has no more words than runes: the count sizes a
		// table in indexLengths.
		if a < 0 || b <= a || int(b) > len(rs) || fz.words[e] < 1 || fz.words[e] > b-a || fz.id[e] < 0 || int(fz.id[e]) >= npat {
			d.fail("fuzzy index out of range")
			return nil
		}
		fz.noteEntry(fz.runes[a:b], int(fz.words[e]))
	}
	for _, p := range fz.post {
		if p < 0 || int(p) >= ne {
			d.fail("fuzzy index out of range")
			return nil
		}
	}
	if fz.bucket[0] != 0 || int(fz.bucket[len(fz.bucket)-1]) != len(fz.keys) {
		d.fail("fuzzy index out of range")
		return nil
	}
	for b := 1; b < len(fz.bucket); b++ {
		if fz.bucket[b] < fz.bucket[b-1] || int(fz.bucket[b]) > len(fz.keys) {
			d.fail("fuzzy index out of range")
			return nil
		}
	}
	fz.indexLengths()
	return fz
}
