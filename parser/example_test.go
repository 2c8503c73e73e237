package parser_test

import (
	"fmt"

	"github.com/vnlegal/vanban/parser"
)

func ExampleParse() {
	src := []byte(`ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 1340/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 08 tháng 8 năm 2011

KẾ HOẠCH
Triển khai thực hiện Quyết định số 366/QĐ-TTg

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức về quyền con người.
II. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành thực hiện Kế hoạch này./.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
`)
	doc, err := parser.Parse(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Type, doc.TypeCode, doc.Number)
	fmt.Println(doc.Issuer)
	fmt.Println(doc.Place, doc.Date)
	fmt.Println(doc.Abstract)
	for _, s := range doc.Sections {
		fmt.Println(s.ID, s.Heading)
	}
	sig := doc.Signers[0]
	fmt.Println(sig.Authority, sig.Position, sig.Name)
	fmt.Println(doc.Recipients[0].Name, doc.Recipients[0].Purpose, doc.Archive)
	// Output:
	// Kế hoạch KH 1340/KH-UBND
	// ỦY BAN NHÂN DÂN TỈNH KON TUM
	// Kon Tum 2011-08-08
	// Triển khai thực hiện Quyết định số 366/QĐ-TTg
	// I MỤC ĐÍCH, YÊU CẦU
	// II TỔ CHỨC THỰC HIỆN
	// [TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH] PHÓ CHỦ TỊCH Nguyễn Văn Hùng
	// Thường trực Tỉnh ủy report VT, NC
}

func ExampleParseFile() {
	doc, err := parser.ParseFile("../testdata/000_7238115e741023af.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Type, doc.Place, doc.Date, len(doc.Sections), len(doc.Recipients))
	// Output:
	// Kế hoạch Kon Tum 2012-08-17 4 10
}
