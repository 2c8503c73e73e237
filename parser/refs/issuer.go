package refs

import "github.com/vnlegal/vanban/parser/symbol"

// issuer reads the "của ..." issuer phrase at p; "" when none.
func (s *scanner) issuer(p int) (string, int) {
	t := s.t
	if p >= len(t) || !isUpperAt(t, p) {
		return "", p
	}
	w := s.walkName(p, 14)
	for w.next() {
		q, lw, we := w.at, string(w.low), w.end
		if isDigit(t[q]) {
			// "khóa 15", "kỳ họp thứ 9"
			if w.words == 0 || we-q > 2 {
				break
			}
		} else if lw == "và" && w.words > 0 {
			nx := skipSp(t, we)
			if nx == we || nx >= len(t) || !isUpperAt(t, nx) {
				break
			}
			if _, _, ok := matchType(t, nx); ok {
				break
			}
			w.join(nx)
			continue
		} else if caps := allCaps(t, q); (caps && capsIssuerStop[lw]) || (!caps && !isUpperAt(t, q) && issuerStop[lw]) {
			// "ban" stops only as "ban hành" ("Ủy ban nhân dân")
			if lw != "ban" || s.stop2(we, lw) {
				break
			}
		}
		if w.words > 0 && isUpperAt(t, q) {
			// a capitalised type noun ends the issuer only when it starts a
			// citation ("Bộ Kế hoạch và Đầu tư" is a name)
			if _, e, ok := matchType(t, q); ok {
				nx := skipWS(t, e)
				if nx < len(t) && (isDigit(t[nx]) || matchCI(t, nx, "số") > 0 || matchCI(t, nx, "này") > 0) {
					break
				}
			}
		}
		w.take(we)
		nx := skipWS(t, we)
		if nx < len(t) && t[nx] == ',' {
			// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
			r := skipSp(t, nx+1)
			if matchCI(t, r, "chủ nhiệm") > 0 && isUpperAt(t, r) {
				w.at = r
				continue
			}
			break
		}
		if nx == we {
			break
		}
		if dl := symbol.DashLen(t, nx); dl > 0 && nx > we {
			n2 := skipSp(t, nx+dl)
			if n2 > nx+dl && isUpperAt(t, n2) {
				w.at = n2
				continue
			}
			break
		}
		w.at = nx
	}
	if w.words == 0 {
		return "", p
	}
	last := w.last
	// ", Thể thao và Du lịch": the one ministry name with a comma
	if last+1 < len(t) && t[last] == ',' {
		r := skipSp(t, last+1)
		if e := matchCI(t, r, "thể thao và du lịch"); e > 0 {
			last = e
		}
	}
	return collapse(t[p:last]), last
}
