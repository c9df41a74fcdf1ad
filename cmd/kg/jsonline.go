package main

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeJSONLine reads one JSON Lines document: its id (a string id
// decoded, any other as its JSON text) and its text. It handles the common shape, an object of string or number members,
// in one pass without reflection; anything else (other value types, keys
// that differ from "id" and "text" only in case, repeated keys, \u escapes,
// invalid UTF-8, bad syntax) gives ok false, and the caller decodes the
// line with encoding/json, whose answers it gives. FuzzJSONLine checks
// that they agree.
func decodeJSONLine(b []byte) (id, text string, ok bool) {
	p := skipJSONSpace(b, 0)
	if p >= len(b) || b[p] != '{' {
		return "", "", false
	}
	p = skipJSONSpace(b, p+1)
	var haveID, haveText bool
	for {
		if p >= len(b) || b[p] != '"' {
			return "", "", false
		}
		key, q, ok := jsonString(b, p)
		if !ok {
			return "", "", false
		}
		p = skipJSONSpace(b, q)
		if p >= len(b) || b[p] != ':' {
			return "", "", false
		}
		p = skipJSONSpace(b, p+1)
		if p >= len(b) {
			return "", "", false
		}
		start := p
		var val string
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
			return "", "", false
		}
		switch {
		case key == "id" && !haveID:
			id, haveID = string(b[start:p]), true
			if b[start] == '"' {
				id = val
			}
		case key == "text" && !haveText:
			if b[start] != '"' {
				return "", "", false
			}
			text, haveText = val, true
		case strings.EqualFold(key, "id") || strings.EqualFold(key, "text"):
			return "", "", false // encoding/json's rules for these
		}
		p = skipJSONSpace(b, p)
		if p < len(b) && b[p] == ',' {
			p = skipJSONSpace(b, p+1)
			continue
		}
		if p >= len(b) || b[p] != '}' {
			return "", "", false
		}
		if skipJSONSpace(b, p+1) != len(b) || !haveID || !haveText {
			return "", "", false
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
// escapes are decoded here.
func jsonString(b []byte, p int) (s string, end int, ok bool) {
	p++
	var out []byte
	for run := p; ; {
		if p >= len(b) {
			return "", 0, false
		}
		c := b[p]
		switch {
		case c == '"':
			if out == nil {
				s = string(b[run:p])
			} else {
				s = string(append(out, b[run:p]...))
			}
			return s, p + 1, true
		case c == '\\':
			if p+1 >= len(b) {
				return "", 0, false
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
				return "", 0, false // \u, or not JSON
			}
			out = append(append(out, b[run:p]...), e)
			p += 2
			run = p
		case c < 0x20:
			return "", 0, false
		case c < utf8.RuneSelf:
			p++
		default:
			r, w := utf8.DecodeRune(b[p:])
			if r == utf8.RuneError && w == 1 {
				return "", 0, false
			}
			p += w
		}
	}
}
