package normalize

import "sort"

// checkpoint says that output offset out corresponds to source offset src.
// Between two checkpoints the mapping advances one source byte per output
// byte, so unchanged runs of text need no checkpoints at all.
type checkpoint struct{ out, src int }

// offsetMap is a piecewise-linear, monotone map from an output buffer back to
// the buffer it was built from. It holds one checkpoint per edit (a place where
// the output stops being a byte-for-byte copy), not one per byte, so its size
// is proportional to the number of edits.
type offsetMap struct{ cps []checkpoint }

// add records that output offset out comes from source offset src. It is a
// no-op when the current linear segment already predicts src, which is the
// common case while copying text unchanged. Source offsets are forced to be
// non-decreasing so lookups stay monotone even if a caller is sloppy.
func (m *offsetMap) add(out, src int) {
	if n := len(m.cps); n > 0 {
		last := &m.cps[n-1]
		if src < last.src {
			src = last.src
		}
		if last.out == out {
			last.src = src
			return
		}
		if last.src+(out-last.out) == src {
			return
		}
	}
	m.cps = append(m.cps, checkpoint{out, src})
}

// pop forgets checkpoints after output offset out; used when already written
// output is rewritten in place (tone-mark moves, late combining marks).
func (m *offsetMap) pop(out int) {
	for len(m.cps) > 1 && m.cps[len(m.cps)-1].out > out {
		m.cps = m.cps[:len(m.cps)-1]
	}
}

// lookup maps output offset i to a source offset. Inside a segment the source
// offset grows with i but never passes the next checkpoint, which keeps the
// map monotone when an edit made the output longer than its source (U+FFFD for
// one bad byte, say).
func (m *offsetMap) lookup(i int) int {
	k := sort.Search(len(m.cps), func(j int) bool { return m.cps[j].out > i }) - 1
	if k < 0 {
		return 0
	}
	s := m.cps[k].src + (i - m.cps[k].out)
	if k+1 < len(m.cps) && s > m.cps[k+1].src {
		s = m.cps[k+1].src
	}
	return s
}

// composer copies ranges of an intermediate buffer (mapped to the source by
// inner) into the final output, producing checkpoints that map the output
// straight to the source. Ranges must be copied in increasing order, so a
// cursor replaces a binary search per copy.
type composer struct {
	inner *offsetMap
	k     int // index into inner.cps of the segment holding the last position seen
}

// srcAt maps intermediate offset a to the source, advancing the cursor.
func (c *composer) srcAt(a int) int {
	cps := c.inner.cps
	for c.k+1 < len(cps) && cps[c.k+1].out <= a {
		c.k++
	}
	s := cps[c.k].src + (a - cps[c.k].out)
	if c.k+1 < len(cps) && s > cps[c.k+1].src {
		s = cps[c.k+1].src
	}
	return s
}

// copyRange records checkpoints in outer for intermediate range [a,b) placed at
// output offset o.
func (c *composer) copyRange(outer *offsetMap, o, a, b int) {
	outer.add(o, c.srcAt(a))
	cps := c.inner.cps
	for c.k+1 < len(cps) && cps[c.k+1].out < b {
		c.k++
		outer.add(o+cps[c.k].out-a, cps[c.k].src)
	}
}
