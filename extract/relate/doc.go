// Package relate is kg's relation stage: it turns sentences with resolved
// mentions into typed facts with their evidence.
//
// In: relation rules from a dictionary (dict.Relation, each a name, a
// signature and patterns), compiled once with Compile, and a doc.Document
// whose mentions coreference has resolved. Out: doc.Facts, each with the
// sentence that states it, its byte span, and the role and time the
// sentence gives. A fact is made only where a pattern matches within one
// sentence, the argument types fit the relation's signature, and the
// clause holds no negation or hypothetical.
package relate
