package model

// Relation values: how the citing document relates to a cited one.
const (
	RelationBasis      = "basis"      // căn cứ
	RelationImplements = "implements" // thực hiện, triển khai
	RelationGuides     = "guides"     // hướng dẫn, quy định chi tiết
	RelationAmends     = "amends"     // sửa đổi, bổ sung
	RelationReplaces   = "replaces"   // thay thế
	RelationRepeals    = "repeals"    // bãi bỏ, hủy bỏ
	RelationCites      = "cites"      // anything else
)

// Reference is one distinct document cited by the parsed document, with every
// place it is mentioned.
type Reference struct {
	// ID is the canonical key used to join documents across a corpus: the
	// normalised number ("366/QĐ-TTg") or, for named documents, type + name + year
	// ("luật:tổ chức chính quyền địa phương:2015").
	ID string `json:"id"`
	// Number is the số, ký hiệu as normalised ("366/QĐ-TTg"), "" for named documents.
	Number string `json:"number"`
	// Type is the canonical type name ("Quyết định").
	Type string `json:"type"`
	// TypeCode is its abbreviation ("QĐ"), "" when the type has none.
	TypeCode string `json:"type_code"`
	// Date is the issue date "YYYY-MM-DD" (or "YYYY" when only a year is given).
	Date string `json:"date"`
	// Issuer is the text of the "của ..." phrase ("Thủ tướng Chính phủ").
	Issuer string `json:"issuer"`
	// Title is the cited document's name or abstract where the text gives it.
	Title string `json:"title"`
	// Relation is the strongest relation over all mentions (basis > repeals >
	// replaces > amends > implements > guides > cites).
	Relation string `json:"relation"`
	// Mentions are the places the document is cited, in text order.
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that cites a document.
type Mention struct {
	// Start and End are byte offsets into the normalised text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the mention as printed.
	Text string `json:"text"`
	// Relation is the relation governing this mention.
	Relation string `json:"relation"`
	// Parts are the cited parts: "điểm a khoản 2 Điều 5" as structured paths.
	Parts []Part `json:"parts"`
}

// Part is a path into a cited document, smallest unit first as Vietnamese writes it.
type Part struct {
	Points   []string `json:"points"`   // điểm: "a", "đ", "a2"
	Clauses  []string `json:"clauses"`  // khoản: "2", "2a"
	Articles []string `json:"articles"` // Điều: "5", "198a"
	Section  string   `json:"section"`  // Mục
	Chapter  string   `json:"chapter"`  // Chương
	Part     string   `json:"part"`     // Phần
}

func (r *Reference) fill() {
	notNil(&r.Mentions)
	for i := range r.Mentions {
		r.Mentions[i].fill()
	}
}

func (m *Mention) fill() {
	notNil(&m.Parts)
	for i := range m.Parts {
		m.Parts[i].Fill()
	}
}

// Fill replaces the nil lists of p with empty ones, so that p marshals as
// JSON the way a parsed Part does ("points": [] rather than null).
func (p *Part) Fill() {
	notNil(&p.Points)
	notNil(&p.Clauses)
	notNil(&p.Articles)
}
