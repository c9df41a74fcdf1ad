package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps the tests' dictionary cache out of the user's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kg-cache-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cacheEntries lists the entries in the test cache.
func cacheEntries(t *testing.T) []string {
	t.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "kg", "dict", "*.kgc"))
	return names
}

// TestDictCache: a second run from the same files reads the cache and
// prints the same; a changed file, --no-fuzzy or --no-builtin is another
// entry; --no-cache neither reads nor writes one; a damaged entry is a
// miss and is written again; a file with relation rules or same_as links,
// or a run with --fold, is not cached.
func TestDictCache(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "g.tsv")
	text := filepath.Join(dir, "t.txt")
	writeFile(t, tsv, "Ada Lovelace\tPerson\tLovelace|Countess of Lovelace\nAnalytical Engine\tProject\t\n")
	writeFile(t, text, "Ada Lovelace wrote about the Analytical Engin. Lovelace was a countess. OpenAI is new.\n")
	before := len(cacheEntries(t))

	want, errOut, code := kg(t, "", "mentions", "--no-cache", "--dict", tsv, text)
	if code != exitOK || errOut != "" {
		t.Fatalf("--no-cache: exit %d: %s", code, errOut)
	}
	if n := len(cacheEntries(t)); n != before {
		t.Fatalf("--no-cache wrote %d entries", n-before)
	}
	for i, what := range []string{"first run (writes)", "second run (reads)"} {
		got, errOut, code := kg(t, "", "mentions", "--dict", tsv, text)
		if code != exitOK || errOut != "" || got != want {
			t.Errorf("%s: exit %d: %s\n%s\nwant\n%s", what, code, errOut, got, want)
		}
		if n := len(cacheEntries(t)); n != before+1 {
			t.Errorf("%s: %d entries, want %d", what, n, before+1)
		}
		if i == 0 && want == "" {
			t.Fatal("no mentions: the test shows nothing")
		}
	}
	for _, args := range [][]string{{"--no-fuzzy"}, {"--no-builtin"}} {
		want, _, _ := kg(t, "", append([]string{"mentions", "--no-cache", "--dict", tsv, text}, args...)...)
		for range 2 {
			if got, errOut, code := kg(t, "", append([]string{"mentions", "--dict", tsv, text}, args...)...); got != want || code != exitOK {
				t.Errorf("%v: exit %d: %s\n%s\nwant\n%s", args, code, errOut, got, want)
			}
		}
	}
	if n := len(cacheEntries(t)); n != before+3 {
		t.Errorf("%d entries after --no-fuzzy and --no-builtin, want %d", n, before+3)
	}

	// A changed file is another entry, and its own mentions.
	writeFile(t, tsv, "Ada Lovelace\tPerson\tLovelace\nOpenAI\tOrganization\t\n")
	want, _, _ = kg(t, "", "mentions", "--no-cache", "--dict", tsv, text)
	if got, _, _ := kg(t, "", "mentions", "--dict", tsv, text); got != want {
		t.Errorf("changed file:\n%s\nwant\n%s", got, want)
	}
	entries := cacheEntries(t)
	if len(entries) != before+4 {
		t.Fatalf("%d entries after a change, want %d", len(entries), before+4)
	}

	// A damaged entry is a miss.
	for _, e := range entries {
		data, err := os.ReadFile(e)
		if err != nil {
			t.Fatal(err)
		}
		data[len(data)/2] ^= 0xff
		writeFile(t, e, string(data))
	}
	if got, errOut, code := kg(t, "", "mentions", "--dict", tsv, text); got != want || code != exitOK {
		t.Errorf("damaged entry: exit %d: %s\n%s\nwant\n%s", code, errOut, got, want)
	}

	// An entry keeps same_as links and head nouns: the second run, from
	// the cache, still writes the link.
	same := filepath.Join(dir, "s.yaml")
	writeFile(t, same, "entities:\n  - {name: Ada Lovelace, type: Person, same_as: [Q7259], nouns: [mathematician]}\n")
	wantSame, errOut, code := kg(t, "", "extract", "--dict", same, text, "--no-cache")
	if code != exitOK || !strings.Contains(wantSame, "Q7259") {
		t.Fatalf("same_as: exit %d: %s\n%s", code, errOut, wantSame)
	}
	n := len(cacheEntries(t))
	for i := range 2 {
		if got, errOut, code := kg(t, "", "extract", "--dict", same, text); got != wantSame || code != exitOK {
			t.Errorf("same_as, run %d: exit %d: %s\n%s\nwant\n%s", i+1, code, errOut, got, wantSame)
		}
	}
	if m := len(cacheEntries(t)); m != n+1 {
		t.Errorf("a file with same_as made %d entries, want 1", m-n)
	}

	// What an entry does not keep is not cached: relation rules, and the
	// folding of an automaton with --fold.
	rules := filepath.Join(dir, "r.yaml")
	writeFile(t, rules, "entities:\n  - {name: Ada Lovelace, type: Person}\nlexicons:\n  tool: [engine]\n")
	uncached(t, "a file with lexicons", "mentions", "--dict", rules, text)
	han := filepath.Join(dir, "h.tsv")
	hanText := filepath.Join(dir, "h.txt")
	writeFile(t, han, "辛顿\tPerson\t\n")
	writeFile(t, hanText, "辛頓是教授。\n")
	if out := uncached(t, "--fold", "mentions", "--fold", "han", "--dict", han, hanText); !strings.Contains(out, "辛頓") {
		t.Errorf("--fold han found no 辛頓:\n%s", out)
	}
}

// uncached runs kg with args twice, checks that both runs print what
// --no-cache prints and that the cache gains no entry, and returns the
// output.
func uncached(t *testing.T, what string, args ...string) string {
	t.Helper()
	want, errOut, code := kg(t, "", append(args, "--no-cache")...)
	if code != exitOK {
		t.Fatalf("%s: exit %d: %s", what, code, errOut)
	}
	n := len(cacheEntries(t))
	for range 2 {
		if got, errOut, code := kg(t, "", args...); got != want || code != exitOK {
			t.Errorf("%s: exit %d: %s\n%s\nwant\n%s", what, code, errOut, got, want)
		}
	}
	if m := len(cacheEntries(t)); m != n {
		t.Errorf("%s made %d entries", what, m-n)
	}
	return want
}
