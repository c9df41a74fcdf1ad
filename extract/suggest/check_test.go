package suggest

import (
	"slices"
	"testing"

	"github.com/kg-graph/kg/dict"
)

func TestCheckDict(t *testing.T) {
	d := &dict.Dictionary{Entities: []*dict.Entity{
		{ID: "hinton", Name: "Geoffrey Hinton", Type: dict.Person, Aliases: []dict.Alias{{Text: "辛頓"}}},
		{ID: "brockman", Name: "Greg Brockman", Type: dict.Person},
		{ID: "sutskever", Name: "Ilya Sutskever", Type: dict.Person},
		{ID: "apple", Name: "Apple", Type: dict.Organization, Aliases: []dict.Alias{{Text: "apple"}}},
		{ID: "x", Name: "Nobody Here", Type: dict.Person},
	}}
	text := []byte("辛顿说。Greg Brokman came. Ilya Sutskever too. apple apple apple apple apple.")
	c := CheckDict(d, [][]byte{text})
	if !slices.Equal(c.OnlyFolded, []string{"Geoffrey Hinton"}) {
		t.Errorf("OnlyFolded = %q", c.OnlyFolded)
	}
	if !slices.Equal(c.OnlyFuzzy, []string{"Greg Brockman"}) {
		t.Errorf("OnlyFuzzy = %q", c.OnlyFuzzy)
	}
	if !slices.Equal(c.Unmatched, []string{"Nobody Here"}) {
		t.Errorf("Unmatched = %q", c.Unmatched)
	}
	if len(c.Frequent) != 1 || c.Frequent[0] != "Apple (Apple): 5" {
		t.Errorf("Frequent = %q", c.Frequent)
	}
}

func TestSuggestAliases(t *testing.T) {
	d := &dict.Dictionary{Entities: []*dict.Entity{
		{ID: "hinton", Name: "Geoffrey Hinton", Type: dict.Person, Aliases: []dict.Alias{{Text: "杰弗里·辛顿"}}},
		{ID: "mit", Name: "Massachusetts Institute of Technology", Type: dict.Organization},
		{ID: "uoft", Name: "University of Toronto", Type: dict.Organization},
	}}
	text := []byte("Geoffrey Hinton spoke at MIT. Hinton said so. 傑弗里•辛頓說。Professor Jane Q. Doe of Acme Robotics Inc. agreed. He taught at Toronto University.")
	got := map[string]string{}
	for _, c := range Suggest(d, []Document{{"a", text}}, Options{}) {
		got[c.Name] = c.AliasOf + "/" + string(c.Type)
	}
	for name, want := range map[string]string{"Hinton": "hinton/Person", "MIT": "mit/Organization", "傑弗里•辛頓": "hinton/Person", "Jane Q. Doe": "/Person", "Acme Robotics Inc.": "/Organization", "Toronto University": "uoft/Organization"} {
		if got[name] != want {
			t.Errorf("%q: got %q, want %q (all: %v)", name, got[name], want, got)
		}
	}
}
