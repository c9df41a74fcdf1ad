package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
	"github.com/kg-graph/kg/internal/cache"
)

// dictCacheKey returns the key of the cache entry for the dictionary the
// options ask for, or nil when the cache is not used: --no-cache, no
// --dict, kg eval's gold entities, -v (whose notes come from merging the
// files), --fold (an entry's automaton does not fold, so the extractor
// would build another), a --dict that is not a regular file, or a
// compiled one (it is what an entry would be; the key would cost a pass
// over the whole file).
func (c *cli) dictCacheKey(o *options) (*cache.Cache, *cache.Key) {
	if o.noCache || len(o.dicts) == 0 || o.goldEntities != nil || c.verbose || o.fold != 0 {
		return nil, nil
	}
	for _, f := range o.dicts {
		if compiledFile(f) {
			return nil, nil
		}
	}
	dc, err := cache.Default()
	if err != nil {
		return nil, nil
	}
	k := cache.NewKey()
	flags := "builtin"
	if o.noBuiltin {
		flags = "no-builtin"
	}
	if o.noFuzzy {
		flags += " no-fuzzy"
	}
	k.Add([]byte(flags))
	for _, f := range o.dicts {
		// readDict tells TSV from YAML by the name.
		k.Add([]byte(strings.ToLower(filepath.Ext(f))))
		if err := k.AddFile(f); err != nil {
			return nil, nil
		}
	}
	return dc, k
}

// cachedDict returns the dictionary of a cache entry and sets o.own to
// its automaton, or returns nil on a miss. base is the built-in dictionary
// the entry was merged with; its entities are in the entry already.
func (c *cli) cachedDict(o *options, dc *cache.Cache, k *cache.Key, base *dict.Dictionary) *dict.Dictionary {
	comp, ok := dc.Get(k)
	if !ok {
		return nil
	}
	d, err := dict.Merge(base.WithoutEntities(), dict.Checked(comp.Dict.Entities))
	if err != nil {
		return nil
	}
	o.own = comp
	return d
}

// cacheDict compiles d, sets o.own to its automaton and writes it to the
// cache, if it can be: only its entities are written (with their nouns and
// same_as links), so d must have come from files with nothing else (no
// relation rules, lexicons or constructions: the caller checks). A cache
// that cannot be written is no error.
func (c *cli) cacheDict(o *options, dc *cache.Cache, k *cache.Key, d *dict.Dictionary) {
	o.own = match.Compile(d, match.MatcherOptions{Fuzzy: !o.noFuzzy})
	dc.Put(k, o.own)
}

// compiledFile reports whether path is a regular file that starts as a
// compiled dictionary does.
func compiledFile(path string) bool {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(match.CompiledMagic))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == match.CompiledMagic
}
