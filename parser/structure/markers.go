package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

// markerKind is the outline level a line opens.
type markerKind uint8

const (
	kNone markerKind = iota
	kPhan
	kChuong
	kMuc
	kTieuMuc
	kRoman
	kDieu
	kNumber
	kSub
	kLetter
	kParen
	kDash
	kStar
	kPlus
	kHeading // an unnumbered heading in capitals ("NỘI DUNG VỤ ÁN")
	// kPart is a part lettered in capitals above Roman sections, its title
	// in capitals: "A - NHỮNG QUY ĐỊNH CHUNG", "B. NGHĨA VỤ THUẾ …".
	kPart
)

// rank orders levels: a node is a child of the nearest open node of lower rank.
var rank = [...]int{
	kHeading: 44, kPart: 43,
	kPhan: 10, kChuong: 20, kMuc: 30, kTieuMuc: 40, kRoman: 45, kDieu: 50,
	kNumber: 60, kSub: 62, kLetter: 70, kParen: 72, kDash: 80, kStar: 85, kPlus: 90,
}

type outlineMarker struct {
	label string // printed label without trailing punctuation: "Điều 5", "I", "1.2", "a", "-"
	num   string // the number part: "5", "II", "1.2", "a"
	rest  string // text after the marker
	kind  markerKind
}

// marker recognises the outline marker that opens s, if any.
func marker(s string) (outlineMarker, bool) {
	if s == "" {
		return outlineMarker{}, false
	}
	// Word markers: Phần, Chương, Mục, Tiểu mục, Điều. Their first letters
	// differ, so the first byte picks the one word to try.
	var words []wordMarker
	switch s[0] | 0x20 {
	case 't':
		words = wordMarkers[0:1]
	case 'p':
		words = wordMarkers[1:2]
	case 'c':
		words = wordMarkers[2:3]
	case 'm':
		words = wordMarkers[3:4]
	default:
		if s[0] == 0xC4 && len(s) > 1 && (s[1] == 0x90 || s[1] == 0x91) { // Đ, đ
			words = wordMarkers[4:5]
		}
	}
	for _, w := range words {
		if !hasPrefixFold(s, w.word) {
			continue
		}
		// the printed word has the same length in bytes whatever its case
		n := len(w.word)
		if n > len(s) {
			continue
		}
		after := s[n:]
		// "Điều15." with the space lost (202) is still an article when a
		// dot follows its number
		glued := w.kind == kDieu && after != "" && after[0] >= '0' && after[0] <= '9'
		if after == "" || after[0] != ' ' && !glued {
			continue
		}
		after = strings.TrimLeft(after, " ")
		num, rest, ok := markerNumber(after, w.kind)
		if !ok || glued && (rest == "" || rest[0] != '.') {
			continue
		}
		if w.kind == kDieu {
			// "Điều 30 của Luật ..." at the start of a wrapped line is prose;
			// "Điều 1 : Nay ban hành ..." (a space before the colon) is not.
			r := strings.TrimLeft(rest, " ")
			if !(rest == "" || rest[0] == '.' || rest[0] == ':' || strings.HasPrefix(r, ":") || strings.HasPrefix(r, "[") || r != "" && startsUpper(r) && rest[0] == ' ' && !startsLowerWord(r) && !citesDocument(r)) {
				continue
			}
		}
		if w.kind == kMuc && !(vntext.IsRoman(num) || isDigits(num)) {
			continue
		}
		if strings.HasPrefix(rest, " này") {
			continue // "Mục 23 này được tổng hợp …": a sentence about it (2004-HDTMDT)
		}
		rest = strings.TrimLeft(rest, ".:-– ")
		label := s[:n+1+len(num)]
		if label[n] != ' ' || label[n+1:] != num {
			// printed with more spaces or none ("Điều15."): the label has one
			label = s[:n] + " " + num
		}
		return outlineMarker{kind: w.kind, label: label, num: num, rest: rest}, true
	}
	c := s[0]
	switch {
	case c == '-' || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "•"):
		_, n := utf8.DecodeRuneInString(s)
		rest := strings.TrimLeft(s[n:], " ")
		if rest == "" || isRule(s) {
			return outlineMarker{}, false
		}
		if c == '-' && len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && strings.HasSuffix(rest, "-") {
			return outlineMarker{}, false // page number "- 2 -"
		}
		return outlineMarker{kind: kDash, label: "-", rest: rest}, true
	case c == '+':
		return outlineMarker{kind: kPlus, label: "+", rest: strings.TrimLeft(s[1:], " ")}, true
	case c == '*' && len(s) > 1 && s[1] == ' ':
		return outlineMarker{kind: kStar, label: "*", rest: strings.TrimLeft(s[1:], " ")}, true
	case c == '(':
		return parenMarker(s)
	case c >= '0' && c <= '9':
		return numberMarker(s)
	case c == 'I' || c == 'V' || c == 'X' || c == 'L':
		return romanMarker(s)
	default:
		if m, ok := partMarker(s); ok {
			return m, true
		}
		// a) b) đ) a2)
		r, n := utf8.DecodeRuneInString(s)
		if isVietLetter(r) {
			j := n
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && s[j] == ')' {
				return outlineMarker{kind: kLetter, label: s[:j], num: s[:j], rest: strings.TrimLeft(s[j+1:], " ")}, true
			}
		}
	}
	return outlineMarker{}, false
}

