// Package match finds many aliases in a text at once: kg's first stage.
//
// In: a list of Patterns (alias texts with their case and typo options) and
// any bytes. Out: Matches, each a pattern index and a half-open byte span
// [Start, End) into the input as given. The semantics are the Matcher's
// contract, documented on it: text and patterns compared after Normalize
// (NFKC and lower case, with an offset map back to the input), word
// boundaries for scripts written with spaces and none for CJK,
// leftmost-longest selection with exact before fuzzy and then pattern order
// breaking ties, and optional one-edit typo tolerance for long Latin-script
// patterns.
//
// The package knows nothing of entities or documents, apart from Compiled,
// which stores a dictionary's entities beside their automaton so that a
// large gazetteer is built once (kg dict compile) and loaded fast.
//
//	m := match.NewMatcher([]match.Pattern{{Text: "OpenAI"}, {Text: "谷歌"}}, match.MatcherOptions{})
//	for _, x := range m.FindAllBytes([]byte("ＯｐｅｎＡＩ与谷歌")) { ... }
package match
