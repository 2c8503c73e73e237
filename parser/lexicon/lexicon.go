// Package lexicon is vanban's table of Vietnamese document types, their
// abbreviations and the issuer codes seen in symbols. The table is data
// (lexicon.tsv, embedded) so that a new type or issuer code is a one-line
// change reviewed as data, not as code; every stage that matches type names or
// symbol codes reads it from here.
package lexicon

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
)

//go:embed lexicon.tsv
var table string

// DocType is one document type.
type DocType struct {
	// Name is the canonical Vietnamese name, "Kế hoạch".
	Name string
	// Code is the canonical abbreviation with its official case ("KH", "TTr", "QyĐ"); "" when none.
	Code string
	// Families lists the rule sets the type belongs to: "admin", "normative", "party".
	Families []string
}

// Issuer is one issuer code of symbols.
type Issuer struct {
	Code     string // canonical case: "TTg", "BGDĐT"
	Name     string // "Thủ tướng Chính phủ"
	From, To int    // years the code was in use; 0 = open
}

type lexicon struct {
	types      []DocType
	byName     map[string]int // lower-cased, tone-folded name → index in types
	byCode     map[string]int // upper-cased code → index in types (first wins)
	issuers    map[string]Issuer
	byBody     map[string]Issuer // Key of an issuer's name → issuer
	maxNameLen int               // longest name in words
}

var (
	once sync.Once
	lex  lexicon
)

func load() {
	lex.byName = map[string]int{}
	lex.byCode = map[string]int{}
	lex.issuers = map[string]Issuer{}
	lex.byBody = map[string]Issuer{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "type":
			t := DocType{Name: f[1], Code: f[2], Families: strings.Split(f[3], ",")}
			lex.types = append(lex.types, t)
			i := len(lex.types) - 1
			lex.byName[Key(t.Name)] = i
			if n := len(strings.Fields(t.Name)); n > lex.maxNameLen {
				lex.maxNameLen = n
			}
			if t.Code != "" {
				if _, dup := lex.byCode[strings.ToUpper(t.Code)]; !dup {
					lex.byCode[strings.ToUpper(t.Code)] = i
				}
			}
		case "code":
			i, ok := lex.byName[Key(f[2])]
			if !ok {
				panic("lexicon: code " + f[1] + " names unknown type " + f[2])
			}
			lex.byCode[strings.ToUpper(f[1])] = i
			if len(f) > 3 {
				for _, v := range strings.Split(f[3], "|") {
					lex.byCode[strings.ToUpper(v)] = i
				}
			}
		case "issuer":
			from, _ := strconv.Atoi(f[3])
			to, _ := strconv.Atoi(f[4])
			is := Issuer{Code: f[1], Name: f[2], From: from, To: to}
			lex.issuers[codeKey(f[1])] = is
			if _, dup := lex.byBody[Key(is.Name)]; !dup {
				lex.byBody[Key(is.Name)] = is
			}
			if len(f) > 5 {
				for _, v := range strings.Split(f[5], "|") {
					lex.issuers[codeKey(v)] = is
				}
			}
		}
	}
}

func get() *lexicon {
	once.Do(load)
	return &lex
}

// Types returns every document type of the table, in table order.
func Types() []DocType {
	return get().types
}

// TypeByName finds a type by its name in any case and either tone-mark style
// ("KẾ HOẠCH", "kế hoạch", "Thông tư liên tịch").
func TypeByName(name string) (DocType, bool) {
	l := get()
	var buf [128]byte
	i, ok := l.byName[string(AppendKey(buf[:0], name))]
	if !ok {
		return DocType{}, false
	}
	return l.types[i], true
}

// TypeByCode finds a type by its abbreviation in any case ("QĐ", "qđ", "QYĐ").
// Codes shared by several types (TT: Thông tư and Party Thông tri) return the
// first in the table; callers that know the family choose themselves.
func TypeByCode(code string) (DocType, bool) {
	l := get()
	i, ok := l.byCode[strings.ToUpper(code)]
	if !ok {
		return DocType{}, false
	}
	return l.types[i], true
}

// IssuerByCode finds an issuer code, ignoring case and "&" ("BGD&ĐT" = "BGDĐT").
// Codes with a term suffix (QH15, UBTVQH14) are found by their stem.
func IssuerByCode(code string) (Issuer, bool) {
	l := get()
	k := codeKey(code)
	if is, ok := l.issuers[k]; ok {
		return is, true
	}
	stem := strings.TrimRightFunc(k, unicode.IsDigit)
	if stem != k && stem != "" {
		is, ok := l.issuers[stem]
		return is, ok
	}
	return Issuer{}, false
}

