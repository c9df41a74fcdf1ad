package main

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/kg-graph/kg/dict"
)

// entity is one line of the gazetteer. Aliases[0] is the canonical name.
type entity struct {
	typ     dict.Type
	aliases []string
}

// kind is one way of making an entity, drawn with its weight.
type kind struct {
	typ    dict.Type
	weight int
	make   func(*rand.Rand) []string
}

var kinds = []kind{
	{dict.Person, 35, latinPerson},
	{dict.Person, 25, chinesePerson},
	{dict.Organization, 15, chineseOrg},
	{dict.Project, 15, product},
	{dict.Place, 10, place},
}

// maxTries bounds the retries for a fresh name; only a space of names
// nearly used up (a tiny table, a huge -aliases) runs into it.
const maxTries = 1000

type dictStats struct {
	aliases, entities int
	byType            map[dict.Type]int
}

// makeDict draws entities until they hold n aliases in all. No two aliases
// share a key in kg's sense (dict.AliasKey: NFKC and lower case) and no two
// names derive the same id, so kg loads the result without a complaint and
// without merging entities.
func makeDict(rng *rand.Rand, n int) ([]entity, dictStats, error) {
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	taken := make(map[string]bool, n)
	ids := make(map[string]bool, n)
	st := dictStats{byType: map[dict.Type]int{}}
	var out []entity
	for st.aliases < n {
		w := rng.IntN(total)
		k := kinds[0]
		for _, kk := range kinds {
			if w < kk.weight {
				k = kk
				break
			}
			w -= kk.weight
		}
		var forms []string
		for try := 0; ; try++ {
			if try == maxTries {
				return nil, st, fmt.Errorf("no fresh %s name after %d tries: the name tables are too small for %d aliases", k.typ, maxTries, n)
			}
			forms = k.make(rng)
			if !taken[aliasKey(forms[0])] && !ids[dict.DeriveID(forms[0])] {
				break
			}
		}
		ids[dict.DeriveID(forms[0])] = true
		e := entity{typ: k.typ}
		for _, a := range forms {
			if st.aliases == n {
				break
			}
			if key := aliasKey(a); !taken[key] {
				taken[key] = true
				e.aliases = append(e.aliases, a)
				st.aliases++
			}
		}
		out = append(out, e)
		st.entities++
		st.byType[k.typ]++
	}
	return out, st, nil
}

func aliasKey(a string) string {
	return dict.AliasKey(dict.Alias{Text: a})
}

// writeTSV writes the gazetteer: name<TAB>type<TAB>other aliases, |-separated.
func writeTSV(w io.Writer, es []entity) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, e := range es {
		bw.WriteString(e.aliases[0])
		bw.WriteByte('\t')
		bw.WriteString(string(e.typ))
		bw.WriteByte('\t')
		bw.WriteString(strings.Join(e.aliases[1:], "|"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// writeAliases writes every alias, canonical names included, one a line.
func writeAliases(w io.Writer, es []entity) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, e := range es {
		for _, a := range e.aliases {
			bw.WriteString(a)
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
