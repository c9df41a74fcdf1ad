package match

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
)

func compiledBytes(t testing.TB) []byte {
	d, err := dict.Load("c.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person, aliases: [辛顿, {text: GH, case_sensitive: true}]}\n  - {name: OpenAI, type: Organization}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Compile(d, MatcherOptions{Fuzzy: true}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCompiledDamaged(t *testing.T) {
	good := compiledBytes(t)
	if _, err := ReadCompiled(strings.NewReader("entities: []\n")); !errors.Is(err, ErrNotCompiled) {
		t.Errorf("YAML: %v", err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 1
	for name, data := range map[string][]byte{
		"truncated": good[:len(good)-10],
		"flipped":   flipped,
		"magic":     []byte(CompiledMagic),
	} {
		if _, err := ReadCompiled(bytes.NewReader(data)); err == nil || !strings.HasPrefix(err.Error(), "compiled dictionary: ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// FuzzReadCompiled: a compiled file with a valid checksum but any content
// is refused or matches without panicking.
func FuzzReadCompiled(f *testing.F) {
	f.Add(compiledBytes(f)[len(CompiledMagic):])
	f.Fuzz(func(t *testing.T, body []byte) {
		data := append([]byte(CompiledMagic), body...)
		sum := sha256Sum(data)
		c, err := ReadCompiled(bytes.NewReader(append(data, sum...)))
		if err != nil {
			return
		}
		src := []byte("Geoffrey Hinton, GH, 辛顿 and OpenAl at OpenAI")
		c.Matcher().FindAllBytes(src)
		c.Matcher().WithoutFuzzy().FindAllBytes(src)
	})
}

func sha256Sum(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// TestCompiledEdgeOrder: a compiled file whose edges are not in byte order
// is refused, with a valid checksum: the bitmap search of wide states and
// the binary search of older files both depend on that order.
func TestCompiledEdgeOrder(t *testing.T) {
	good := compiledBytes(t)
	// The state after "g" has two edges, "e" (geoffrey) and "h" (gh).
	k := bytes.Index(good, []byte("eh"))
	if k < 0 || bytes.Count(good, []byte("eh")) != 1 {
		t.Fatalf("want exactly one run of edge bytes \"eh\" in the file")
	}
	body := bytes.Clone(good[:len(good)-sha256.Size])
	body[k], body[k+1] = 'h', 'e'
	_, err := ReadCompiled(bytes.NewReader(append(body, sha256Sum(body)...)))
	if err == nil || !strings.Contains(err.Error(), "edges out of order") {
		t.Errorf("err = %v, want edges out of order", err)
	}
	if _, err := ReadCompiled(bytes.NewReader(good)); err != nil {
		t.Errorf("good file: %v", err)
	}
}
