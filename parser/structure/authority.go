package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// authorityPrefix returns the canonical prefix opening s and the rest of s.
func authorityPrefix(s string) (canon, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	switch s[0] {
	case 'T', 't', 'K', 'k', 'Q', 'q':
	default:
		return "", "", false // every prefix starts with one of these letters
	}
	for _, p := range prefixes {
		// the prefixes are ASCII: only ASCII capitals need folding
		if vntext.HasPrefixASCIIFold(s, p.folded) {
			r := s[len(p.folded):]
			r = strings.TrimLeft(r, " .")
			if r == "" {
				return "", "", false
			}
			// Q. must be followed by a capitals title (Q. GIÁM ĐỐC), not prose
			if p.canon == "Q." && !vntext.IsCaps(firstWord(r)) {
				return "", "", false
			}
			if p.folded == "tm." || p.folded == "kt." || p.folded == "tl." || p.folded == "tuq." {
				// "TM. ỦY BAN" and "TM.ỦY BAN"; the title must be capitals (or legacy lower case)
				if !vntext.IsCaps(firstWord(r)) && capsRatio(r) < 0.5 && !strings.HasPrefix(lowerSameLen(r), "ubnd") && !strings.HasPrefix(lowerSameLen(r), "bộ") && !shortTitleCase(r) {
					return "", "", false
				}
			}
			return p.canon, r, true
		}
	}
	return undottedPrefix(s)
}

// undottedPrefix reads "KT GIÁM ĐỐC", "TM ỦY BAN NHÂN DÂN", "TL BỘ
// TRƯỞNG": a prefix printed without its dot, taken only before a post (KT,
// TL) or a body (TM) in capitals, since "KT" and "TL" also abbreviate
// words ("KT TSCĐ").
func undottedPrefix(s string) (canon, rest string, ok bool) {
	if len(s) < 4 || s[2] != ' ' {
		return "", "", false
	}
	r := strings.TrimLeft(s[3:], " ")
	if !vntext.IsCaps(firstWord(r)) {
		return "", "", false
	}
	switch {
	case vntext.HasPrefixASCIIFold(s, "kt "), vntext.HasPrefixASCIIFold(s, "tl "):
		if hasAnyPrefixFold(r, authorityHeads) {
			return strings.ToUpper(s[:2]) + ".", r, true
		}
	case vntext.HasPrefixASCIIFold(s, "tm "):
		if hasAnyPrefixFold(r, orgHeads) {
			return "TM.", r, true
		}
	}
	return "", "", false
}

// splitPrefixes cuts a line holding several authority prefixes ("TM. CHÍNH PHỦ
// KT. THỦ TƯỚNG") into one piece per prefix.
func splitPrefixes(s string) []string {
	return appendPrefixes(nil, s)
}

// appendPrefixes appends the pieces of splitPrefixes(s) to dst.
func appendPrefixes(dst []string, s string) []string {
	prev := 0
	for i := 1; i < len(s); i++ {
		// lower-casing keeps byte offsets, so s has a space where its lower case has one
		if s[i-1] != ' ' || s[i]|0x20 != 't' && s[i]|0x20 != 'k' {
			continue
		}
		for _, p := range prefixCuts {
			if vntext.HasPrefixASCIIFold(s[i:], p) {
				dst = append(dst, strings.TrimSpace(s[prev:i]))
				prev = i
			}
		}
	}
	if prev == 0 {
		return append(dst, s) // no prefix after the first word: s as it is
	}
	return append(dst, strings.TrimSpace(s[prev:]))
}

// splitSigLine cuts one line of a signature block, as flattened pages print it
// ("TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc", "Nguyễn Văn An (Đã ký)"), into
// pieces the block reader takes one at a time.
func splitSigLine(s string) []string {
	return appendSigPieces(nil, s)
}

