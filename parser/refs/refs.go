// Package refs extracts the citations of other documents from the normalised
// text of a Vietnamese official document and resolves them to one
// model.Reference per cited document.
//
// The scanner makes one pass over the bytes and stops only at a small set of
// trigger bytes: the capital initials of type nouns ("Quyết định", "Luật", ...)
// and the separators of symbols ('/', '-', Unicode dashes) that follow a digit.
// Only there does it look around: forward for "số", the symbol, the date, the
// "của ..." issuer and the abstract; backward for the parts ("khoản 2 Điều 5"),
// a lower-case type noun ("văn bản số") and the governing verb ("Căn cứ").
// A second pass links short mentions ("Chỉ thị 44", "Quyết định nêu trên",
// aliases) to the full citations, in either direction.
//
// The relation of a mention is, in this order: basis inside a căn cứ item
// (its first document, the acts that amend it, "…; Nghị quyết số …" after
// ";"; a document named in a basis's abstract is only cited); cites inside
// the abstract of an earlier citation of the sentence; else the nearest verb
// before it in its sentence ("bãi bỏ", "sửa đổi", "thay thế", "hướng dẫn",
// "thực hiện", "theo quy định" …, a proposal "đề nghị … sửa đổi" being no
// change); with no verb, what follows it ("… hết hiệu lực") or the lead-in
// of the list whose item it opens ("Điều 1. Bãi bỏ các văn bản sau: 1. …").
// The items of a list share the relation of the first. A reference takes
// the strongest relation of its mentions.
//
// The files are named after what they read:
//
//   - refs.go: Extract, its options and the scanner's state
//   - scan.go: the pass over the trigger bytes, the word reader, line starts
//   - anchors.go: what starts at a type noun or after a number and a '/' or dash
//   - list.go: lists of citations and number-only mentions ("Chỉ thị 44, 45")
//   - named.go: named laws ("Luật Đất đai"), party resolutions, amending laws
//   - issuer.go: the "của ..." issuer
//   - tail.go: the date, issuer and abstract after a citation, and lists sharing them
//   - parts.go: the parts cited before it ("khoản 2 Điều 5")
//   - alias.go: "(sau đây gọi tắt là ...)"
//   - relation.go: sentences and the governing verb ("Căn cứ", "sửa đổi")
//   - basis.go: căn cứ items, whose documents are bases, and the acts that
//     amend a basis inside them
//   - leadin.go: relations carried by a lead-in to the items of its list
//     ("Điều 1. Bãi bỏ các văn bản sau: 1. Quyết định số …") and by what
//     follows a mention ("Nghị quyết số … hết hiệu lực")
//   - resolve.go: the second pass, one function per pass
//   - words.go, laws.go: the word lists and the table of law names
//   - text.go: bytes, runes and case; date.go: the dates of citations, read
//     with the date grammar of internal/vndate
package refs

import (
	"sync"

	"github.com/vnlegal/vanban/model"
)

// Options tell Extract about the document being scanned.
type Options struct {
	// SelfNumber is the document's own number; it never becomes a reference.
	SelfNumber string
	// SelfType is its type name, for "Kế hoạch này".
	SelfType string
	// Read is the part of the text to scan, the document proper without the
	// page around it; nil reads the whole text. The offsets of the mentions
	// are offsets in the whole text either way.
	Read *Span
	// Skip lists spans of the text to read as blanks: the notes a legal
	// portal inserts into a document ("[Điều này được hướng dẫn bởi Công văn
	// ...]") cite documents the document itself does not. The text is not
	// written to.
	Skip []Span
}

// Span is the byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

const (
	kNumbered = iota
	kNamed
	kShort
	kAnaphora
	kBare
	kSelf
)

type cite struct {
	kind       int
	start, end int
	typ        string // canonical type name
	typeCode   string
	number     string // canonical symbol
	symNumber  string // running number of the symbol (model.Symbol.Number)
	symYear    int    // year of the symbol (model.Symbol.Year)
	name       string // "Luật Đất đai", "Nghị quyết Đại hội ..."
	short      string // number of a short mention
	date       string
	issuer     string
	title      string
	parts      []model.Part
	rel        string
	listPrev   int
	zoneStart  int
	zoneEnd    int
	aliasWord  string // bare type word as printed, lower case
	hasOwnDate bool
}

