package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// TestWholeDocument: a document of several blocks is judged whole (issue
// 12, item 10). Its full name is in the first block and a short alias in
// the last; read with Survey, the short alias counts, from a file and
// from a pipe alike; read without, the last block judges it alone and
// drops it. The main person, named most in the first block, stays the
// document's in the last, where another person is named more.
func TestWholeDocument(t *testing.T) {
	d := withRules(t, "w.yaml", `entities:
  - {name: Sam Altman, type: Person, aliases: [{text: Altman, short: true}]}
  - {name: Pat Roe, type: Person}
  - {name: Beta Labs, type: Organization}
`)
	x := extract.New(d, extract.Options{})
	filler := strings.Repeat("Nothing to see in this line at all.\n", 5*BlockSize/2/36)
	text := "Sam Altman spoke. Sam Altman left. Sam Altman came back.\n" + filler +
		"Pat Roe met Pat Roe.\n" + strings.Repeat("Nothing to see in this line at all.\n", 4) + "He joined Beta Labs.\nAltman said so.\n"
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	last := strings.LastIndex(text, "Altman")
	for _, tt := range []struct {
		name   string
		r      *Reader
		inputs []string
		want   bool
		he     string // whom "He joined Beta Labs" is about
	}{
		{"file, surveyed", &Reader{Survey: x}, []string{path}, true, "Sam Altman"},
		{"pipe, surveyed", &Reader{Survey: x, Stdin: strings.NewReader(text)}, []string{"-"}, true, "Sam Altman"},
		{"file, per block", &Reader{}, []string{path}, false, "Pat Roe"},
	} {
		blocks, found, he := 0, false, ""
		err := Run(context.Background(), x, tt.r.Files(tt.inputs), Options{Jobs: 2}, func(res Result) error {
			blocks++
			for _, m := range res.Mentions {
				if m.Start == last && m.Entity.Name == "Sam Altman" {
					found = true
				}
			}
			for _, f := range res.Facts {
				if f.Relation == "worksFor" {
					he = f.Subject.Name
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if blocks < 3 || found != tt.want || he != tt.he || tt.r.Failed() != 0 {
			t.Errorf("%s: %d blocks, short alias at the end found %v (want %v), he is %q (want %q), %d failed", tt.name, blocks, found, tt.want, he, tt.he, tt.r.Failed())
		}
	}
}

// withRules loads a dictionary of entities and merges the built-in
// relation rules into it.
func withRules(t *testing.T, name, data string) *dict.Dictionary {
	t.Helper()
	d, err := dict.Load(name, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	rels, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	if d, err = dict.Merge(rels, d); err != nil {
		t.Fatal(err)
	}
	return d
}
