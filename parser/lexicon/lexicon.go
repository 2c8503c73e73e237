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
	maxNameLen int // longest name in words
}

var (
	once sync.Once
	lex  lexicon
)

func load() {
	lex.byName = map[string]int{}
	lex.byCode = map[string]int{}
	lex.issuers = map[string]Issuer{}
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
	i, ok := l.byName[Key(name)]
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
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, w := range strings.Fields(s) {
		if space {
			b.WriteByte(' ')
		}
		space = true
		b.WriteString(foldSyllable(strings.ToLower(w)))
	}
	return b.String()
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

// foldSyllable moves the tone of a word ending in oa/oe/uy (style B: hoà, thuỷ)
// to the first vowel (style A: hòa, thủy). Words with a final consonant and qu-
// words are left alone.
func foldSyllable(w string) string {
	if utf8.RuneCountInString(w) < 2 {
		return w
	}
	// fold the letters of "hoà," and keep the punctuation after them
	if last, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(last) {
		trimmed := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if trimmed == "" {
			return w
		}
		return foldSyllable(trimmed) + w[len(trimmed):]
	}
	r := []rune(w)
	n := len(r)
	last, prev := r[n-1], r[n-2]
	ut, ok := untone[last]
	if !ok {
		return w
	}
	if !((prev == 'o' && (ut.base == 'a' || ut.base == 'e')) || (prev == 'u' && ut.base == 'y')) {
		return w
	}
	if prev == 'u' && n >= 3 && r[n-3] == 'q' {
		return w
	}
	r[n-1] = ut.base
	r[n-2] = toned[prev][ut.tone]
	return string(r)
}
