package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	dg "github.com/dominikbraun/graph"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// DefaultBase is the namespace IRI used when Options.Base is empty.
const DefaultBase = "http://example.org/kg/"

// Options configure Build. The zero value uses DefaultBase.
type Options struct {
	// Base is the namespace under which kg mints IRIs. It must be an
	// absolute IRI with nothing that needs percent-encoding (see
	// CheckBase); non-ASCII letters in it are written as they are. One that
	// ends in neither "/" nor "#" gets a "/" appended.
	Base string
	// Provenance says where a fact's evidence goes in N-Quads: the zero
	// value, ProvenanceGraph, puts each fact in a named graph of its own;
	// ProvenanceReified puts everything in the default graph, each fact
	// also described as an rdf:Statement.
	Provenance Provenance
	// Relations are the relation definitions the facts come from: their
	// signatures declare the relationship tables of the Kùzu export and
	// the relations no fact uses. A relation a fact uses but that is not
	// here gets the types its facts have.
	Relations []*dict.Relation
}

// Provenance is how N-Quads output ties a fact to its evidence.
type Provenance int

const (
	ProvenanceGraph   Provenance = iota // a named graph per fact (default)
	ProvenanceReified                   // one graph, facts reified as rdf:Statement
)

// ParseProvenance reads "graph" or "reified".
func ParseProvenance(s string) (Provenance, error) {
	switch s {
	case "graph", "":
		return ProvenanceGraph, nil
	case "reified":
		return ProvenanceReified, nil
	}
	return 0, fmt.Errorf("provenance %q: want graph or reified", s)
}

// Errors returned by Build, wrapped with the entity or fact they concern.
var (
	// ErrBase means Options.Base is not a usable absolute IRI.
	ErrBase = errors.New("invalid base IRI")
	// ErrEntity means an entity is nil, has an empty ID or an invalid type.
	ErrEntity = errors.New("invalid entity")
	// ErrDuplicateID means two different entities share an ID.
	ErrDuplicateID = errors.New("duplicate entity ID")
	// ErrFact means a fact lacks a subject, object or relation.
	ErrFact = errors.New("invalid fact")
)

// Graph is the knowledge graph Build makes: the mentioned entities as
// vertices keyed by ID, and one edge per (subject, object) pair whose data is
// the sorted []extract.Fact between them. A Graph is immutable once built
// and safe for concurrent use by its writers. The zero Graph is empty; its
// writers write no statements and an empty digraph.
type Graph struct {
	base     string
	prov     Provenance
	rels     []*dict.Relation
	model    dg.Graph[string, *dict.Entity]
	entities []*dict.Entity // every entity, sorted by ID
	facts    []fact         // sorted and deduplicated
}

// fact is an extract.Fact with the name of the named graph that holds it.
type fact struct {
	extract.Fact
	id string // hex, stable: see factID
}

// Build makes the graph model from the entities that were mentioned and the
// facts found. Entities reached only through a fact are added too. Facts
// equal in every field collapse into one. Build does not keep entities or
// facts beyond the pointers it was given; callers must not change them
// while the Graph is in use.
func Build(entities []*dict.Entity, facts []extract.Fact, opt Options) (*Graph, error) {
	base, err := normaliseBase(opt.Base)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*dict.Entity, len(entities))
	add := func(e *dict.Entity) error {
		if err := checkEntity(e, byID); err != nil {
			return err
		}
		byID[e.ID] = e
		return nil
	}
	for _, e := range entities {
		if err := add(e); err != nil {
			return nil, err
		}
	}
	g := &Graph{base: base, prov: opt.Provenance, rels: opt.Relations, model: dg.New(entityID, dg.Directed())}
	for i, f := range facts {
		if err := checkFact(i, f); err != nil {
			return nil, err
		}
		if err := add(f.Subject); err != nil {
			return nil, fmt.Errorf("fact %d: %w", i, err)
		}
		if err := add(f.Object); err != nil {
			return nil, fmt.Errorf("fact %d: %w", i, err)
		}
		g.facts = append(g.facts, fact{Fact: f, id: factID(f)})
	}
	g.facts = sortFacts(g.facts)

	for _, e := range byID {
		g.entities = append(g.entities, e)
	}
	slices.SortFunc(g.entities, func(a, b *dict.Entity) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range g.entities {
		if err := g.model.AddVertex(e); err != nil {
			return nil, fmt.Errorf("entity %q: %w", e.ID, err)
		}
	}
	// The library keeps one edge per ordered pair, so the facts between a
	// pair travel together as the edge's data; g.facts is sorted by subject
	// and object first, so each pair's facts are one run.
	for run := range chunkBy(g.facts, func(f fact) [2]string { return [2]string{f.Subject.ID, f.Object.ID} }) {
		fs := make([]extract.Fact, len(run))
		for i, f := range run {
			fs[i] = f.Fact
		}
		if err := g.model.AddEdge(run[0].Subject.ID, run[0].Object.ID, dg.EdgeData(fs)); err != nil {
			return nil, fmt.Errorf("edge %q -> %q: %w", run[0].Subject.ID, run[0].Object.ID, err)
		}
	}
	return g, nil
}

