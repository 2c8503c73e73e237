package archive

import "strings"

// FieldCount is the number of per-document fields of the standard.
const FieldCount = 23

// Field is one per-document field of the archival record.
type Field struct {
	// No is the field's position in the standard's table, from 1.
	No int
	// Code is the field's element name in JSON and XML: "codeNumber".
	Code string
	// Label is the Vietnamese label, the CSV column heading: "Số của tài liệu".
	Label string
	// Source says where vanban takes the value from; "" when only the
	// pipeline can supply it (Options.Set, Options.FileCode).
	Source string
	// Required is true for fields a registered document must carry.
	Required bool
	// MaxLen is the longest value the standard's implementations accept, in
	// characters; 0 when none is known.
	MaxLen int
	// Values are the allowed values with their codes, in the standard's
	// order; nil for free text. A record holds the code.
	Values []Value
}

// Value is one allowed value of a coded field.
type Value struct {
	// Code is what the record holds: "01", "KH".
	Code string
	// Label is what the code means: "Tiếng Việt", "Kế hoạch".
	Label string
}

// The field codes, for use with Record.Get and Record.Set.
const (
	DocID              = "docId"
	ArcDocCode         = "arcDocCode"
	Maintenance        = "maintenance"
	TypeName           = "typeName"
	CodeNumber         = "codeNumber"
	CodeNotation       = "codeNotation"
	IssuedDate         = "issuedDate"
	OrganName          = "organName"
	Subject            = "subject"
	Language           = "language"
	NumberOfPage       = "numberOfPage"
	InforSign          = "inforSign"
	Keyword            = "keyword"
	Mode               = "mode"
	ConfidenceLevel    = "confidenceLevel"
	Autograph          = "autograph"
	Format             = "format"
	Process            = "process"
	RiskRecovery       = "riskRecovery"
	RiskRecoveryStatus = "riskRecoveryStatus"
	Description        = "description"
	SignerTitle        = "signerTitle"
	SignerName         = "signerName"
)

// The values of the bút tích field vanban writes.
const (
	DigitalSignature     = "Có chữ ký số"
	HandwrittenSignature = "Có chữ ký tay"
)

var yesNo = []Value{{"01", "Có"}, {"02", "Không"}}

