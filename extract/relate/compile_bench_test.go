package relate

import (
	"testing"

	"github.com/kg-graph/kg/dict"
)

// BenchmarkCompile compiles the built-in relation rules, which every run
// of kg extract does once: a fixed cost that a small input does not hide.
//
//	go test ./extract/relate -run '^$' -bench Compile -benchmem -count 5
func BenchmarkCompile(b *testing.B) {
	d, err := dict.BuiltinRelations()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Compile(d.Relations)
	}
}
