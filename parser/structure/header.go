package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/parser/lexicon"
)

// fragment kinds of header lines.
type fragKind int

const (
	fText fragKind = iota
	fCaps
	fRule
	fMotto
	fTieuNgu
	fNumber
	fPlaceDate
	fVv
	fKinhGui
	fMark
)

type frag struct {
	line
	kind fragKind
	pd   placeDate
}

// motto phrases, folded (lower case, style A).
const (
	mottoState = "cộng hòa xã hội chủ nghĩa việt nam"
	mottoParty = "đảng cộng sản việt nam"
)

// findMotto returns the index of the line holding the national or Party motto
// among the first lines, and the byte offset of the motto in that line. A motto
// wrapped over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") is found on
// its first line.
func findMotto(lines []line, limit int) (idx, off int, party bool) {
	if limit > len(lines) {
		limit = len(lines)
	}
	for i := 0; i < limit; i++ {
		// the mottos contain "CỘNG" (any case): skip lines without it cheaply
		if ls := lines[i].s; !strings.Contains(ls, "ỘNG") && !strings.Contains(ls, "ộng") && !strings.Contains(ls, "ộNG") {
			continue
		}
		k := strings.ReplaceAll(lowerSameLen(lines[i].s), "hoà", "hòa")
		// the motto may wrap onto the next line ("ĐẢNG CỘNG" / "SẢN VIỆT NAM")
		k2 := k
		if i+1 < len(lines) && len(lines[i+1].s) < 80 {
			k2 = k + " " + strings.ReplaceAll(strings.ReplaceAll(lowerSameLen(lines[i+1].text()), "hoà", "hòa"), "*", "")
		}
		for from := 0; ; {
			j := strings.Index(k[from:], "cộng")
			if j < 0 {
				break
			}
			j += from
			if strings.HasPrefix(k2[j:], mottoState) && (capsRatio(lines[i].s[j:]) > 0.5 || strings.Contains(k, "việt nam")) {
				return i, j, false
			}
			from = j + len("cộng")
		}
		if j := strings.Index(k, "đảng cộng"); j >= 0 && strings.HasPrefix(k2[j:], mottoParty) && isCaps(lines[i].s[j:]) {
			return i, j, true
		}
	}
	return -1, 0, false
}

// fragmentHeader cuts one header line at the literal triggers that a flattened
// two-column header runs together: the motto, the tiêu ngữ, rules, "Số:", the
// place-and-date, "V/v" and "Kính gửi".
func fragmentHeader(l line) []line {
	return appendFragments(nil, l)
}

// appendFragments appends the fragments of fragmentHeader(l) to dst.
func appendFragments(dst []line, l line) []line {
	s := l.s
	// cut points, sorted and made unique below; a line has a handful
	var cutBuf [16]int
	cuts := append(cutBuf[:0], 0)
	addCut := func(i int) {
		if i > 0 && i < len(s) {
			cuts = append(cuts, i)
		}
	}
	if headerTriggers(s, addCut) && !utf8.ValidString(s) {
		// the triggers are read as in a valid line, with each bad byte as '?'
		cuts = cuts[:1]
		headerTriggers(invalidAsQuestionMarks(s), addCut)
	}
	// editorial notes of legal portals ("[Việc thi hành ... được hướng dẫn bởi ...]")
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '[')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		addCut(i)
		addCut(i + j + 1)
		from = i + j + 1
	}
	// rules of three or more characters
	for i := 0; i < len(s); {
		c := s[i]
		if c == '-' || c == '_' || c == '*' || c == '=' {
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if j-i >= 3 {
				addCut(i)
				addCut(j)
			}
			i = j
			continue
		}
		i++
	}
	// place and date
	if pd, ps, ok := findPlaceDate(s); ok {
		addCut(ps)
		addCut(pd.dateEnd)
	}
	sortInts(cuts)
	idx := cuts[:1]
	for _, c := range cuts[1:] {
		if c != idx[len(idx)-1] {
			idx = append(idx, c)
		}
	}
	idx = append(idx, len(s))
	if len(idx) == 2 {
		return append(dst, l) // nothing to cut: sub would trim nothing either
	}
	for k := 0; k+1 < len(idx); k++ {
		if sub, ok := l.sub(idx[k], idx[k+1]); ok {
			dst = append(dst, sub)
		}
	}
	return dst
}

