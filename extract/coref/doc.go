// Package coref is kg's coreference stage: it resolves pronouns (他, 她,
// 我, 你, he, she, I, you), groups of people (他们, they, 二人, 三人,
// both, all three) and noun phrases (这家公司, 该校, the company, the lab)
// to entities, by salience: the subject of a recent sentence before its
// objects, recent sentences before older ones, the document's main entity
// on a near tie.
//
// In: a doc.Document whose Mentions are the dictionary's named mentions.
// Out: the same Document with a mention of How doc.Coref added for every
// anaphor Resolve could resolve, Mentions kept sorted; an anaphor that
// stands for several people gets one mention per member, all with its
// span. What it cannot resolve, or where two candidates are about equally
// salient, it leaves out: a guess would put a wrong edge in the graph.
// Resolve is linear in the text. The rules it applies are described in
// the README's Coreference section.
package coref
