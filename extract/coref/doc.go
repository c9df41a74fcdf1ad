// Package coref is kg's coreference stage: it resolves pronouns (他, 她,
// 我, 你, he, she, I, you, they) and demonstrative noun phrases (这家公司,
// 该公司, the company) to entities.
//
// In: a doc.Document whose Mentions are the dictionary's named mentions.
// Out: the same Document with a mention of How doc.Coref added for every
// anaphor Resolve could resolve, Mentions kept sorted. What it cannot
// resolve it leaves out: a guess would put a wrong edge in the graph. The
// rules it applies are described in the README's Coreference section.
package coref
