// Package vntext answers the small questions about Vietnamese text that every
// stage of vanban asks: is this letter upper or lower case, is this line
// printed in capitals, is this word a Roman numeral, what is this text without
// its diacritics. Each answer has one owner here, so that the header reader,
// the citation scanner, the store and the graph cannot disagree about it. It
// also says where the spaces are, for the scanners that read words in place.
//
// Everything works on UTF-8 strings without allocating, except the folding
// functions, which build a new string only when there is a mark to drop.
package vntext
