package dict

import (
	_ "embed"
	"sync"

	"gopkg.in/yaml.v3"
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

// builtinLexicons are the word classes of the built-in rules, which every
// dictionary's patterns may use. They are read apart from the rules, so
// that loading the built-in file itself can use them.
var builtinLexicons = sync.OnceValue(func() map[string][]string {
	var f struct {
		Lexicons map[string][]string `yaml:"lexicons"`
	}
	if err := yaml.Unmarshal(builtinRelations, &f); err != nil {
		panic("built-in relations: " + err.Error()) // tested: the embedded file is valid
	}
	return f.Lexicons
})
