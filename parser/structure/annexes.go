package structure

import (
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// annexStart finds the first annex heading after the signature.
func (b *builder) annexStart(from, last int) int {
	sawName := false
	for k := from; k < last; k++ {
		s := b.lines[k].text()
		if !sawName && (isNameLine(s) || isSignedNote(s) || len(s) < 200 && isSigLine(s)) {
			sawName = true
		}
		if isAnnexHeading(s) && (sawName || k > from+2) {
			if k+1 < last || hasPrefixFold(s, "phụ lục") {
				return k
			}
		}
		// an attached text with a title of its own: "TẬP HỆ THỐNG HÓA ..." /
		// "(Ban hành kèm theo Quyết định số ...)", or both on one line
		if sawName && k > from && (opensAttachment(s) || strings.Contains(s, "(Kèm theo") || strings.Contains(s, "(Ban hành kèm theo")) {
			j := k
			if opensAttachment(s) {
				for j-1 > from && (b.lines[j-1].text() == "" || vntext.IsCaps(b.lines[j-1].text())) && !isNameLine(b.lines[j-1].text()) {
					j--
				}
				for j < k && b.lines[j].text() == "" {
					j++
				}
			}
			if j < k || !opensAttachment(s) {
				return j
			}
		}
		if vntext.IsCaps(s) && len(s) < 120 && sawName {
			if _, _, ok := typeOfTitle(s); ok {
				for j := k + 1; j < last && j <= k+4; j++ {
					if opensAttachment(b.lines[j].text()) {
						return k
					}
				}
			}
		}
	}
	return last
}

func isAnnexHeading(s string) bool {
	if !hasPrefixFold(s, "phụ lục") {
		return false
	}
	rest := strings.TrimSpace(s[len("phụ lục"):])
	if opensAttachment(rest) {
		return len(s) < 600 // "PHỤ LỤC (Ban hành kèm theo Nghị quyết số … của Quốc hội về việc …)"
	}
	if len(s) > 200 {
		return false
	}
	// "Phụ lục I", "PHỤ LỤC", "Phụ lục số 01", "PHỤ LỤC II: ..."
	return rest == "" || vntext.IsCaps(firstWord(rest)) || isDigits(strings.Trim(firstWord(rest), ".:")) || hasPrefixFold(rest, "số") || vntext.IsRoman(strings.Trim(firstWord(rest), ".:"))
}

// annexes parses the Phụ lục and attached texts in lines [from, to).
func (b *builder) annexes(from, to int) {
	k := from
	for k < to {
		// find the end of this annex: the next annex heading
		end := to
		for j := k + 1; j < to; j++ {
			s := b.lines[j].text()
			if isAnnexHeading(s) {
				end = j
				break
			}
		}
		a := model.Annex{Start: b.lines[k].start, End: b.lines[end-1].end}
		head := b.lines[k].text()
		body := k + 1
		if hasPrefixFold(head, "phụ lục") {
			a.Kind = "phu_luc"
			rest := strings.TrimSpace(head[len("phụ lục"):])
			lbl := strings.Trim(firstWord(rest), ".:")
			if vntext.IsRoman(lbl) || isDigits(lbl) {
				a.Label = lbl
				rest = strings.TrimLeft(strings.TrimSpace(rest[len(firstWord(rest)):]), ".:- ")
			} else if hasPrefixFold(rest, "số") {
				w := strings.Fields(rest)
				if len(w) >= 2 {
					a.Label = strings.Trim(w[1], ".:")
					rest = strings.Join(w[2:], " ")
				}
			}
			a.Title = rest
			// a heading flattened on one line with its attachment line:
			// "PHỤ LỤC I DANH MỤC … (Ban hành kèm theo Thông tư … )"
			if i := strings.Index(rest, "("); i >= 0 && opensAttachment(rest[i:]) {
				a.Title = strings.TrimSpace(rest[:i])
				a.AttachedTo = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest[i+1:]), ")"))
			}
		} else if t, rest, ok := typeOfTitle(head); ok {
			a.Kind = t.Name
			a.Title = rest
		}
		// title lines (capitals) and the "(Kèm theo ...)" line
		for body < end {
			s := b.lines[body].text()
			if opensAttachment(s) {
				a.AttachedTo = strings.Trim(s, "()")
				body++
				continue
			}
			if vntext.IsCaps(s) && a.AttachedTo == "" && body < k+4 {
				a.Title = joinSpace([]string{a.Title, s})
				body++
				continue
			}
			if isRule(b.lines[body].s) {
				body++
				continue
			}
			break
		}
		a.Sections = b.tree(body, end)
		b.doc.Annexes = append(b.doc.Annexes, a)
		k = end
	}
}
