package corpus

import (
	"strings"
	"testing"
)

// TestJSONLinesLongLine: a line longer than the longest document kg reads
// is refused with its number, and the rest of the file is read (item 1).
func TestJSONLinesLongLine(t *testing.T) {
	long := `{"id": "long", "text": "` + strings.Repeat("x", 3<<20) + `"}`
	in := `{"id": "a", "text": "Hinton"}` + "\n" + long + "\n" + `{"id": "b", "text": "Hinton"}`
	for _, tt := range []struct {
		limit int
		docs  string
		err   string
	}{
		{2 << 20, "a|b", "x.jsonl:2: a line of more than 2 MiB: skipped (split the document, or give it as a text file)\n"},
		{4 << 20, "a|long|b", ""},
	} {
		var errs strings.Builder
		s := &Reader{MaxDocument: tt.limit, OnError: func(err error) { errs.WriteString(err.Error() + "\n") }}
		var docs []string
		s.jsonLines("x.jsonl", strings.NewReader(in), func(p Part) bool { docs = append(docs, p.Doc); return true })
		if got := strings.Join(docs, "|"); got != tt.docs || errs.String() != tt.err {
			t.Errorf("limit %d: documents %s, errors %q", tt.limit, got, errs.String())
		}
	}
}
