package relate

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
)

func TestRuleAnchors(t *testing.T) {
	rel := &dict.Relation{Name: "worksFor", Subject: []dict.Type{dict.Person}, Object: []dict.Type{dict.Organization}}
	for _, tt := range []struct {
		pattern string
		want    []string
	}{
		{"{s} (later |)(works for|joined) {o}", []string{"works", "joined"}},
		{"{s}~6加入(了|){o}", []string{"加入"}},
		{"{s} (is|was) the {role:CEO|chief executive} of {o}", []string{"the"}},
		{"{s}(的|){o}", nil},
	} {
		p, err := dict.ParsePattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		ru := newRule(rel, &p)
		if !slices.Equal(ru.anchors, tt.want) {
			t.Errorf("%s: anchors %q, want %q", tt.pattern, ru.anchors, tt.want)
		}
		var g bigrams
		for _, s := range []string{"sam altman joined openai", "他加入了谷歌", "nothing here"} {
			g.of(s)
			for _, a := range ru.anchors {
				if strings.Contains(s, a) && !g.mayHold(a) {
					t.Errorf("bigrams of %q rule out %q, which it holds", s, a)
				}
			}
		}
	}
}
