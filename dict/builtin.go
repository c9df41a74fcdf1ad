package dict

import (
	_ "embed"
	"sync"
)

//go:embed builtin_entities.yaml
var builtinEntities []byte

//go:embed builtin_relations.yaml
var builtinRelations []byte

var builtin = sync.OnceValues(func() (*Dictionary, error) {
	ents, err := Load("builtin_entities.yaml", builtinEntities)
	if err != nil {
		return nil, err
	}
	rels, err := Load("builtin_relations.yaml", builtinRelations)
	if err != nil {
		return nil, err
	}
	return Merge(ents, rels)
})

// Builtin returns kg's built-in dictionary: the entities of the embedded
// article and the relation rules for Chinese and English. The result is
// shared; do not modify it.
func Builtin() (*Dictionary, error) { return builtin() }

// BuiltinRelations returns the built-in relation rules alone: kg's
// knowledge of language, which applies to any entity list.
func BuiltinRelations() (*Dictionary, error) {
	d, err := builtin()
	if err != nil {
		return nil, err
	}
	return d.WithoutEntities(), nil
}
