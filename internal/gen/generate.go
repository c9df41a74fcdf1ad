package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"
)

// Independent streams: the dictionary is the same whatever the corpus flags.
const (
	dictStream   = 1
	corpusStream = 2
)

// generate writes the files c asks for and says what it wrote.
func generate(c config) (summary, error) {
	t0 := time.Now()
	s := summary{cfg: c}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return s, err
	}
	es, st, err := makeDict(rand.New(rand.NewPCG(c.seed, dictStream)), c.aliases)
	if err != nil {
		return s, err
	}
	s.dict = st
	put := func(name string, write func(io.Writer) error) error {
		p := filepath.Join(c.out, name)
		s.files = append(s.files, p)
		return writeAtomic(p, write)
	}
	if err := put(fmt.Sprintf("dict-%d.tsv", c.aliases), func(w io.Writer) error { return writeTSV(w, es) }); err != nil {
		return s, err
	}
	if err := put(fmt.Sprintf("aliases-%d.txt", c.aliases), func(w io.Writer) error { return writeAliases(w, es) }); err != nil {
		return s, err
	}
	if c.yaml {
		if err := put(fmt.Sprintf("dict-%d.yaml", c.aliases), func(w io.Writer) error { return writeYAML(w, es) }); err != nil {
			return s, err
		}
	}
	if c.corpusMB > 0 {
		if s.corpus, err = writeCorpus(c, es, put); err != nil {
			return s, err
		}
	}
	s.duration = time.Since(t0)
	return s, nil
}

func writeCorpus(c config, es []entity, put func(string, func(io.Writer) error) error) (corpusStats, error) {
	var aliases []string
	for _, e := range es {
		aliases = append(aliases, e.aliases...)
	}
	cp := &corpus{rng: rand.New(rand.NewPCG(c.seed, corpusStream)), aliases: aliases, every: c.every}
	cp.gap = cp.nextGap()
	size := c.corpusMB << 20
	base := fmt.Sprintf("corpus-%dmb", c.corpusMB)
	var st corpusStats
	switch c.format {
	case "txt":
		err := put(base+".txt", func(w io.Writer) (err error) { st, err = cp.write(size, w, nil); return err })
		return st, err
	case "jsonl":
		err := put(base+".jsonl", func(w io.Writer) (err error) { st, err = cp.write(size, nil, w); return err })
		return st, err
	}
	// Both at once, from one pass: the same text in both files.
	err := put(base+".txt", func(txt io.Writer) error {
		return put(base+".jsonl", func(jsonl io.Writer) (err error) { st, err = cp.write(size, txt, jsonl); return err })
	})
	return st, err
}

// writeAtomic writes path through a temporary file in the same directory,
// renamed only when write and close succeed.
func writeAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // fails harmlessly once renamed
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	// CreateTemp makes the file private; data files are for everyone.
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.Rename(f.Name(), path)
}
