package structure

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// Old and catalogue titles, which name the issuer, the number and the date
// after the type: "LUẬT / CỦA QUỐC HỘI … SỐ … VỀ …", "Nghị định / của Chính phủ
// số … ngày …" (issue 12, item 8).

// catalogueTitle reads the title of old and catalogue layouts, which name the
// issuer, and often the number and the date, after the type instead of in a
// header table: "LUẬT / CỦA QUỐC HỘI NƯỚC ... SỐ 16/1999/QH10 VỀ SĨ QUAN ...",
// "Nghị định / của Chính phủ số 29/1998/NĐ-CP ngày 11 tháng 5 năm 1998 / về
// việc ...", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH / Về việc ...". It runs
// over the header lines [from, to) once the header reader is done, when that
// found no type or no abstract, or an abstract that opens with "của"; it
// fills what the header left empty. A document without a type may print its
// title above the line the header was taken to start at. It returns the
// first line of the document and the first line after the title (from and
// next when the header reached further).
func (b *builder) catalogueTitle(from, to, next int) (int, int) {
	d := b.doc
	if d.Type != "" && d.Abstract != "" && !hasPrefixFold(d.Abstract, "của ") && !hasPrefixFold(d.Abstract, "liên tịch ") && !hasPrefixFold(d.Abstract, "số ") {
		d.Abstract = cutCatalogueTail(d.Abstract, d.Number)
		return from, next
	}
	k := from
	if d.Type == "" {
		k = 0
	}
	for ; k < to && k < from+30; k++ {
		if !mayOpenCatalogueTitle(b.lines[k].s) {
			continue
		}
		t, rest, ok := typeOfTitleAnyCase(stripMarkup(b.lines[k].text()))
		if !ok {
			continue
		}
		first := k + 1
		if rest == "" {
			// the type alone on its line: "của" opens the next one, or the
			// rest of the type ("THÔNG TƯ" / "LIÊN TỊCH CỦA ...")
			if first >= len(b.lines) {
				return from, next
			}
			rest = stripMarkup(b.lines[first].text())
			first++
			if t2, rest2, ok := typeOfTitleAnyCase(t.Name + " " + rest); ok && len(t2.Name) > len(t.Name) {
				t, rest = t2, rest2
			}
		}
		if d.Type != "" && d.Type != t.Name && !strings.HasPrefix(t.Name, d.Type+" ") {
			continue
		}
		if strings.HasSuffix(t.Name, "liên tịch") && startsOrg(rest) {
			// "THÔNG TƯ" / "LIÊN TỊCH BỘ TÀI CHÍNH - ... " / "SỐ ...": the
			// bodies follow the joint type without "của" (2003-A37)
			rest = "của " + rest
		}
		if !hasPrefixFold(rest, "của ") && !hasPrefixFold(rest, "số") {
			continue
		}
		if !hasPrefixFold(rest, "của ") && !strings.Contains(rest, "của") && !strings.Contains(rest, "CỦA") && first < len(b.lines) && !hasPrefixFold(b.lines[first].text(), "của ") {
			continue // "Quyết định số 220/QĐ-CA ...": no issuer named, no title
		}
		parts := []string{rest}
		end := first
		for ; end < len(b.lines) && end < first+6; end++ {
			l := b.lines[end]
			s := stripMarkup(l.text())
			if l.blankBefore || s == "" || isRule(l.s) || isPreambleLine(s) || b.bodyStarts(s) || isEnacting(s) || startsAuthority(s) || strings.HasPrefix(s, "-") {
				break
			}
			// a sentence after a title in capitals ("... VỀ HẢI QUAN" / "Để
			// góp phần ...") is the preamble, unless it opens the abstract
			if vntext.IsCaps(parts[len(parts)-1]) && !vntext.IsCaps(s) && !opensAbstract(s) {
				break
			}
			parts = append(parts, s)
		}
		ct, ok := readCatalogueTitle(parts)
		if !ok || !startsUpper(ct.issuer) || strings.HasSuffix(ct.issuer, ":") || !startsOrg(ct.issuer) {
			// "Quy định của pháp luật liên quan đến án lệ:"; "KẾT LUẬN / CỦA
			// ĐỒNG CHÍ CHÁNH VĂN PHÒNG ..." names a person, not a body (263)
			continue
		}
		if len(t.Name) > len(d.Type) {
			d.Type, d.TypeCode = t.Name, t.Code
		}
		if d.Issuer == "" {
			d.Issuer = ct.issuer
		}
		if ct.number != "" {
			d.Number = ct.number
		}
		if d.Date == "" {
			d.Date = ct.date
		}
		if ct.abstract != "" || hasPrefixFold(d.Abstract, "của ") {
			d.Abstract = ct.abstract // "CỦA CHÍNH PHỦ" names the issuer, not the subject
		}
		if d.AuthorityLine != "" && strings.Contains(key(strings.Join(parts, " ")), key(d.AuthorityLine)) {
			d.AuthorityLine = ""
		}
		return min(from, k), max(next, end)
	}
	return from, next
}

