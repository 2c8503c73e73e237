package archive

import (
	"strings"
	"testing"

	"github.com/vnlegal/vanban/model"
)

// plan is a Kế hoạch as the seed document of the project prints it.
func plan() *model.Document {
	d := model.NewDocument()
	d.Type, d.TypeCode = "Kế hoạch", "KH"
	d.Issuer = "ỦY BAN NHÂN DÂN TỈNH KON TUM"
	d.Number = "1340/KH-UBND"
	d.Symbol = model.Symbol{Number: "1340", Code: "KH-UBND", TypeCode: "KH", Issuers: []string{"UBND"}}
	d.Date = "2012-06-01"
	d.Abstract = "Tuyên truyền, phổ biến pháp luật năm 2012"
	d.Sections = []model.Section{{Text: "Thực hiện Quyết định số 37/2008/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt chương trình phổ biến, giáo dục pháp luật", End: 5000}}
	d.Signers = []model.Signer{{Name: "Nguyễn Văn Hùng", Position: "PHÓ CHỦ TỊCH", Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, End: 5200}}
	return d
}

func TestFromDocument(t *testing.T) {
	d := plan()
	d.Source.Pages = 2
	r := FromDocument(d, "kontum/1340.docx")
	want := map[string]string{
		TypeName: "KH", CodeNumber: "1340", CodeNotation: "KH-UBND", IssuedDate: "01/06/2012",
		OrganName: "ỦY BAN NHÂN DÂN TỈNH KON TUM", Subject: "Tuyên truyền, phổ biến pháp luật năm 2012",
		Language: "01", NumberOfPage: "2", Autograph: HandwrittenSignature,
		SignerTitle: "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", SignerName: "Nguyễn Văn Hùng",
	}
	for i, f := range Fields {
		if got := r.Values[i]; got != want[f.Code] {
			t.Errorf("%s = %q, want %q", f.Code, got, want[f.Code])
		}
	}
	if r.Path != "kontum/1340.docx" || len(r.Notes) != 0 {
		t.Errorf("path %q notes %q", r.Path, r.Notes)
	}
	if got := r.Cell(3); got != "KH: Kế hoạch" {
		t.Errorf("CSV cell of typeName = %q", got)
	}
	if got := r.Cell(4); got != "1340" {
		t.Errorf("CSV cell of codeNumber = %q", got)
	}
	if FromDocument(nil, "x").Path != "x" {
		t.Error("nil document")
	}
}

