// Package doc holds what kg's stages pass to each other: a Document (the
// input bytes, their sentences and interview turns, and the mentions found
// in them), and the Mention, Fact and Evidence values the stages produce.
//
// The matching stage makes a Document with New from the named mentions;
// package coref adds the mentions it resolves; package relate reads the
// Document and returns Facts. All spans are half-open byte ranges into the
// input as given. The text helpers here (sentences, clauses, folding) are the
// ones every stage must agree on.
package doc
