package corpus

import (
	"encoding/json"
	"testing"
)

// slowJSONDoc is decodeJSONDoc without the fast path.
func slowJSONDoc(b []byte) (id, text string, ok bool) {
	var d jsonDoc
	if json.Unmarshal(b, &d) != nil || d.Text == nil || len(d.ID) == 0 {
		return "", "", false
	}
	id = string(d.ID)
	var str string
	if json.Unmarshal(d.ID, &str) == nil {
		id = str
	}
	return id, *d.Text, true
}

var jsonLineSeeds = []string{
	`{"id": "a", "text": "Hinton joined Google."}` + "\n",
	`{"text":"line\nbreak \"quoted\" \\ \/ \t","id":7}`,
	`{"id": -1.5e3, "text": "x", "lang": "en", "n": 3}`,
	`{"id": "dup", "id": "again", "text": "t"}`,
	`{"ID": "upper", "text": "t"}`,
	`{"id": "u", "text": "\u8f9b\u987f \ud83d\ude00 \ud800"}`,
	"{\"id\": \"bad\", \"text\": \"\xff\"}",
	"{\"id\": \"ctl\", \"text\": \"a\x01b\"}",
	`{"id": null, "text": "t"}`,
	`{"id": "x", "text": null}`,
	`{"id": "x", "text": ["t"]}`,
	`{"id": "x", "text": "t"} trailing`,
	`{"id": "x"}`,
	`{"id": 01, "text": "leading zero"}`,
	`  {"id":"sp" , "text" : "ok" }  `,
	`["id", "text"]`,
	`{"id": "x", "text": "t",}`,
	`{"id": "x", "meta": {"a": 1}, "text": "t"}`,
	`{"id": true, "text": "t"}`,
}

// TestJSONLineFastPath: wherever the fast path answers, encoding/json gives
// the same answer, and it answers the common shapes.
func TestJSONLineFastPath(t *testing.T) {
	for _, line := range jsonLineSeeds {
		checkJSONLine(t, []byte(line))
	}
	for _, line := range jsonLineSeeds[:3] {
		if _, _, ok := decodeJSONLine([]byte(line)); !ok {
			t.Errorf("fast path refused %q", line)
		}
	}
}

func checkJSONLine(t *testing.T, b []byte) {
	t.Helper()
	id, text, ok := decodeJSONLine(b)
	if !ok {
		return
	}
	sid, stext, sok := slowJSONDoc(b)
	if !sok || id != sid || string(text) != stext {
		t.Fatalf("line %q: fast path (%q, %q), encoding/json (%q, %q, ok %v)", b, id, text, sid, stext, sok)
	}
}

func FuzzJSONLine(f *testing.F) {
	for _, line := range jsonLineSeeds {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkJSONLine(t, b)
	})
}
