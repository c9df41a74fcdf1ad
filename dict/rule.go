package dict

// Relation is a typed relation with the patterns that state it in text.
//
// Subject and Object list the entity types the relation accepts; a fact whose
// arguments have other types is never made. Patterns are tried on every
// sentence; see Pattern for their syntax.
type Relation struct {
	Name     string
	Subject  []Type
	Object   []Type
	Patterns []Pattern // raw patterns, written out for this relation
	// Triggers are the relation's words by class ("verb": founded,
	// established; "noun": founder), which fill the constructions.
	Triggers map[string][]string
	// Constructed are the patterns the dictionary's constructions make
	// with Triggers, filled in by Merge.
	Constructed []Pattern
	// Overrides names relations this one is a more specific reading of:
	// where a sentence gives both for the same pair, only this one is
	// kept (共同创立 is cofounded, not also founded).
	Overrides []string
	// Parts says that what a sentence states of a part of the object
	// holds for the object: working for Acme's research lab is working
	// for Acme, but leading it is not leading Acme. Without it, an
	// object followed by a possessive ("Acme's lab") gives no fact.
	Parts bool
	Pos   Pos
}

// Accepts reports whether s and o fit the relation's signature.
func (r *Relation) Accepts(s, o Type) bool {
	return hasType(r.Subject, s) && hasType(r.Object, o)
}

func hasType(ts []Type, t Type) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}

// ElemKind says what one element of a Pattern matches.
type ElemKind int

const (
	// Lit matches one of Alts literally (case-insensitive for Latin
	// letters, whole words at Latin edges). Whitespace in a literal
	// matches any run of whitespace, including none.
	Lit ElemKind = iota
	// Subject matches the subject mention, or a coordinated list of them.
	Subject
	// Object matches the object mention, or a coordinated list of them.
	Object
	// Gap matches up to Max runes of text that hold no clause punctuation.
	Gap
	// Role matches one of Alts and keeps it as the fact's role.
	Role
	// End matches where a clause ends: before clause punctuation or at
	// the end of the sentence.
	End
	// Start matches where a clause starts: at the start of the sentence
	// or after clause punctuation.
	Start
)

// Elem is one element of a compiled pattern.
type Elem struct {
	Kind ElemKind
	Alts []string // Lit and Role: the alternatives; "" makes the element optional
	Max  int      // Gap: the most runes it spans
	// Wide lets a Gap cross clause punctuation (not the sentence's end).
	Wide bool
}

// Pattern is one way a relation is stated. Its source syntax:
//
//	{s}          the subject: an entity mention (a name, a resolved pronoun)
//	{o}          the object
//	(a|b|)       one of the alternatives; an empty one makes it optional
//	{role:a|b}   one of the alternatives, kept as the fact's role
//	~            a short gap: up to 8 runes, no clause punctuation (a
//	             parenthesis counts as one rune)
//	~N           a gap of up to N runes
//	~~N          a wide gap of up to N runes (default 40) that may cross
//	             commas and other clause punctuation
//	$            the end of a clause
//	^            the start of a clause
//	text         literal text; a space matches any whitespace or none
//
// A pattern with no {s} (or no {o}) takes that argument from context: the
// entity a zero pronoun at the start of the match would refer to.
type Pattern struct {
	Source string
	Elems  []Elem
	Pos    Pos
}
