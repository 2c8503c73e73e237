// Package model holds the types vanban produces: a Vietnamese official document
// (administrative, normative or Party) as typed data. It has no behaviour beyond
// small helpers; the parser package fills these structs and the JSON tags are the
// output contract of `vanban parse`.
//
// Every slice is emitted as [] (never null) and every string as "" when absent,
// so consumers can rely on every key being present. Use NewDocument or call
// Document.Fill before marshalling a Document you built by hand.
package model

// Document is one parsed document.
type Document struct {
	// Source describes the input: its format and character encoding.
	Source Source `json:"source"`
	// Family tells which rule set the document follows: "state", "party" or "" when unknown.
	Family string `json:"family"`
	// Motto is the national motto line as printed ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	// or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party documents.
	Motto string `json:"motto"`
	// Type is the canonical Vietnamese type name, e.g. "Kế hoạch", "Công văn".
	Type string `json:"type"`
	// TypeCode is the NĐ 30 (or Party, or normative) abbreviation: "KH", "QĐ", "NĐ".
	// It is "" for types without one (Công văn); Luật has "L", the code of the
	// lexicon, although a law's own number ("59/2020/QH14") does not print it.
	TypeCode string `json:"type_code"`
	// Issuer is the issuing body as printed, wrapped lines joined ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN").
	Issuer string `json:"issuer"`
	// IssuerParent is the direct parent body above the issuer ("BỘ TÀI CHÍNH" over "CỤC THUẾ").
	IssuerParent string `json:"issuer_parent"`
	// Number is the số, ký hiệu with spaces removed: "1340/KH-UBND", "212-KL/TW".
	Number string `json:"number"`
	// Symbol is Number split into its parts.
	Symbol Symbol `json:"symbol"`
	// Place is the place name of the place-and-date line ("Kon Tum").
	Place string `json:"place"`
	// Date is the issue date as "YYYY-MM-DD", or "" when absent or blank (drafts).
	Date string `json:"date"`
	// Abstract is the trích yếu; for công văn the text after "V/v".
	Abstract string `json:"abstract"`
	// Addressees are the "Kính gửi:" recipients of a letter.
	Addressees []Recipient `json:"addressees"`
	// AuthorityLine is the centred line naming who decides ("THỦ TƯỚNG CHÍNH PHỦ",
	// "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG") in decisions and resolutions.
	AuthorityLine string `json:"authority_line"`
	// Preamble holds the formula items between the title block and the
	// enacting line or the first division (Căn cứ, Thực hiện, Theo/Xét đề
	// nghị, …, and the closing "Chính phủ ban hành Nghị định …"), one entry
	// per item joined across line wraps with single spaces.
	Preamble []string `json:"preamble"`
	// Enacting is the operative line that closes the preamble as printed
	// ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ", "Nghị Định:"), markdown marks removed.
	Enacting string `json:"enacting"`
	// Sections is the body between the title (or preamble) and the signature.
	Sections []Section `json:"sections"`
	// Signers are the signature blocks, usually one.
	Signers []Signer `json:"signers"`
	// Recipients is the Nơi nhận list, without the Lưu line.
	Recipients []Recipient `json:"recipients"`
	// Archive is the text after "Lưu:" ("VT, NC2").
	Archive string `json:"archive"`
	// Marks are secrecy, urgency and draft stamps.
	Marks Marks `json:"marks"`
	// Annexes are the Phụ lục and attached regulations after the signature.
	Annexes []Annex `json:"annexes"`
	// Footnotes are notes printed apart from the body ("[1] ...").
	Footnotes []Footnote `json:"footnotes"`
	// Stamps are e-signature and gazette lines removed from the text.
	Stamps []string `json:"stamps"`
	// References are the documents this one cites (filled by the references stage).
	References []Reference `json:"references"`
	// SelfReferences are mentions of the document itself ("Kế hoạch này").
	SelfReferences []Mention `json:"self_references"`
	// Warnings report what was missing or odd; parsing never fails on them.
	Warnings []Warning `json:"warnings"`
	// Text is the normalised text all spans point into; emitted only on request.
	Text string `json:"text,omitempty"`
	// PageStarts holds, for an input read page by page (PDF), the offset in
	// the normalised text where each page starts: PageStarts[i] for page i+1,
	// non-decreasing (a page whose text was all removed starts where the next
	// one does). It is empty for other inputs. PageOf finds a span's page.
	PageStarts []int `json:"page_starts"`
}

