package doc

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// IsSentenceEnd reports whether r ends a sentence wherever it stands.
func IsSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n', '\r', '…':
		return true
	}
	return false
}

// ThousandsComma reports whether the byte at i is a comma between digits
// ("8,000"): it groups a number's digits and ends no clause.
func ThousandsComma(src []byte, i int) bool {
	return i > 0 && i+1 < len(src) && src[i] == ',' && isDigit(src[i-1]) && isDigit(src[i+1])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Months are the English names of the months.
var Months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// IsClausePunct reports whether r separates clauses (or ends a sentence).
func IsClausePunct(r rune) bool {
	if IsSentenceEnd(r) {
		return true
	}
	switch r {
	case ',', '，', '：', ':', '(', ')', '（', '）', '、', '|', '｜', '。':
		return true
	}
	return false
}

// maxSentence bounds a sentence's length in bytes. Text with no sentence
// punctuation at all (a log, a table, a file with no line breaks) is cut
// at the last clause mark or space before it, so that relation matching
// stays linear in the input.
const maxSentence = 2048

// SplitSentences cuts src into sentences, trimming white space; empty
// sentences are dropped. Invalid UTF-8 never shifts the offsets: each bad
// byte is one rune of width 1.
func SplitSentences(src []byte) []Span {
	var out []Span
	start, soft := 0, -1 // soft: the last place a long sentence may be cut
	emit := func(end int) {
		s, e := TrimSpace(src, start, end)
		if s < e {
			out = append(out, Span{s, e})
		}
		start, soft = end, -1
	}
	for i := 0; i < len(src); {
		if i-start >= maxSentence {
			if soft > start {
				i = soft
			}
			emit(i)
		}
		b := src[i]
		if 0xE4 <= b && b <= 0xE9 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			i += 3 // U+4000–U+9FFF, Han: never punctuation or space
			continue
		}
		if 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' {
			i++ // nor an ASCII letter or digit
			continue
		}
		r, w := rune(b), 1
		if b >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(src[i:])
		}
		if IsClausePunct(r) || unicode.IsSpace(r) {
			soft = i + w
		}
		switch {
		case IsSentenceEnd(r):
			j := i + w
			// Keep closing quotes and brackets with the sentence they close.
			for j < len(src) {
				r2, w2 := utf8.DecodeRune(src[j:])
				if r2 != '”' && r2 != '"' && r2 != '）' && r2 != ')' && r2 != '’' {
					break
				}
				j += w2
			}
			emit(j)
			i = j
			continue
		case r == '.':
			// A full stop ends a sentence when space or the end follows and
			// a letter precedes (not "2.0", not "U.S.A"); after a number or
			// a closing bracket or quote ("founded in 1990. Acme", "(JPL).
			// It") when a capital or a Han character opens what follows.
			next, _ := utf8.DecodeRune(src[i+w:])
			prev, _ := utf8.DecodeLastRune(src[:i])
			if (i+w == len(src) || unicode.IsSpace(next)) && (!isInitial(src[:i]) || (companyEnding(src[:i]) || dotted(src[:i])) && pronounOpens(src, i+w)) &&
				(unicode.IsLetter(prev) || closesNumber(prev) && opensSentence(src, i+w)) {
				emit(i + w)
			}
		}
		i += w
	}
	emit(len(src))
	return out
}

// isInitial reports whether the text before a full stop is a single capital
// ("Quoc V. Le") or a common abbreviation ("Prof. Bernstein", "Gen.
// Motors"), which do not end sentences.
func isInitial(before []byte) bool {
	i, n := len(before), 0
	for i > 0 {
		r, w := utf8.DecodeLastRune(before[:i])
		if !unicode.IsLetter(r) {
			break
		}
		n++
		i -= w
		if n > len("Messrs") {
			return false
		}
	}
	if n == 1 {
		// "J. Smith", "J.R.R.", not "the 1990s."
		r, _ := utf8.DecodeLastRune(before[:i])
		return i == 0 || !unicode.IsDigit(r)
	}
	return abbreviations[string(before[i:])] || dotted(before)
}

