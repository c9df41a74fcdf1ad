package extract

import (
	"testing"
	"unicode/utf8"
)

// TestAntecedentChain: every mention coreference resolved in the article
// points at the entity's last mention before it (a name, or a mention
// itself resolved), with offsets in bytes and characters that agree, so
// that following antecedents walks the chain back to a name; only a
// mention of an entity named nowhere before it has none.
func TestAntecedentChain(t *testing.T) {
	res, _, src := articleResult(t)
	at := map[Span][]Mention{}
	for _, m := range res.Mentions {
		at[m.Span] = append(at[m.Span], m)
	}
	resolved := 0
	for _, m := range res.Mentions {
		if m.How != Coref {
			if m.Antecedent != nil {
				t.Errorf("name %q at %d has an antecedent", m.Text, m.Start)
			}
			continue
		}
		resolved++
		a := m.Antecedent
		if a == nil {
			// Only where nothing names the entity before: a turn's
			// speaker, the document's main person named later.
			for _, o := range res.Mentions {
				if o.Entity == m.Entity && o.End <= m.Start {
					t.Errorf("%q at %d: no antecedent, though %q at %d names %s", m.Text, m.Start, o.Text, o.Start, m.Entity.Name)
					break
				}
			}
			continue
		}
		if a.End > m.Start {
			t.Errorf("%q at %d: antecedent %d-%d is not before it", m.Text, m.Start, a.Start, a.End)
		}
		if a.CharStart != utf8.RuneCount(src[:a.Start]) || a.CharEnd != utf8.RuneCount(src[:a.End]) {
			t.Errorf("%q at %d: antecedent characters %d-%d do not match bytes %d-%d", m.Text, m.Start, a.CharStart, a.CharEnd, a.Start, a.End)
		}
		same := false
		for _, o := range at[a.Span] {
			same = same || o.Entity == m.Entity
		}
		if !same {
			t.Errorf("%q at %d (%s): no mention of it at its antecedent %d-%d", m.Text, m.Start, m.Entity.Name, a.Start, a.End)
		}
	}
	if resolved < 10 {
		t.Fatalf("only %d resolved mentions in the article", resolved)
	}
}
