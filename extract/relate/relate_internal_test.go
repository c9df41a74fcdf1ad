package relate

import "testing"

// TestStakeRule pins which purchase rules read a stake: the pattern's
// words decide, not the name of the file the rule comes from.
func TestStakeRule(t *testing.T) {
	for _, c := range []struct {
		rule string
		want bool
	}{
		{"acquired: {s}~~30(收购|购入)(了|)~12{o}(的|)(控股权|多数股权) (builtin_relations.yaml:2930)", true},
		{"acquired: {s}~~30(收购|购入)(了|)~12{o}(的|)~8(%|％)(的|)(股权|股份|权益) (builtin_relations.yaml:2929)", true},
		{"acquired: {s} (acquired|bought) (a |an |)~8(%| percent) (stake|interest) in {o} (builtin_relations.yaml:2933)", true},
		{"acquired: {s}~8(收购|并购|买下)(了|){o} (builtin_relations.yaml:2968)", false},
		{"acquired: {s} bought {o} (stakeholders.yaml:3)", false},
	} {
		if got := stakeRule(c.rule); got != c.want {
			t.Errorf("stakeRule(%q) = %v, want %v", c.rule, got, c.want)
		}
	}
}