// dotted reports whether the text before a full stop ends with a dotted
// abbreviation of capitalised parts, a degree's as a rule ("M.Sc", "B.Eng",
// "M.Phil", "LL.B"): its full stop ends a sentence only before a pronoun,
// as a company's ending does. "google.com" is not one.
func dotted(before []byte) bool {
	i := lettersStart(before, len(before))
	last := before[i:]
	if len(last) == 0 || len(last) > 4 || last[0] < 'A' || last[0] > 'Z' || i == 0 || before[i-1] != '.' {
		return false
	}
	j := lettersStart(before, i-1)
	first := before[j : i-1]
	if len(first) == 0 || len(first) > 2 || first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	return j == 0 || before[j-1] == ' ' || before[j-1] == '('
}

// lettersStart returns where the run of ASCII letters that ends at i in b
// begins.
func lettersStart(b []byte, i int) int {
	for i > 0 && 'a' <= b[i-1]|0x20 && b[i-1]|0x20 <= 'z' {
		i--
	}
	return i
}

// companyEnding reports whether the text before a full stop ends with an
// abbreviation that may end a name, and so a sentence: "… a subsidiary of
// B-Bay Inc. Its CEO is …".
func companyEnding(before []byte) bool {
	for _, a := range []string{" Inc", " Ltd", " Co", " Corp", " Jr", " Sr"} {
		if bytes.HasSuffix(before, []byte(a)) {
			return true
		}
	}
	return false
}

// pronounOpens reports whether a word that only opens a sentence follows p
// past spaces: a capitalised pronoun or possessive, never part of a name.
func pronounOpens(src []byte, p int) bool {
	p = SkipSpace(src, p)
	q := p
	for q < len(src) && ('a' <= src[q]|0x20 && src[q]|0x20 <= 'z') {
		q++
	}
	switch string(src[p:q]) {
	case "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our":
		return true
	}
	return false
}

// abbreviations end with a full stop inside a sentence: titles, ranks,
// companies' endings.
var abbreviations = map[string]bool{
	"Dr": true, "Mr": true, "Ms": true, "Mrs": true, "Messrs": true, "Jr": true, "Sr": true, "St": true, "Mt": true, "Ft": true,
	"Prof": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Gov": true, "Sen": true, "Rep": true,
	"Rev": true, "Hon": true, "Inc": true, "Ltd": true, "Co": true, "vs": true,
	"Rt": true, "Fr": true, "Maj": true, "Adm": true, "Cmdr": true, "Brig": true, "Cpl": true, "Pvt": true,
	"Supt": true, "Mme": true, "Mlle": true,
}

func TrimSpace(src []byte, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRune(src[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRune(src[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}

// FoldRune maps a rune to the form literals are compared in: full-width
// ASCII to ASCII, typographic apostrophes, quotes and hyphens to ASCII,
// then lower case.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if 0x3000 <= r && r <= 0x9FFF || 0xAC00 <= r && r <= 0xD7A3 {
		return r // CJK and Hangul have no case
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	switch r {
	case '’', '‘', 'ʼ', '′': // typographic apostrophes: NASA’s, bachelor’s
		return '\''
	case '“', '”':
		return '"'
	case '‐', '‑', '‒', '–': // hyphens and en dash: co‑founded
		return '-'
	}
	return unicode.ToLower(r)
}

// LatinWordRune reports whether r is a letter or digit of a script written
// with spaces between words.
func LatinWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !cjkRune(r)
}

// LatinWordAt reports whether the rune at src[p:] is a LatinWordRune; a
// byte is no rune beyond ASCII (0xE2, the lead byte of ’, is no â).
func LatinWordAt(src []byte, p int) bool {
	if p < 0 || p >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRune(src[p:])
	return LatinWordRune(r)
}

// LatinWordBefore reports whether the rune that ends at src[:p] is a
// LatinWordRune.
func LatinWordBefore(src []byte, p int) bool {
	if p <= 0 || p > len(src) {
		return false
	}
	r, _ := utf8.DecodeLastRune(src[:p])
	return LatinWordRune(r)
}

func cjkRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// closesNumber reports whether r, before a full stop, may end a sentence
// that a capital follows: a digit, a closing bracket or quote, a percent.
func closesNumber(r rune) bool {
	return '0' <= r && r <= '9' || r == ')' || r == '"' || r == '”' || r == '’' || r == '%'
}

// opensSentence reports whether the text after white space at p starts with
// a capital letter, a Han character or an opening quote.
func opensSentence(src []byte, p int) bool {
	q := SkipSpace(src, p)
	if q == p || q >= len(src) {
		return q >= len(src)
	}
	r, _ := utf8.DecodeRune(src[q:])
	return unicode.IsUpper(r) || unicode.Is(unicode.Han, r) || r == '"' || r == '“'
}
