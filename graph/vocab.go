package graph

import (
	_ "embed"
	"strings"
)

//go:embed vocab.ttl
var vocabTTL string

// Vocabulary returns kg's vocabulary in Turtle for base (DefaultBase if
// empty): every class and relation of the built-in dictionary and every
// property of the evidence, with label, comment, domain and range, and
// their mappings to schema.org (both namespaces) and Wikidata.
func Vocabulary(base string) (string, error) {
	base, err := normaliseBase(base)
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(vocabTTL, "<"+DefaultBase, "<"+base), nil
}
