package dict

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: whatever the bytes, Load never panics, and every error it
// returns carries a file position.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"builtin_entities.yaml", "builtin_relations.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	seeds, _ := filepath.Glob("testdata/*.yaml")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("entities:\n  - {name: A, type: Person, aliases: [a, {text: b, short: true}]}\n"))
	f.Add([]byte("relations:\n  - {name: r, subject: Person, object: [Place], patterns: [\"{s}~3(a|b){o}\"]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Load("f.yaml", data)
		if err != nil {
			l := AsErrorList(err)
			if len(l) == 0 {
				t.Fatalf("error without positions: %v", err)
			}
			for _, e := range l {
				if e.Pos.File != "f.yaml" || e.Pos.Line < 1 || e.Pos.Col < 1 {
					t.Fatalf("error without position: %q", e)
				}
			}
			return
		}
		for _, e := range d.Entities {
			if e.ID == "" || e.Name == "" || !e.Type.Valid() {
				t.Fatalf("invalid entity accepted: %+v", e)
			}
		}
	})
}
