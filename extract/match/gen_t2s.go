//go:build ignore

// gen_t2s writes t2s.txt, the Traditional → Simplified character table of
// FoldHan, from OpenCC's TSCharacters.txt (Apache-2.0, BYVoid and the
// OpenCC contributors). Each line of the input is a Traditional character,
// a tab, and one or more Simplified candidates separated by spaces; the
// first candidate is OpenCC's default and the one kept. Only one-rune to
// one-rune entries that change the character are kept.
//
// TSCharacters.txt is in OpenCC's source (data/dictionary/) and in the Go
// module github.com/longbridgeapp/opencc (dictionary/), for example:
//
//	dir=$(go mod download -json github.com/longbridgeapp/opencc@v0.3.13 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
//	go run gen_t2s.go "$dir/dictionary/TSCharacters.txt" > t2s.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen_t2s.go TSCharacters.txt > t2s.txt")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var pairs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		to, _, _ = strings.Cut(strings.TrimSpace(to), " ")
		if utf8.RuneCountInString(from) != 1 || utf8.RuneCountInString(to) != 1 || from == to {
			continue
		}
		pairs = append(pairs, from+to)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Traditional → Simplified, one character to one: each line is the Traditional")
	fmt.Fprintln(w, "# character and OpenCC's default Simplified one. Made by gen_t2s.go from")
	fmt.Fprintln(w, "# OpenCC's TSCharacters.txt, Copyright 2010-2022 BYVoid and the OpenCC")
	fmt.Fprintln(w, "# contributors, Apache License 2.0 (see LICENSE.opencc).")
	for _, p := range pairs {
		fmt.Fprintln(w, p)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