// parenMarker reads "(1) …", "(a) …". A table's column number alone ("(1)")
// and a form's note to one ("(1): ghi cấp lập danh sách") open no division.
func parenMarker(s string) (outlineMarker, bool) {
	j := strings.IndexByte(s, ')')
	if j <= 1 || j > 4 || !(isDigits(s[1:j]) || isLetterLabel(s[1:j])) {
		return outlineMarker{}, false
	}
	rest := strings.TrimLeft(s[j+1:], " ")
	if rest == "" || rest[0] == ':' {
		return outlineMarker{}, false
	}
	return outlineMarker{kind: kParen, label: s[:j+1], num: s[1:j], rest: rest}, true
}

// romanMarker reads a Roman section, "II. …", "III- …", "IV) …", and the
// dash after a space of older texts, "I -Triển vọng …", "II - Một số giải
// pháp …" (2004-13D56); "II.1 . …" is a point of section II, not II.
func romanMarker(s string) (outlineMarker, bool) {
	j := 0
	for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
		j++
	}
	if j < len(s) && (s[j] == '.' || s[j] == ')' || s[j] == '/' || s[j] == '-' || s[j] == ':') && vntext.IsRoman(s[:j]) {
		rest := strings.TrimLeft(s[j+1:], " ")
		if j+1 < len(s) && s[j+1] != ' ' && s[j] != '.' || isRankCode(s[j:]) {
			return outlineMarker{}, false
		}
		if s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			return outlineMarker{}, false
		}
		return outlineMarker{kind: kRoman, label: s[:j], num: s[:j], rest: rest}, true
	}
	if j+2 < len(s) && s[j] == ' ' && (s[j+1] == '-' || strings.HasPrefix(s[j+1:], "–")) && vntext.IsRoman(s[:j]) {
		k := j + 2
		if s[j+1] != '-' {
			k = j + 1 + len("–")
		}
		if rest := strings.TrimLeft(s[k:], " "); rest != "" && startsUpper(rest) {
			return outlineMarker{kind: kRoman, label: s[:j], num: s[:j], rest: rest}, true
		}
	}
	return outlineMarker{}, false
}

// partLetters are the capitals that letter parts: the Vietnamese alphabet
// without I, V, X and L, which are Roman numbers, and with the F that some
// circulars letter with the Latin alphabet ("E - XỬ LÝ VI PHẠM" / "F - KHIẾU
// NẠI VÀ THỜI HIỆU", 2003-A04).
const partLetters = "ABCDĐEFGHKMNOPQRSTUY"

// partMarker reads a part lettered in capitals, "A - NHỮNG QUY ĐỊNH CHUNG",
// "B. NGHĨA VỤ THUẾ ĐỐI VỚI NHÀ THẦU", "Đ - ĐIỀU KHOẢN THI HÀNH": the letter,
// a dot, a bracket, a slash or a dash, and a title in capitals of two words
// or more (a capital and a dot before a name is an initial).
func partMarker(s string) (outlineMarker, bool) {
	n := 1
	if s[0] == 0xC4 { // Đ
		n = 2
	} else if s[0] < 'A' || s[0] > 'Y' {
		return outlineMarker{}, false
	}
	if n+2 > len(s) || s[n] != '.' && s[n] != ')' && s[n] != '/' && s[n] != ' ' && s[n] != '-' {
		return outlineMarker{}, false // most lines: a word goes on
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !strings.ContainsRune(partLetters, r) {
		return outlineMarker{}, false
	}
	after := s[n:]
	switch {
	case strings.HasPrefix(after, ". "), strings.HasPrefix(after, ") "), strings.HasPrefix(after, "/ "), strings.HasPrefix(after, "- "):
		// "G- TỔ CHỨC THỰC HIỆN": the dash glued to the letter (2003-A04, A16)
		after = after[2:]
	case strings.HasPrefix(after, " - "), strings.HasPrefix(after, " – "):
		after = after[strings.IndexByte(after[1:], ' ')+2:]
	case after[0] == '.' && capsStart(after[1:]):
		// "A.TỔNG QUAN" with the space lost (2004-1F7ZB); the title in
		// capitals tells it from an initial ("A.Nguyễn")
		after = after[1:]
	default:
		return outlineMarker{}, false
	}
	rest := strings.TrimLeft(after, " ")
	if !vntext.IsCaps(rest) || !hasTwoWords(rest) {
		return outlineMarker{}, false
	}
	return outlineMarker{kind: kPart, label: s[:n], num: s[:n], rest: rest}, true
}

// markerNumber reads the number after Phần/Chương/Mục/Điều: Roman, Arabic with
// an optional letter (10a), or "thứ nhất" style ordinals for Phần.
func markerNumber(s string, k markerKind) (num, rest string, ok bool) {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j > 0 {
		// inserted provisions: 10a, 198a
		if j < len(s) && s[j] >= 'a' && s[j] <= 'z' && (j+1 == len(s) || s[j+1] == '.' || s[j+1] == ' ' || s[j+1] == ':') {
			j++
		}
		return s[:j], s[j:], true
	}
	for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
		j++
	}
	if j > 0 && vntext.IsRoman(s[:j]) && (j == len(s) || s[j] == '.' || s[j] == ' ' || s[j] == ':' || s[j] == '-') {
		return s[:j], s[j:], true
	}
	if k == kPhan && hasPrefixFold(s, "thứ ") {
		w := strings.Fields(s)
		if len(w) >= 2 {
			// "PHẦN THỨ NHẤT:" (2004-duanLD9820): the colon is no part of it
			num = w[0] + " " + strings.TrimRight(w[1], ".:-–")
			if !strings.HasPrefix(s, num) {
				return "", "", false
			}
			return num, s[len(num):], true
		}
	}
	return "", "", false
}

