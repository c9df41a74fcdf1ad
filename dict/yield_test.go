package dict

import (
	"slices"
	"strings"
	"testing"
)

// TestYield: built-in entities give way to a user's where an id or a form
// meets, and nothing else changes.
func TestYield(t *testing.T) {
	base, err := Load("builtin.yaml", []byte(`entities:
  - {name: DeepMind, type: Organization, aliases: [Google DeepMind, 深度思维]}
  - {name: Google, type: Organization, aliases: [谷歌]}
  - {name: Sun, type: Organization, aliases: [Sun Microsystems]}
  - {name: Ada, type: Person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		user  string
		kept  string // the base entities left, name: forms
		notes []string
	}{
		{"nothing shared", `entities: [{name: Alan Turing, type: Person}]`,
			"DeepMind: DeepMind Google DeepMind 深度思维 | Google: Google 谷歌 | Sun: Sun Sun Microsystems | Ada: Ada", nil},
		{"an alias of another id", `entities: [{name: DeepMind Technologies, id: deepmind-technologies, type: Organization, aliases: [google deepmind]}]`,
			"DeepMind: DeepMind 深度思维 | Google: Google 谷歌 | Sun: Sun Sun Microsystems | Ada: Ada",
			[]string{`built-in alias "Google DeepMind" of "DeepMind" dropped: it names entity "DeepMind Technologies" (u.yaml:1:99)`}},
		{"the built-in name", `entities: [{name: DeepMind Technologies, type: Organization, aliases: [DeepMind]}]`,
			"Google: Google 谷歌 | Sun: Sun Sun Microsystems | Ada: Ada",
			[]string{`built-in entity "DeepMind" left out: its name is a form of entity "DeepMind Technologies" (u.yaml:1:72)`}},
		{"the same id", `entities: [{name: Ada Lovelace, id: ada, type: Person}]`,
			"DeepMind: DeepMind Google DeepMind 深度思维 | Google: Google 谷歌 | Sun: Sun Sun Microsystems",
			[]string{`built-in entity "Ada" left out: entity "Ada Lovelace" (u.yaml:1:12) has its id "ada"`}},
		{"the same id, another type", `entities: [{name: Google, type: Project}]`,
			"DeepMind: DeepMind Google DeepMind 深度思维 | Sun: Sun Sun Microsystems | Ada: Ada",
			[]string{`built-in entity "Google" left out: entity "Google" (u.yaml:1:12) has its id "google"`}},
		{"case folding", `entities: [{name: Sun Yat-sen, type: Person, aliases: [{text: sun microsystems}]}]`,
			"DeepMind: DeepMind Google DeepMind 深度思维 | Google: Google 谷歌 | Sun: Sun | Ada: Ada",
			[]string{`built-in alias "Sun Microsystems" of "Sun" dropped: it names entity "Sun Yat-sen" (u.yaml:1:56)`}},
		{"case-sensitive forms that differ", `entities: [{name: Sunny, type: Person, aliases: [{text: SUN MICROSYSTEMS, case_sensitive: true}]}]`,
			"DeepMind: DeepMind Google DeepMind 深度思维 | Google: Google 谷歌 | Sun: Sun | Ada: Ada",
			[]string{`built-in alias "Sun Microsystems" of "Sun" dropped: it names entity "Sunny" (u.yaml:1:50)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			user, err := Load("u.yaml", []byte(tt.user))
			if err != nil {
				t.Fatal(err)
			}
			got, notes := Yield(base, user)
			var kept []string
			for _, e := range got.Entities {
				var forms []string
				for _, a := range e.Forms() {
					forms = append(forms, a.Text)
				}
				kept = append(kept, e.Name+": "+strings.Join(forms, " "))
			}
			if s := strings.Join(kept, " | "); s != tt.kept {
				t.Errorf("kept\n %s\nwant\n %s", s, tt.kept)
			}
			if !slices.Equal(notes, tt.notes) {
				t.Errorf("notes\n %q\nwant\n %q", notes, tt.notes)
			}
			if _, err := Merge(got, user); err != nil {
				t.Errorf("merging after Yield: %v", err)
			}
			if len(base.Entities) != 4 || len(base.Entities[0].Aliases) != 2 {
				t.Error("Yield changed base")
			}
		})
	}
}

// TestYieldKeepsUserConflicts: two user dictionaries that give one alias
// to two entities are still an error, whatever the built-in ones.
func TestYieldKeepsUserConflicts(t *testing.T) {
	base, _ := Load("b.yaml", []byte("entities: [{name: DeepMind, type: Organization}]\n"))
	a, _ := Load("a.yaml", []byte("entities: [{name: Alpha, type: Organization, aliases: [DeepMind]}]\n"))
	b, _ := Load("c.yaml", []byte("entities: [{name: Beta, type: Organization, aliases: [deepmind]}]\n"))
	y, _ := Yield(base, a, b)
	if _, err := Merge(y, a, b); err == nil || !strings.Contains(err.Error(), `alias "deepmind" already names entity "Alpha" (a.yaml:1:`) {
		t.Errorf("err = %v", err)
	}
}
