// Package structure finds the parts of a Vietnamese official document in
// normalised text: the header (motto, issuer, number, place and date, type and
// abstract), the preamble, the body outline, the signature blocks, the Nơi nhận
// list and the annexes. It works on lines and on literal triggers ("Số",
// ", ngày", "Điều", "TM.", "Nơi nhận"), never on regular expressions, and it
// never fails: what it cannot find it reports as a warning.
//
// The code of each part of the document lives in a file named after it, in
// the order Parse reads them:
//
//   - parse.go: Parse, the order of the stages, where the document ends
//   - header.go: where the header starts (the motto, or its first field)
//   - fragments.go: a flattened header line cut at its triggers, and each
//     fragment's kind
//   - headerread.go: the fragments read in order, one reader per kind
//     (motto, number, place and date, Kính gửi)
//   - title.go: the type, the abstract, the authority line after them;
//     catalogue.go: old and catalogue titles that name issuer, number, date
//   - fields.go: the issuer block, the marks, the number, the consolidated
//     text's own fields, the check of missing fields
//   - date.go: the place-and-date line and the numeric date
//   - preamble.go: where the preamble is (the rules are at its top);
//     formula.go: its items across line wraps; enacting.go: the enacting
//     line, and the prose before a later formula run
//   - outline.go, markers.go, numbering.go: the body's outline, the markers
//     that open its levels, the ids and the sequence warnings
//   - titles.go: the titles of the outline's divisions (wrapped, flattened,
//     or running text) and where an attached text ends the body
//   - footnotes.go: the notes printed after the document
//   - tail.go: where the body ends, and the tail read line by line
//   - signature.go, authority.go: the signature blocks, and the authority
//     prefixes and post titles in them
//   - recipients.go: the Nơi nhận list and the Lưu line
//   - annexes.go: the Phụ lục and attached texts
//   - words.go: every word list of the package
//   - lines.go, scan.go, runecase.go: lines, word readers, letter case
//
// The số, ký hiệu is read by package symbol (symbol.Take, symbol.OfHeader).
package structure

import (
	"strings"
	"sync"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/symbol"
)

// Result is what the structure stage found, with spans into the text it was given.
type Result struct {
	Doc *model.Document
	// Start and End delimit the document proper inside the text: web-portal
	// chrome before the header and after the last annex lies outside.
	Start, End int
}

// builder carries the state of one parse.
type builder struct {
	// src is the one copy of the text; lines and section texts are substrings of it
	src   string
	lines []line
	doc   *model.Document
	// unlabelledList is set when the tail opens with a Nơi nhận list that has no label.
	unlabelledList bool
	// proseFrom, proseTo are the body lines printed before the preamble (see
	// preamble.go): they open the outline as an unnumbered section.
	proseFrom, proseTo int
	// markers is the scratch of tree for the markers of its lines: the
	// body's outline and each annex's are built one after another
	markers []lineMarker
	// freeSlabs are the node slabs of finished outlines (see newNode)
	freeSlabs [][]node
}

// scratch is the working memory of a parse that no result points into: the
// lines and their outline markers, kept for the next parse so that a batch
// reuses warm memory instead of asking for more.
type scratch struct {
	lines   []line
	markers []lineMarker
	slabs   [][]node // cleared, see treeBuilder.finish
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxScratchLines bounds the buffers a pooled scratch keeps.
const maxScratchLines = 1 << 15

// release clears what the parse left (its strings point into its text) and
// returns the scratch to the pool, unless its buffers grew too large.
func (sc *scratch) release() {
	if cap(sc.lines) > maxScratchLines || cap(sc.markers) > maxScratchLines || len(sc.slabs) > maxScratchLines/64 {
		return
	}
	clear(sc.lines) // slices.Replace zeroes what it drops past the length
	clear(sc.markers)
	sc.lines, sc.markers = sc.lines[:0], sc.markers[:0]
	scratches.Put(sc)
}

func (b *builder) warn(code, msg string, start, end int) {
	b.doc.Warnings = append(b.doc.Warnings, model.Warning{Code: code, Message: msg, Start: start, End: end})
}

// Parse finds the structure of a document in normalised text. The document's
// strings are substrings of one copy of text.
func Parse(text []byte) Result {
	return ParseString(string(text))
}

// ParseString is Parse over a string: the document's strings are substrings
// of src, and nothing of the text is copied.
func ParseString(src string) Result {
	sc := scratches.Get().(*scratch)
	defer sc.release()
	b := &builder{src: src, lines: appendLines(sc.lines[:0], src), markers: sc.markers[:0], freeSlabs: sc.slabs, doc: model.NewDocument()}
	defer func() { sc.lines, sc.markers, sc.slabs = b.lines, b.markers, b.freeSlabs }()
	res := Result{Doc: b.doc, Start: 0, End: len(src)}
	if len(b.lines) == 0 {
		b.warn("empty", "the document has no text", -1, -1)
		return res
	}
	first, bodyFrom := b.header()
	if first < len(b.lines) {
		res.Start = b.lines[first].start
	}
	b.consolidationBlock()
	b.passedDate()
	bodyFrom = b.preamble(bodyFrom)
	last := b.documentEnd(bodyFrom)
	if last < len(b.lines) {
		res.End = b.lines[last-1].end
	} else if len(b.lines) > 0 {
		res.End = b.lines[len(b.lines)-1].end
	}
	last = b.footnotes(bodyFrom, last)
	bodyEnd, tailEnd := b.tail(bodyFrom, last)
	if k := b.attachedTextStart(bodyFrom, bodyEnd); k < bodyEnd {
		bodyEnd, tailEnd = k, k
	}
	if b.blankSignature() && bodyEnd > 0 && bodyEnd <= len(b.lines) && isForm(b.lines[:bodyEnd]) {
		b.dropBlankSignatures()
	}
	b.doc.Sections = b.proseSections(b.tree(bodyFrom, bodyEnd))
	b.judgmentEnacting(bodyFrom, len(b.lines))
	b.annexes(tailEnd, last)
	b.dropNoteMarks(bodyFrom)
	// The number is split once the title is read: the type it names settles
	// ambiguous codes (CT: Chỉ thị or Cục Thuế).
	if b.doc.Number != "" {
		b.doc.Symbol = symbol.OfHeader(b.doc.Number, b.doc.Type)
	}
	b.checkFields()
	b.doc.Fill()
	return res
}

// documentEnd finds the line index where the document proper ends: web-portal
// footers and related-document lists are cut off.
func (b *builder) documentEnd(from int) int {
	for k := from; k < len(b.lines); k++ {
		s := b.lines[k].text()
		if s == "" {
			continue
		}
		switch s[0] {
		case 'V', 'v', 'S', 's', 'B', 'b', 'L', 'l', 'N', 'n', '#':
		default:
			continue // none of the footer phrases starts otherwise
		}
		if isPortalFooter(strings.TrimLeft(s, "# ")) {
			return k
		}
	}
	return len(b.lines)
}