// numberMarker reads "1." "1)" "1.1." "1.1" "2.3.1" at the start of s.
func numberMarker(s string) (outlineMarker, bool) {
	parts := 0
	j := 0
	for {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j || k-j > 3 {
			return outlineMarker{}, false
		}
		parts++
		j = k
		if j < len(s) && s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			// a dot followed by a digit group of one or two digits continues the label
			m := j + 1
			for m < len(s) && s[m] >= '0' && s[m] <= '9' {
				m++
			}
			if m-(j+1) > 2 || (m < len(s) && (s[m] == ',' || s[m] == '/')) {
				return outlineMarker{}, false // 1.500.000, 1.5/
			}
			j++
			continue
		}
		break
	}
	label := s[:j]
	rest := s[j:]
	switch {
	case strings.HasPrefix(rest, ". ") || rest == "." || strings.HasPrefix(rest, ") ") || rest == ")":
		rest = rest[1:]
	case strings.HasPrefix(rest, "."):
		rest = rest[1:]
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return outlineMarker{}, false
		}
	case parts == 1 && strings.HasPrefix(rest, "/ ") && startsUpper(strings.TrimLeft(rest[1:], " ")):
		// "1/ Phần khai về thân nhân …": the slash older texts close a
		// number with, as they do a Roman one (2006-Hamau1BK1995)
		rest = rest[1:]
	case strings.HasPrefix(rest, "- ") && startsUpper(strings.TrimLeft(rest[1:], " ")):
		// "1- Đối tượng áp dụng:", "2.1- Nội địa hoá: …": old documents
		// close the number with a dash (2004-A33, 2004-B8)
		rest = rest[1:]
	case parts > 1 && strings.HasPrefix(rest, " "):
		// "1.1 Title" without a final dot
	default:
		return outlineMarker{}, false
	}
	rest = strings.TrimLeft(rest, " ")
	if parts > 1 {
		return outlineMarker{kind: kSub, label: label, num: label, rest: rest}, true
	}
	return outlineMarker{kind: kNumber, label: label, num: label, rest: rest}, true
}

// vietAlphabet is the order of point letters: no f, j, w, z; đ after d.
const vietAlphabet = "abcdđeghiklmnopqrstuvxy"

func isVietLetter(r rune) bool {
	return strings.ContainsRune(vietAlphabet, r)
}

func isLetterLabel(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && isVietLetter(r)
}

// citesDocument reports text that names a document type right away: "Điều 58
// Luật Hải quan" at the start of a wrapped line is a citation, not an article.
func citesDocument(s string) bool {
	for _, w := range citationHeads {
		if hasPrefixFold(s, w) {
			return true
		}
	}
	return false
}

// letterIAfterH reads "I- CHẾ ĐỘ THU NỘP THUẾ VÀ CHẾ ĐỘ BÁO CÁO", met after a
// part lettered H and that part's own Roman sections, as the part I that the
// alphabet puts between H and K (2003-A16), not as Roman one again; any other
// marker is returned as it is.
func letterIAfterH(m outlineMarker) outlineMarker {
	if m.kind != kRoman || m.label != "I" || !vntext.IsCaps(m.rest) || !hasTwoWords(m.rest) {
		return m
	}
	m.kind = kPart
	return m
}

// isRankCode reports the tail of a code that opens with a Roman letter, not a
// Roman section: the code of a civil-service rank ("V.09.02.01", the "Mã số:"
// of a title whose quotation wraps before it), two-digit groups after the
// letter. A section's sub-number is never written with two digits and a dot
// after it ("II.2.", "II.10 Mục tiêu").
func isRankCode(t string) bool {
	return len(t) >= 6 && t[0] == '.' && isDigits(t[1:3]) && t[3] == '.' && isDigits(t[4:6])
}
