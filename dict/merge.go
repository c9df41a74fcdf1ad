package dict

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Merge combines dictionaries, earlier ones first, and validates the result.
//
// Entities with the same id become one: the first canonical name is kept,
// a later different name becomes an alias, aliases are united, and a
// different type is an error. Relations with the same name become one: their
// patterns are concatenated and their signatures must agree (a dictionary may
// leave the signature out to add patterns to a relation defined elsewhere).
// An alias that would name two different entities is an error.
func Merge(ds ...*Dictionary) (*Dictionary, error) {
	return merge(ds, true, false)
}

// merge is Merge; final also requires every relation to have a signature,
// which a single file that only adds patterns need not give. With owned,
// the entities of ds are the caller's own, just made, and are taken and
// changed in place rather than copied: a loader's merge would otherwise
// hold a large gazetteer twice.
func merge(ds []*Dictionary, final, owned bool) (*Dictionary, error) {
	var errs ErrorList
	out := &Dictionary{Lexicons: map[string][]string{}}
	// A dictionary that an earlier merge made has unique ids and no alias
	// that names two of its entities. If it is the only one with entities,
	// they are taken as they are, and not checked again: for a large
	// gazetteer the check is most of the merge.
	sole := soleEntities(ds)
	if sole != nil && !sole.checked {
		sole = nil
	}
	byID := map[string]*Entity{}
	for _, d := range ds {
		if d == sole {
			out.Entities = slices.Clip(d.Entities)
		}
		for _, e := range d.Entities {
			if d == sole {
				break
			}
			prev, ok := byID[e.ID]
			if !ok {
				c := e
				if !owned {
					c = new(*e)
					c.Aliases = append([]Alias(nil), e.Aliases...)
					c.Nouns = append([]string(nil), e.Nouns...)
					c.SameAs = append([]string(nil), e.SameAs...)
				}
				byID[e.ID] = c
				out.Entities = append(out.Entities, c)
				continue
			}
			if prev.IDDerived && e.IDDerived && nameKey(prev.Name) != nameKey(e.Name) {
				errs = append(errs, &Error{Pos: e.Pos, What: fmt.Sprintf("entity %q", e.Name),
					Msg:  fmt.Sprintf("id %q, derived from the name, is also the id derived from %q at %s", e.ID, prev.Name, posString(prev.Pos)),
					Hint: "give one of them an id: ..., or both the same id to make them one entity"})
				continue
			}
			if prev.Type != e.Type {
				errs = append(errs, &Error{Pos: e.Pos, What: fmt.Sprintf("entity %q", e.Name),
					Msg:  fmt.Sprintf("type %s conflicts with type %s of id %q at %s", e.Type, prev.Type, e.ID, posString(prev.Pos)),
					Hint: "give one of them another id, or the same type"})
				continue
			}
			for _, a := range e.Forms() {
				if !hasAlias(prev, a.Text) {
					prev.Aliases = append(prev.Aliases, a)
				}
			}
			prev.Nouns = addWords(prev.Nouns, e.Nouns)
			prev.SameAs = addWords(prev.SameAs, e.SameAs)
		}
		for name, ws := range d.Lexicons {
			out.Lexicons[name] = addWords(out.Lexicons[name], ws)
		}
		out.Constructions = append(out.Constructions, d.Constructions...)
		for _, r := range d.Relations {
			prev := out.relation(r.Name)
			if prev == nil {
				c := *r
				c.Patterns = append([]Pattern(nil), r.Patterns...)
				c.Overrides = append([]string(nil), r.Overrides...)
				c.Triggers = map[string][]string{}
				for k, ws := range r.Triggers {
					c.Triggers[k] = addWords(nil, ws)
				}
				c.Constructed = nil
				out.Relations = append(out.Relations, &c)
				continue
			}
			errs = append(errs, mergeSig(prev, r, r.Subject, &prev.Subject, "subject")...)
			errs = append(errs, mergeSig(prev, r, r.Object, &prev.Object, "object")...)
			prev.Patterns = append(prev.Patterns, r.Patterns...)
			prev.Overrides = addWords(prev.Overrides, r.Overrides)
			prev.Parts = prev.Parts || r.Parts
			for k, ws := range r.Triggers {
				prev.Triggers[k] = addWords(prev.Triggers[k], ws)
			}
		}
	}
	if final {
		for _, r := range out.Relations {
			errs = append(errs, out.unknownLexicons(r)...)
			errs = append(errs, out.construct(r)...)
		}
	}
	for _, r := range out.Relations {
		if !final {
			break
		}
		if len(r.Subject) == 0 || len(r.Object) == 0 {
			errs = append(errs, &Error{Pos: r.Pos, What: fmt.Sprintf("relation %q", r.Name),
				Msg:  "unknown relation: no dictionary gives its subject and object types",
				Hint: "add subject: [...] and object: [...], or check the name's spelling"})
		}
	}
	if sole == nil {
		errs = append(errs, checkAliases(out.Entities)...)
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	out.checked = true
	return out, nil
}

// Checked returns a Dictionary of es, entities of a Dictionary that Load or
// Merge returned, marked as checked: a Merge in which it is the only
// dictionary with entities takes them without checking their ids and
// aliases again. It is for entities kg wrote itself and read back, such as
// a compiled dictionary from kg's cache; with entities from anywhere else
// Merge's result may not be valid.
func Checked(es []*Entity) *Dictionary {
	return &Dictionary{Entities: es, checked: true}
}

// soleEntities returns the one dictionary of ds that has entities, or nil
// if none or several have.
func soleEntities(ds []*Dictionary) *Dictionary {
	var sole *Dictionary
	for _, d := range ds {
		if len(d.Entities) == 0 {
			continue
		}
		if sole != nil {
			return nil
		}
		sole = d
	}
	return sole
}

func (d *Dictionary) relation(name string) *Relation {
	for _, r := range d.Relations {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// Relation returns the relation called name, or nil.
func (d *Dictionary) Relation(name string) *Relation { return d.relation(name) }

// WithoutEntities returns d's relation rules alone.
func (d *Dictionary) WithoutEntities() *Dictionary {
	return &Dictionary{Relations: d.Relations, Lexicons: d.Lexicons, Constructions: d.Constructions}
}

func mergeSig(prev, r *Relation, add []Type, into *[]Type, field string) ErrorList {
	if len(add) == 0 {
		return nil
	}
	if len(*into) == 0 {
		*into = add
		return nil
	}
	if !sameTypes(add, *into) {
		return ErrorList{{Pos: r.Pos, What: fmt.Sprintf("relation %q", r.Name),
			Msg:  fmt.Sprintf("%s types %v conflict with %v at %s", field, add, *into, posString(prev.Pos)),
			Hint: "leave the signature out to add patterns to an existing relation"}}
	}
	return nil
}

func sameTypes(a, b []Type) bool {
	if len(a) != len(b) {
		return false
	}
	for _, t := range a {
		if !hasType(b, t) {
			return false
		}
	}
	return true
}

func hasAlias(e *Entity, text string) bool {
	if e.Name == text {
		return true
	}
	for _, a := range e.Aliases {
		if a.Text == text {
			return true
		}
	}
	return false
}

// AliasKey is the form under which two aliases count as the same: NFKC,
// and lower case unless the alias is case-sensitive.
func AliasKey(a Alias) string {
	s := norm.NFKC.String(strings.TrimSpace(a.Text))
	if a.CaseSensitive {
		return s
	}
	return strings.ToLower(s)
}

// nameKey is the form under which two canonical names count as the same.
func nameKey(name string) string { return AliasKey(Alias{Text: name}) }

func checkAliases(es []*Entity) ErrorList {
	var errs ErrorList
	n := 0
	for _, e := range es {
		n += e.NumForms()
	}
	// Sized for every form at once: growing the maps was a third of the
	// check for a large gazetteer.
	x := &AliasIndex{exact: map[string]aliasOwner{}, folded: make(map[string]aliasOwner, n), cased: map[string][]aliasOwner{}}
	for _, e := range es {
		errs = append(errs, x.Add(e)...)
	}
	return errs
}

// AliasIndex finds the entity that already has an alias, by the rule
// Merge applies: two forms name the same thing when their AliasKeys are
// equal, and a form that is not case-sensitive also names every spelling
// of its letters in any case ("sun" is also "Sun"). The zero value is not
// usable; NewAliasIndex makes one. It is not safe for concurrent use.
type AliasIndex struct {
	exact  map[string]aliasOwner   // case-sensitive forms, by AliasKey
	folded map[string]aliasOwner   // other forms, by AliasKey
	cased  map[string][]aliasOwner // case-sensitive forms by lower-cased key, one per entity
}

type aliasOwner struct {
	e *Entity
	a *Alias // in e.Aliases, or the name's form: a pointer keeps an index of a large gazetteer small
}

// NewAliasIndex returns an empty index.
func NewAliasIndex() *AliasIndex {
	return &AliasIndex{exact: map[string]aliasOwner{}, folded: map[string]aliasOwner{}, cased: map[string][]aliasOwner{}}
}

// Add records e's forms and returns an error for each that already names
// another entity.
func (x *AliasIndex) Add(e *Entity) ErrorList { return x.check(e, true) }

// Check is Add without recording e's forms.
func (x *AliasIndex) Check(e *Entity) ErrorList { return x.check(e, false) }

// Owner returns the entity other than e that already has a form naming
// what a names, and that form; nil if there is none.
func (x *AliasIndex) Owner(e *Entity, a Alias) (*Entity, Alias) {
	other, found := x.lookup(e, a)
	if !found || other.e == e {
		return nil, Alias{}
	}
	return other.e, *other.a
}

func (x *AliasIndex) lookup(e *Entity, a Alias) (other aliasOwner, found bool) {
	k := AliasKey(a)
	fk := k
	if a.CaseSensitive {
		fk = strings.ToLower(k)
	}
	other, found = x.folded[fk]
	if a.CaseSensitive && (!found || other.e == e) {
		other, found = x.exact[k]
	}
	if !a.CaseSensitive && (!found || other.e == e) {
		for _, o := range x.cased[fk] {
			if o.e != e {
				other, found = o, true
				break
			}
		}
	}
	return other, found
}

func (x *AliasIndex) check(e *Entity, add bool) ErrorList {
	var errs ErrorList
	var name *Alias
	if !e.nameIsAlias() {
		name = &Alias{Text: e.Name, Pos: e.Pos} // as Forms gives it
	}
	for i := -1; i < len(e.Aliases); i++ {
		form := name
		if i >= 0 {
			form = &e.Aliases[i]
		} else if form == nil {
			continue
		}
		a := *form
		k := AliasKey(a)
		fk := k
		if a.CaseSensitive {
			fk = strings.ToLower(k)
		}
		other, found := x.lookup(e, a)
		if found && other.e != e {
			errs = append(errs, &Error{Pos: a.Pos, What: fmt.Sprintf("entity %q", e.Name),
				Msg:  fmt.Sprintf("alias %q already names entity %q (%s)", a.Text, other.e.Name, posString(other.a.Pos)),
				Hint: "an alias names one entity: remove it from one of them, or give both the same id"})
			continue
		}
		if !add {
			continue
		}
		o := aliasOwner{e, form}
		if !a.CaseSensitive {
			if _, ok := x.folded[fk]; !ok {
				x.folded[fk] = o
			}
			continue
		}
		if _, ok := x.exact[k]; !ok {
			x.exact[k] = o
		}
		if cs := x.cased[fk]; len(cs) == 0 || cs[len(cs)-1].e != e {
			x.cased[fk] = append(cs, o)
		}
	}
	return errs
}

func posString(p Pos) string {
	if p.File == "" && p.Line == 0 {
		return "built in"
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// addWords appends to list the words of add it does not hold yet.
func addWords(list, add []string) []string {
	for _, w := range add {
		if !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	return list
}

// expand returns r's trigger classes with each @name among their words
// replaced by the words of that lexicon: a relation's role triggers may be
// all the job titles of @title. An @name that is no lexicon stays as it
// is; Merge reports it.
func (d *Dictionary) expand(r *Relation) map[string][]string {
	out := make(map[string][]string, len(r.Triggers))
	for class, ws := range r.Triggers {
		if !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "@") }) {
			out[class] = ws
			continue
		}
		var list []string
		for _, w := range ws {
			add := []string{w}
			if name, ok := strings.CutPrefix(w, "@"); ok {
				if lex, ok := d.Lexicons[name]; ok {
					add = lex
				}
			}
			list = addWords(list, add)
		}
		out[class] = list
	}
	return out
}

// unknownLexicons reports trigger words of r that name, with @, a
// lexicon no dictionary defines.
func (d *Dictionary) unknownLexicons(r *Relation) ErrorList {
	var errs ErrorList
	classes := make([]string, 0, len(r.Triggers))
	for k := range r.Triggers {
		classes = append(classes, k)
	}
	slices.Sort(classes)
	for _, k := range classes {
		for _, w := range r.Triggers[k] {
			if name, ok := strings.CutPrefix(w, "@"); ok {
				if _, ok := d.Lexicons[name]; !ok {
					errs = append(errs, &Error{Pos: r.Pos, What: fmt.Sprintf("relation %q trigger %s", r.Name, k),
						Msg: fmt.Sprintf("%s: no lexicon %q", w, name), Hint: "define it under lexicons:, or write the words out"})
				}
			}
		}
	}
	return errs
}

// construct fills r.Constructed: every template of every construction
// whose trigger classes (its @names that are no lexicon) r has, with r's
// triggers and the lexicons filled in. Templates are tried in dictionary
// order, so rules keep a stable order.
func (d *Dictionary) construct(r *Relation) ErrorList {
	var errs ErrorList
	triggers := d.expand(r)
	for _, c := range d.Constructions {
		for _, t := range c.Templates {
			complete := true
			words := func(name string) ([]string, bool) {
				if ws, ok := triggers[name]; ok {
					return ws, true
				}
				if ws, ok := d.Lexicons[name]; ok {
					return ws, true
				}
				complete = false
				return nil, false
			}
			p, err := ParsePatternWith(t.Source, words)
			if !complete {
				continue // a trigger class r does not have
			}
			if err != nil {
				errs = append(errs, &Error{Pos: t.Pos, What: fmt.Sprintf("construction %q for relation %q", c.Name, r.Name), Msg: err.Error()})
				continue
			}
			p.Source = "construction " + c.Name + ": " + t.Source
			p.Pos = t.Pos
			r.Constructed = append(r.Constructed, p)
		}
	}
	return errs
}
