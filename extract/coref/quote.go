package coref

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// A quotation attributed to a named person speaks in that person's voice:
// in 张三在内部信中写道：“我于2010年加入甲公司。” and in '"I joined Acme
// in 2010," Roe said.' I is the one the attribution names. Outside an
// interview, I is resolved only there.

// quoteVerbs introduce or close a quotation: 张三表示：“…”, '"…," Roe
// said'. The English ones are matched as whole words, in lower case.
var quoteVerbs = []string{
	"说", "说道", "表示", "称", "写道", "指出", "坦言", "透露", "回忆", "回忆道", "回忆说",
	"提到", "谈到", "直言", "强调", "介绍", "介绍说", "感慨", "感慨道", "笑称", "解释", "解释道", "补充道", "总结道",
	"said", "says", "wrote", "writes", "recalled", "recalls", "added", "adds", "explained", "explains",
	"noted", "notes", "stated", "states", "remarked", "declared", "tweeted", "posted",
}

// addressees mark the person a Chinese reporting verb speaks to, not the
// speaker: 张三对李四说, 向记者介绍.
var addressees = []string{"对", "向", "跟", "和", "与", "同", "给", "告诉"}

// maxAttribution bounds, in bytes, what may stand between the speaker's
// name and the reporting verb: 在接受采访时, ", Acme's chief executive,".
const maxAttribution = 60

// quoteSpeaker returns the person a quotation around off is attributed to,
// before it (张三表示：“…”, 'Roe said: "…"') or right after it ('"…," Roe
// said', '"…," said Roe', “…”张三说), or nil. The quotation must open
// on off's line, and close on it, within 4 KiB of off on either side.
func (d *resolver) quoteSpeaker(off int) *dict.Entity {
	src := d.Src
	lo := max(bytes.LastIndexByte(src[:off], '\n')+1, off-4096)
	q := openQuote(src, lo, off)
	if q < 0 {
		return nil
	}
	if e := d.speakerBefore(lo, q); e != nil {
		return e
	}
	hi := min(len(src), off+4096)
	if n := bytes.IndexByte(src[off:hi], '\n'); n >= 0 {
		hi = off + n
	}
	if c := closeQuote(src, off, hi, src[q] == '"'); c >= 0 {
		return d.speakerAfter(c, hi)
	}
	return nil
}

// openQuote returns the offset of the quotation mark that opens, in
// src[lo:off], a quotation still open at off, or -1.
func openQuote(src []byte, lo, off int) int {
	q := -1
	for i := lo; i < off; {
		r, w := utf8.DecodeRune(src[i:])
		switch r {
		case '"':
			if q >= 0 && src[q] == '"' {
				q = -1
			} else {
				q = i
			}
		case '“', '「', '『':
			q = i
		case '”', '」', '』':
			q = -1
		}
		i += w
	}
	return q
}

// closeQuote returns the end of the quotation mark that closes, in
// src[off:hi], the quotation open at off, or -1. ascii says it opened
// with '"'.
func closeQuote(src []byte, off, hi int, ascii bool) int {
	for i := off; i < hi; {
		r, w := utf8.DecodeRune(src[i:])
		switch {
		case ascii && r == '"', !ascii && (r == '”' || r == '」' || r == '』'):
			return i + w
		case r == '“' || r == '「' || r == '『':
			return -1
		}
		i += w
	}
	return -1
}

// speakerBefore returns the person named before the reporting verb that
// ends src[lo:q], the text before an opening quotation mark: 张三表示：,
// 'Roe, Acme's chief executive, said:'.
func (d *resolver) speakerBefore(lo, q int) *dict.Entity {
	p := q
	for p > lo {
		r, w := utf8.DecodeLastRune(d.Src[lo:p])
		if r != ' ' && r != ':' && r != '：' && r != ',' && r != '，' {
			break
		}
		p -= w
	}
	v := verbBefore(d.Src[lo:p])
	if v < 0 {
		return nil
	}
	v += lo
	ms := d.Mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= v })
	for k--; k >= 0 && ms[k].Start >= lo && v-ms[k].End <= maxAttribution; k-- {
		m := ms[k]
		if m.Entity.Type != dict.Person || m.How == doc.Coref {
			continue
		}
		if addressed(d.Src[lo:m.Start]) {
			continue // 对李四说: 李四 is spoken to
		}
		if sentenceEndIn(d.Src[m.End:v]) {
			return nil
		}
		return m.Entity
	}
	return nil
}