// mayOpenCatalogueTitle is a cheap test of a line that catalogueTitle may
// take for its title: the type alone, or the type and "của" or "số" after it.
func mayOpenCatalogueTitle(s string) bool {
	if fieldsAtLeast(s, lexicon.MaxTypeNameWords()+1) {
		return strings.Contains(s, "của") || strings.Contains(s, "CỦA") || strings.Contains(s, "số") || strings.Contains(s, "SỐ") || strings.Contains(s, "Số")
	}
	return true
}

// typeOfTitleAnyCase is typeOfTitle in any letter case, as legacy files print
// "quyết định của bộ trưởng" in a capitals font and portals "Nghị định của
// Chính phủ". The type is the longest run of first words that names one.
func typeOfTitleAnyCase(s string) (lexicon.DocType, string, bool) {
	t, end, ok := typeAt(s, 0)
	if !ok {
		return lexicon.DocType{}, "", false
	}
	return t, fieldsJoin(s[end:]), true
}

// typeAt reads the document type whose name, in any letter case, opens s at
// byte i: the longest run of words there that names one, and the byte after
// it.
func typeAt(s string, i int) (lexicon.DocType, int, bool) {
	var wbuf [8]string
	var abuf [8]int
	words, at := wbuf[:0], abuf[:0]
	for pos, x, next := nextWord(s, i); x != "" && len(words) < lexicon.MaxTypeNameWords(); pos, x, next = nextWord(s, next) {
		words, at = append(words, x), append(at, pos)
	}
	for n := len(words); n >= 1; n-- {
		if t, ok := lexicon.TypeByName(joinWords(s, words, at, 0, n)); ok {
			return t, at[n-1] + len(words[n-1]), true
		}
	}
	return lexicon.DocType{}, i, false
}

// catalogueFields are the fields a catalogue title names after its type.
type catalogueFields struct {
	issuer, number, date, abstract string
}

// readCatalogueTitle reads the clauses that follow the type of a catalogue
// title, in the order printed: "của <issuer>", "số <symbol>", "ngày <date>",
// then the abstract. parts are the title's lines after the type: the issuer
// ends with its line, at "số" or "ngày", or where the abstract opens ("về",
// "quy định", ...). ok is false when no "của" clause names an issuer.
func readCatalogueTitle(parts []string) (catalogueFields, bool) {
	var ct catalogueFields
	s := strings.Join(parts, "\n")
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == ',') {
			i++
		}
		rest := s[i:]
		switch {
		case hasPrefixFold(rest, "của ") && ct.issuer == "":
			// hasPrefixFold takes a final "CỦA" for "của "
			i = min(i+len("của "), len(s))
			j := issuerClauseEnd(s, i)
			ct.issuer = officialIssuer(strings.Join(strings.Fields(s[i:j]), " "))
			i = j
		case hasPrefixFold(rest, "số") && ct.number == "":
			r := strings.TrimLeft(rest[len("số"):], ": ")
			num, ok := symbol.Take(r)
			if !ok {
				return finishCatalogue(ct, rest)
			}
			ct.number = num
			i = len(s) - len(r) + symbolPrintedLen(r, num)
		case hasPrefixFold(rest, "ngày ") && len(rest) > len("ngày") && ct.date == "":
			date, n := readTitleDate(rest)
			if n == 0 {
				return finishCatalogue(ct, rest)
			}
			ct.date = date
			i += n
		default:
			return finishCatalogue(ct, rest)
		}
	}
	return finishCatalogue(ct, "")
}

// finishCatalogue sets the abstract of ct to rest, its lines joined.
func finishCatalogue(ct catalogueFields, rest string) (catalogueFields, bool) {
	ct.abstract = strings.Join(strings.Fields(rest), " ")
	return ct, ct.issuer != ""
}

