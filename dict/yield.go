package dict

import "fmt"

// Yield returns base with its entities made to yield to those of over,
// and a line for each thing it left out. It is how kg's built-in entities
// give way to a user's dictionaries, which are meant to be authoritative:
//
//   - an entity of base whose id an entity of over has is left out: over's
//     entity replaces it;
//   - a form of an entity of base that names an entity of over (by the
//     rule of AliasIndex: NFKC, case folding unless case-sensitive) is
//     dropped from it, and an entity of base whose canonical name is so
//     taken is left out whole.
//
// base's relations, lexicons and constructions are kept as they are.
// Conflicts among the dictionaries of over are not Yield's business:
// Merge reports them. base is not modified.
func Yield(base *Dictionary, over ...*Dictionary) (*Dictionary, []string) {
	ids := map[string]*Entity{}
	x := NewAliasIndex()
	for _, d := range over {
		for _, e := range d.Entities {
			if _, ok := ids[e.ID]; !ok {
				ids[e.ID] = e
			}
			x.Add(e) // a conflict within over is Merge's to report
		}
	}
	out := *base
	out.Entities = make([]*Entity, 0, len(base.Entities))
	var notes []string
entities:
	for _, e := range base.Entities {
		if u, ok := ids[e.ID]; ok {
			notes = append(notes, fmt.Sprintf("built-in entity %q left out: entity %q (%s) has its id %q", e.Name, u.Name, posString(u.Pos), e.ID))
			continue
		}
		var keep []Alias
		var dropped []string
		for _, a := range e.Forms() {
			u, ua := x.Owner(e, a)
			switch {
			case u == nil:
				if a.Text != e.Name || e.nameIsAlias() {
					keep = append(keep, a)
				}
			case a.Text == e.Name:
				notes = append(notes, fmt.Sprintf("built-in entity %q left out: its name is a form of entity %q (%s)", e.Name, u.Name, posString(ua.Pos)))
				continue entities
			default:
				dropped = append(dropped, fmt.Sprintf("built-in alias %q of %q dropped: it names entity %q (%s)", a.Text, e.Name, u.Name, posString(ua.Pos)))
			}
		}
		if len(dropped) == 0 {
			out.Entities = append(out.Entities, e)
			continue
		}
		notes = append(notes, dropped...)
		c := *e
		c.Aliases = keep
		out.Entities = append(out.Entities, &c)
	}
	return &out, notes
}
