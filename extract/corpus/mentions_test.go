package corpus

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// mentionJSON fixes the field order of a mentions line.
type mentionJSON struct {
	Doc       string `json:"doc"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Text      string `json:"text"`
	Entity    string `json:"entity"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	How       string `json:"how"`
	Ante      *ante  `json:"antecedent,omitempty"`
}

type ante struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	CharStart int `json:"char_start"`
	CharEnd   int `json:"char_end"`
}

// jsonMention is what AppendMention must equal: encoding/json's line for
// the mention, without HTML escaping.
func jsonMention(t testing.TB, m extract.Mention) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	var a *ante
	if m.Antecedent != nil {
		a = &ante{m.Antecedent.Start, m.Antecedent.End, m.Antecedent.CharStart, m.Antecedent.CharEnd}
	}
	if err := enc.Encode(mentionJSON{m.Doc, m.Start, m.End, m.CharStart, m.CharEnd, m.Text, m.Entity.ID, m.Entity.Name, string(m.Entity.Type), string(m.How), a}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkMentionJSON(t testing.TB, s string) {
	e := &dict.Entity{ID: "id-" + s, Name: s, Type: dict.Person}
	m := extract.Mention{Doc: s, Span: extract.Span{Start: 3, End: 1 << 40}, Chars: extract.Chars{CharStart: 2, CharEnd: 1 << 39}, Text: s, Entity: e, How: extract.Exact}
	if got, want := AppendMention(nil, m), jsonMention(t, m); !bytes.Equal(got, want) {
		t.Fatalf("%q:\n got  %s\n want %s", s, got, want)
	}
	m.How, m.Antecedent = extract.Coref, &extract.Ref{Span: extract.Span{Start: 1, End: 2}, Chars: extract.Chars{CharStart: 1, CharEnd: 1 << 33}}
	if got, want := AppendMention(nil, m), jsonMention(t, m); !bytes.Equal(got, want) {
		t.Fatalf("%q with an antecedent:\n got  %s\n want %s", s, got, want)
	}
}

var mentionJSONSeeds = []string{
	"", "Geoffrey Hinton", "辛顿", `quote " backslash \ slash /`, "\b\f\n\r\t\x00\x01\x1f\x7f",
	"<html> & </html>", "\u2028\u2029", "\xff\xfe bad \xe4\xbb", "emoji 😀 rtl \u202e", "\uFEFF",
}

func TestMentionJSON(t *testing.T) {
	for _, s := range mentionJSONSeeds {
		checkMentionJSON(t, s)
	}
}

func FuzzMentionJSON(f *testing.F) {
	for _, s := range mentionJSONSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMentionJSON(t, s) })
}
