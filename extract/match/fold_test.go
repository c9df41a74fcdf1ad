package match

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldCase is one folding test: the pattern, the text, and the spans of
// the text it must match, each written as the substring, with a * before
// it when the match must be Folded.
type foldCase struct {
	name    string
	fold    Fold
	pattern string
	text    string
	want    []string
}

func TestFold(t *testing.T) {
	tests := []foldCase{
		// Traditional and Simplified, both ways.
		{"han trad alias, simp text", FoldHan, "辛頓", "杰弗里·辛顿说", []string{"*辛顿"}},
		{"han simp alias, trad text", FoldHan, "辛顿", "傑弗里·辛頓說", []string{"*辛頓"}},
		{"han same form", FoldHan, "谷歌", "谷歌研究员", []string{"谷歌"}},
		{"han off", 0, "辛頓", "杰弗里·辛顿说", nil},
		{"han trad name with dot", FoldHan | FoldDots, "傑弗里·辛頓", "他叫杰弗里•辛顿。", []string{"*杰弗里•辛顿"}},
		{"han mixed", FoldHan, "國際商業機器", "国际商业机器公司", []string{"*国际商业机器"}},

		// Name dots.
		{"dot bullet", FoldDots, "杰弗里·辛顿", "杰弗里•辛顿", []string{"*杰弗里•辛顿"}},
		{"dot katakana", FoldDots, "杰弗里·辛顿", "杰弗里・辛顿", []string{"*杰弗里・辛顿"}},
		{"dot hyphenation point", FoldDots, "杰弗里·辛顿", "杰弗里‧辛顿", []string{"*杰弗里‧辛顿"}},
		{"dot halfwidth katakana", FoldDots, "杰弗里·辛顿", "杰弗里･辛顿", []string{"*杰弗里･辛顿"}},
		{"dot missing in text", FoldDots, "杰弗里·辛顿", "杰弗里辛顿", []string{"*杰弗里辛顿"}},
		{"dot missing in alias", FoldDots, "杰弗里辛顿", "是杰弗里·辛顿", []string{"*杰弗里·辛顿"}},
		{"dot same", FoldDots, "杰弗里·辛顿", "杰弗里·辛顿", []string{"杰弗里·辛顿"}},
		{"dot part still matches", FoldDots, "辛顿", "杰弗里·辛顿", []string{"辛顿"}},
		{"dot off", 0, "杰弗里·辛顿", "杰弗里•辛顿", nil},

		// Hyphens and dashes.
		{"dash nb hyphen", FoldDashes, "co-founder", "a co‑founder of", []string{"*co‑founder"}},
		{"dash en dash", FoldDashes, "co-founder", "co–founder", []string{"*co–founder"}},
		{"dash none in text", FoldDashes, "co-founder", "cofounder", []string{"*cofounder"}},
		{"dash none in alias", FoldDashes, "cofounder", "the co-founder", []string{"*co-founder"}},
		{"dash same", FoldDashes, "Jean-Luc", "Jean-Luc Picard", []string{"Jean-Luc"}},
		{"dash part of a word", FoldDashes, "Jean", "Jean-Luc", nil},
		{"dash free standing", FoldDashes, "A - B", "A – B", []string{"*A – B"}},
		{"dash off", 0, "co-founder", "co‑founder", nil},

		// Apostrophes.
		{"apostrophe curly text", FoldApostrophes, "O'Reilly", "O’Reilly Media", []string{"*O’Reilly"}},
		{"apostrophe curly alias", FoldApostrophes, "O’Reilly", "O'Reilly Media", []string{"*O'Reilly"}},
		{"apostrophe off", 0, "O'Reilly", "O’Reilly", nil},

		// Diacritics, for patterns without marks.
		{"diacritics bare alias", FoldDiacritics, "Jerome", "Jérôme Pesenti", []string{"*Jérôme"}},
		{"diacritics decomposed text", FoldDiacritics, "Jerome", "Je\u0301ro\u0302me", []string{"*Je\u0301ro\u0302me"}},
		{"diacritics marked alias, bare text", FoldDiacritics, "Jérôme", "Jerome Pesenti", nil},
		{"diacritics marked alias, marked text", FoldDiacritics, "Jérôme", "Jérôme Pesenti", []string{"Jérôme"}},
		{"diacritics marked alias, other marks", FoldDiacritics, "Jérôme", "Jèrôme", nil},
		{"diacritics phrase", FoldDiacritics, "Universite de Montreal", "à l’Université de Montréal.", []string{"*Université de Montréal"}},
		{"diacritics stroke", FoldDiacritics, "Lodz", "Łódź", []string{"*Łódź"}},
		{"diacritics off", 0, "Jerome", "Jérôme", nil},

		// Company suffixes, from the alias.
		{"suffix inc", FoldSuffixes, "Acme Robotics Inc.", "Acme Robotics said", []string{"*Acme Robotics"}},
		{"suffix comma inc", FoldSuffixes, "Acme Robotics, Inc.", "Acme Robotics, Inc. said", []string{"Acme Robotics, Inc."}},
		{"suffix co ltd", FoldSuffixes, "Huawei Technologies Co., Ltd.", "Huawei Technologies reported", []string{"*Huawei Technologies"}},
		{"suffix chinese", FoldSuffixes, "华为技术有限公司", "华为技术宣布", []string{"*华为技术"}},
		{"suffix too short", FoldSuffixes, "X Inc.", "X said", nil},
		{"suffix off", 0, "Acme Robotics Inc.", "Acme Robotics said", nil},

		// Universities.
		{"university of X finds X University", FoldUniversities, "University of Toronto", "at Toronto University.", []string{"*Toronto University"}},
		{"X University finds University of X", FoldUniversities, "Tsinghua University", "the University of Tsinghua said", []string{"*University of Tsinghua"}},
		{"university with a comma in its name", FoldUniversities, "University of California, Berkeley", "at California, Berkeley University", nil},
		{"university with of in its name", FoldUniversities, "University of Science and Technology of China", "at Science and Technology of China University", nil},
		{"universities off", 0, "University of Toronto", "at Toronto University.", nil},

		// Possessives.
		{"possessive alias", FoldPossessives, "McDonald's", "McDonald opened", []string{"*McDonald"}},
		{"possessive in text needs no folding", 0, "Google", "Google's and Google’s", []string{"Google", "Google"}},

		// Together.
		{"all trad dot", FoldAll, "約翰·麥卡錫", "约翰・麦卡锡", []string{"*约翰・麦卡锡"}},
		{"all simp text trad", FoldAll, "约翰麦卡锡", "約翰·麥卡錫", []string{"*約翰·麥卡錫"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, fuzzy := range []bool{false, true} {
				checkFold(t, tt, fuzzy)
			}
		})
	}
}