// speakerAfter returns the person an attribution right after a closing
// quotation mark (ending at c) names: ', Roe said', ' said Roe', 张三说.
func (d *resolver) speakerAfter(c, hi int) *dict.Entity {
	p := doc.SkipSpace(d.Src[:hi], c)
	if p < hi && (d.Src[p] == ',' || bytes.HasPrefix(d.Src[p:], []byte("，"))) {
		_, w := utf8.DecodeRune(d.Src[p:])
		p = doc.SkipSpace(d.Src[:hi], p+w)
	}
	ms := d.Mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= p })
	if k == len(ms) || ms[k].Entity.Type != dict.Person {
		return nil
	}
	m := ms[k]
	if m.Start == p {
		// “…”张三说, '"…," Roe, Acme's chief executive, said.'
		end := min(hi, m.End+maxAttribution)
		if v := verbAfter(d.Src[m.End:end]); v >= 0 && !sentenceEndIn(d.Src[m.End:m.End+v]) {
			return m.Entity
		}
		return nil
	}
	// '"…," said Roe.'
	if isQuoteVerb(strings.TrimSpace(string(d.Src[p:m.Start]))) {
		return m.Entity
	}
	return nil
}

// verbBefore returns where a reporting verb that ends b starts, or -1.
// An English verb must be a whole word.
func verbBefore(b []byte) int {
	best := -1
	for _, v := range quoteVerbs {
		if !hasSuffixFold(b, v) {
			continue
		}
		s := len(b) - len(v)
		if v[0] < utf8.RuneSelf && s > 0 {
			if r, _ := utf8.DecodeLastRune(b[:s]); doc.LatinWordRune(r) {
				continue
			}
		}
		if best < 0 || s < best {
			best = s // the longest verb: 介绍说 over 说
		}
	}
	return best
}

// verbAfter returns the offset in b of the first reporting verb, or -1.
// An English verb must be a whole word.
func verbAfter(b []byte) int {
	for i := 0; i < len(b); {
		for _, v := range quoteVerbs {
			if !hasPrefixFold(b[i:], v) {
				continue
			}
			if v[0] < utf8.RuneSelf {
				before, _ := utf8.DecodeLastRune(b[:i])
				after, _ := utf8.DecodeRune(b[i+len(v):])
				if i > 0 && doc.LatinWordRune(before) || doc.LatinWordRune(after) {
					continue
				}
			}
			return i
		}
		_, w := utf8.DecodeRune(b[i:])
		i += w
	}
	return -1
}

func isQuoteVerb(w string) bool {
	return slices.ContainsFunc(quoteVerbs, func(v string) bool { return strings.EqualFold(v, w) })
}

// addressed reports whether b, the text before a name, ends with a word
// that makes the name the one spoken to.
func addressed(b []byte) bool {
	return slices.ContainsFunc(addressees, func(a string) bool { return bytes.HasSuffix(b, []byte(a)) })
}

// sentenceEndIn reports whether b holds a sentence end.
func sentenceEndIn(b []byte) bool {
	for _, r := range string(b) {
		if doc.IsSentenceEnd(r) {
			return true
		}
	}
	return false
}

func hasSuffixFold(b []byte, s string) bool {
	return len(b) >= len(s) && strings.EqualFold(string(b[len(b)-len(s):]), s)
}

func hasPrefixFold(b []byte, s string) bool {
	return len(b) >= len(s) && strings.EqualFold(string(b[:len(s)]), s)
}
