package parser_test

// goldDoc is the expected header, signature and outline of one corpus document,
// written by a person who read the document (not copied from parser output).
//
// Conventions: strings are as printed in the document after NFC, with wrapped
// lines joined by one space and markdown markers removed. The comparison folds
// case, whitespace, tone-mark placement (hoà/hòa) and trailing punctuation, so
// either case of an abstract printed in capitals is accepted.
type goldDoc struct {
	File         string   // file name under ../shared/corpus
	Type         string   // canonical type name: "Kế hoạch", "Công văn", "Nghị định", "Luật", ...
	TypeCode     string   // "KH", "QĐ", "NĐ", "TT", "TTLT", "NQ", "CT", "TB", "CĐ", "KL", "HD", "QĐi"...; "" for Công văn and Luật
	Issuer       string   // issuing body as printed, wrapped lines joined: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"; "" when absent
	IssuerParent string   // parent body line above the issuer ("BỘ TÀI CHÍNH"), "" when none
	Number       string   // số ký hiệu, spaces removed: "980/KH-UBND", "212-KL/TW"; "" when absent
	Place        string   // "Nghệ An", "Hà Nội"; "" when absent
	Date         string   // "2025-11-18"; "" when absent
	Abstract     string   // trích yếu (for công văn: the text after "V/v"), "" when absent
	SignerName   string   // first signer's name; "" when absent
	SignerPos    string   // first signer's position/title line (not the TM./KT. line): "PHÓ CHỦ TỊCH"; "" when absent
	Recipients   int      // number of Nơi nhận items, not counting the Lưu line; 0 when there is no list
	Archive      string   // text after "Lưu:" without the final dot: "VT, KTTH (2b)"; "" when absent
	TopLabels    []string // labels of the numbered top-level body sections in order (bullets and plain paragraphs are not counted): ["I","II","III"] or ["Điều 1","Điều 2"] or ["Chương I","Chương II"]
}

// goldRef is one distinct document cited by a corpus document, annotated by reading it.
type goldRef struct {
	Number string // normalised số ký hiệu: "366/QĐ-TTg", "44-CT/TW", "30/2020/NĐ-CP"; "" for named documents
	Type   string // canonical type name of the cited document: "Quyết định", "Luật", "Nghị quyết"
	Name   string // for documents cited by name without number: "Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội Đảng lần thứ XI"; "" otherwise
	Date   string // "YYYY-MM-DD" when the text gives a full date, "YYYY" when only a year, "" when none
	Issuer string // the "của ..." issuer text as printed ("Thủ tướng Chính phủ"), "" when none
}

// goldRefDoc lists every distinct document cited by one corpus document (not
// counting the document itself and self references such as "Kế hoạch này").
type goldRefDoc struct {
	File string
	Refs []goldRef
}
