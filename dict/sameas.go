package dict

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WikidataEntity is the namespace of Wikidata items: a bare Q-number in
// same_as stands for WikidataEntity + the Q-number. Wikidata's concept
// IRIs use http, and its RDF dumps and query service use these.
const WikidataEntity = "http://www.wikidata.org/entity/"

// SameAsIRI returns the IRI a same_as value stands for: a Wikidata item
// given as "Q92894" becomes WikidataEntity+"Q92894"; an http or https IRI
// with a host is returned as it is. Anything else, a relative or
// unbracketed IRI with spaces, quotes or angle brackets included, is an
// error: such a value could not be written as an IRI in N-Quads.
func SameAsIRI(s string) (string, error) {
	if isQID(s) {
		return WikidataEntity + s, nil
	}
	if len(s) > 1 && (s[0] == 'Q' || s[0] == 'q') && strings.Trim(s[1:], "0123456789") == "" {
		return "", fmt.Errorf("same_as %q: a Wikidata item is a capital Q and a number from 1, without leading zeros", s)
	}
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "http://")
	}
	if !ok {
		return "", fmt.Errorf("same_as %q: want a Wikidata item (Q92894) or an http or https IRI", s)
	}
	if host, _, _ := strings.Cut(rest, "/"); host == "" || strings.HasPrefix(host, "?") || strings.HasPrefix(host, "#") {
		return "", fmt.Errorf("same_as %q: the IRI has no host", s)
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("same_as %q: invalid UTF-8", s)
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || strings.ContainsRune(`<>"{}|\^`+"`", r) || unicode.IsSpace(r) || unicode.IsControl(r) {
			return "", fmt.Errorf("same_as %q: %q cannot stand in an IRI (percent-encode it)", s, r)
		}
	}
	return s, nil
}

func isQID(s string) bool {
	if len(s) < 2 || len(s) > 12 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	return strings.Trim(s[1:], "0123456789") == ""
}