func entityID(e *dict.Entity) string { return e.ID }

// checkEntity returns an ErrEntity for an entity Build cannot take, and an
// ErrDuplicateID for another entity with the ID of one in byID.
func checkEntity(e *dict.Entity, byID map[string]*dict.Entity) error {
	if e == nil {
		return fmt.Errorf("%w: nil entity", ErrEntity)
	}
	if e.ID == "" {
		return fmt.Errorf("%w: %q has an empty ID", ErrEntity, e.Name)
	}
	if !e.Type.Valid() {
		return fmt.Errorf("%w: %q has type %q", ErrEntity, e.ID, e.Type)
	}
	if old, ok := byID[e.ID]; ok && old != e {
		return fmt.Errorf("%w: %q", ErrDuplicateID, e.ID)
	}
	return nil
}

// checkFact returns an ErrFact for fact i if it lacks a part.
func checkFact(i int, f extract.Fact) error {
	if f.Subject == nil || f.Object == nil || f.Relation == "" {
		return fmt.Errorf("%w: fact %d (%q) lacks a subject, object or relation", ErrFact, i, f.Relation)
	}
	return nil
}

// sortFacts sorts facts and drops repeats: facts equal in every field are
// one.
func sortFacts(facts []fact) []fact {
	slices.SortFunc(facts, compareFacts)
	return slices.CompactFunc(facts, func(a, b fact) bool { return compareFacts(a, b) == 0 })
}

// chunkBy yields the maximal runs of s whose elements share a key.
func chunkBy[T any, K comparable](s []T, key func(T) K) func(yield func([]T) bool) {
	return func(yield func([]T) bool) {
		for i := 0; i < len(s); {
			j := i + 1
			for j < len(s) && key(s[j]) == key(s[i]) {
				j++
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

func compareFacts(a, b fact) int {
	return cmp.Or(
		strings.Compare(a.Subject.ID, b.Subject.ID),
		strings.Compare(a.Object.ID, b.Object.ID),
		strings.Compare(a.Relation, b.Relation),
		strings.Compare(a.Evidence.Doc, b.Evidence.Doc),
		cmp.Compare(a.Evidence.Start, b.Evidence.Start),
		cmp.Compare(a.Evidence.End, b.Evidence.End),
		strings.Compare(a.Role, b.Role),
		strings.Compare(a.Time, b.Time),
		strings.Compare(a.Evidence.Text, b.Evidence.Text),
		strings.Compare(a.Rule, b.Rule),
	)
}

// factID is the first 16 hex digits of SHA-256 over the fact's fields, each
// length-prefixed so that no choice of strings makes two facts collide by
// construction.
func factID(f extract.Fact) string {
	h := sha256.New()
	var n [8]byte
	str := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	num := func(i int) {
		binary.BigEndian.PutUint64(n[:], uint64(int64(i)))
		h.Write(n[:])
	}
	str(f.Subject.ID)
	str(f.Relation)
	str(f.Object.ID)
	str(f.Evidence.Doc)
	num(f.Evidence.Start)
	num(f.Evidence.End)
	str(f.Role)
	str(f.Time)
	str(f.Evidence.Text)
	return hex.EncodeToString(h.Sum(nil))[:16]
}
