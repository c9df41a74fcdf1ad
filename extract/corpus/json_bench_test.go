package corpus

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// The hand-written JSON codec stays only while these show it matters:
// each pair runs the hand-written path and encoding/json on the same data.

var benchMentions = func() []extract.Mention {
	e := &dict.Entity{ID: "geoffrey-hinton", Name: "Geoffrey Hinton", Type: dict.Person}
	z := &dict.Entity{ID: "ilya-sutskever", Name: "Ilya Sutskever", Type: dict.Person}
	var ms []extract.Mention
	for i := range 1000 {
		m := extract.Mention{Doc: "news/2024/article-0042.txt", Span: extract.Span{Start: i * 40, End: i*40 + 15}, Text: "Geoffrey Hinton", Entity: e, How: extract.Exact}
		if i%2 == 1 {
			m.Text, m.Entity, m.End = "苏茨克维", z, i*40+12
		}
		ms = append(ms, m)
	}
	return ms
}()

func BenchmarkAppendMention(b *testing.B) {
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range benchMentions {
			buf = AppendMention(buf[:0], m)
		}
	}
}

func BenchmarkAppendMentionEncodingJSON(b *testing.B) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range benchMentions {
			buf.Reset()
			enc.Encode(mentionJSON{m.Doc, m.Start, m.End, m.CharStart, m.CharEnd, m.Text, m.Entity.ID, m.Entity.Name, string(m.Entity.Type), string(m.How), nil})
		}
	}
}

var benchLine = func() []byte {
	text := bytes.Repeat([]byte("Geoffrey Hinton 在多伦多大学指导了 Ilya Sutskever，后者在 2015 年与他人共同创立了 OpenAI。"), 40)
	b, _ := json.Marshal(map[string]any{"id": "news-000042", "text": string(text)})
	return append(b, '\n')
}()

func BenchmarkDecodeJSONLine(b *testing.B) {
	b.SetBytes(int64(len(benchLine)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := decodeJSONDoc(benchLine); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeJSONLineEncodingJSON(b *testing.B) {
	b.SetBytes(int64(len(benchLine)))
	b.ReportAllocs()
	for b.Loop() {
		var d jsonDoc
		if err := json.Unmarshal(benchLine, &d); err != nil {
			b.Fatal(err)
		}
		var id string
		if err := json.Unmarshal(d.ID, &id); err != nil {
			b.Fatal(err)
		}
	}
}