// appendSigPieces appends the pieces of splitSigLine(s) to dst. Pieces made of
// whole words separated by single spaces are substrings of s.
func appendSigPieces(dst []string, s string) []string {
	var pbuf [4]string
	var wbuf [24]string
	var abuf [24]int
	for _, piece := range appendPrefixes(pbuf[:0], s) {
		p, rest, isP := authorityPrefix(piece)
		body := piece
		if isP {
			body = rest
		}
		note := ""
		if i := strings.IndexByte(body, '('); i >= 0 && isSignedNote(body[i:]) {
			note = strings.TrimSpace(body[i:])
			body = strings.TrimSpace(body[:i])
		}
		// the words are read as far as they are looked at: a run of
		// capitals, then at most six capitalised words
		w, at := wbuf[:0], abuf[:0]
		pos, x, next := nextWord(body, 0)
		for x != "" && isCapsWord(x) {
			w, at = append(w, x), append(at, pos)
			pos, x, next = nextWord(body, next)
		}
		i := len(w)
		if isP && i == 0 {
			// a legacy title in lower case ("KT.Bộ trưởng bộ tài chính"):
			// the prefix keeps the line, less a post after its own title
			// ("KT. bộ trưởng bộ tài chính thứ trưởng")
			obj, post := splitAuthorityCaps(p, strings.Fields(body))
			dst = append(dst, p+" "+obj)
			if post != "" {
				dst = append(dst, post)
			}
			if note != "" {
				dst = append(dst, note)
			}
			continue
		}
		// a one-letter capital run before a name is the name's first letter ("Q" of "Quý")
		if isP {
			if k, cut := gluedTitle(w[:i]); cut > 0 {
				// "QUỐC HỘICHỦ TỊCH": a lost line break glued the post to the
				// authority's last word
				w = append(w[:k+1], w[k:]...)
				at = append(at[:k+1], at[k:]...)
				w[k], w[k+1] = w[k][:cut], w[k][cut:]
				at[k+1] = at[k] + cut
				i++
			}
			obj, post := splitAuthorityCaps(p, w[:i])
			dst = append(dst, p+" "+obj)
			if post != "" {
				dst = append(dst, post)
			}
		} else if i > 0 {
			dst = append(dst, joinWords(body, w, at, 0, i))
		}
		if x != "" {
			// the name: capitalised words; what follows was glued on by a
			// flattened page (an attached text's title) and is kept apart
			from := pos // where word i starts
			j := i
			for x != "" && j-i < 6 && titleCaseWord(x) {
				if j-i >= 2 && opensAttachedForm(x, body, next) {
					break // "Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ …" (040)
				}
				w, at = append(w, x), append(at, pos)
				j++
				pos, x, next = nextWord(body, next)
			}
			// a line of prose that opens with capitalised words ("Luật Đất
			// đai số ...", "Như Điều 3") is not cut: only capitals or a note
			// glued after a name are
			if j-i >= 2 && x != "" && (i > 0 || isP || startsUpper(x) || x[0] == '(' || x[0] == '[') {
				dst = append(dst, joinWords(body, w, at, i, j), fieldsJoin(body[pos:]))
			} else {
				dst = append(dst, fieldsJoin(body[from:]))
			}
		}
		if note != "" {
			dst = append(dst, note)
		}
	}
	return dst
}

// opensAttachedForm reports whether word x, followed in body from next on,
// opens the title of a form or an annex a flattened page glued after the
// signer's name: "Mẫu" or "Biểu" before a capitalised word or "số", "Phụ
// lục". A name may end in "Mẫu"; one that goes on is a form.
func opensAttachedForm(x, body string, next int) bool {
	if x != "Mẫu" && x != "Biểu" && x != "Phụ" {
		return false
	}
	_, y, _ := nextWord(body, next)
	if x == "Phụ" {
		return y == "lục"
	}
	return y == "số" || titleCaseWord(y)
}

// gluedTitle finds a capitals word that ends with the head of a post glued
// to it ("HỘICHỦ" of "QUỐC HỘICHỦ TỊCH"): the word's index and the byte
// where the post starts, or cut 0. The part before the post has at least two
// letters, and the post with the words after it must open a title.
func gluedTitle(words []string) (k, cut int) {
	var buf [4]string
	for k, x := range words {
		if utf8.RuneCountInString(x) < 5 {
			continue // a word and a post head glued have at least five letters
		}
		n := 0
		for i := range x {
			if n++; n < 3 {
				continue // at least two letters before the post
			}
			rest := append(buf[:0], x[i:])
			if k+1 < len(words) {
				rest = append(rest, words[k+1])
			}
			if utf8.RuneCountInString(x[i:]) >= 2 && titleStarts(rest, 0) {
				return k, i
			}
		}
	}
	return 0, 0
}

