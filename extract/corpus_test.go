package extract

import (
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
	"github.com/kg-graph/kg/extract/eval"
)

// corpusDir is the evaluation corpus.
const corpusDir = "../testdata/eval"

// runCorpus scores the built-in relation rules on the evaluation corpus in
// testdata/eval, each text with its own dictionary, as `kg eval --corpus`
// does.
func runCorpus(t *testing.T) *eval.CorpusReport {
	t.Helper()
	texts, err := eval.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.EvaluateCorpus(texts, rules, func(d *dict.Dictionary, id string, text []byte) ([]doc.Fact, []doc.Mention) {
		res := New(d, Options{}).Extract(id, text)
		return res.Facts, res.Mentions
	})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestCorpus scores the built-in rules on the evaluation corpus: every
// text, micro-averaged, by language and for the held-back third. The
// bounds are today's figures, so that they cannot silently fall; raise
// them as the rules improve.
func TestCorpus(t *testing.T) {
	rep := runCorpus(t)
	var b strings.Builder
	rep.Write(&b)
	t.Logf("evaluation corpus:\n%s", b.String())

	for split, m := range rep.Misses() {
		if n := m[eval.WhyNoEvidence]; n > 0 {
			t.Errorf("%s: %d gold evidence sentences are not in their texts", split, n)
		}
	}
	groups := rep.Groups()
	// Today's figures on the 413-text corpus (2026-12-04, with 376 new
	// texts, ninety-four of them held back, after the thirty-second round), a
	// little below; the held-back part per language too. The
	// forty-first batch's two held-back texts brought the held-back
	// precision down (0.941 to 0.938, English 0.950 to 0.940), and the
	// bounds with it; the forty-second batch brought the whole corpus's
	// precision from 0.967 to 0.964 and the English held-back F1 from
	// 0.661 to 0.645; on the 381-text corpus of the forty-third batch
	// the Chinese held-back F1 is 0.680; the forty-fourth batch brought
	// the held-back precision from 0.937 to 0.936; the forty-fifth
	// brought it to 0.932 (English 0.936 to 0.932, Chinese 0.937 to
	// 0.932, English F1 0.644 to 0.637), and the bounds with it; the
	// thirty-first round's authored patterns brought the English
	// precision from 0.970 to 0.969; the forty-sixth batch's held-back
	// texts left every bound holding (held back 0.932 / 0.517 / 0.665
	// with the rules of its start), and so did the forty-seventh's
	// (0.933 / 0.519 / 0.667) and the forty-eighth's (0.933 / 0.517 /
	// 0.666); the forty-ninth's brought the held-back F1 to 0.664 with
	// the rules of its start (0.933 / 0.515 / 0.664), and its bound
	// from 0.665 to 0.66; the fiftieth's brought the English held-back
	// precision to 0.928 and F1 to 0.629 with the rules of its start
	// (held back 0.933 / 0.512 / 0.661), and those bounds from 0.93 to
	// 0.92 and from 0.635 to 0.625. The fifty-first batch's held-back
	// texts left the held-back bounds holding (0.934 / 0.511 / 0.661);
	// its tuning texts, two of them long English texts on record and
	// comics production whose works kg mostly misses, brought the whole
	// corpus's F1 from 0.776 to 0.768 and the English F1 from 0.756 to
	// 0.740 (precision 0.967 to 0.965) with the rules of its start, and
	// those bounds from 0.77 to 0.76, from 0.75 to 0.735 and from 0.965
	// to 0.96. The fifty-second batch, measured with the rules of its
	// start: its held-back texts brought the held-back figures to 0.932 /
	// 0.502 / 0.653 (English F1 0.615, Chinese 0.675); its tuning texts,
	// an investor's biography and an investment group's history among
	// them, where shareholdings and the investor's own institutes gave
	// wrong facts, the tuning precision to 0.968 and F1 to 0.797, the
	// English F1 to 0.732 and the Chinese precision to 0.960 (rounded
	// up). The bounds went from 0.66 to 0.65, 0.625 to 0.61, 0.675 to
	// 0.67, 0.97 to 0.965, 0.80 to 0.795, 0.735 to 0.73 and (Chinese
	// precision) 0.96 to 0.955. The fifty-third batch (461 texts) moved
	// every figure by less than a point, with the rules of its start:
	// held back 0.932 / 0.503 / 0.654, Chinese F1 0.780; no bound moved.
	// The fifty-fourth batch (469 texts), with the rules of its start:
	// held back 0.933 / 0.502 / 0.653; its held-back Chinese text, a car
	// maker's history, brought the Chinese held-back F1 from 0.674 to
	// 0.669, and with its tuning texts the Chinese F1 from 0.781 to
	// 0.777. Those bounds went from 0.67 to 0.665 and from 0.78 to 0.775.
	// The fifty-fifth batch (477 texts), with the rules of its start:
	// held back 0.933 / 0.502 / 0.653; its tuning texts (a physicist's
	// biography at recall 0.27, a university's history at 0.38) brought
	// the tuning F1 from 0.795 to 0.791, the whole corpus's from 0.760 to
	// 0.757 and the Chinese from 0.777 to 0.774. Those bounds went from
	// 0.795 to 0.79, from 0.76 to 0.755 and from 0.775 to 0.77.
	// The fifty-sixth batch (485 texts), with the rules of its start:
	// held back 0.934 / 0.505 / 0.656 (English F1 0.630, Chinese 0.672),
	// tuning F1 0.794, the whole corpus's 0.760; no bound moved.
	// The fifty-seventh batch (493 texts), with the rules of its start:
	// held back 0.939 / 0.522 / 0.671 (English F1 0.643, Chinese 0.688),
	// tuning F1 0.817, the whole corpus's 0.781; no bound moved.
	// The fifty-eighth batch (501 texts), with the rules of its start:
	// held back 0.939 / 0.519 / 0.669 (English F1 0.636, Chinese 0.689),
	// tuning F1 0.815, the whole corpus's 0.780; no bound moved.
	// The fifty-ninth batch (509 texts), with the rules of its start:
	// held back 0.940 / 0.519 / 0.669 (English F1 0.635, Chinese 0.690),
	// tuning F1 0.815, the whole corpus's 0.780; no bound moved.
	// The sixtieth batch (517 texts), with the rules of its start:
	// held back 0.936 / 0.521 / 0.669 (English F1 0.637, Chinese 0.690),
	// tuning F1 0.814, the whole corpus's 0.779; no bound moved.
	// The sixty-first batch (525 texts), with the rules of its start:
	// held back 0.934 / 0.514 / 0.663 (English F1 0.625, Chinese 0.688),
	// tuning F1 0.813, the whole corpus's 0.777. Its held-back English
	// text (an economist's biography, 77 core triples) brought English
	// held-back F1 from 0.637 to 0.625, under its bound, which went from
	// 0.63 to 0.62.
	// Rounds of rules since, on the same 485 texts, raised the figures
	// (2026-12-06: held back 0.935 / 0.513 / 0.663, English F1 0.638,
	// Chinese 0.678; tuning F1 0.805; the whole corpus's 0.771, English
	// 0.744, Chinese 0.788), and the F1 bounds with them.
	bounds := map[string]struct{ p, f1 float64 }{
		"all":                   {0.96, 0.765},
		"split tune":            {0.965, 0.80},
		"split heldout":         {0.93, 0.66},
		"split heldout lang en": {0.92, 0.62},
		"split heldout lang zh": {0.93, 0.675},
		"lang en":               {0.96, 0.74},
		"lang zh":               {0.955, 0.785},
	}
	for g, b := range bounds {
		s := groups[g]
		if s.Precision() < b.p || s.F1() < b.f1 {
			t.Errorf("%s: precision %.3f (bound %.3f), F1 %.3f (bound %.3f)", g, s.Precision(), b.p, s.F1(), b.f1)
		}
	}
}
