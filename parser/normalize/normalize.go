// Package normalize is the text clean-up stage of vanban: it turns the bytes of
// a document (PDF text, HTML or DOCX text, thuvienphapluat markdown) into one
// canonical form that every later stage (header/body structure, citation
// scanner) can match against without caring where the text came from.
//
// It fixes encoding-level noise (BOM, CR, invalid UTF-8, NFD, stray combining
// marks, Ð for Đ, exotic spaces and invisible characters), brings the tone
// mark of oa/oe/uy syllables to one style, strips markdown residue, cuts page
// furniture (Công báo running headers, page numbers, e-signature stamps) and
// rejoins hard-wrapped lines. Every byte of the result can be traced back to
// the source with Text.SourceOffset, so later stages can report positions in
// the file the user gave them.
//
// It does not decode legacy 8-bit encodings (TCVN3, VNI): that is an earlier
// stage, and running legacy tables over Unicode text would corrupt it.
package normalize

import (
	"bytes"
	"sync"
	"unsafe"
)

// Text is the normalised text plus a map back to the source bytes.
type Text struct {
	Bytes   []byte    // normalised UTF-8; lines separated by '\n'
	Removed []Removed // page furniture and stamps taken out, in source order

	cps     []checkpoint // output→source checkpoints, one per edit
	srcLen  int
	invalid int
}

// String returns the normalised text as a string sharing Bytes' memory, so
// that the stages after this one, which keep substrings of it in the
// document, need no copy of the text. Normalize allocates Bytes afresh and
// never writes it again; a caller that calls String must not modify Bytes
// either.
func (t *Text) String() string {
	return unsafe.String(unsafe.SliceData(t.Bytes), len(t.Bytes))
}

// Removed is one piece of page furniture cut out of the text. It is kept
// because stamps carry the signing authority and time, and because a caller
// showing the text next to the source needs to know what went where.
type Removed struct {
	// Kind is "gazette-header", "page-number", "e-signature" or
	// "title-prefix".
	Kind string
	// Text is the removed line(s) after character-level normalisation; the
	// lines of a stamp block are separated by '\n'.
	Text string
	// SrcStart and SrcEnd delimit the removed lines in the source (line
	// terminators excluded).
	SrcStart, SrcEnd int
}

// Kinds of Removed furniture.
const (
	KindGazetteHeader = "gazette-header"
	KindPageNumber    = "page-number"
	KindESignature    = "e-signature"
	// KindTitlePrefix is the document's short name that some legal portals
	// print again before every division line ("Nghị định 47/2021/NĐ-CP.
	// Chương I QUY ĐỊNH CHUNG"): only that prefix is cut, the line stays.
	KindTitlePrefix = "title-prefix"
)

// Options switches off the two line-level steps whose effect is a judgement
// call, for callers (and tests) that need the raw line structure.
type Options struct {
	// KeepFurniture leaves running headers, page numbers and signature stamps
	// in the text (and Removed empty).
	KeepFurniture bool
	// NoRejoin keeps hard line wraps instead of joining wrapped lines.
	NoRejoin bool
}

// SourceOffset returns the byte offset in the source of normalised offset i.
// i == len(t.Bytes) maps to len(src); out-of-range i is clamped. The result is
// monotone non-decreasing in i, so a span [i,j) of Bytes maps to the span
// [SourceOffset(i), SourceOffset(j)) of the source.
func (t *Text) SourceOffset(i int) int {
	if i < 0 {
		i = 0
	}
	if i > len(t.Bytes) {
		i = len(t.Bytes)
	}
	m := offsetMap{cps: t.cps}
	s := m.lookup(i)
	if s > t.srcLen {
		s = t.srcLen
	}
	if s < 0 {
		s = 0
	}
	return s
}

// InvalidUTF8 returns how many invalid byte sequences were replaced by U+FFFD.
// Following Go's utf8.DecodeRune, each byte that does not start a valid
// sequence counts (and is replaced) separately. A high count means the input
// was not UTF-8 at all (a legacy encoding that should have been decoded first).
func (t *Text) InvalidUTF8() int { return t.invalid }

// Normalize cleans src. It never fails: whatever the input, the result is
// valid UTF-8 with a monotone offset map. src is not modified or retained.
func Normalize(src []byte, opt Options) *Text {
	n := pool.Get().(*normalizer)
	defer n.release()
	n.src = src
	n.invalid = 0
	n.nextFF = false
	if c := len(src) + len(src)/16 + 16; cap(n.mid) < c {
		n.mid = make([]byte, 0, c)
	}
	if c := bytes.Count(src, []byte{'\n'}) + 2; cap(n.lines) < c {
		n.lines = make([]lineRec, 0, c)
	}
	n.m.cps = append(n.m.cps[:0], checkpoint{})
	n.scan()
	t := n.assemble(opt)
	t.srcLen = len(src)
	t.invalid = n.invalid
	return t
}

// pool recycles the intermediate buffers of Normalize, which are as large as
// the input and dead once the result is built.
var pool = sync.Pool{New: func() any { return new(normalizer) }}

// release returns n to the pool, dropping references to the caller's data and
// buffers too large to be worth keeping.
func (n *normalizer) release() {
	n.src = nil
	if cap(n.mid) > 64<<20 {
		*n = normalizer{}
	}
	n.mid = n.mid[:0]
	n.lines = n.lines[:0]
	n.kind = n.kind[:0]
	pool.Put(n)
}