// splitAuthorityCaps divides the capitals after a prefix into the prefix's own
// object and the signer's position: "TM. CHÍNH PHỦ THỦ TƯỚNG" → "CHÍNH PHỦ" +
// "THỦ TƯỚNG"; "KT. BỘ TRƯỞNG THỨ TRƯỞNG" → "BỘ TRƯỞNG" + "THỨ TRƯỞNG".
func splitAuthorityCaps(prefix string, caps []string) (obj, pos string) {
	for j := 1 + titleLen(caps, 0); j < len(caps); j++ {
		if strings.HasSuffix(caps[j-1], ",") {
			continue // "BỘ TRƯỞNG, CHỦ NHIỆM" is one compound title
		}
		if !titleStarts(caps, j) {
			continue
		}
		if prefix == "TM." && j >= 2 || prefix != "TM." && titleStarts(caps, 0) {
			return strings.Join(caps[:j], " "), strings.Join(caps[j:], " ")
		}
	}
	return strings.Join(caps, " "), ""
}

func titleStarts(words []string, i int) bool {
	// the longest title head has three words
	end := i + 3
	if end > len(words) {
		end = len(words)
	}
	// the key of the joined words is the keys of the words joined: Key folds
	// word by word
	var buf [96]byte
	rest := buf[:0]
	for j := i; j < end; j++ {
		if j > i {
			rest = append(rest, ' ')
		}
		rest = lexicon.AppendKey(rest, words[j])
	}
	rest = append(rest, ' ')
	for _, h := range titleHeads {
		if len(rest) >= len(h) && string(rest[:len(h)]) == h {
			return true
		}
	}
	return false
}

// titleStartsText is titleStarts(strings.Fields(s), 0): whether a post title
// opens s.
func titleStartsText(s string) bool {
	// every title head opens with one of p, t, b, c, g, v, h, which in a key
	// come only from the same ASCII letters in either case
	_, x, next := nextWord(s, 0)
	if x == "" {
		return false
	}
	if c := x[0] | 0x20; c != 'p' && c != 't' && c != 'b' && c != 'c' && c != 'g' && c != 'v' && c != 'h' {
		return false
	}
	var buf [96]byte
	rest := buf[:0]
	n := 0
	for ; x != "" && n < 3; _, x, next = nextWord(s, next) {
		if n > 0 {
			rest = append(rest, ' ')
		}
		rest = lexicon.AppendKey(rest, x)
		n++
	}
	rest = append(rest, ' ')
	for _, h := range titleHeads {
		if len(rest) >= len(h) && string(rest[:len(h)]) == h {
			return true
		}
	}
	return false
}

// titleLen is the number of words of the post title that starts at word i, 0
// when none does: "TỔNG CỤC TRƯỞNG PHÓ ..." → 3.
func titleLen(words []string, i int) int {
	end := i + 3
	if end > len(words) {
		end = len(words)
	}
	rest := key(strings.Join(words[i:end], " ")) + " "
	best := 0
	for _, h := range titleHeads {
		if strings.HasPrefix(rest, h) {
			if n := len(strings.Fields(h)); n > best {
				best = n
			}
		}
	}
	if best > 0 {
		best-- // the loop in splitAuthorityCaps starts one word on
	}
	return best
}

// splitSignatureRun cuts "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" into the title
// and the name.
func splitSignatureRun(s string) []string {
	var out []string
	for _, piece := range splitPrefixes(s) {
		w := strings.Fields(piece)
		i := 0
		for i < len(w) && (vntext.IsCaps(w[i]) || strings.Trim(w[i], ",.") == "" || w[i] == "-") {
			i++
		}
		// a prefix word such as "KT." is capitals too
		if i > 0 {
			out = append(out, strings.Join(w[:i], " "))
		}
		if i < len(w) {
			out = append(out, strings.Join(w[i:], " "))
		}
	}
	return out
}

// shortTitleCase reports the name of a body in normal case after a prefix, as
// old decrees print it ("TM. Chính phủ"): a capital first, at most six words,
// no sentence punctuation.
func shortTitleCase(s string) bool {
	if !startsUpper(s) || fieldsAtLeast(s, 7) {
		return false
	}
	return !strings.ContainsAny(s, ",;:.()")
}

// signsFor reports a line that opens with a signature's authority prefix
// ("KT. BỘ TRƯỞNG", "TM. CHÍNH PHỦ"): no header line does.
func signsFor(s string) bool {
	p, _, ok := authorityPrefix(s)
	return ok && isBarePrefix(p)
}