// PageOf returns the page (1-based) holding normalised-text offset off, or 0
// when the document has no page starts.
func (d *Document) PageOf(off int) int {
	n := len(d.PageStarts)
	if n == 0 {
		return 0
	}
	// The last page starting at or before off; pages with no text of their
	// own share their start with the next page, which is the one that holds
	// the text.
	lo, hi := 0, n // invariant: PageStarts[lo-1] <= off < PageStarts[hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.PageStarts[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 1
	}
	return lo
}

// Source describes the input a Document was parsed from.
type Source struct {
	// Format is the input format detected from the content: "text", "html",
	// "docx", "doc", "rtf".
	Format string `json:"format"`
	// Encoding is the character encoding of the text: "utf-8", "utf-16le",
	// "tcvn3", "vni", "windows-1258", "viqr", "mixed".
	Encoding string `json:"encoding"`
	// Confidence is how sure the encoding detection is, 0 to 1.
	Confidence float64 `json:"confidence"`
	// Pages is the number of pages, where the format knows it (PDF, DOCX, .doc); 0 otherwise.
	Pages int `json:"pages"`
}

// Symbol is a số, ký hiệu split into its grammatical parts.
type Symbol struct {
	// Number is the running number as printed, leading zeros kept ("01763", "66.7").
	Number string `json:"number"`
	// Year is the year segment of normative symbols (30/2020/NĐ-CP → 2020), 0 when absent.
	Year int `json:"year"`
	// Code is everything after the number (and year): "KH-UBND", "NĐ-CP", "KL/TW".
	Code string `json:"code"`
	// TypeCode is the type abbreviation inside the symbol ("KH"), "" for công văn.
	TypeCode string `json:"type_code"`
	// Issuers are the issuer codes ("UBND"; "BTC","BNN" for joint documents).
	Issuers []string `json:"issuers"`
	// Units are the drafting-unit codes of a công văn or a three-group symbol ("VX", "C06").
	Units []string `json:"units"`
	// Party is true for Party-style symbols (number-TYPE/ISSUER).
	Party bool `json:"party"`
	// Blank is true for drafts and templates with an empty number ("Số: /QĐ-UBND").
	Blank bool `json:"blank"`
}

// Section is one node of the body hierarchy: a Phần, Chương, Mục, Điều, khoản,
// điểm, or an outline item (I., 1., 1.1., a), -, +) of an administrative text.
type Section struct {
	// ID is stable within the document: "chuong_II.dieu_5.khoan_2.diem_a".
	ID string `json:"id"`
	// Kind is the level: phan, chuong, muc, tieu_muc, dieu, khoan, diem for
	// normative texts; part (a part lettered in capitals: "A - NHỮNG QUY ĐỊNH
	// CHUNG"), roman, number, subnumber, letter, paren, dash, plus, star for
	// administrative outlines; heading for an unnumbered heading in capitals;
	// text for an unnumbered paragraph (the Kind* constants).
	Kind string `json:"kind"`
	// Label is printed form without trailing punctuation: "I", "1.2", "a", "Điều 5", "Chương II".
	Label string `json:"label"`
	// Heading is the title that follows the label on the same line (or the next
	// capitalised line for Chương/Mục/Phần).
	Heading string `json:"heading"`
	// Text is the node's own text (not its children's), lines joined by "\n".
	Text string `json:"text"`
	// Start and End are byte offsets into the normalised text covering the node and
	// its children.
	Start int `json:"start"`
	End   int `json:"end"`
	// Children are the nested nodes.
	Children []Section `json:"children"`
}