// IssuerByName finds an issuer by its name in any case and either tone-mark
// style ("VĂN PHÒNG CHÍNH PHỦ", "Tổng cục Hải quan").
func IssuerByName(name string) (Issuer, bool) {
	var buf [128]byte
	is, ok := get().byBody[string(AppendKey(buf[:0], name))]
	return is, ok
}

// IssuerByKey is IssuerByName for a name already folded by AppendKey; it does
// not allocate.
func IssuerByKey(key []byte) (Issuer, bool) {
	is, ok := get().byBody[string(key)]
	return is, ok
}

// MaxTypeNameWords is the number of words in the longest type name, so that
// scanners know how far to look ahead.
func MaxTypeNameWords() int {
	return get().maxNameLen
}

func codeKey(s string) string {
	return strings.ToUpper(strings.ReplaceAll(s, "&", ""))
}

// Key folds a name for matching: lower case, single spaces, and the tone mark of
// the open syllables oa, oe, uy moved to the first vowel (hoà → hòa), so both
// accepted spellings meet.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	// Names and titles are short; the stack buffer leaves one allocation, the
	// returned string.
	var buf [128]byte
	return string(AppendKey(buf[:0], s))
}

// AppendKey appends Key(s) to dst. Callers that only look a key up in a map
// reuse one buffer and index with m[string(b)], which does not allocate.
//
// It is one pass over s: words are split on Unicode spaces and lower-cased as
// they are copied, and each word's last two letters are folded when the word
// ends. Invalid UTF-8 bytes become U+FFFD, as strings.ToLower makes them.
func AppendKey(dst []byte, s string) []byte {
	first := true
	i := 0
	for i < len(s) {
		if n := vntext.SpaceAt(s, i); n > 0 {
			i += n
			continue
		}
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		start := len(dst)
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if vntext.ASCIISpace[c] {
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			i += n
		}
		dst = foldWord(dst, start)
	}
	return dst
}

// isKey reports whether s is already its own key: lower-case ASCII words
// separated by single spaces, the common case of lookups with folded text.
func isKey(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || ('A' <= c && c <= 'Z'):
			return false
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case vntext.ASCIISpace[c]:
			return false
		}
	}
	return true
}

// foldWord moves the tone of the lower-cased word dst[start:] when it ends in
// oa/oe/uy (style B: hoà, thuỷ) to the first vowel (style A: hòa, thủy).
// Trailing punctuation ("hoà,") stays after the letters; words with a final
// consonant and qu- words are left alone.
func foldWord(dst []byte, start int) []byte {
	// the letters end where trailing non-letters begin
	end := len(dst)
	for end > start {
		r, n := utf8.DecodeLastRune(dst[start:end])
		if unicode.IsLetter(r) {
			break
		}
		end -= n
	}
	// a folded word ends in a toned vowel (not ASCII) after 'o' or 'u'
	if end-start < 3 || dst[end-1] < utf8.RuneSelf {
		return dst
	}
	last, n := utf8.DecodeLastRune(dst[start:end])
	p := end - n - 1 // the byte of prev
	if p < start {
		return dst
	}
	prev := rune(dst[p])
	if prev != 'o' && prev != 'u' {
		return dst
	}
	ut, ok := untone[last]
	if !ok {
		return dst
	}
	if !((prev == 'o' && (ut.base == 'a' || ut.base == 'e')) || (prev == 'u' && ut.base == 'y')) {
		return dst
	}
	if prev == 'u' && p > start && dst[p-1] == 'q' {
		return dst
	}
	// rewrite prev+last as tonedPrev+base; the byte lengths may differ (uỳ → ùy)
	var repl [utf8.UTFMax + 1]byte
	m := utf8.EncodeRune(repl[:], toned[prev][ut.tone])
	repl[m] = byte(ut.base)
	m++
	old := end - p
	if m == old {
		copy(dst[p:], repl[:m])
		return dst
	}
	tail := len(dst) - end
	if m > old {
		dst = append(dst, make([]byte, m-old)...)
	}
	copy(dst[p+m:], dst[end:end+tail])
	copy(dst[p:], repl[:m])
	return dst[:p+m+tail]
}

// tone marks of a vowel: base vowel → variants with (huyền, sắc, hỏi, ngã, nặng).
var toned = map[rune][5]rune{
	'a': {'à', 'á', 'ả', 'ã', 'ạ'},
	'e': {'è', 'é', 'ẻ', 'ẽ', 'ẹ'},
	'y': {'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'},
	'o': {'ò', 'ó', 'ỏ', 'õ', 'ọ'},
	'u': {'ù', 'ú', 'ủ', 'ũ', 'ụ'},
}

var untone = func() map[rune]struct {
	base rune
	tone int
} {
	m := map[rune]struct {
		base rune
		tone int
	}{}
	for b, vs := range toned {
		for i, v := range vs {
			m[v] = struct {
				base rune
				tone int
			}{b, i}
		}
	}
	return m
}()