type aliasDef struct {
	key  string
	pos  int
	cite int
}

type scanner struct {
	t        []byte // the text read: Options.Read of the caller's text, or its copy in blanked
	base     int    // offset of t in the caller's text, added to the offsets of mentions
	blanked  []byte // scratch for the copy of t with the Options.Skip spans blanked
	opt      Options
	cites    []cite
	aliases  []aliasDef
	wbuf     []byte
	lbuf     []byte
	pos      int // bytes before pos are consumed
	skipFrom int
	skipTo   int
	nameKeys map[typeName]string // nameKey memo, kept with the scanner
	toks     []ptok              // partsBefore scratch
	paths    []partPath          // buildParts scratch
	// lineStart and sentenceStart remember their last question (ls/ssP)
	// and answer; zero values are right for a new text
	lsP, lsStart int
	ssP, ssEnd   int
	// relation remembers its last verb search: sentence start, end, the
	// verb's offset in the sentence (-1 none) and relation
	relOK       bool
	relSS, relP int
	relBest     int
	relLen      int
	relRel      string
	// basisItem remembers its last answer: sentence start and answer
	biOK, biIs bool
	biSS       int
	// leadIn remembers its last search for the lead-in of a list: the line
	// start asked about, the lead-in found (-1 none) and its relation
	leadOK        bool
	leadQ, leadAt int
	leadRel       string
}

// Extract finds the documents cited by text. refs has one entry per distinct
// document, in order of first mention; self holds the mentions of the document
// itself ("Kế hoạch này", "khoản 2 Điều 3 Nghị định này").
func Extract(text []byte, opt Options) (refs []model.Reference, self []model.Mention) {
	s := scanners.Get().(*scanner)
	*s = scanner{opt: opt, skipFrom: -1, skipTo: -1,
		cites: s.cites[:0], aliases: s.aliases[:0], wbuf: s.wbuf[:0], lbuf: s.lbuf[:0], nameKeys: s.nameKeys,
		toks: s.toks, paths: s.paths, blanked: s.blanked}
	s.base, s.t = readSpan(text, opt.Read)
	if len(opt.Skip) > 0 {
		s.blankSkipped()
	}
	if s.toks == nil {
		s.toks = make([]ptok, maxPartToks)
	}
	if cap(s.cites) == 0 {
		s.cites = make([]cite, 0, len(text)/700+16) // a citation every ~700 bytes
	}
	s.run()
	refs, self = s.resolve()
	s.release()
	return refs, self
}

// scanners keeps the scratch of finished scans: the citation table is the
// largest allocation of a scan and every document needs one. Nothing of it
// is referenced by the results.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxPooledCites bounds the citation table kept for the next scan (a
// citation is some 260 bytes; long documents have about a thousand).
const maxPooledCites = 1 << 12

func (s *scanner) release() {
	// drop the strings and parts of this text so the pool holds no results
	clear(s.cites)
	clear(s.aliases)
	clear(s.nameKeys)
	clear(s.toks)
	clear(s.paths[:cap(s.paths)])
	s.t, s.opt = nil, Options{}
	if cap(s.blanked) > maxPooledBlanked {
		s.blanked = nil
	}
	if cap(s.cites) <= maxPooledCites {
		scanners.Put(s)
	}
}

// maxPooledBlanked bounds the blanked copy kept for the next scan.
const maxPooledBlanked = 1 << 20

// readSpan returns the part of text that read selects, cut to the text, and
// its offset.
func readSpan(text []byte, read *Span) (base int, t []byte) {
	if read == nil {
		return 0, text
	}
	start := min(max(read.Start, 0), len(text))
	end := min(max(read.End, start), len(text))
	return start, text[start:end]
}

// blankSkipped replaces s.t by a copy in which the bytes of the Options.Skip
// spans are spaces: the scanner reads them as it reads any blank, and the
// offsets of everything else are unchanged. The caller's text stays as it is
// (its strings may point into it).
func (s *scanner) blankSkipped() {
	s.blanked = append(s.blanked[:0], s.t...)
	for _, sp := range s.opt.Skip {
		a := min(max(sp.Start-s.base, 0), len(s.blanked))
		b := min(max(sp.End-s.base, a), len(s.blanked))
		for p := a; p < b; p++ {
			s.blanked[p] = ' '
		}
	}
	s.t = s.blanked
}
