package doc

import "github.com/kg-graph/kg/dict"

// Span is a half-open byte range [Start, End) into the original input.
type Span struct {
	Start int
	End   int
}

// How says how a mention was found.
type How string

const (
	Exact How = "exact" // an alias matched after normalisation
	Fuzzy How = "fuzzy" // a long Latin-script alias matched with one typo
	Coref How = "coref" // a pronoun or noun phrase resolved to an entity
)

// Mention is one occurrence of an entity in a document.
type Mention struct {
	Doc string
	Span
	Text   string // the exact surface, as in the input
	Entity *dict.Entity
	How    How
}

// Evidence is the sentence that states a fact.
type Evidence struct {
	Doc string
	Span
	Text string // the sentence, as in the input
}

// Fact is a typed relation between two entities with its evidence.
type Fact struct {
	Subject  *dict.Entity
	Relation string
	Object   *dict.Entity
	// Role is the position a worksFor fact names ("首席科学家"), if any.
	Role string
	// Time is a time expression the sentence attaches to the fact, if any.
	Time string
	// Rule says which rule made the fact: the relation's pattern, and
	// where it was defined when it is a user's.
	Rule     string
	Evidence Evidence
}
