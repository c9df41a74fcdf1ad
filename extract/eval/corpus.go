package eval

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// CorpusText is one text of an evaluation corpus: a folder with text.txt,
// gold.yaml and, optionally, dict.yaml (else the gold file's entities).
type CorpusText struct {
	ID    string // the folder's name
	Lang  string // the gold file's language, else the ID up to its first '-'
	Split string // from the corpus's split.txt ("tune", "heldout"), or ""
	Text  []byte
	Gold  *Gold
	// Entities are the text's own dictionary.
	Entities *dict.Dictionary
}

// HeldOut is the split whose texts rules must not be tuned on: reports
// give their figures, never their sentences.
const HeldOut = "heldout"

// LoadCorpus reads every folder of dir that holds a gold.yaml, in name
// order, with the split that dir/split.txt gives it ("ID SPLIT" lines).
func LoadCorpus(dir string) ([]CorpusText, error) {
	splits, err := readSplit(filepath.Join(dir, "split.txt"))
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []CorpusText
	for _, e := range entries {
		sub := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(sub, "gold.yaml")); err != nil {
			continue
		}
		t, err := loadText(sub)
		if err != nil {
			return nil, err
		}
		t.Split = splits[t.ID]
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no folder with a gold.yaml", dir)
	}
	return out, nil
}

func readSplit(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && !strings.HasPrefix(f[0], "#") {
			out[f[0]] = f[1]
		}
	}
	return out, nil
}

func loadText(dir string) (CorpusText, error) {
	t := CorpusText{ID: filepath.Base(dir)}
	var err error
	if t.Text, err = os.ReadFile(filepath.Join(dir, "text.txt")); err != nil {
		return t, err
	}
	goldPath := filepath.Join(dir, "gold.yaml")
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return t, err
	}
	if t.Gold, err = ParseGold(data); err != nil {
		return t, fmt.Errorf("%s: %w", goldPath, err)
	}
	dictPath, dictData := filepath.Join(dir, "dict.yaml"), []byte(nil)
	if dictData, err = os.ReadFile(dictPath); errors.Is(err, os.ErrNotExist) {
		dictPath, dictData = goldPath, EntitiesSection(data)
		if dictData == nil {
			return t, fmt.Errorf("%s: no dict.yaml and no entities in gold.yaml", dir)
		}
	} else if err != nil {
		return t, err
	}
	if t.Entities, err = dict.Load(dictPath, dictData); err != nil {
		return t, err
	}
	t.Lang = t.Gold.Language
	if t.Lang == "" {
		t.Lang, _, _ = strings.Cut(t.ID, "-")
	}
	return t, nil
}

// Extractor runs kg on one text with dictionary d (the text's entities
// and the rules under test) and returns its facts and mentions.
type Extractor func(d *dict.Dictionary, id string, text []byte) ([]doc.Fact, []doc.Mention)

// TextResult is one text's report.
type TextResult struct {
	*CorpusText
	Report
}

// CorpusReport is the evaluation of every text of a corpus.
type CorpusReport struct {
	Texts []TextResult
}

// EvaluateCorpus scores run on every text, with rules (a dictionary of
// relation rules) merged with each text's entities. A gold file naming an
// entity or relation its dictionary does not know is an error.
func EvaluateCorpus(texts []CorpusText, rules *dict.Dictionary, run Extractor) (*CorpusReport, error) {
	r := &CorpusReport{}
	for i := range texts {
		t := &texts[i]
		d, err := dict.Merge(rules, t.Entities)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.ID, err)
		}
		if err := t.Gold.Check(d); err != nil {
			return nil, fmt.Errorf("%s: gold.yaml: %w", t.ID, err)
		}
		facts, mentions := run(d, t.ID, t.Text)
		rep := Evaluate(d, t.Gold, facts)
		if len(rep.Unresolved) > 0 {
			g := rep.Unresolved[0]
			return nil, fmt.Errorf("%s: gold.yaml: %q or %q is no entity of its dictionary", t.ID, g.S, g.O)
		}
		rep.Explain(d, []Text{{Src: t.Text, Mentions: mentions}})
		r.Texts = append(r.Texts, TextResult{t, rep})
	}
	return r, nil
}

// Groups sums the texts' scores micro-averaged: "all", "lang L",
// "split S" and "split S lang L"; and each relation R's alone:
// "relation R", and "relation R split S lang L" (or "relation R lang L"
// where the text has no split).
func (r *CorpusReport) Groups() map[string]Score {
	g := map[string]Score{}
	for _, t := range r.Texts {
		keys := []string{"all", "lang " + t.Lang}
		part := "lang " + t.Lang
		if t.Split != "" {
			keys = append(keys, "split "+t.Split, "split "+t.Split+" lang "+t.Lang)
			part = "split " + t.Split + " lang " + t.Lang
		}
		for _, k := range keys {
			g[k] = g[k].Add(t.Overall)
		}
		for rel, s := range t.ByRelation {
			for _, k := range []string{"relation " + rel, "relation " + rel + " " + part} {
				g[k] = g[k].Add(s)
			}
		}
	}
	return g
}

// Misses counts false negatives by split and reason.
func (r *CorpusReport) Misses() map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, t := range r.Texts {
		if out[t.Split] == nil {
			out[t.Split] = map[string]int{}
		}
		for _, why := range t.Why {
			out[t.Split][why]++
		}
	}
	return out
}

// Write prints a line per text, the groups, the misses by split and
// reason, and, for texts outside the held-back split, every false
// positive with the rule that made it. Held-back texts show figures only.
func (r *CorpusReport) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %-4s %-8s %6s %6s %6s %5s %4s %4s %6s %4s\n", "text", "lang", "split", "P", "R", "F1", "tp", "fp", "fn", "hard", "neu")
	figures := func(s Score) {
		fmt.Fprintf(&b, " %6.3f %6.3f %6.3f %5d %4d %4d %6s %4d\n", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN, fmt.Sprintf("%d/%d", s.HardTP, s.HardTP+s.HardFN), s.Neutral)
	}
	for _, t := range r.Texts {
		fmt.Fprintf(&b, "%-26s %-4s %-8s", t.ID, t.Lang, t.Split)
		figures(t.Overall)
	}
	// A group's name takes the text, lang and split columns.
	groups := r.Groups()
	for _, g := range slices.Sorted(maps.Keys(groups)) {
		fmt.Fprintf(&b, "%-40s", g)
		figures(groups[g])
	}
	misses := r.Misses()
	for _, s := range slices.Sorted(maps.Keys(misses)) {
		for _, why := range WhyKinds {
			if n := misses[s][why]; n > 0 {
				fmt.Fprintf(&b, "false negatives, %-8s %s: %d\n", s, why, n)
			}
		}
	}
	for _, t := range r.Texts {
		if t.Split == HeldOut {
			continue
		}
		for _, f := range t.FalsePos {
			fmt.Fprintf(&b, "false positive in %s: %s %s %s (%s)\n  %s\n", t.ID, f.Subject.Name, f.Relation, f.Object.Name, f.Rule, oneLine(f.Evidence.Text))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
