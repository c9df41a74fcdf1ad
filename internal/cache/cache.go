// Package cache keeps compiled dictionaries between runs of kg, so that a
// run from the same YAML or TSV files as an earlier one loads what that
// run built instead of building it again.
//
// An entry is a file in the format of kg dict compile, named by a key: the
// SHA-256 of this kg (its version, or for a build from a work tree the
// bytes of its executable) and of everything the caller says decides the
// dictionary (the files' contents, the options). So an entry is never
// stale: a changed file or another kg gives another key. Entries are
// written to a temporary file in the same directory and renamed into
// place, so a reader, in this process or another running at the same time,
// sees a whole entry or none; two runs that write the same entry write the
// same bytes. An entry that does not read back (damaged, or from a kg with
// another format that happened to share a key) is a miss.
//
// A Cache is safe for concurrent use. Nothing is ever removed: deleting
// the directory, at any time, is the way to empty it.
package cache

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/kg-graph/kg/extract/match"
)

// Cache is a directory of compiled dictionaries.
type Cache struct {
	Dir string
}

// Default returns the cache in the user's cache directory
// (os.UserCacheDir, e.g. ~/.cache/kg/dict on Linux).
func Default() (*Cache, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil, err
	}
	return &Cache{Dir: filepath.Join(dir, "kg", "dict")}, nil
}

// Key builds the name of an entry. Each Add is framed with its length, so
// that two different lists of parts never hash alike.
type Key struct {
	h hash.Hash
}

// NewKey starts a key with the identity of this kg.
func NewKey() *Key {
	k := &Key{h: sha256.New()}
	k.Add([]byte("kg compiled dictionary cache\x00"))
	k.Add(buildID())
	return k
}

// Add adds a part to the key.
func (k *Key) Add(part []byte) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(part)))
	k.h.Write(n[:])
	k.h.Write(part)
}

// AddFile adds the contents of the file at path to the key.
// It refuses anything but a regular file: a FIFO can be read only once,
// and opening one waits for a writer.
func (k *Key) AddFile(path string) error {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(fi.Size()))
	k.h.Write(n[:])
	got, err := io.Copy(k.h, f)
	if err == nil && got != fi.Size() {
		err = errors.New("file changed while read")
	}
	return err
}

// String returns the key as the name of an entry.
func (k *Key) String() string {
	return hex.EncodeToString(k.h.Sum(nil)) + ".kgc"
}

// Get returns the entry named by key, or false if there is none that
// reads back whole.
func (c *Cache) Get(key *Key) (*match.Compiled, bool) {
	f, err := os.Open(filepath.Join(c.Dir, key.String()))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	comp, err := match.ReadCompiled(f)
	return comp, err == nil
}

// Put writes comp as the entry named by key.
func (c *Cache) Put(key *Key, comp *match.Compiled) (err error) {
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.Dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := comp.WriteTo(tmp); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(c.Dir, key.String()))
}

var buildOnce = sync.OnceValue(func() []byte {
	bi, ok := debug.ReadBuildInfo()
	if ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" && !modified(bi) {
		return []byte("version " + bi.Main.Version)
	}
	// A build from a work tree says "(devel)" whatever its code: only its
	// bytes tell two such builds apart.
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
			if err == nil {
				return h.Sum([]byte("executable "))
			}
		}
	}
	return nil // no identity: every key is new to every run
})

// buildID is what tells this kg from another in a key. Without one, keys
// carry a random part instead, so that no entry is ever found.
func buildID() []byte {
	if id := buildOnce(); id != nil {
		return id
	}
	return append([]byte("unknown "), rand.Text()...)
}

func modified(bi *debug.BuildInfo) bool {
	for _, s := range bi.Settings {
		if s.Key == "vcs.modified" && s.Value == "true" {
			return true
		}
	}
	return false
}
