package normalize

// Line kinds for the line-level pass.
const (
	kContent uint8 = iota
	kBlank
	kMarkup // emptied by markdown removal: invisible, not a blank line
	kHeader
	kPage
	kStamp
)

// assemble runs the line-level pass over the lines produced by scan: it finds
// page furniture, collapses blank lines, rejoins hard wraps and writes the
// final text with an offset map that points straight into the source.
func (n *normalizer) assemble(opt Options) *Text {
	lines := n.lines
	if cap(n.kind) < len(lines) {
		n.kind = make([]uint8, len(lines))
	}
	kind := n.kind[:len(lines)]
	for i, l := range lines {
		switch {
		case l.me > l.ms:
			kind[i] = kContent
		case l.markup:
			kind[i] = kMarkup
		default:
			kind[i] = kBlank
		}
	}
	t := &Text{}
	if !opt.KeepFurniture {
		t.Removed = n.furniture(kind)
	}

	// The text is compacted into mid itself, which then leaves the pool as
	// the text's buffer: a parse holds one copy of its text, not two. Kept
	// lines move to offsets no later than their own, and a separator never
	// outgrows the line breaks it replaces ("\n\n" only where a blank line
	// was), so every line is read before anything is written over it; should
	// that ever fail, the rest goes to a buffer of its own.
	out := n.mid[:0]
	inPlace := true
	lastS, lastE := 0, 0 // the previous kept line, in out
	om := offsetMap{cps: make([]checkpoint, 1, len(n.m.cps)+8)}
	comp := composer{inner: &n.m}

	last := -1
	blanks, furn, barrier := 0, false, false
	// emph: the markdown bold and italic spans opened on kept lines and
	// still open after the last kept line.
	var emph uint8
	for i, l := range lines {
		if l.ff {
			furn = true
		}
		switch kind[i] {
		case kBlank:
			blanks++
			continue
		case kMarkup:
			if l.barrier {
				barrier = true
			}
			continue
		case kHeader, kPage, kStamp:
			furn = true
			continue
		}
		if l.barrier {
			barrier = true
		}
		if last >= 0 {
			pl := lines[last]
			sep := "\n"
			if blanks > 0 && !furn {
				// Blank lines around removed furniture are layout of
				// the page break, not paragraph breaks.
				sep = "\n\n"
			}
			if !opt.NoRejoin && !barrier && (blanks <= 1 || furn) {
				switch joinKind(out[lastS:lastE], n.mid[l.ms:l.me]) {
				case joinSpace:
					sep = " "
				case joinTight:
					sep = ""
				}
			}
			if emph != 0 && blanks == 0 && !furn && !barrier && n.emphCloses(kind, i, emph) && emphJoins(out[lastS:lastE], n.mid[l.ms:l.me]) {
				// "**I. MỤC\nĐÍCH, YÊU CẦU**": one bold title wrapped
				// by the converter, whatever the format's rejoin rule.
				sep = " "
			}
			om.add(len(out), pl.srcE)
			if inPlace && len(out)+len(sep) > l.ms {
				out = append(make([]byte, 0, len(n.mid)+1), out...)
				inPlace = false
			}
			out = append(out, sep...)
		}
		comp.copyRange(&om, len(out), l.ms, l.me)
		lastS = len(out)
		out = append(out, n.mid[l.ms:l.me]...) // memmove: overlap is fine
		lastE = len(out)
		last = i
		if blanks > 0 || furn || barrier {
			// a blank line ends a markdown paragraph and its spans, and
			// so do a table cell and a heading
			emph = 0
		}
		emph ^= l.emph
		blanks, furn, barrier = 0, false, false
	}
	if last >= 0 {
		om.add(len(out), lines[last].srcE)
		out = append(out, '\n')
	}
	om.add(len(out), len(n.src))
	// The final checkpoint must exist even when the last segment already
	// predicts it, so that lookups clamp to len(src).
	if c := om.cps[len(om.cps)-1]; c.out != len(out) {
		om.cps = append(om.cps, checkpoint{len(out), len(n.src)})
	}
	t.Bytes = out
	t.cps = om.cps
	if inPlace {
		n.mid = nil // handed over with the text
	}
	return t
}

// emphCloses reports whether the emphasis spans open before line i all
// close on one of the few content lines from i on: a stray marker that never
// closes must not glue a whole paragraph into one line.
func (n *normalizer) emphCloses(kind []uint8, i int, open uint8) bool {
	for j := i; j < len(n.lines) && j < i+maxEmphLines; j++ {
		if kind[j] != kContent || j > i && n.lines[j].barrier {
			return false
		}
		open ^= n.lines[j].emph
		if open == 0 {
			return true
		}
	}
	return false
}

// maxEmphLines bounds the lines a wrapped emphasis span is looked for in: a
// title or an article's heading wraps over a few lines, not a page.
const maxEmphLines = 8

// emphJoins reports whether b continues a inside one emphasis span: a does
// not end a sentence (two bold căn cứ lines stay two lines) and b does not
// open a unit of its own.
func emphJoins(a, b []byte) bool {
	return len(a) > 0 && len(b) > 0 && !endsSentence(a) && !startsStructure(b)
}
