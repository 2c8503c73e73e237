package vntext

// RomanValue is the value of the Roman numeral s written in capitals with the
// letters I, V, X, L and C (the divisions of a document never reach D), or 0
// when s is not one. Only the canonical spelling counts ("IV", not "IIII";
// "XC", not "LXXXX"): a word such as "VIC" or "LIL" in a line of capitals is
// then never taken for a division number.
func RomanValue(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || !isCanonicalRoman(s, total) {
		return 0
	}
	return total
}

// IsRoman reports whether s is a canonical Roman numeral in capitals of at
// most seven letters (the longest below C is LXXXVIII).
func IsRoman(s string) bool {
	return s != "" && len(s) <= 7 && RomanValue(s) > 0
}

// IsRomanLetters reports whether s, of at most seven bytes, is made only of
// the lower-case letters of Roman numerals (i, v, x, l, c). Citations print
// sub-points and chapters in lower case ("tiết iii", "chương ii") and no
// further check is useful there: the keyword before the word already says it
// is a number.
func IsRomanLetters(s string) bool {
	if len(s) > 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'i', 'v', 'x', 'l', 'c':
		default:
			return false
		}
	}
	return true
}

func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

// romanSteps are the canonical pieces of a Roman numeral below D, largest first.
var romanSteps = [...]struct {
	v int
	s string
}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

// isCanonicalRoman reports whether s is the canonical spelling of n, without
// building that spelling.
func isCanonicalRoman(s string, n int) bool {
	i := 0
	for _, p := range romanSteps {
		for n >= p.v {
			if len(s)-i < len(p.s) || s[i:i+len(p.s)] != p.s {
				return false
			}
			i += len(p.s)
			n -= p.v
		}
	}
	return i == len(s)
}
