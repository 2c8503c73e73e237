package model

// Section.Kind values. The parser names each level of the body outline with
// one of these; they are part of the JSON output contract.
const (
	// Levels of a normative text (luật, nghị định, thông tư...).
	KindPhan    = "phan"     // Phần
	KindChuong  = "chuong"   // Chương
	KindMuc     = "muc"      // Mục
	KindTieuMuc = "tieu_muc" // Tiểu mục
	KindDieu    = "dieu"     // Điều
	KindKhoan   = "khoan"    // a numbered item inside an Điều
	KindDiem    = "diem"     // a lettered item inside an Điều

	// Items of an administrative outline.
	KindPart      = "part"      // A -, B -: parts lettered in capitals, above the Roman sections
	KindRoman     = "roman"     // I., II.
	KindNumber    = "number"    // 1., 2.
	KindSubnumber = "subnumber" // 1.1., 2.3.
	KindLetter    = "letter"    // a), b)
	KindParen     = "paren"     // (1), (a)
	KindDash      = "dash"      // -
	KindPlus      = "plus"      // +
	KindStar      = "star"      // *

	// KindHeading is an unnumbered heading in capitals, in outlines without
	// Phần, Chương, Roman numbers or Điều (a precedent's "NỘI DUNG VỤ ÁN").
	KindHeading = "heading"
	// KindText is an unnumbered paragraph.
	KindText = "text"
)

// Warning.Code values: stable identifiers a program can act on, whatever
// the English of Warning.Message says.
const (
	WarnEmpty                = "empty"                  // the document has no text
	WarnMissingType          = "missing-type"           // no document type found
	WarnMissingNumber        = "missing-number"         // no số, ký hiệu found
	WarnMissingDate          = "missing-date"           // no issue date found
	WarnMissingSigner        = "missing-signer"         // no signature block found
	WarnBlankNumber          = "blank-number"           // "Số: /QĐ-UBND" in a draft or template
	WarnBlankDate            = "blank-date"             // "ngày ... tháng ... năm" left blank
	WarnNonConsecutiveNumber = "non-consecutive-number" // an outline number skips or goes back
	WarnDuplicateNumber      = "duplicate-number"       // an outline number repeats the one before
	WarnInvalidUTF8          = "invalid-utf8"           // invalid UTF-8 replaced by U+FFFD
	WarnDecode               = "decode"                 // what the decoder guessed or dropped
	WarnMetaNumber           = "meta-number"            // a web page's attribute panel gives another number
	WarnMetaDate             = "meta-date"              // a web page's attribute panel gives another date
	WarnNoTextLayer          = "no-text-layer"          // PDF pages without a text layer (scanned), named in the message
)

// SectionKinds lists every Section.Kind value, in the order above.
func SectionKinds() []string {
	return []string{KindPhan, KindChuong, KindMuc, KindTieuMuc, KindDieu, KindKhoan, KindDiem,
		KindPart, KindRoman, KindNumber, KindSubnumber, KindLetter, KindParen, KindDash, KindPlus, KindStar,
		KindHeading, KindText}
}

// WarningCodes lists every Warning.Code value, in the order above.
func WarningCodes() []string {
	return []string{WarnEmpty, WarnMissingType, WarnMissingNumber, WarnMissingDate, WarnMissingSigner,
		WarnBlankNumber, WarnBlankDate, WarnNonConsecutiveNumber, WarnDuplicateNumber,
		WarnInvalidUTF8, WarnDecode, WarnMetaNumber, WarnMetaDate, WarnNoTextLayer}
}