// TypeCodes are the document types an archive registers, with their codes
// (NĐ 30/2020 Phụ lục III abbreviations, plus the normative NĐ and TT).
var TypeCodes = []Value{
	{"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"NĐ", "Nghị định"}, {"TT", "Thông tư"},
	{"CT", "Chỉ thị"}, {"QC", "Quy chế"}, {"QyĐ", "Quy định"}, {"TC", "Thông cáo"},
	{"TB", "Thông báo"}, {"HD", "Hướng dẫn"}, {"CTr", "Chương trình"}, {"KH", "Kế hoạch"},
	{"PA", "Phương án"}, {"ĐA", "Đề án"}, {"DA", "Dự án"}, {"BC", "Báo cáo"},
	{"BB", "Biên bản"}, {"TTr", "Tờ trình"}, {"HĐ", "Hợp đồng"}, {"CV", "Công văn"},
	{"CĐ", "Công điện"}, {"BGN", "Bản ghi nhớ"}, {"BTT", "Bản thỏa thuận"}, {"GUQ", "Giấy ủy quyền"},
	{"GM", "Giấy mời"}, {"GGT", "Giấy giới thiệu"}, {"GNP", "Giấy nghỉ phép"}, {"PG", "Phiếu gửi"},
	{"PC", "Phiếu chuyển"}, {"PB", "Phiếu báo"},
}

// Fields are the 23 per-document fields in the standard's order.
var Fields = [FieldCount]Field{
	{No: 1, Code: DocID, Label: "Mã định danh tài liệu", Required: true, MaxLen: 25},
	{No: 2, Code: ArcDocCode, Label: "Mã lưu trữ tài liệu", Required: true, MaxLen: 100,
		Source: "mã cơ quan lưu trữ + mã hồ sơ + số thứ tự trong hồ sơ (7 chữ số), from Options.Set and Options.FileCode"},
	{No: 3, Code: Maintenance, Label: "Thời hạn bảo quản", Required: true,
		Values: []Value{{"01", "Vĩnh viễn"}, {"02", "70 năm"}, {"03", "50 năm"}, {"04", "30 năm, 20 năm, 10 năm hoặc khác"}}},
	{No: 4, Code: TypeName, Label: "Tên loại tài liệu", Required: true, Values: TypeCodes,
		Source: "type: its code, or the type name when the list has no code for it (Luật, Hiến pháp)"},
	{No: 5, Code: CodeNumber, Label: "Số của tài liệu", MaxLen: 11,
		Source: "symbol.number: the number part of the số, ký hiệu (\"1340\"), leading zeros kept; empty for blank draft numbers"},
	{No: 6, Code: CodeNotation, Label: "Ký hiệu của tài liệu", MaxLen: 30,
		Source: "symbol.code: the notation after the number and year (\"KH-UBND\")"},
	{No: 7, Code: IssuedDate, Label: "Ngày, tháng, năm tài liệu", Required: true,
		Source: "date, written dd/mm/yyyy"},
	{No: 8, Code: OrganName, Label: "Tên cơ quan, tổ chức, cá nhân ban hành tài liệu", Required: true, MaxLen: 200,
		Source: "issuer as printed, then \" - \" and the parent body when the header prints one (\"CỤC THUẾ - BỘ TÀI CHÍNH\")"},
	{No: 9, Code: Subject, Label: "Trích yếu nội dung", Required: true, MaxLen: 500,
		Source: "abstract, as printed"},
	{No: 10, Code: Language, Label: "Ngôn ngữ", Required: true,
		Values: []Value{{"01", "Tiếng Việt"}, {"02", "Tiếng Anh"}, {"03", "Tiếng Pháp"}, {"04", "Tiếng Nga"},
			{"05", "Tiếng Nhật"}, {"06", "Tiếng Trung Quốc"}, {"07", "Tiếng Hàn"}},
		Source: "detected from the abstract and body: 01 when Vietnamese tone marks dominate, 02 for English text, else empty"},
	{No: 11, Code: NumberOfPage, Label: "Số lượng trang", Required: true, MaxLen: 4,
		Source: "source.pages (DOCX app.xml, .doc summary information, PDF), dropped when implausible for the text's length"},
	{No: 12, Code: InforSign, Label: "Ký hiệu thông tin", MaxLen: 30,
		Source: "marks: secrecy, urgency and circulation stamps, joined by \"; \""},
	{No: 13, Code: Keyword, Label: "Từ khóa", MaxLen: 100},
	{No: 14, Code: Mode, Label: "Chế độ sử dụng", Required: true, MaxLen: 20,
		Values: []Value{{"01", "Hạn chế"}, {"02", "Không hạn chế"}}},
	{No: 15, Code: ConfidenceLevel, Label: "Mức độ tin cậy", MaxLen: 30,
		Values: []Value{{"01", "Bản chính"}, {"02", "Bản sao"}},
		Source: "02 when the document shows a copy block (SAO Y BẢN CHÍNH, SAO LỤC, TRÍCH SAO, BẢN SAO); otherwise empty"},
	{No: 16, Code: Autograph, Label: "Bút tích", MaxLen: 2000,
		Source: "Có chữ ký số for a digital-signature stamp line; Có chữ ký tay for \"(Đã ký)\" or a named signer of a non-draft"},
	{No: 17, Code: Format, Label: "Tình trạng vật lý", MaxLen: 50,
		Values: []Value{{"01", "Bình thường"}, {"02", "Tài liệu bị mốc nhẹ"}, {"03", "Tài liệu bị mục, dính bết nhẹ"},
			{"04", "Tài liệu bị đóng thành cục, dính bết nặng chỉ đụng nhẹ là có thể bị nát vụn"}, {"05", "Tài liệu bị ố vàng"}, {"06", "Bị rách"}}},
	{No: 18, Code: Process, Label: "Quy trình xử lý", Values: yesNo},
	{No: 19, Code: RiskRecovery, Label: "Chế độ dự phòng", Required: true, Values: yesNo},
	{No: 20, Code: RiskRecoveryStatus, Label: "Tình trạng dự phòng",
		Values: []Value{{"01", "Đã dự phòng"}, {"02", "Chưa dự phòng"}}},
	{No: 21, Code: Description, Label: "Ghi chú", MaxLen: 500},
	{No: 22, Code: SignerTitle, Label: "Chức danh người ký",
		Source: "first signer: its KT./TL./TUQ. authority and position (\"KT. CHỦ TỊCH - PHÓ CHỦ TỊCH\")"},
	{No: 23, Code: SignerName, Label: "Tên người ký",
		Source: "first signer's name"},
}

// fieldIndex maps a field code, and a label folded by keyOf, to its index in Fields.
var fieldIndex = func() map[string]int {
	m := make(map[string]int, 2*FieldCount)
	for i, f := range Fields {
		m[f.Code] = i
		m[keyOf(f.Code)] = i
		m[keyOf(f.Label)] = i
	}
	return m
}()

// FieldByName finds a field by its code ("numberOfPage") or its Vietnamese
// label ("Số lượng trang"), in any case.
func FieldByName(name string) (Field, bool) {
	i, ok := lookup(name)
	if !ok {
		return Field{}, false
	}
	return Fields[i], true
}

func lookup(name string) (int, bool) {
	if i, ok := fieldIndex[name]; ok {
		return i, true
	}
	i, ok := fieldIndex[keyOf(name)]
	return i, ok
}

// keyOf folds a name for lookups: lower case, single spaces.
func keyOf(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// ValueLabel returns the label of code in f's list, or "" when f is free text
// or code is not one of its codes.
func (f Field) ValueLabel(code string) string {
	for _, v := range f.Values {
		if v.Code == code {
			return v.Label
		}
	}
	return ""
}

// valueCode resolves what a pipeline supplied for a coded field: a code
// ("01"), a label ("Vĩnh viễn"), or the CSV form "01: Vĩnh viễn". It returns
// false when the field has a list and s matches none of it.
func (f Field) valueCode(s string) (string, bool) {
	if len(f.Values) == 0 {
		return s, true
	}
	if code, label, ok := strings.Cut(s, ": "); ok && f.ValueLabel(code) == label {
		return code, true
	}
	k := keyOf(s)
	for _, v := range f.Values {
		if v.Code == s || keyOf(v.Code) == k || keyOf(v.Label) == k {
			return v.Code, true
		}
	}
	return "", false
}