// issuerClauseEnd is where the issuer that starts at i in s ends: at the end
// of its line (unless the motto after "NƯỚC" continues it), before "số" and a
// symbol, before "ngày" and a date, or before a word that opens an abstract.
func issuerClauseEnd(s string, i int) int {
	for j := i; j < len(s); {
		if s[j] == '\n' {
			// "QUỐC HỘI NƯỚC" / "CỘNG HÒA ...", "Bộ Tài chính - Công nghiệp -" / "Tổng cục Hải quan"
			if !hasPrefixFold(s[j+1:], "cộng hòa") && !hasPrefixFold(s[j+1:], "việt nam") && !continuesName(s[i:j]) {
				return j
			}
			j++
			continue
		}
		if j > i && s[j-1] == ' ' {
			r := s[j:]
			if hasPrefixFold(r, "số") && len(r) > len("số") && (r[len("số")] == ' ' || r[len("số")] == ':' || r[len("số")] >= '0' && r[len("số")] <= '9') {
				if _, ok := symbol.Take(strings.TrimLeft(r[len("số"):], ": ")); ok {
					return j
				}
			}
			if hasPrefixFold(r, "ngày ") {
				if _, n := readTitleDate(r); n > 0 {
					return j
				}
			}
			if opensAbstract(r) {
				return j
			}
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return len(s)
}

// cutCatalogueTail cuts from a title the issuer, number and date that a
// database export prints after the name: "PHỔ CẬP GIÁO DỤC TIỂU HỌC CỦA QUỐC
// HỘI SỐ 56-LCT/HĐNN8 NGÀY 12/08/1991", "THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP SỐ
// 23-L/CTN NGÀY 10/07/1993 CỦA QUỐC HỘI". The tail must carry the document's
// own number: a title that cites another document keeps it.
func cutCatalogueTail(abstract, number string) string {
	// the last part of the number ("QH10", "HĐNN8") is printed whole, in a
	// title in capitals
	if number == "" || !strings.Contains(abstract, number[strings.LastIndexAny(number, "/-")+1:]) || !vntext.IsCaps(abstract) {
		return abstract
	}
	head := number[:strings.IndexAny(number+"/", "/-")] // "56", the number proper
	for i := 1; i < len(abstract); i++ {
		if abstract[i-1] != ' ' || !hasPrefixFold(abstract[i:], "của ") && !hasPrefixFold(abstract[i:], "số") || !strings.Contains(abstract[i:], head) {
			continue
		}
		ct, _ := readCatalogueTitle([]string{abstract[i:]})
		if _, _, named := typeOfTitleAnyCase(ct.issuer); named {
			continue // "SỬA ĐỔI ... CỦA LUẬT ĐẦU TƯ NƯỚC NGOÀI SỐ ...": the act amended
		}
		if ct.number == number && ct.abstract == "" {
			return strings.TrimRight(abstract[:i], " ,")
		}
	}
	return abstract
}

// opensAbstract reports whether s opens with a word of abstractOpeners.
func opensAbstract(s string) bool {
	for _, w := range abstractOpeners {
		// the word whole: "về" opens "về việc", not "vềnh"
		if hasPrefixFold(s, w) && (len(s) == len(w) || s[len(w)] == ' ' || s[len(w)] == ',' || s[len(w)] == ':') {
			return true
		}
	}
	return false
}

// officialIssuer is the body a catalogue title names: "QUỐC HỘI NƯỚC CỘNG HOÀ
// XÃ HỘI CHỦ NGHĨA VIỆT NAM" is the Quốc hội, "Bộ trưởng Bộ Tài chính" the
// Bộ Tài chính.
func officialIssuer(s string) string {
	k := key(s)
	for _, tail := range []string{" nước cộng hòa xã hội chủ nghĩa việt nam", " nước việt nam dân chủ cộng hòa"} {
		if strings.HasSuffix(k, tail) {
			n := len(strings.Fields(k)) - len(strings.Fields(tail))
			s = strings.Join(strings.Fields(s)[:n], " ")
			k = key(s)
			break
		}
	}
	if strings.HasPrefix(k, "bộ trưởng bộ ") {
		s = strings.Join(strings.Fields(s)[2:], " ")
	}
	return s
}

// readTitleDate reads "ngày 11 tháng 5 năm 1998" or "ngày 10/10/2003" at the
// start of s: the date as YYYY-MM-DD and the bytes read, 0 when s holds none.
func readTitleDate(s string) (string, int) {
	if len(s) < len("ngày") {
		return "", 0
	}
	if d, m, y, n, ok := parseLongDate(s); ok && y > 0 && vndate.Valid(y, m, d) {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), n
	}
	r := strings.TrimLeft(s[len("ngày"):], " ")
	if d, m, y, n, ok := parseNumericDate(r); ok {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), len(s) - len(r) + n
	}
	return "", 0
}

// symbolPrintedLen is the length of the symbol num as printed at the start of
// s, which may hold spaces ("94 /1998/NĐ-CP"): the words whose letters make
// up num.
func symbolPrintedLen(s, num string) int {
	got := 0
	i := 0
	for i < len(s) && got < len(num) {
		_, w, next := nextWord(s, i)
		if w == "" {
			break
		}
		got += len(w)
		i = next
	}
	// the word may run on past the symbol ("SỐ13/2003/QH11" has none after)
	return min(i, len(s))
}
