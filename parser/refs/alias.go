package refs

import "bytes"

// findAlias looks for "(sau đây gọi tắt là X)" after citation idx.
func (s *scanner) findAlias(idx, end int) {
	t := s.t
	lim := end + 300
	if lim > len(t) {
		lim = len(t)
	}
	// only the parentheses before the clause ends at ';' or a line break:
	// the three bytes are found with IndexByte
	if k := bytes.IndexByte(t[end:lim], ';'); k >= 0 {
		lim = end + k
	}
	if k := bytes.IndexByte(t[end:lim], '\n'); k >= 0 {
		lim = end + k
	}
	for q := end; q < lim; q++ {
		k := bytes.IndexByte(t[q:lim], '(')
		if k < 0 {
			return
		}
		q += k
		r := skipSp(t, q+1)
		if e := matchCI(t, r, "sau đây"); e > 0 {
			r = skipSp(t, e)
		}
		if e := matchCI(t, r, "được"); e > 0 {
			r = skipSp(t, e)
		}
		found := false
		for _, w := range aliasPhrases {
			if e := matchCI(t, r, w); e > 0 {
				r = skipSp(t, e)
				found = true
				break
			}
		}
		if !found {
			continue
		}
		close := bytes.IndexByte(t[r:min(len(t), r+120)], ')')
		if close < 0 {
			return
		}
		x := trimSpaceBytes(t[r : r+close])
		x = bytes.Trim(x, "\"“”'‘’")
		x = trimSpaceBytes(x)
		if len(x) == 0 {
			return
		}
		key := collapse(s.lowered(x))
		// the alias names the nearest citation of its type ("(sau đây viết tắt
		// là Nghị định)" after "Nghị định số … quy định chi tiết … Luật …")
		if tw, e, ok := matchType(x, 0); ok && (e == len(x) || e < len(x)) {
			ss := s.sentenceStart(s.cites[idx].start)
			for j := idx; j >= 0 && s.cites[j].end >= ss; j-- {
				if s.cites[j].typ == tw.name && s.cites[j].kind != kSelf && s.cites[j].kind != kBare {
					idx = j
					break
				}
			}
		}
		s.aliases = append(s.aliases, aliasDef{key: key, pos: r + close, cite: idx})
		s.skipFrom, s.skipTo = q, r+close+1
		return
	}
}
