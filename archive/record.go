package archive

import (
	"strconv"
	"strings"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// Record is the archival record of one document: the value of every field of
// Fields, "" when unknown.
type Record struct {
	// Path is the source file, as the batch record names it.
	Path string
	// Values holds the value of Fields[i] at i; coded fields hold the code.
	Values [FieldCount]string
	// Notes explain values vanban could have derived but left empty, or hints
	// for the clerk ("a MẬT mark suggests chế độ sử dụng 01 Hạn chế").
	Notes []string
}

// Get returns the value of the field with the given code or label, "" when
// the field is empty or unknown.
func (r *Record) Get(field string) string {
	if i, ok := lookup(field); ok {
		return r.Values[i]
	}
	return ""
}

// Set stores v as the value of the field with the given code or label and
// reports whether the field exists. Values of coded fields are stored as
// given; Options.Set resolves labels to codes.
func (r *Record) Set(field, v string) bool {
	i, ok := lookup(field)
	if ok {
		r.Values[i] = v
	}
	return ok
}

// Cell returns the value of Fields[i] as the CSV shows it: "code: label" for
// a code of the field's list ("01: Tiếng Việt", "KH: Kế hoạch"), otherwise
// the value itself.
func (r *Record) Cell(i int) string {
	v := r.Values[i]
	if l := Fields[i].ValueLabel(v); l != "" && l != v {
		return v + ": " + l
	}
	return v
}

// maxBytesPerPage bounds the text one printed page holds: an A4 page of
// 13-14 pt Times New Roman carries about 3,500 characters, some 4,500 bytes
// of Vietnamese UTF-8; the bound is generous so that only placeholder counts
// (a 60 KB law saved as "1 page" by a converter) are dropped.
const maxBytesPerPage = 12000

// FromDocument derives the record of doc, parsed from the file at path, from
// what the document shows. Fields vanban cannot know stay empty; see
// Field.Source for where each filled field comes from.
func FromDocument(doc *model.Document, path string) Record {
	r := Record{Path: path}
	if doc == nil {
		return r
	}
	set := func(code, v string) { r.Set(code, strings.TrimSpace(v)) }

	set(TypeName, typeValue(doc.Type))
	if doc.Number != "" {
		// a draft's blank number ("Số: /2015/TT-BLĐTBXH") still prints its notation
		if !doc.Symbol.Blank {
			set(CodeNumber, doc.Symbol.Number)
		}
		set(CodeNotation, doc.Symbol.Code)
	}
	set(IssuedDate, archiveDate(doc.Date))
	set(OrganName, organName(doc))
	set(Subject, doc.Abstract)
	set(Language, detectLanguage(doc))
	if n := doc.Source.Pages; n > 0 {
		if size := textSize(doc); size > n*maxBytesPerPage {
			r.Notes = append(r.Notes, "page count "+itoa(n)+" in the file's metadata is implausible for "+itoa(size)+" bytes of text: left empty")
		} else {
			set(NumberOfPage, itoa(n))
		}
	}
	set(InforSign, informationMarks(doc.Marks))
	if doc.Marks.Secrecy != "" {
		r.Notes = append(r.Notes, "the "+doc.Marks.Secrecy+" mark suggests Chế độ sử dụng 01: Hạn chế")
	}
	if isCopy(doc) {
		set(ConfidenceLevel, "02")
	}
	set(Autograph, autograph(doc))
	if len(doc.Signers) > 0 {
		set(SignerTitle, signerTitle(doc.Signers[0]))
		set(SignerName, doc.Signers[0].Name)
	}
	return r
}

// typeValue is the typeName value of a type name: its code in TypeCodes, or
// the name itself when the list has no code for it.
func typeValue(name string) string {
	if name == "" {
		return ""
	}
	k := lexicon.Key(name)
	for _, v := range TypeCodes {
		if lexicon.Key(v.Label) == k {
			return v.Code
		}
	}
	return name
}

// archiveDate writes a "YYYY-MM-DD" date as the standard's dd/mm/yyyy; any
// other form gives "".
func archiveDate(iso string) string {
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' {
		return ""
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (iso[i] < '0' || iso[i] > '9') {
			return ""
		}
	}
	return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]
}

