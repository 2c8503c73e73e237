package normalize

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Whether two lines of a hard-wrapped text are one line: the words and
// signs that continue a sentence, and the openings that start a new unit.

// How two lines are joined.
const (
	joinNone  = iota
	joinSpace // prose wrapped at a space
	joinTight // a symbol broken after '/' or '-'
)

// Words that cannot end a sentence in these documents but often end a
// wrapped line before a number, a date or a name.
var joinWords = [...]string{"số", "ngày", "tháng", "năm", "của", "và", "tại", "theo"}

// joinKind decides whether line b continues line a. A symbol broken after
// '/' or '-' is joined without a space when b starts with an upper-case code.
// Otherwise b continues a when a does not end a sentence (. ; : ! ?) and b
// starts lower-case, or when a ends with a word such as "số", "ngày", "của"
// and b starts with a digit or (but after "tháng", "năm") a capital. It never joins across the start of
// a structural unit (startsStructure), nor when either line is all capitals:
// header and title lines are joined by the structure stage, which knows
// which of them belong together.
func joinKind(a, b []byte) int {
	if len(a) == 0 || len(b) == 0 {
		return joinNone
	}
	if symbolBreak(a) && codeStart(b) {
		return joinTight
	}
	if endsSentence(a) || startsStructure(b) {
		return joinNone
	}
	r, _ := utf8.DecodeRune(b)
	switch {
	case unicode.IsLower(r):
	case isDigit(b[0]) && endsWithJoinWord(a):
	case unicode.IsUpper(r) && endsWithJoinWord(a) && !endsWithDateWord(a):
		// "tháng" and "năm" go on with a number only: "Điều 2. Số giờ
		// làm thêm trong 01 tháng" ends its title before "Trường hợp …"
		// (081)
	case unicode.IsLetter(r) && openBracket(a):
		// "5. Các chủ rừng là tổ chức (các" / "Ban quản lý rừng …)": the
		// bracket the line opened closes on the next (270)
	case b[0] == '(' && bracketedLower(b):
		// "… chỉ đạo công an các địa phương" / "(kể cả các địa phương …)
		// và …": a remark in brackets inside the sentence (231)
	default:
		return joinNone
	}
	if allCaps(a) || allCaps(b) {
		return joinNone
	}
	return joinSpace
}

// symbolBreak reports whether a ends in the middle of a document symbol:
// its last word contains '/' and ends with '/' or '-' ("21/2020/TT-",
// "3783/QĐ-").
func symbolBreak(a []byte) bool {
	c := a[len(a)-1]
	if c != '/' && c != '-' {
		return false
	}
	w := a[bytes.LastIndexByte(a, ' ')+1:]
	return len(w) >= 2 && bytes.IndexByte(w[:len(w)-1], '/') >= 0
}

// codeStart reports whether b starts with an upper-case code ("BTTTT",
// "UBND", "BLĐTBXH ngày ...").
func codeStart(b []byte) bool {
	w := b
	if i := bytes.IndexByte(b, ' '); i >= 0 {
		w = b[:i]
	}
	r, _ := utf8.DecodeRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range string(w) {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// endsSentence reports whether a ends with . ; : ! ? (also "./."), looking
// through closing quotes.
func endsSentence(a []byte) bool {
	for len(a) > 0 {
		r, sz := utf8.DecodeLastRune(a)
		switch r {
		case '.', ';', ':', '!', '?':
			return true
		case '"', '\'', '”', '’', '»':
			a = a[:len(a)-sz]
		default:
			return false
		}
	}
	return false
}

func endsWithJoinWord(a []byte) bool {
	w := a[bytes.LastIndexByte(a, ' ')+1:]
	for _, k := range joinWords {
		if string(w) == k {
			return true
		}
	}
	return false
}

// openBracket reports whether a leaves a bracket open: more "(" than ")".
func openBracket(a []byte) bool {
	// most lines hold no bracket: told by one search
	return bytes.IndexByte(a, '(') >= 0 && bytes.Count(a, []byte("(")) > bytes.Count(a, []byte(")"))
}

// bracketedLower reports whether b opens a bracket on a lower-case word,
// "(kể cả …", and no list label as "(a)" or "(1)" does.
func bracketedLower(b []byte) bool {
	r, n := utf8.DecodeRune(b[1:])
	if !unicode.IsLower(r) {
		return false
	}
	return 1+n < len(b) && b[1+n] != ')'
}

// endsWithDateWord reports whether a ends with "tháng" or "năm", which a
// date goes on from with a number; before a capital they end a phrase
// ("hàng năm" / "Kết thúc …", "trong 01 tháng" / "Trường hợp …"). "ngày" is
// not one: "trước ngày" / "Nghị định này có hiệu lực" goes on.
func endsWithDateWord(a []byte) bool {
	w := string(a[bytes.LastIndexByte(a, ' ')+1:])
	return w == "tháng" || w == "năm"
}

// Words that open a structural unit or a component of the document.
var structureWords = [...]string{"Chương", "Mục", "Phần", "Căn cứ", "Nơi nhận", "Kính gửi", "Lưu"}

// startsStructure reports whether b begins a unit that must start its own
// line: Điều N, Chương, Mục, Phần, numbered and lettered items (1. 1) a)
// II.), bullets, Căn cứ, Nơi nhận, Kính gửi, Lưu.
func startsStructure(b []byte) bool {
	// Every test below is keyed on the first byte, so that the common line
	// (a lower-case word, a capitalised word) is settled in a few compares.
	c := b[0]
	switch c {
	case '-', '+', '*':
		return len(b) > 1 && b[1] == ' '
	case 0xE2: // • – —
		for _, bullet := range [...]string{"• ", "– ", "— "} {
			if bytes.HasPrefix(b, []byte(bullet)) {
				return true
			}
		}
	case 0xC4: // Đ
		if bytes.HasPrefix(b, []byte("Điều ")) {
			return len(b) > len("Điều ") && isDigit(b[len("Điều ")])
		}
	case 'C', 'M', 'P', 'N', 'K', 'L':
		for _, w := range structureWords {
			if w[0] == c && bytes.HasPrefix(b, []byte(w)) {
				rest := b[len(w):]
				r, _ := utf8.DecodeRune(rest)
				if len(rest) == 0 || !unicode.IsLetter(r) {
					return true
				}
			}
		}
	}
	if d := digits(b); d > 0 {
		return d <= 3 && d < len(b) && (b[d] == '.' || b[d] == ')')
	}
	// a) b) đ) ...
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' && len(b) > 1 && b[1] == ')' {
			return true
		}
	} else if r, sz := utf8.DecodeRune(b); unicode.IsLower(r) && sz < len(b) && b[sz] == ')' {
		return true
	}
	// Roman numerals: I. II) IV.
	i := 0
	for i < len(b) && isRomanByte(b[i]) {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '.' || b[i] == ')')
}

func isRomanByte(c byte) bool {
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'
}

// allCaps reports whether s has letters and none of them is lower-case.
func allCaps(s []byte) bool {
	letter := false
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			return false // the common case, found without decoding
		}
	}
	for _, r := range string(s) {
		if unicode.IsLower(r) {
			return false
		}
		if !letter && unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}
