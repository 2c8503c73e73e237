// Package steps holds the steps of graph.Build, for engines that run them
// apart: the Apache Beam pipeline of the beam module computes each one on
// other workers, over other partitions, and joins the results, and gets the
// graph graph.Build gives. A program that only wants the graph of a corpus
// needs package graph alone; Node and Edge live here so that both packages
// produce them, and package graph names them graph.Node and graph.Edge.
//
// The steps, in the order graph.Build runs them (the node keys are the ones
// the package documentation of graph describes):
//
//  1. Identity. NewCorpusDoc keeps what the graph needs of each record's
//     document, with its DocKey (KeyOf). Documents whose DocKey.Base is
//     shared by several distinct issuer keys are told apart by NodeKey.
//  2. Corpus nodes. The documents of one node key, in corpus order
//     (CorpusDoc.Before, SourceBefore), are merged by MergeCorpus into the
//     node and the Entry the index resolves references against.
//  3. Index. NewIndex indexes every Entry; the Aliases of every document (what
//     "Luật Đất đai số 31/2024/QH15" teaches about "luật:đất đai:2024") are
//     computed against it and added with AddAlias.
//  4. Citations. Index.Citations resolves each document's references. Each
//     citation adds its EdgeMentions to the edge (citing key, cited key,
//     relation): one to Edge.Count each, their texts to Edge.Evidence in
//     corpus order through AddEvidence. A cited key that is not a corpus node
//     gets the node ExternalNode makes of all its citations in corpus order.
//  5. Nodes. FinishNode completes every node (sorted paths, label) once its
//     degrees are set: the number of distinct documents on the other side
//     of its edges.
//
// Only the orders named above matter: every step is a pure function of its
// inputs, so the records can be read in any order and the steps run on any
// partition of them.
package steps