// textSize is the length of the document's normalised text as far as its
// spans reach, 0 when nothing has a span.
func textSize(doc *model.Document) int {
	end := 0
	var walk func([]model.Section)
	walk = func(ss []model.Section) {
		for i := range ss {
			end = max(end, ss[i].End)
			walk(ss[i].Children)
		}
	}
	walk(doc.Sections)
	for _, a := range doc.Annexes {
		end = max(end, a.End)
	}
	for _, s := range doc.Signers {
		end = max(end, s.End)
	}
	for _, f := range doc.Footnotes {
		end = max(end, f.End)
	}
	return max(end, len(doc.Text))
}

// organName is the issuer as printed, followed by the body above it when
// the header prints one ("CỤC THUẾ - BỘ TÀI CHÍNH", "VĂN PHÒNG - BAN CHẤP HÀNH
// TRUNG ƯƠNG"): a Sở, a Cục or a Party office alone does not say whose it is.
func organName(doc *model.Document) string {
	issuer, parent := strings.TrimSpace(doc.Issuer), strings.TrimSpace(doc.IssuerParent)
	if issuer == "" || parent == "" {
		return issuer
	}
	return issuer + " - " + parent
}

// informationMarks joins the secrecy, urgency and circulation marks.
func informationMarks(m model.Marks) string {
	var parts []string
	for _, s := range append([]string{m.Secrecy, m.Urgency}, m.Circulation...) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// copyMarks open the certification block of a copy (NĐ 30/2020 Phụ lục I, mục
// IV): the form of copy, in capitals.
var copyMarks = []string{"SAO Y BẢN CHÍNH", "SAO Y", "SAO LỤC", "TRÍCH SAO", "BẢN SAO"}

// isCopy reports whether a stamp, circulation mark or annex title of doc is a
// copy's certification line.
func isCopy(doc *model.Document) bool {
	lines := append(append([]string{}, doc.Stamps...), doc.Marks.Circulation...)
	for _, a := range doc.Annexes {
		lines = append(lines, a.Title)
	}
	for _, l := range lines {
		l = strings.ToUpper(strings.TrimSpace(l))
		for _, m := range copyMarks {
			if l == m || strings.HasPrefix(l, m+" ") {
				return true
			}
		}
	}
	return false
}

// digitalSignatureCues are the words of the signature boxes that signing
// software prints on a digitally signed file ("Ký bởi: …", "Người ký: …",
// "Thời gian ký: …").
var digitalSignatureCues = []string{"ký bởi", "người ký:", "thời gian ký", "ngày ký:", "chữ ký số", "signed by", "signature valid"}

// autograph tells what signature the document shows: a digital-signature
// stamp, or a signature noted "(Đã ký)" or implied by a named signer of a
// document that is not a draft.
func autograph(doc *model.Document) string {
	for _, s := range doc.Stamps {
		l := strings.ToLower(s)
		for _, c := range digitalSignatureCues {
			if strings.Contains(l, c) {
				return DigitalSignature
			}
		}
	}
	for _, s := range doc.Signers {
		if strings.Contains(strings.ToLower(s.Signed), "đã ký") {
			return HandwrittenSignature
		}
	}
	if len(doc.Signers) > 0 && doc.Signers[0].Name != "" && doc.Marks.Draft == "" {
		return HandwrittenSignature
	}
	return ""
}

// signerTitle is the title the signer signs with: the delegation prefixes
// (KT., TL., TUQ., Q.) and the position, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH". A
// "TM." line names the body, not the signer, and is used only when nothing
// else is printed.
func signerTitle(s model.Signer) string {
	var parts []string
	for _, a := range s.Authority {
		if !strings.HasPrefix(strings.ToUpper(a), "TM.") {
			parts = append(parts, a)
		}
	}
	if p := strings.TrimSpace(s.Position); p != "" {
		parts = append(parts, p)
	}
	if len(parts) == 0 && len(s.Authority) > 0 {
		parts = append(parts, s.Authority[len(s.Authority)-1])
	}
	return strings.Join(parts, " - ")
}

func itoa(n int) string { return strconv.Itoa(n) }
