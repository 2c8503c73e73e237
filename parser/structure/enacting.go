package structure

import (
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

// The enacting line (QUYẾT ĐỊNH:, QUYẾT NGHỊ:, Nghị Định:), standalone or
// glued to the last item, the quoted judgment's in an án lệ, and the prose
// before a later formula run turned into the first text section.

// splitGluedEnacting cuts an enacting line glued to the end of the last
// preamble item ("… Bộ Tư pháp, QUYẾT NGHỊ:"): the item and the line.
func splitGluedEnacting(s string) (item, enacting string) {
	t := strings.TrimRight(s, " *_")
	if !strings.HasSuffix(t, ":") {
		return s, ""
	}
	t = strings.TrimRight(strings.TrimSuffix(t, ":"), " ")
	// the last two words, in capitals
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 {
		return s, ""
	}
	j := strings.LastIndexByte(t[:i], ' ')
	if j <= 0 {
		return s, ""
	}
	words := t[j+1:]
	if !vntext.IsCaps(words) || !isGluedEnactingWord(key(words)) {
		return s, ""
	}
	before := strings.TrimRight(t[:j], " ")
	if before == "" || vntext.IsCaps(before) {
		return s, ""
	}
	return before, joinSpace([]string{s[j+1:]})
}

// isGluedEnactingWord reports the folded words of an enacting line that a
// flattened page glues to the last preamble item.
func isGluedEnactingWord(k string) bool {
	switch k {
	case "quyết định", "quyết nghị", "nghị định":
		return true
	}
	return false
}

// isEnactingLine reports whether line k is the enacting line. Forms without
// a colon count only after preamble items or right before an article or a
// chapter: elsewhere "QUYẾT ĐỊNH" is a title.
func (b *builder) isEnactingLine(k int, afterItems bool) bool {
	s := b.lines[k].text()
	if isEnacting(s) {
		return true
	}
	if len(s) > 200 || !vntext.IsCaps(s) {
		return false
	}
	if !afterItems {
		if n := b.nextContent(k + 1); n >= len(b.lines) || !b.opensBody(b.lines[n].text()) {
			return false
		}
	}
	k2 := strings.TrimRight(key(strings.TrimSpace(s)), " :")
	if isGluedEnactingWord(k2) {
		return true
	}
	// the Party's "TRƯỞNG BAN … QUYẾT ĐỊNH": the authority and the verb
	return afterItems && strings.HasSuffix(k2, " quyết định") && startsAuthority(s)
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

// opensBody reports whether s opens the body after a preamble: bodyStarts,
// or a Mục.
func (b *builder) opensBody(s string) bool {
	if b.bodyStarts(s) {
		return true
	}
	m, ok := marker(stripMarkup(s))
	return ok && m.kind == kMuc
}

// judgmentEnacting finds the operative line of the judgment an án lệ quotes,
// in its body:
// "QUYẾT ĐỊNH" right after "Vì các lẽ trên, …" or "Bởi các lẽ trên …".
func (b *builder) judgmentEnacting(from, to int) {
	if b.doc.Enacting != "" || b.doc.TypeCode != "AL" {
		return // only an án lệ quotes a judgment; the scan reads every line
	}
	prevReasons := false
	for k := from; k < to && k < len(b.lines); k++ {
		s := b.lines[k].text()
		if s == "" || isRule(b.lines[k].s) {
			continue
		}
		if prevReasons && isJudgmentDecision(s) {
			b.doc.Enacting = joinSpace([]string{s})
			return
		}
		t := strings.TrimLeft(s, "[]0123456789 ")
		basis := hasPrefixFold(t, "căn cứ")
		if prevReasons && basis {
			continue // "Bởi các lẽ trên; / Căn cứ vào khoản 2 Điều 291 …; / QUYẾT ĐỊNH:"
		}
		prevReasons = false
		for _, p := range reasonsOpeners {
			if hasPrefixFold(t, p) {
				prevReasons = true
			}
		}
		// "[17] Căn cứ vào khoản 2 Điều 291 … / QUYẾT ĐỊNH:" in an án lệ
		prevReasons = prevReasons || basis && b.doc.TypeCode == "AL"
	}
}

// reasonsOpeners open the sentence before a judgment's operative line, folded.
var reasonsOpeners = []string{"vì các lẽ trên", "bởi các lẽ trên", "vì những lẽ trên", "bởi những lẽ trên", "vì các lý do trên"}

// proseSections is the body text kept before the preamble, as one unnumbered
// section ahead of the outline, or nil.
func (b *builder) proseSections(secs []model.Section) []model.Section {
	if b.proseTo <= b.proseFrom {
		return secs
	}
	tb := newTreeBuilder(b)
	for _, l := range b.lines[b.proseFrom:b.proseTo] {
		tb.addLine(l, lineMarker{}, true)
	}
	pre := tb.finish()
	if len(pre) == 0 {
		return secs
	}
	// the outline's own unnumbered sections come after it: text_1 is the prose
	for i := range secs {
		if secs[i].Kind == "text" && strings.HasPrefix(secs[i].ID, "text_") {
			secs[i].ID = "text_" + strconv.Itoa(atoiPrefix(secs[i].ID[len("text_"):])+1)
		}
	}
	return append(pre, secs...)
}

// isJudgmentDecision reports the line in capitals that opens the decision of
// a judgment ("QUYẾT ĐỊNH:"): in a precedent, which quotes one, it is the
// enacting line, and no heading of the outline (see treeBuilder.addLine).
func isJudgmentDecision(s string) bool {
	return len(s) < 40 && vntext.IsCaps(s) && isGluedEnactingWord(strings.TrimRight(key(s), " :"))
}