// headerNeedles are the literal triggers of fragmentHeader, folded.
var headerNeedles = [...]string{"cộng hòa xã", "độc lập", "đảng cộng sản việt nam", "số:", "v/v", "kính gửi", "dự thảo", "luật số:"}

// headerTriggers passes to add the cut points of the literal triggers in s,
// and reports whether it found one: the needles of headerNeedles, found in
// place, in any case (for s valid UTF-8, what a search of the lower-cased line
// finds; headerTriggersLower in the tests is that search). A trigger starts a word (after a space, '*'
// or '-'), and in lower case its first byte is one of c, s, v, k, d, l or the
// lead byte of đ, which rules out most words at one byte.
func headerTriggers(s string, add func(int)) (found bool) {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '*' && s[i-1] != '-' {
			continue
		}
		switch s[i] | 0x20 {
		case 'c':
			if lowerHasPrefix(s, i, "cộng hòa xã") {
				found = true
				add(i)
				if lowerHasPrefix(s, i, mottoState) {
					add(i + len(mottoState))
				}
			}
		case 's':
			if lowerHasPrefix(s, i, "số:") {
				found = true
				add(i)
			}
		case 'v':
			if lowerHasPrefix(s, i, "v/v") {
				found = true
				add(i)
			}
		case 'k':
			if lowerHasPrefix(s, i, "kính gửi") {
				found = true
				add(i)
			}
		case 'd':
			if lowerHasPrefix(s, i, "dự thảo") {
				found = true
				add(i)
				add(draftMarkEnd(s, i+len("dự thảo")))
			}
		case 'l':
			if lowerHasPrefix(s, i, "luật số:") {
				found = true
				add(i)
			}
		case 0xC4 | 0x20: // the lead byte of Đ and đ
			if lowerHasPrefix(s, i, "độc lập") {
				found = true
				add(i)
				for e := i; e < len(s); e++ {
					if lowerHasPrefix(s, e, "phúc") {
						add(e + len("phúc"))
						break
					}
				}
			}
			if lowerHasPrefix(s, i, mottoParty) {
				found = true
				add(i)
				add(i + len(mottoParty))
			}
		}
	}
	return found
}

// draftMarkEnd is where the mark that "dự thảo" opens at j ends in s: "DỰ THẢO
// 24.10.2016 LUẬT VỀ HỘI" ends before the next title word. Only spaces, digits
// and the words compared are read, which lower-casing leaves in place.
func draftMarkEnd(s string, j int) int {
	for j < len(s) {
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		e := k
		for e < len(s) && s[e] != ' ' {
			e++
		}
		w := s[k:e]
		if w == "" || !(strings.ContainsAny(w, "0123456789") || len(w) == len("lần") && lowerHasPrefix(w, 0, "lần") || len(w) == len("số") && lowerHasPrefix(w, 0, "số")) {
			break
		}
		j = e
	}
	return j
}

