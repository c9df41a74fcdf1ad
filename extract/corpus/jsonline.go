package corpus

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeJSONLine reads one JSON Lines document: its id (a string id
// decoded, any other as its JSON text) and its text. It handles the
// common shape, an object of string or number members, in one pass
// without reflection, in about a third of the time encoding/json takes
// (BenchmarkDecodeJSONLine*); anything else (other value types, keys
// that differ from "id" and "text" only in case, repeated keys, \u escapes,
// invalid UTF-8, bad syntax) gives ok false, and the caller decodes the
// line with encoding/json, whose answers it gives. FuzzJSONLine checks
// that they agree.
func decodeJSONLine(b []byte) (id string, text []byte, ok bool) {
	p := skipJSONSpace(b, 0)
	if p >= len(b) || b[p] != '{' {
		return "", nil, false
	}
	p = skipJSONSpace(b, p+1)
	var haveID, haveText bool
	for {
		if p >= len(b) || b[p] != '"' {
			return "", nil, false
		}
		rawKey, q, ok := jsonString(b, p)
		if !ok {
			return "", nil, false
		}
		key := string(rawKey)
		p = skipJSONSpace(b, q)
		if p >= len(b) || b[p] != ':' {
			return "", nil, false
		}
		p = skipJSONSpace(b, p+1)
		if p >= len(b) {
			return "", nil, false
		}
		start := p
		var val []byte
		switch c := b[p]; {
		case c == '"':
			val, p, ok = jsonString(b, p)
		case c == '-' || '0' <= c && c <= '9':
			for p < len(b) && strings.IndexByte("+-.eE0123456789", b[p]) >= 0 {
				p++
			}
			ok = json.Valid(b[start:p])
		default:
			ok = false
		}
		if !ok {
			return "", nil, false
		}
		switch {
		case key == "id" && !haveID:
			id, haveID = string(b[start:p]), true
			if b[start] == '"' {
				id = string(val)
			}
		case key == "text" && !haveText:
			if b[start] != '"' {
				return "", nil, false
			}
			text, haveText = val, true
		case strings.EqualFold(key, "id") || strings.EqualFold(key, "text"):
			return "", nil, false // encoding/json's rules for these
		}
		p = skipJSONSpace(b, p)
		if p < len(b) && b[p] == ',' {
			p = skipJSONSpace(b, p+1)
			continue
		}
		if p >= len(b) || b[p] != '}' {
			return "", nil, false
		}
		if skipJSONSpace(b, p+1) != len(b) || !haveID || !haveText {
			return "", nil, false
		}
		return id, text, true
	}
}

func skipJSONSpace(b []byte, p int) int {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r') {
		p++
	}
	return p
}

// jsonString decodes the string starting with the quote at b[p] and
// returns it and the offset after its closing quote. Only the one-letter
// escapes are decoded here. Without escapes the string is a part of b,
// not a copy.
func jsonString(b []byte, p int) (s []byte, end int, ok bool) {
	p++
	start := p
	var out []byte
	for run := p; ; {
		if p >= len(b) {
			return nil, 0, false
		}
		c := b[p]
		switch {
		case c == '"':
			// Escapes are ASCII, so the raw bytes are valid UTF-8 if and
			// only if the decoded ones are.
			if !utf8.Valid(b[start:p]) {
				return nil, 0, false
			}
			if out == nil {
				return b[run:p], p + 1, true
			}
			return append(out, b[run:p]...), p + 1, true
		case c == '\\':
			if p+1 >= len(b) {
				return nil, 0, false
			}
			var e byte
			switch b[p+1] {
			case '"', '\\', '/':
				e = b[p+1]
			case 'b':
				e = '\b'
			case 'f':
				e = '\f'
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			default:
				return nil, 0, false // \u, or not JSON
			}
			out = append(append(out, b[run:p]...), e)
			p += 2
			run = p
		case c < 0x20:
			return nil, 0, false
		default:
			p++
		}
	}
}
