// Package eval scores facts against a hand annotation: gold files, their
// parsing, precision and recall over distinct subject–relation–object
// triples, and an explanation of each miss (no evidence sentence, an
// argument not mentioned in it, or no rule matching).
//
// In: a dictionary (to resolve the names gold files use), a Gold and the
// facts kg found. Out: a Report, written as text by Report.Write.
package eval