// lowerHasPrefix reports whether
// strings.ReplaceAll(lowerSameLen(s), "hoà", "hòa")[i:] starts with needle,
// for s valid UTF-8 and needle in lower case, style A, neither starting nor
// ending inside a "hòa" (true of the header triggers): a "hoà" of s is read
// as "hòa" where the needle has one.
func lowerHasPrefix(s string, i int, needle string) bool {
	for k := 0; k < len(needle); {
		if i >= len(s) {
			return false
		}
		if needle[k] == 'h' && strings.HasPrefix(needle[k:], "hòa") && len(s)-i >= len("hòa") && s[i]|0x20 == 'h' {
			// "hòa" and "hoà" in any case
			if t := s[i+1:]; (t[0]|0x20 == 'o' && (strings.HasPrefix(t[1:], "à") || strings.HasPrefix(t[1:], "À"))) ||
				((strings.HasPrefix(t, "ò") || strings.HasPrefix(t, "Ò")) && t[2]|0x20 == 'a') {
				i += len("hòa")
				k += len("hòa")
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[k] {
				return false
			}
			i++
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := lowerRune(r); utf8.RuneLen(lr) == n {
			r = lr
		}
		p, m := utf8.DecodeRuneInString(needle[k:])
		if r != p {
			return false
		}
		i += n
		k += m
	}
	return true
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func classify(l line) frag {
	f := frag{line: l}
	s := l.text()
	// every test below looks at the start of the fragment (or at a short one);
	// the key is only compared, so it stays in a buffer on the stack
	var kbuf [160]byte
	var k []byte
	if len(s) <= 64 || keyMayOpenHeader(s) {
		k = lexicon.AppendKey(kbuf[:0], headOf(s, 64))
	}
	// else every test of k below fails: k stays empty
	switch {
	case isRule(l.s) || strings.HasPrefix(l.s, "[") && strings.HasSuffix(l.s, "]") && strings.Contains(s, " bởi "):
		f.kind = fRule
	case keyHasPrefix(k, mottoState) || keyHasPrefix(k, "cộng hòa xã hội") || keyHasPrefix(k, mottoParty):
		f.kind = fMotto
	case string(k) == "cộng" && isCaps(s) || len(k) >= 8 && len(s) <= 64 && (prefixOf(k, mottoState) || suffixOf(k, mottoState) || prefixOf(k, mottoParty) || suffixOf(k, mottoParty)) && isCaps(s):
		// a piece of a motto wrapped over two lines
		f.kind = fMotto
	case keyHasPrefix(k, "chủ nghĩa việt nam") || (keyHasPrefix(k, "đảng cộng") || keyHasPrefix(k, "sản việt nam")) && isCaps(s) && len(k) < 30:
		f.kind = fMotto
	case keyHasPrefix(k, "độc lập"):
		f.kind = fTieuNgu
	case isNumberLine(s):
		f.kind = fNumber
	case keyHasPrefix(k, "v/v") || keyHasPrefix(k, "v.v ") || keyHasPrefix(k, "v/v:"):
		f.kind = fVv
	case keyHasPrefix(k, "kính gửi") || keyHasPrefix(k, "đồng kính gửi") || keyHasPrefix(k, "kính trình"):
		f.kind = fKinhGui
	case isMark(s):
		f.kind = fMark
	default:
		if pd, ps, ok := findPlaceDate(s); ok && ps <= 2 {
			f.kind = fPlaceDate
			f.pd = pd
		} else if isCaps(s) || noLower(s) {
			f.kind = fCaps
		}
	}
	return f
}

// keyMayOpenHeader reports whether the key of s may start with c, đ, s, v or
// k, as every prefix classify looks for does (a motto piece is looked for in
// fragments of 64 bytes at most, whatever its first letter). unicode.ToLower
// gives those letters for themselves in either case and for the Kelvin sign
// alone; the tone marks a key moves are on vowels.
func keyMayOpenHeader(s string) bool {
	_, w, _ := nextWord(s, 0)
	if w == "" {
		return false
	}
	switch w[0] | 0x20 {
	case 'c', 's', 'v', 'k':
		return true
	}
	return strings.HasPrefix(w, "đ") || strings.HasPrefix(w, "Đ") || strings.HasPrefix(w, "\u212a")
}

// isNumberLine reports whether s is the "Số:" line of the header: "Số: 1340/KH-UBND",
// "Số 212-KL/TW", "SỐ: 12/2001/QĐ-BTC", "Số: /QĐ-UBND", "Luật số: 80/2025/QH15".
func isNumberLine(s string) bool {
	if s == "" || !(s[0] == 'S' || s[0] == 's' || s[0] == 'L' || s[0] == 'P') {
		return false // "Số", "SỐ", "số", "Luật số", "Pháp lệnh số"
	}
	k := lowerSameLen(headOf(s, 32))
	k = strings.TrimPrefix(k, "luật ")
	k = strings.TrimPrefix(k, "pháp lệnh ")
	if !strings.HasPrefix(k, "số") {
		return false
	}
	rest := strings.TrimLeft(k[len("số"):], " ")
	if strings.HasPrefix(rest, ":") {
		return true
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

var marks = []struct{ text, kind string }{
	{"tuyệt mật", "secrecy"}, {"tối mật", "secrecy"}, {"mật", "secrecy"},
	{"thượng khẩn", "urgency"}, {"hỏa tốc", "urgency"}, {"khẩn", "urgency"},
	{"dự thảo", "draft"}, {"lưu hành nội bộ", "circulation"}, {"xem xong trả lại", "circulation"},
}

func isMark(s string) bool {
	if len(s) > 40 {
		return false
	}
	var kbuf [128]byte
	k := lexicon.AppendKey(kbuf[:0], strings.Trim(s, "()[] "))
	for _, m := range marks {
		if string(k) == m.text || (m.kind == "draft" && keyHasPrefix(k, "dự thảo") && len(k) < 24) {
			return true
		}
	}
	return false
}

// orgHeads are the words that open the name of an organisation; a header line
// starting with one begins a new body (issuer or parent) rather than continuing
// the name above it ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" is one body).
var orgHeads = []string{
	"bộ ", "cục ", "tổng cục", "chi cục", "sở ", "vụ ", "ban ", "văn phòng", "phòng ", "ủy ban",
	"ubnd", "hội đồng", "hđnd", "trường", "trung tâm", "viện", "tòa án", "đảng ủy", "đảng bộ",
	"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "công an", "bộ chỉ huy", "kho bạc", "ngân hàng",
	"thanh tra", "kiểm toán", "bảo hiểm", "chính phủ", "thủ tướng", "quốc hội", "chủ tịch",
	"tập đoàn", "tổng công ty", "công ty", "học viện", "đại học", "bệnh viện", "mặt trận",
	"liên đoàn", "hội ", "đoàn ", "thuế ", "hải quan", "đài ", "báo ", "quân ủy", "bch ", "bộ tư lệnh",
	"tổng liên đoàn", "ủy ban thường vụ", "chi bộ", "đảng đoàn", "ban cán sự", "phủ thủ tướng", "liên bộ",
}

func startsOrg(s string) bool {
	k := key(stripMarkup(s)) + " "
	for _, h := range orgHeads {
		if strings.HasPrefix(k, h) {
			return true
		}
	}
	return false
}

// splitBodies groups issuer-block lines into organisations: a line continues
// the previous one unless it opens with an organisation word.
func splitBodies(ls []string) []string {
	var bodies []string
	for _, s := range ls {
		s = strings.TrimSpace(stripMarkup(s))
		if s == "" {
			continue
		}
		if len(bodies) == 0 || startsOrg(s) && !continuesName(bodies[len(bodies)-1]) && len(strings.Fields(bodies[len(bodies)-1])) > 1 {
			bodies = append(bodies, s)
			continue
		}
		bodies[len(bodies)-1] += " " + s
	}
	// "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" flattened onto one line: a ministry
	// followed by one of its departments
	if len(bodies) == 1 {
		w := strings.Fields(bodies[0])
		if len(w) > 3 && key(w[0]) == "bộ" {
			for i := 2; i < len(w); i++ {
				k := key(strings.Join(w[i:], " ")) + " "
				if strings.HasPrefix(k, "tổng cục ") || strings.HasPrefix(k, "cục ") || strings.HasPrefix(k, "vụ ") {
					return []string{strings.Join(w[:i], " "), strings.Join(w[i:], " ")}
				}
			}
		}
	}
	return bodies
}

// noLower reports a fragment with letters and none in lower case: a capital
// letter alone on a line ("Ý" of a wrapped title) counts as capitals.
func noLower(s string) bool {
	letters := 0
	for _, r := range s {
		if letter, lower, _ := letterCase(r); letter {
			if lower {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// continuesName reports whether a header line is visibly unfinished: it ends
// with a conjunction or a word that needs a complement ("BỘ GIÁO DỤC VÀ").
func continuesName(s string) bool {
	k := key(s)
	for _, w := range []string{" và", " và đào", " của", ",", "-", " ban", " ủy ban", " hội đồng", " bộ"} {
		if strings.HasSuffix(k, w) {
			return true
		}
	}
	return k == "ban chấp hành" || k == "ủy ban nhân dân" && false
}

// typeOfTitle recognises a type-name line ("KẾ HOẠCH", "QUYẾT ĐỊNH", "LUẬT ĐẤT
// ĐAI") and returns the type and the remainder after the type words.
func typeOfTitle(s string) (lexicon.DocType, string, bool) {
	s = stripMarkup(s)
	// the first max words, and where the one after them starts
	var wbuf [8]string
	var abuf [8]int
	words, at := wbuf[:0], abuf[:0]
	max := lexicon.MaxTypeNameWords()
	pos, x, next := nextWord(s, 0)
	for ; x != "" && len(words) < max; pos, x, next = nextWord(s, next) {
		words, at = append(words, x), append(at, pos)
	}
	for n := len(words); n >= 1; n-- {
		cand := joinWords(s, words, at, 0, n)
		if !isCaps(cand) && n > 0 {
			continue
		}
		if t, ok := lexicon.TypeByName(cand); ok {
			rest := ""
			if n < len(words) {
				rest = fieldsJoin(s[at[n]:])
			} else if x != "" {
				rest = fieldsJoin(s[pos:])
			}
			// "THÔNG BÁO KẾT LUẬN": the notice of conclusions is a kind of Thông báo
			if t.Name == "Thông báo" && hasPrefixFold(rest, "kết luận") {
				rest = strings.TrimSpace(rest[len("kết luận"):])
			}
			return t, rest, true
		}
	}
	return lexicon.DocType{}, "", false
}

// splitCapsSentence cuts a line where a run of capitals (a title) is followed
// by a sentence, as flattened pages print "... TRONG CẢ NƯỚC Ngày 24 tháng 6 năm
// 1977 Hội đồng Chính phủ ...".
func splitCapsSentence(l line) []line {
	return appendCapsSentence(nil, l)
}

// appendCapsSentence appends the pieces of splitCapsSentence(l) to dst.
func appendCapsSentence(dst []line, l line) []line {
	if !fieldsAtLeast(l.s, 5) || !hasLowerStart(l.s) {
		// too short, or no word can start in lower case as lowerSoon needs
		return append(dst, l)
	}
	run := 0
	for pos, x, next := nextWord(l.s, 0); x != ""; pos, x, next = nextWord(l.s, next) {
		if startsLowerLetter(x) {
			// neither capitals nor digits nor a capitalised word: most words
			run = 0
			continue
		}
		if isCapsWord(x) || isDigits(strings.Trim(x, ".,/-")) || strings.Trim(x, "0123456789/.-,") == "" {
			run++
			continue
		}
		if run >= 3 && titleCaseWord(x) && lowerSoonAt(l.s, next) {
			a, ok1 := l.sub(0, pos)
			b, ok2 := l.sub(pos, len(l.s))
			if ok1 && ok2 {
				return appendCapsSentence(append(dst, a), b)
			}
		}
		run = 0
	}
	return append(dst, l)
}

// startsLowerLetter reports whether the first rune of w is a lower-case letter.
func startsLowerLetter(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	_, lower, _ := letterCase(r)
	return lower
}

// fieldsAtLeast is len(strings.Fields(s)) >= n.
func fieldsAtLeast(s string, n int) bool {
	for _, x, next := nextWord(s, 0); x != ""; _, x, next = nextWord(s, next) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// hasLowerStart reports whether any rune of s could start a word for
// startsLowerWord.
func hasLowerStart(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return true
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if startsLowerWord(s[i:]) {
			return true
		}
		i += n
	}
	return false
}

// lowerSoonAt is lowerSoon over the words of s from byte i.
func lowerSoonAt(s string, i int) bool {
	for k := 0; k < 3; k++ {
		_, x, next := nextWord(s, i)
		if x == "" {
			return false
		}
		if startsLowerWord(x) {
			return true
		}
		i = next
	}
	return false
}

// titleCaseWord reports a word with a capital first letter and lower case after it.
func titleCaseWord(w string) bool {
	w = strings.Trim(w, "“\"(,.;:")
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !isUpperRune(first) {
		return false // fewer than two runes, or not a capital first
	}
	for _, r := range w[n:] {
		if isUpperRune(r) {
			return false
		}
	}
	return true
}

// lowerSoon reports whether one of the first three words starts in lower case:
// the sign of a sentence rather than a title.
func lowerSoon(w []string) bool {
	for i := 0; i < len(w) && i < 3; i++ {
		if startsLowerWord(w[i]) {
			return true
		}
	}
	return false
}

// headOf returns the first n bytes of s, cut at a rune boundary.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
