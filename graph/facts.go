package graph

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/kg-graph/kg/dict"
)

// FactJSON is one line of WriteFacts: a fact with the sentence that
// states it. Byte offsets count UTF-8 bytes of the document; character
// offsets count code points, which Python's str and JavaScript's
// Array.from index. Role, Time and Rule are "" when the fact has none.
type FactJSON struct {
	Fact      string       `json:"fact"` // the id in the fact's IRI, Base+"fact/"+id
	Subject   ArgumentJSON `json:"subject"`
	Relation  string       `json:"relation"`
	Object    ArgumentJSON `json:"object"`
	Doc       string       `json:"doc"`
	Sentence  string       `json:"sentence"`
	ByteStart int          `json:"byte_start"`
	ByteEnd   int          `json:"byte_end"`
	CharStart int          `json:"char_start"`
	CharEnd   int          `json:"char_end"`
	Role      string       `json:"role"`
	Time      string       `json:"time"`
	Rule      string       `json:"rule"`
}

// ArgumentJSON is a fact's subject or object: the entity and how the
// sentence gives it ("exact", "fuzzy", "coref").
type ArgumentJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	How  string `json:"how"`
}

// WriteFacts writes one JSON object per line for each fact and the
// sentence that states it, in the order of the N-Quads facts: by subject,
// object, relation, document and offset. Strings are encoded by
// encoding/json without HTML escaping: an invalid UTF-8 byte becomes
// U+FFFD. It returns the first error from w.
func (g *Graph) WriteFacts(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, f := range g.facts {
		err := enc.Encode(FactJSON{
			Fact:      f.id,
			Subject:   argument(f.Subject, string(f.SubjectHow)),
			Relation:  f.Relation,
			Object:    argument(f.Object, string(f.ObjectHow)),
			Doc:       f.Evidence.Doc,
			Sentence:  f.Evidence.Text,
			ByteStart: f.Evidence.Start,
			ByteEnd:   f.Evidence.End,
			CharStart: f.Evidence.CharStart,
			CharEnd:   f.Evidence.CharEnd,
			Role:      f.Role,
			Time:      f.Time,
			Rule:      f.Rule,
		})
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}

func argument(e *dict.Entity, how string) ArgumentJSON {
	return ArgumentJSON{ID: e.ID, Name: e.Name, Type: string(e.Type), How: how}
}
