package dict

import (
	"strings"
	"testing"
)

func TestSameAsIRI(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		// Wikidata items
		{"Q92894", WikidataEntity + "Q92894", ""},
		{"Q1", WikidataEntity + "Q1", ""},
		{"q92894", "", "capital Q"},
		{"Q0", "", "capital Q"},
		{"Q092894", "", "capital Q"},
		{"Q", "", "want a Wikidata item"},
		// IRIs
		{"https://www.wikidata.org/wiki/Q92894", "https://www.wikidata.org/wiki/Q92894", ""},
		{"http://dbpedia.org/resource/Geoffrey_Hinton", "http://dbpedia.org/resource/Geoffrey_Hinton", ""},
		{"https://zh.wikipedia.org/wiki/杰弗里·辛顿", "https://zh.wikipedia.org/wiki/杰弗里·辛顿", ""},
		{"https:///path", "", "no host"},
		{"https://a b", "", "cannot stand"},
		{"https://a/<b>", "", "cannot stand"},
		{"https://a/\u00a0", "", "cannot stand"},
		{"www.wikidata.org/entity/Q1", "", "want a Wikidata item"},
		{"urn:isbn:0451450523", "", "want a Wikidata item"},
		{"", "", "want a Wikidata item"},
	} {
		got, err := SameAsIRI(tc.in)
		if tc.err == "" && (err != nil || got != tc.want) {
			t.Errorf("SameAsIRI(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("SameAsIRI(%q) = %q, %v; want an error with %q", tc.in, got, err, tc.err)
		}
	}
}

func TestLoadSameAs(t *testing.T) {
	d, err := Load("a.yaml", []byte(`entities:
  - name: Geoffrey Hinton
    type: Person
    same_as: [Q92894, "https://en.wikipedia.org/wiki/Geoffrey_Hinton", Q92894]
`))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(d.Entities[0].SameAs, " ")
	if want := WikidataEntity + "Q92894 https://en.wikipedia.org/wiki/Geoffrey_Hinton"; got != want {
		t.Errorf("SameAs = %q, want %q", got, want)
	}
	// Merged entities keep the links of both, once.
	more, err := Load("b.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person, same_as: [Q92894, Q5]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Merge(d, more)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(m.Entities[0].SameAs), 3; got != want {
		t.Errorf("merged SameAs = %q, want %d links", m.Entities[0].SameAs, want)
	}
	_, err = Load("c.yaml", []byte("entities:\n  - name: X\n    type: Person\n    same_as: [q5, \"not an iri\"]\n"))
	if err == nil || !strings.Contains(err.Error(), "c.yaml:4:15") || !strings.Contains(err.Error(), "c.yaml:4:19") {
		t.Errorf("bad same_as: %v; want both values placed", err)
	}
}