// Signer is one signature block.
type Signer struct {
	// Name is the signer's full name ("Nguyễn Văn Hùng"), without rank.
	Name string `json:"name"`
	// Honorific is a military rank or academic title printed before the name
	// ("Đại tướng", "PGS.TS."), which some sectors allow.
	Honorific string `json:"honorific"`
	// Position is the title line ("PHÓ CHỦ TỊCH"), or "" when only an authority line is printed.
	Position string `json:"position"`
	// Authority is the chain of prefixes, top-down: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"].
	// Slash forms (T/M, K/T) are normalised to TM., KT., TL.
	Authority []string `json:"authority"`
	// Signed is the signature note: "(Đã ký)", "(Ký, đóng dấu)" or an e-signature stamp; "" when none.
	Signed string `json:"signed"`
	// Start and End are the block's byte span in the normalised text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Recipient is one line of a Nơi nhận or Kính gửi list.
type Recipient struct {
	// Name is the recipient text without the leading dash, trailing ";" and the purpose note.
	Name string `json:"name"`
	// Note is the note in parentheses after the name, without them: a purpose
	// ("b/c", "để thực hiện"), a number of copies ("02 bản") or an address;
	// "" when none.
	Note string `json:"note"`
	// Purpose is Note classified: report, implement, coordinate, info, direct, publish, other; "" when no note.
	Purpose string `json:"purpose"`
}

// Marks are the optional stamps of NĐ 30 (boxes 10a, 10b, 11) and the draft mark.
type Marks struct {
	Secrecy     string   `json:"secrecy"`     // MẬT, TỐI MẬT, TUYỆT MẬT
	Urgency     string   `json:"urgency"`     // KHẨN, THƯỢNG KHẨN, HỎA TỐC
	Draft       string   `json:"draft"`       // DỰ THẢO, "Dự thảo lần 2"
	Circulation []string `json:"circulation"` // LƯU HÀNH NỘI BỘ, XEM XONG TRẢ LẠI
}

// Annex is a Phụ lục or an attached text (Quy chế, Quy định...) printed after the signature.
type Annex struct {
	// Label is the annex number ("I", "01") or "" for a single unnumbered annex.
	Label string `json:"label"`
	// Kind is "phu_luc" or the attached type ("Quy chế", "Quy định", "Kế hoạch"...).
	Kind string `json:"kind"`
	// Title is the annex title.
	Title string `json:"title"`
	// AttachedTo is the "(Kèm theo ...)" / "(Ban hành kèm theo ...)" line.
	AttachedTo string `json:"attached_to"`
	// Start and End are the annex's byte span in the normalised text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Sections is the annex body.
	Sections []Section `json:"sections"`
}

// Footnote is a note printed apart from the body.
type Footnote struct {
	Label string `json:"label"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Warning reports something missing or odd. Parsing never fails on it.
type Warning struct {
	// Code is a stable identifier, one of the Warn* constants:
	// "missing-number", "duplicate-number", ...
	Code string `json:"code"`
	// Message explains it in English.
	Message string `json:"message"`
	// Start and End locate it in the normalised text, -1 when it has no place.
	Start int `json:"start"`
	End   int `json:"end"`
}

// NewDocument returns a Document whose slices are empty rather than nil, so
// it marshals with every key present.
func NewDocument() *Document {
	d := &Document{}
	d.Fill()
	return d
}

// Fill replaces nil slices in d (and nested values) with empty ones so that
// JSON output has [] instead of null.
func (d *Document) Fill() {
	notNil(&d.Addressees)
	notNil(&d.Preamble)
	notNil(&d.Sections)
	fillSections(d.Sections)
	notNil(&d.Signers)
	for i := range d.Signers {
		notNil(&d.Signers[i].Authority)
	}
	notNil(&d.Recipients)
	notNil(&d.Marks.Circulation)
	notNil(&d.Annexes)
	for i := range d.Annexes {
		notNil(&d.Annexes[i].Sections)
		fillSections(d.Annexes[i].Sections)
	}
	notNil(&d.Footnotes)
	notNil(&d.Stamps)
	notNil(&d.PageStarts)
	notNil(&d.Symbol.Issuers)
	notNil(&d.Symbol.Units)
	notNil(&d.References)
	for i := range d.References {
		d.References[i].fill()
	}
	notNil(&d.SelfReferences)
	for i := range d.SelfReferences {
		d.SelfReferences[i].fill()
	}
	notNil(&d.Warnings)
}

// notNil makes *s an empty slice where it is nil.
func notNil[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}

func fillSections(ss []Section) {
	for i := range ss {
		notNil(&ss[i].Children)
		fillSections(ss[i].Children)
	}
}