func TestDerivations(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(d *model.Document)
		field string
		want  string
	}{
		{"normative symbol keeps no year", func(d *model.Document) {
			d.Type, d.Number = "Nghị định", "30/2020/NĐ-CP"
			d.Symbol = model.Symbol{Number: "30", Year: 2020, Code: "NĐ-CP"}
		}, CodeNotation, "NĐ-CP"},
		{"party symbol", func(d *model.Document) {
			d.Number, d.Symbol = "212-KL/TW", model.Symbol{Number: "212", Code: "KL/TW", Party: true}
		}, CodeNumber, "212"},
		{"leading zeros kept", func(d *model.Document) {
			d.Number, d.Symbol = "01763/BTC-TCT", model.Symbol{Number: "01763", Code: "BTC-TCT"}
		}, CodeNumber, "01763"},
		{"blank draft number", func(d *model.Document) {
			d.Number, d.Symbol = "/QĐ-UBND", model.Symbol{Code: "QĐ-UBND", Blank: true}
		}, CodeNotation, "QĐ-UBND"},
		{"blank draft number has no số", func(d *model.Document) {
			d.Number, d.Symbol = "/QĐ-UBND", model.Symbol{Code: "QĐ-UBND", Blank: true}
		}, CodeNumber, ""},
		{"công văn has CV", func(d *model.Document) { d.Type = "Công văn" }, TypeName, "CV"},
		{"old tone style", func(d *model.Document) { d.Type = "Giấy uỷ quyền" }, TypeName, "GUQ"},
		{"type without code", func(d *model.Document) { d.Type = "Luật" }, TypeName, "Luật"},
		{"no type", func(d *model.Document) { d.Type = "" }, TypeName, ""},
		{"issuer and parent", func(d *model.Document) { d.Issuer, d.IssuerParent = "CỤC THUẾ", "BỘ TÀI CHÍNH" }, OrganName, "CỤC THUẾ - BỘ TÀI CHÍNH"},
		{"parent without issuer", func(d *model.Document) { d.Issuer, d.IssuerParent = "", "BỘ TÀI CHÍNH" }, OrganName, ""},
		{"partial date", func(d *model.Document) { d.Date = "2012-06" }, IssuedDate, ""},
		{"marks", func(d *model.Document) {
			d.Marks = model.Marks{Secrecy: "MẬT", Urgency: "HỎA TỐC", Draft: "DỰ THẢO", Circulation: []string{"LƯU HÀNH NỘI BỘ"}}
		}, InforSign, "MẬT; HỎA TỐC; LƯU HÀNH NỘI BỘ"},
		{"copy block", func(d *model.Document) { d.Stamps = []string{"SAO Y BẢN CHÍNH"} }, ConfidenceLevel, "02"},
		{"copy word in prose is no copy", func(d *model.Document) { d.Stamps = []string{"CÔNG BÁO/Số 88/Ngày 06-02-2026"} }, ConfidenceLevel, ""},
		{"digital signature stamp", func(d *model.Document) {
			d.Stamps = []string{"Người ký: Cổng Thông tin điện tử Chính phủ\nThời gian ký: 06.04.2022 14:15:07 +07:00"}
		}, Autograph, DigitalSignature},
		{"signed note", func(d *model.Document) { d.Signers[0].Name, d.Signers[0].Signed = "", "(Đã ký)" }, Autograph, HandwrittenSignature},
		{"form instruction is no signature", func(d *model.Document) {
			d.Signers[0].Name, d.Signers[0].Signed = "", "(Ký, ghi rõ họ tên và đóng dấu)"
		}, Autograph, ""},
		{"named signer of a draft", func(d *model.Document) { d.Marks.Draft = "DỰ THẢO" }, Autograph, ""},
		{"no signer", func(d *model.Document) { d.Signers = nil }, SignerTitle, ""},
		{"TL. and position", func(d *model.Document) {
			d.Signers[0].Authority, d.Signers[0].Position = []string{"TL. BỘ TRƯỞNG"}, "VỤ TRƯỞNG VỤ PHÁP CHẾ"
		}, SignerTitle, "TL. BỘ TRƯỞNG - VỤ TRƯỞNG VỤ PHÁP CHẾ"},
		{"only TM.", func(d *model.Document) {
			d.Signers[0].Authority, d.Signers[0].Position = []string{"TM. BAN CHẤP HÀNH TRUNG ƯƠNG"}, ""
		}, SignerTitle, "TM. BAN CHẤP HÀNH TRUNG ƯƠNG"},
		{"plausible pages", func(d *model.Document) { d.Source.Pages = 1 }, NumberOfPage, "1"},
		{"placeholder pages", func(d *model.Document) { d.Source.Pages, d.Sections[0].End = 1, 60000 }, NumberOfPage, ""},
		{"english", func(d *model.Document) {
			d.Abstract = "Decree detailing and guiding the implementation of the law on the protection of the environment"
			d.Issuer, d.Sections = "THE GOVERNMENT", nil
		}, Language, "02"},
		{"too little text", func(d *model.Document) { d.Abstract, d.Issuer, d.Sections = "Về việc", "", nil }, Language, ""},
	}
	for _, c := range cases {
		d := plan()
		c.edit(d)
		r := FromDocument(d, "p")
		if got := r.Get(c.field); got != c.want {
			t.Errorf("%s: %s = %q, want %q", c.name, c.field, got, c.want)
		}
	}
}

func TestNotes(t *testing.T) {
	d := plan()
	d.Source.Pages, d.Sections[0].End = 1, 60000
	d.Marks.Secrecy = "MẬT"
	r := FromDocument(d, "p")
	if len(r.Notes) != 2 || !strings.Contains(r.Notes[0], "implausible") || !strings.Contains(r.Notes[1], "Hạn chế") {
		t.Errorf("notes: %q", r.Notes)
	}
	if r.Get(Mode) != "" {
		t.Errorf("chế độ sử dụng guessed: %q", r.Get(Mode))
	}
}

func TestLanguageOf(t *testing.T) {
	cases := map[string]string{
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015":           "01",
		"CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG NGÀY 19 THÁNG 6 NĂM 2015":           "01",
		"This Decree provides for the management of the archives of the state agencies": "02",
		"Le présent décret fixe les conditions de la gestion des archives publiques":    "",
		"":                  "",
		"1 2 3 4 5 6 7 8 9": "",
	}
	for text, want := range cases {
		if got := languageOf(text); got != want {
			t.Errorf("languageOf(%q) = %q, want %q", text, got, want)
		}
	}
}
