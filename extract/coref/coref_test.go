package coref

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-graph/kg/extract/doc"
)

func TestAnaphorStarts(t *testing.T) {
	for _, a := range anaphors {
		if r, n := utf8.DecodeRuneInString(a.text); r >= utf8.RuneSelf && (n != 3 || !cjkAnaphorRune([]byte(a.text[:3]))) {
			t.Errorf("cjkAnaphorStarts misses %q", a.text)
		}
	}
}

// TestMayStartAnaphor checks that the prefilter in resolve never turns
// away an offset at which anaphorAt finds an anaphor, on the article and on
// every anaphor in Latin and Chinese contexts.
func TestMayStartAnaphor(t *testing.T) {
	article, err := os.ReadFile("../../cmd/kg/seed/ilya-interview-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := [][]byte{article, []byte("\xff他\xe4\xbb")}
	for _, a := range anaphors {
		texts = append(texts, []byte("x "+a.text+" y"), []byte("的"+a.text+"说"), []byte(strings.ToUpper(a.text)+"."))
	}
	found := 0
	for _, src := range texts {
		d := &resolver{Document: &doc.Document{Src: src}}
		for i := range src {
			if _, _, ok := d.anaphorAt(i); ok {
				found++
				if !mayStartAnaphor(src, i) {
					t.Errorf("mayStartAnaphor(%q, %d) = false, but anaphorAt finds an anaphor", src[max(0, i-6):min(len(src), i+9)], i)
				}
			}
		}
	}
	if found < len(anaphors)*2 {
		t.Errorf("only %d anaphors found: the test text does not exercise the filter", found)
	}
}

func TestCJKAnaphorRune(t *testing.T) {
	for _, s := range []string{"他", "她", "我", "你", "您", "该", "这", "那", "其", "们", "一"} {
		want := !strings.Contains("其们一", s)
		if got := cjkAnaphorRune([]byte(s)); got != want {
			t.Errorf("cjkAnaphorRune(%q) = %v, want %v", s, got, want)
		}
	}
}
