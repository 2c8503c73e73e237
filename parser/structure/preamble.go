package structure

import (
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
)

// preamble collects căn cứ lines and the enacting line. It returns the index of
// the first body line.
func (b *builder) preamble(from int) int {
	d := b.doc
	k := from
	for k < len(b.lines) {
		s := b.lines[k].text()
		if isRule(b.lines[k].s) || s == "" {
			k++
			continue
		}
		if isEnacting(s) {
			d.Enacting = s
			k++
			break
		}
		if b.bodyStarts(s) {
			break
		}
		if !isPreambleLine(s) && b.basisFollows(k) {
			// lines before a later căn cứ (the amendment list of a consolidated
			// text, an introduction) belong to the preamble
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		if isPreambleLine(s) || (len(d.Preamble) > 0 && strings.HasPrefix(key(s), "căn cứ")) {
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		// An enacting formula of a decree or law ("Chính phủ ban hành Nghị định ...")
		if len(d.Preamble) > 0 && strings.Contains(key(s), " ban hành ") && len(s) < 400 {
			d.Preamble = append(d.Preamble, s)
			k++
			continue
		}
		// a capitals authority line between the title and căn cứ
		if len(d.Preamble) == 0 && vntext.IsCaps(s) && d.AuthorityLine == "" && k == from {
			if _, _, isType := typeOfTitle(s); !isType {
				d.AuthorityLine = s
				k++
				continue
			}
		}
		break
	}
	return k
}

// isPreambleLine reports whether s is a căn cứ / thực hiện / đề nghị line.
func isPreambleLine(s string) bool {
	s = strings.TrimLeft(stripMarkup(s), "-–+ ")
	if vntext.IsCaps(s) {
		return false // a title in capitals ("TRIỂN KHAI THI HÀNH ...")
	}
	for _, p := range preambleOpeners {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

func isEnacting(s string) bool {
	if len(s) > 80 || !strings.HasSuffix(strings.TrimRight(s, " *_"), ":") {
		return false // "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": short, ending with a colon
	}
	k := key(strings.TrimSpace(stripMarkup(s)))
	if !strings.HasSuffix(k, ":") {
		return false
	}
	k = strings.TrimSuffix(k, ":")
	k = strings.TrimSpace(k)
	if isEnactingWord(k) {
		return true
	}
	return strings.HasSuffix(k, " điện") || strings.HasPrefix(k, "quyết định") && len(k) < 20
}

// basisFollows reports whether a căn cứ line comes after line k and before the
// first chapter, article or part.
func (b *builder) basisFollows(k int) bool {
	for j := k + 1; j < len(b.lines) && j < k+40; j++ {
		s := b.lines[j].text()
		if hasPrefixFold(s, "căn cứ") {
			return true
		}
		if m, ok := marker(s); ok && (m.kind == kChuong || m.kind == kDieu || m.kind == kPhan || m.kind == kMuc || m.kind == kRoman) {
			return false
		}
	}
	return false
}

// bodyStarts reports whether s opens the body: an article, chapter, part, a
// Roman-numbered heading, or a numbered item.
func (b *builder) bodyStarts(s string) bool {
	s = stripMarkup(s)
	if hasPrefixFold(s, "lời nói đầu") {
		return true
	}
	if m, ok := marker(s); ok {
		switch m.kind {
		case kDieu, kChuong, kPhan, kRoman:
			return true
		}
	}
	return false
}
