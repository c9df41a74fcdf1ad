package dict

// Type is the class of an entity. The zero value is not a valid type.
type Type string

// The entity types kg knows. Each maps to a schema.org class in the graph.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Project      Type = "Project"
	Place        Type = "Place"
)

// Types lists the valid entity types in a fixed order.
var Types = []Type{Person, Organization, Project, Place}

// Valid reports whether t is one of Types.
func (t Type) Valid() bool {
	for _, v := range Types {
		if t == v {
			return true
		}
	}
	return false
}

// Pos is a position in a dictionary file. Line and Col are 1-based; a zero
// Pos means the value was not read from a file (built in code).
type Pos struct {
	File string
	Line int
	Col  int
}

// Alias is one surface form of an entity.
type Alias struct {
	Text string
	// Lang is a BCP 47 language tag for the form ("en", "zh"); empty means
	// kg guesses it from the script when it needs one.
	Lang string
	// CaseSensitive turns off case folding for this alias: "Le" then never
	// matches "le".
	CaseSensitive bool
	// Short marks an ambiguous form (a first name, an initialism) that only
	// counts in a document where the entity is also found by another form.
	Short bool
	// NoFuzzy turns off typo-tolerant matching for this alias.
	NoFuzzy bool
	Pos     Pos
}

// Entity is a person, organization, project or place with its names.
type Entity struct {
	// ID is the stable identifier used in IRIs. Unique in a Dictionary.
	ID string
	// IDDerived says ID was made from Name by DeriveID, not given. Merge
	// joins entities with the same id, but refuses two whose ids were both
	// derived from names that differ ("C" and "C++" both give "c").
	IDDerived bool
	// Name is the canonical name; it becomes rdfs:label.
	Name string
	Type Type
	// Aliases are the other surface forms. The canonical name is not
	// repeated here; Forms returns both.
	Aliases []Alias
	// Nouns are head nouns a noun phrase may name the entity by, besides
	// those its type gives ("the lab", 该实验室 for a laboratory). Lower
	// case, each a word or a run of Han characters.
	Nouns []string
	// SameAs are IRIs of the same entity elsewhere (a Wikidata item, a
	// homepage), absolute and checked by SameAsIRI.
	SameAs []string
	Pos    Pos
}

// Forms returns the canonical name as an alias followed by Aliases. An
// alias spelt exactly like the name replaces it, so that the name itself can
// be made case-sensitive or short.
func (e *Entity) Forms() []Alias {
	out := make([]Alias, 0, e.NumForms())
	if !e.nameIsAlias() {
		out = append(out, Alias{Text: e.Name, Pos: e.Pos})
	}
	return append(out, e.Aliases...)
}

// NumForms is len(e.Forms()), without building the slice.
func (e *Entity) NumForms() int {
	if e.nameIsAlias() {
		return len(e.Aliases)
	}
	return 1 + len(e.Aliases)
}

func (e *Entity) nameIsAlias() bool {
	for _, a := range e.Aliases {
		if a.Text == e.Name {
			return true
		}
	}
	return false
}
