package structure

import (
	"strings"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
)

func isRecipientsLabel(s string) (rest string, ok bool) {
	if s == "" || !(s[0] == 'N' || s[0] == 'n' || s[0] == '_' || s[0] == '*' || s[0] == ' ') {
		return "", false
	}
	t := strings.TrimSpace(stripMarkup(s))
	for _, p := range recipientsLabels {
		if hasPrefixFold(t, p) {
			r := strings.TrimLeft(t[len(p):], " _*:")
			return r, true
		}
	}
	return "", false
}

func isBulletStart(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "—")
}

func trimBullet(s string) string {
	return strings.TrimSpace(strings.TrimLeft(s, "-–•+— "))
}

// splitInlineItems splits "- A; - B;" flattened on one line into items.
func splitInlineItems(s string) []string {
	s = strings.TrimSpace(s)
	if !isBulletStart(s) {
		return []string{s}
	}
	out := strings.Split(strings.ReplaceAll(s, ";-", "; -"), "; -")
	if len(out) > 1 {
		for i := range out[:len(out)-1] {
			out[i] += ";"
		}
	}
	return out
}

// addRecipientItem records one Nơi nhận item, or the Lưu line; l is the line
// that holds it, the span of a signature glued after the Lưu codes. It
// returns the item as printed when it recorded a recipient, "" otherwise: a
// wrapped item is joined to it with its punctuation.
func (b *builder) addRecipientItem(it string, sig *sigState, l line) string {
	it = trimBullet(it)
	if it == "" {
		return ""
	}
	if hasPrefixFold(it, "lưu") {
		rest := strings.TrimSpace(it[len("lưu"):])
		rest = strings.TrimLeft(rest, ": ")
		archive, tailText := splitArchive(rest)
		if b.doc.Archive == "" {
			b.doc.Archive = archive
		}
		if tailText != "" {
			for _, part := range splitSignatureRun(tailText) {
				sig.line(part, l)
			}
		}
		return ""
	}
	b.doc.Recipients = append(b.doc.Recipients, parseRecipient(it))
	return it
}

// continueRecipient joins a wrapped line to the last recipient, printed as
// raw; it returns the joined text.
func (b *builder) continueRecipient(raw, s string) string {
	if raw == "" {
		raw = b.doc.Recipients[len(b.doc.Recipients)-1].Name
	}
	raw += " " + s
	b.doc.Recipients[len(b.doc.Recipients)-1] = parseRecipient(raw)
	return raw
}

// parseRecipient splits a list item into name and purpose note.
func parseRecipient(s string) model.Recipient {
	s = strings.TrimSpace(stripMarkup(s))
	s = strings.TrimRight(s, " ;,.")
	r := model.Recipient{Name: s}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			note := strings.TrimSpace(s[i+1 : len(s)-1])
			if purpose := notePurpose(note); purpose != "" {
				r.Note = note
				r.Purpose = purpose
				r.Name = strings.TrimRight(strings.TrimSpace(s[:i]), " ;,")
			}
		}
	}
	return r
}

// notePurpose classifies a recipient note; "" when the parentheses hold
// something else (an abbreviation, a name).
func notePurpose(note string) string {
	k := key(note)
	k = strings.TrimPrefix(k, "để ")
	for _, p := range notePurposes {
		if strings.HasPrefix(k, p.prefix) {
			return p.purpose
		}
	}
	return ""
}

// splitArchive separates the Lưu text from what a flattened page glued after it:
// drafter initials, then the signature ("VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG ...").
func splitArchive(s string) (archive, rest string) {
	s = strings.TrimSpace(s)
	// signature run: the first run of two capitals words after the archive codes
	w := strings.Fields(s)
	cut := len(w)
	for i := 1; i+1 < len(w); i++ {
		if vntext.IsCaps(w[i]) && vntext.IsCaps(w[i+1]) && len([]rune(w[i])) >= 2 && !strings.ContainsAny(w[i], ",()") && capsWordTitle(w[i]) {
			// the codes part ends with a dot before the run
			if strings.HasSuffix(strings.Join(w[:i], " "), ".") || i >= 2 && strings.Contains(strings.Join(w[:i], " "), ". ") {
				cut = i
				break
			}
		}
	}
	// an authority prefix before the run opens the signature ("(30b) KT.
	// TỔNG CỤC TRƯỞNG ...")
	if cut < len(w) && cut > 1 {
		if _, _, ok := authorityPrefix(w[cut-1] + " " + w[cut]); ok {
			cut--
		}
	}
	archive = strings.Join(w[:cut], " ")
	rest = strings.Join(w[cut:], " ")
	// drafter initials after ". " or ")." belong to the archive line but not to the registry text
	if i := strings.Index(archive, ". "); i >= 0 {
		archive = archive[:i]
	}
	if i := strings.Index(archive, ")."); i >= 0 {
		archive = archive[:i+1]
	}
	archive = strings.TrimRight(archive, " .")
	return archive, rest
}

func (b *builder) archiveDone() bool { return b.doc.Archive != "" }
