package main

import (
	"bufio"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kg-graph/kg/dict"
)

// writeYAML writes the gazetteer as a YAML dictionary, for timing kg's
// YAML loader on the same entities as the TSV.
func writeYAML(w io.Writer, es []entity) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("entities:\n")
	for _, e := range es {
		bw.WriteString("  - name: ")
		bw.WriteString(strconv.Quote(e.aliases[0]))
		bw.WriteString("\n    type: ")
		bw.WriteString(string(e.typ))
		if len(e.aliases) > 1 {
			bw.WriteString("\n    aliases: [")
			for i, a := range e.aliases[1:] {
				if i > 0 {
					bw.WriteString(", ")
				}
				bw.WriteString(strconv.Quote(a))
			}
			bw.WriteString("]")
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// The shapes that make a matcher that keeps overlapping candidates
// super-linear (issue 15).
const (
	nestedDepth   = 100
	prefixLetters = "abcdefghijklmnopqrst" // shared by every alias of the prefix shape
	prefixTail    = 6
)

// generateShape writes the dictionary, alias list and corpus of a
// pathological shape:
//
//   - nested: the aliases 一, 一一, … up to 100 of them, and a corpus of
//     nothing but 一 on one line;
//   - prefix: -aliases aliases made of the same 20 letters and 6 more,
//     and a corpus of such words, a third of them aliases, the rest
//     near-misses that share the prefix.
//
// The corpus is -corpus-mb MiB (at least 1).
func generateShape(c config) (summary, error) {
	t0 := time.Now()
	s := summary{cfg: c}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return s, err
	}
	rng := rand.New(rand.NewPCG(c.seed, dictStream))
	var aliases []string
	switch c.shape {
	case "nested":
		for k := 1; k <= nestedDepth; k++ {
			aliases = append(aliases, strings.Repeat("一", k))
		}
	case "prefix":
		seen := map[string]bool{}
		for len(aliases) < c.aliases {
			a := prefixLetters + randomLetters(rng, prefixTail)
			if !seen[a] {
				seen[a] = true
				aliases = append(aliases, a)
			}
		}
	}
	es := make([]entity, len(aliases))
	for i, a := range aliases {
		es[i] = entity{typ: dict.Project, aliases: []string{a}}
	}
	s.dict = dictStats{aliases: len(es), entities: len(es), byType: map[dict.Type]int{dict.Project: len(es)}}
	size := max(c.corpusMB, 1) << 20
	files := map[string]func(io.Writer) error{
		"dict.tsv":    func(w io.Writer) error { return writeTSV(w, es) },
		"aliases.txt": func(w io.Writer) error { return writeAliases(w, es) },
		"corpus.txt": func(w io.Writer) error {
			bw := bufio.NewWriterSize(w, 1<<16)
			n := 0
			for n < size {
				var word string
				switch {
				case c.shape == "nested":
					word = "一"
				case rng.IntN(3) == 0:
					word = aliases[rng.IntN(len(aliases))] + " "
				default:
					word = prefixLetters + randomLetters(rng, prefixTail) + " "
				}
				bw.WriteString(word)
				n += len(word)
			}
			bw.WriteByte('\n')
			s.corpus = corpusStats{bytes: n + 1, docs: 1}
			return bw.Flush()
		},
	}
	for _, name := range []string{"dict.tsv", "aliases.txt", "corpus.txt"} {
		p := filepath.Join(c.out, c.shape+"-"+name)
		s.files = append(s.files, p)
		if err := writeAtomic(p, files[name]); err != nil {
			return s, err
		}
	}
	s.duration = time.Since(t0)
	return s, nil
}

func randomLetters(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + rng.IntN(26))
	}
	return string(b)
}
