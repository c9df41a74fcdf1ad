package graph

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

const upperhex = "0123456789ABCDEF"

func isUnreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func isSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// escapeBytes percent-encodes every byte of s for which keep is false,
// working on bytes so that invalid UTF-8 survives as %XX.
func escapeBytes(s string, keep func(s string, i int) bool) string {
	i := 0
	for i < len(s) && keep(s, i) {
		i++
	}
	if i == len(s) {
		return s // nothing to encode, the usual case
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if keep(s, i) {
			b.WriteByte(s[i])
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperhex[s[i]>>4])
		b.WriteByte(upperhex[s[i]&15])
	}
	return b.String()
}

// escapeSegment encodes s as one IRI segment: everything outside
// [A-Za-z0-9-._~] is percent-encoded, "/" and "%" included, so the mapping
// is injective and the result is a valid (ASCII) IRI part.
func escapeSegment(s string) string {
	return escapeBytes(s, func(s string, i int) bool { return isUnreserved(s[i]) })
}

// escapePath is escapeSegment that keeps "/".
func escapePath(s string) string {
	return escapeBytes(s, func(s string, i int) bool { return isUnreserved(s[i]) || s[i] == '/' })
}

// splitScheme returns the scheme of an absolute IRI and the rest after the
// colon. Schemes of one letter are refused so that "C:\docs\a.txt" stays a
// file name.
func splitScheme(s string) (scheme, rest string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i < 2 {
		return "", "", false
	}
	for j := 0; j < i; j++ {
		c := s[j]
		alpha := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
		if !alpha && (j == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", "", false
		}
	}
	return s[:i], s[i+1:], true
}

// absoluteIRI returns s as an absolute IRI if it has a scheme, encoding what
// RFC 3987 does not allow where it stands: in the authority, anything but
// unreserved, sub-delims and "%XX" (plus one "@" and a ":" before a numeric
// port); in path, query and fragment, anything but those and ":@/?" and the
// first "#". Non-ASCII is encoded too: the result is a URI, which is also an
// IRI, and strict parsers (Oxigraph, rapper) accept it.
func absoluteIRI(s string) (string, bool) {
	scheme, rest, ok := splitScheme(s)
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString(scheme)
	b.WriteByte(':')
	pct := func(s string, i int) bool { return s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) }
	if strings.HasPrefix(rest, "//") {
		b.WriteString("//")
		rest = rest[2:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		auth := rest[:end]
		rest = rest[end:]
		regName := func(s string, i int) bool { return isUnreserved(s[i]) || isSubDelim(s[i]) || pct(s, i) }
		if at := strings.LastIndexByte(auth, '@'); at >= 0 {
			b.WriteString(escapeBytes(auth[:at], func(s string, i int) bool { return regName(s, i) || s[i] == ':' }))
			b.WriteByte('@')
			auth = auth[at+1:]
		}
		host, port := auth, ""
		if c := strings.LastIndexByte(auth, ':'); c >= 0 && strings.Trim(auth[c+1:], "0123456789") == "" {
			host, port = auth[:c], auth[c:]
		}
		if ipLiteral(host) {
			b.WriteString(host)
		} else {
			b.WriteString(escapeBytes(host, regName))
		}
		b.WriteString(port)
	}
	hash := false
	b.WriteString(escapeBytes(rest, func(s string, i int) bool {
		c := s[i]
		if c == '#' && !hash {
			hash = true
			return true
		}
		return isUnreserved(c) || isSubDelim(c) || pct(s, i) || strings.IndexByte(":@/?", c) >= 0
	}))
	return b.String(), true
}

// ipLiteral reports whether host is an IP-literal of RFC 3986: an IPv6
// address or an IPvFuture in brackets.
func ipLiteral(host string) bool {
	if len(host) < 3 || host[0] != '[' || host[len(host)-1] != ']' {
		return false
	}
	in := host[1 : len(host)-1]
	if in[0] == 'v' || in[0] == 'V' {
		dot := strings.IndexByte(in, '.')
		if dot < 2 || dot == len(in)-1 || strings.Trim(in[1:dot], "0123456789abcdefABCDEF") != "" {
			return false
		}
		for i := dot + 1; i < len(in); i++ {
			if !isUnreserved(in[i]) && !isSubDelim(in[i]) && in[i] != ':' {
				return false
			}
		}
		return true
	}
	return strings.Contains(in, ":") && strings.Trim(in, "0123456789abcdefABCDEF:.") == ""
}

// CheckBase returns nil if base can be Options.Base: empty, or an absolute
// IRI (RFC 3987) in which nothing needs percent-encoding. Non-ASCII
// letters and an IPv6 host are allowed ("http://例子.example/kg/",
// "http://[::1]/kg/"); spaces, brackets outside the host, a second "#" or
// invalid UTF-8 are not. The error wraps ErrBase.
func CheckBase(base string) error {
	if base == "" {
		return nil
	}
	// absoluteIRI encodes non-ASCII to keep document IRIs plain URIs; a
	// base is the user's own IRI, so its non-ASCII characters stand as
	// they are when RFC 3987 allows them (ucschar), checked apart.
	var ascii strings.Builder
	for _, r := range base {
		switch {
		case r < utf8.RuneSelf:
			ascii.WriteRune(r)
		case isUCSChar(r):
			ascii.WriteByte('g') // a letter allowed everywhere but in an IP literal
		default:
			return fmt.Errorf("%w: %q", ErrBase, base)
		}
	}
	iri, ok := absoluteIRI(ascii.String())
	if !ok || iri != ascii.String() {
		return fmt.Errorf("%w: %q", ErrBase, base)
	}
	return nil
}

// isUCSChar reports whether r is a ucschar of RFC 3987, a non-ASCII
// character an IRI may hold as it is.
func isUCSChar(r rune) bool {
	switch {
	case r < 0xA0, r == utf8.RuneError, r > 0xEFFFD:
		return false
	case 0xD800 <= r && r <= 0xF8FF, 0xFDD0 <= r && r <= 0xFDEF:
		return false // surrogates, private use, non-characters
	}
	return r&0xFFFE != 0xFFFE
}

// normaliseBase checks and completes Options.Base.
func normaliseBase(base string) (string, error) {
	if base == "" {
		return DefaultBase, nil
	}
	if err := CheckBase(base); err != nil {
		return "", err
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return base, nil
}

// langTag returns the language tag for an alias: its own Lang when that is
// a well-formed BCP 47 tag (canonicalised: "zh_CN" becomes "zh-CN"), else
// "zh" for text with Han characters, else none. Latin script is not guessed
// to be English: a plain literal says less but says nothing false.
func langTag(lang, text string) string {
	if lang != "" {
		if t, err := language.Parse(strings.ReplaceAll(lang, "_", "-")); err == nil {
			if s := t.String(); validLangTag(s) {
				return s
			}
		}
	}
	latin := false
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			return "zh"
		}
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return ""
			}
			latin = true
		}
	}
	if latin {
		// Names in Latin script are written as English text writes them.
		return "en"
	}
	return ""
}

// validLangTag checks the N-Quads LANGTAG production and the subtag length
// limit of BCP 47, as a guard on what the tag library returns.
func validLangTag(s string) bool {
	for i, sub := range strings.Split(s, "-") {
		if sub == "" || len(sub) > 8 {
			return false
		}
		for j := 0; j < len(sub); j++ {
			c := sub[j]
			alpha := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
			if !alpha && (i == 0 || !('0' <= c && c <= '9')) {
				return false
			}
		}
	}
	return s != "" && utf8.ValidString(s)
}