func checkFold(t *testing.T, tt foldCase, fuzzy bool) {
	t.Helper()
	m := NewMatcher([]Pattern{{Text: tt.pattern}}, MatcherOptions{Fold: tt.fold, Fuzzy: fuzzy})
	got := m.FindAllBytes([]byte(tt.text))
	var show []string
	for _, x := range got {
		// The offsets must cut the original bytes at rune boundaries.
		if !utf8.ValidString(tt.text[x.Start:x.End]) || x.Start > 0 && !utf8.RuneStart(tt.text[x.Start]) {
			t.Fatalf("span %d:%d cuts a rune of %q", x.Start, x.End, tt.text)
		}
		s := tt.text[x.Start:x.End]
		if x.Folded {
			s = "*" + s
		}
		show = append(show, s)
	}
	if fmt.Sprint(show) != fmt.Sprint(tt.want) {
		t.Errorf("fuzzy=%v: %q in %q = %q, want %q", fuzzy, tt.pattern, tt.text, show, tt.want)
	}
	// And each span is where the substring is, counting from the last.
	from := 0
	for _, x := range got {
		k := strings.Index(tt.text[from:], tt.text[x.Start:x.End])
		if k < 0 || from+k != x.Start {
			t.Errorf("span %d:%d is not the next %q", x.Start, x.End, tt.text[x.Start:x.End])
		}
		from = x.End
	}
}

func TestParseFold(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Fold
		err  bool
	}{
		{"", 0, false},
		{"none", 0, false},
		{"all", FoldAll, false},
		{"han, dots", FoldHan | FoldDots, false},
		{"dashes,apostrophes,diacritics,suffixes,possessives,universities", FoldAll &^ (FoldHan | FoldDots), false},
		{"hans", 0, true},
	} {
		got, err := ParseFold(tt.in)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("ParseFold(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil {
			if back, _ := ParseFold(got.String()); back != got {
				t.Errorf("ParseFold(%q) = %v", got.String(), back)
			}
		}
	}
}

// TestFoldTable spot-checks the embedded Traditional → Simplified table.
func TestFoldTable(t *testing.T) {
	tb := foldTables()
	for _, tt := range []struct{ trad, simp rune }{{'頓', '顿'}, {'發', '发'}, {'國', '国'}, {'說', '说'}, {'麥', '麦'}} {
		if s, ok := tb.simplified(tt.trad); !ok || s != tt.simp {
			t.Errorf("simplified(%c) = %c, %v; want %c", tt.trad, s, ok, tt.simp)
		}
	}
	if _, ok := tb.simplified('顿'); ok {
		t.Errorf("simplified(顿) changed a Simplified character")
	}
}

// FuzzFold checks the folded text's offset map: monotone, within the
// input, on rune boundaries, and the folded text of the whole input is
// the fold of its normalised text.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"杰弗里·辛顿", "傑弗里•辛頓", "co‑founder", "O’Reilly", "Jérôme", "Je\u0301ro\u0302me", "a-b-c", "-·-", "ﬁ-ﬁ", "\xff-\xfe", "Łódź's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize([]byte(s))
		fn := FoldAll.fold(n)
		want, _ := FoldAll.foldText(n.Text)
		if !bytes.Equal(fn.Text, want) {
			t.Fatalf("fold(%q).Text = %q, foldText = %q", s, fn.Text, want)
		}
		prevStart := 0
		for i := 0; i < len(fn.Text); {
			_, size := utf8.DecodeRune(fn.Text[i:])
			a, b := fn.Orig(i, i+size)
			if a < prevStart || a > b || b > len(s) {
				t.Fatalf("rune at %d of %q maps to %d:%d (after %d)", i, fn.Text, a, b, prevStart)
			}
			if !utf8.RuneStart(s[a]) && utf8.ValidString(s) {
				t.Fatalf("rune at %d maps to %d, inside a rune of %q", i, a, s)
			}
			prevStart = a
			i += size
		}
	})
}

// TestFoldMarkedBeforeSelection: the marks a pattern must have are checked
// before selection, like the other checks: a longer marked candidate the
// text lacks the marks of hides no shorter one, and a marked pattern has
// no typo-tolerant candidates, which would hide an exact shorter one.
func TestFoldMarkedBeforeSelection(t *testing.T) {
	for _, fuzzy := range []bool{false, true} {
		m := NewMatcher([]Pattern{{Text: "Renée Dupontel"}, {Text: "Dupontel"}, {Text: "Renee"}}, MatcherOptions{Fold: FoldDiacritics, Fuzzy: fuzzy})
		for text, want := range map[string]string{
			"Renee Dupontel": "[{0 5 2 false false} {6 14 1 false false}]",
			"Renée Dupontel": "[{0 15 0 false false}]",
			"Renée Dupontl":  "[{0 6 2 false true} {7 14 1 true false}]",
		} {
			if !fuzzy && text == "Renée Dupontl" {
				want = "[{0 6 2 false true}]"
			}
			if got := fmt.Sprint(m.FindAllBytes([]byte(text))); got != want {
				t.Errorf("fuzzy=%v: %q: %s, want %s", fuzzy, text, got, want)
			}
		}
	}
}

// TestSimplifiedSameWidth: Traditional characters become Simplified ones
// of the same UTF-8 length, in a copy only when one changes; everything
// else, invalid bytes included, stays byte for byte.
func TestSimplifiedSameWidth(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		changed  bool
	}{
		{"總經理創辦了公司", "总经理创办了公司", true},
		{"总经理 Acme", "总经理 Acme", false},
		{"", "", false},
		{"a\xff總\xe7", "a\xff总\xe7", true},
		{"𠀀臺灣", "𠀀台湾", true},
	} {
		src := []byte(tt.in)
		got, changed := SimplifiedSameWidth(src)
		if string(got) != tt.want || changed != tt.changed || len(got) != len(src) {
			t.Errorf("SimplifiedSameWidth(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
		if changed && string(src) != tt.in {
			t.Errorf("SimplifiedSameWidth(%q) changed its input", tt.in)
		}
	}
}

// FuzzSimplifiedSameWidth: the copy has the input's length, differs only
// inside Han characters, and is the input itself when nothing changed.
func FuzzSimplifiedSameWidth(f *testing.F) {
	f.Add("總經理創辦了公司 Acme")
	f.Add("a\xff總\xe7\x80")
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		got, changed := SimplifiedSameWidth(src)
		if len(got) != len(src) || string(src) != s {
			t.Fatalf("length %d for %d, or the input changed", len(got), len(src))
		}
		if !changed && string(got) != s {
			t.Fatalf("unchanged copy differs")
		}
		for i := 0; i < len(src); {
			r, w := utf8.DecodeRune(src[i:])
			if string(got[i:i+w]) != string(src[i:i+w]) && (r < 0x3400 || r > 0x9FFF) {
				t.Fatalf("byte %d changed outside a Han character", i)
			}
			i += w
		}
	})
}
