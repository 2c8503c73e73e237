package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Abstracts of legacy circulars that cite an act by number and date, wrapped
// where the header triggers would cut them: a "số:" (2003-02120.doc) and a
// "ngày …" with no place (2003-A04.rtf) inside the abstract continue it, once
// the document's own number and date are read. The headers are those files'
// as the parser reads them.
func TestAbstractCitingAnActWrapped(t *testing.T) {
	for _, c := range []struct{ src, abstract string }{
		{"BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n- * - Độc lập - Tự do - Hạnh phúc\nSỐ: 120 /2002/TT-BTC ----------------------------\nHà nội, ngày 30 tháng 12 năm 2002\n\n" +
			"THÔNG TƯ\nHướng dẫn thi hành Nghị định số: 89/2002/NĐ-CP\nngày 07/11/2002 của Chính phủ\nvề việc in, phát hành, sử dụng, quản lý hóa đơn\n\n" +
			"Căn cứ Nghị định số: 89/2002/NĐ-CP ngày 07 tháng 11 năm 2002 của Chính phủ về việc in, phát hành, sử dụng, quản lý hóa đơn, Bộ Tài chính hướng dẫn thực hiện cụ thể như sau:\n\nA - NHỮNG QUY ĐỊNH CHUNG\n",
			"Hướng dẫn thi hành Nghị định số: 89/2002/NĐ-CP ngày 07/11/2002 của Chính phủ về việc in, phát hành, sử dụng, quản lý hóa đơn"},
		{"BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n----------*---------- Độc lập - Tự do - Hạnh phúc\nSỐ: 99/ 1998/TT-BTC ---------------------------------------------\nHà nội, ngày 14 tháng 7 năm 1998\n\n" +
			"THÔNG TƯ\nHướng dẫn thi hành Nghị định số 30/1998/NĐ-CP\nngày 13 tháng 5 năm 1998 của Chính phủ qui định\nchi tiết thi hành Luật thuế thu nhập doanh nghiệp.\n___________\n\n" +
			"Căn cứ Luật thuế thu nhập doanh nghiệp được Quốc hội khóa IX thông qua ngày 10 tháng 5 năm 1997.\nBộ Tài chính hướng dẫn thực hiện như sau:\n\nA - PHẠM VI ÁP DỤNG THUẾ THU NHẬP DOANH NGHIỆP\n",
			"Hướng dẫn thi hành Nghị định số 30/1998/NĐ-CP ngày 13 tháng 5 năm 1998 của Chính phủ qui định chi tiết thi hành Luật thuế thu nhập doanh nghiệp."},
	} {
		d := parse(t, c.src)
		assert.Equal(t, c.abstract, d.Abstract)
		assert.NotEmpty(t, d.Date)
	}
}

// An abstract line that ends on a preposition is continued by the act it
// names, though that line opens with the document's own type (2003-A06.rtf);
// a consolidated text's note after a complete title still opens the body.
func TestAbstractEndingOnPreposition(t *testing.T) {
	src := "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n-:- Độc lập - Tự do - Hạnh phúc\nSỐ: 08 /2001/TT-BTC ------------------------------\nHà nội, ngày 18 tháng 1 năm 2001\n\nTHÔNG TƯ\n\n" +
		"Hướng dẫn bổ sung quy định về thuế thu nhập doanh nghiệp áp dụng đối với\ncác chi nhánh của tổ chức nước ngoài hoạt động tại Việt Nam qui định tại\nThông tư số 99/1998/TT-BTC ngày 14/7/1998\n\n" +
		"- Căn cứ vào Nghị định số 30/1998/NĐ-CP ngày 13/5/1998 của Chính phủ quy định chi tiết thi hành Luật thuế Thu nhập doanh nghiệp;\n\nI. Những quy định chung:\n"
	assert.Equal(t, "Hướng dẫn bổ sung quy định về thuế thu nhập doanh nghiệp áp dụng đối với các chi nhánh của tổ chức nước ngoài hoạt động tại Việt Nam qui định tại Thông tư số 99/1998/TT-BTC ngày 14/7/1998", parse(t, src).Abstract)
	assert.True(t, endsOnPreposition("áp dụng đối với"))
	assert.False(t, endsOnPreposition("Quy định về đào tạo nghề"))
}

// A header table flattened row by row puts the issuer's second and third
// lines after the motto: the left cell of a row whose right cell is the
// tiêu ngữ, and the cell's last line under it, are the issuer's (2007 decision
// of a provincial board; 2006-quydinhkiemtra02 likewise).
func TestIssuerCellRowByRow(t *testing.T) {
	src := "UBND TỈNH BÀ RỊA – VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBQL CÁC KHU CÔNG NGHIỆP Độc lập – Tự do – Hạnh phúc\nBÀ RỊA – VŨNG TÀU\n*\nSố : /QĐ. BQL–VP Vũng Tàu , ngày tháng năm 2007\n\n" +
		"QUYẾT ĐỊNH\nV/v : Ban hành Quy chế chi tiêu nội bộ,\nquản lý và sử dụng tài sản công\ncủa BQL các KCN. BR – VT.\n\nTRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BÀ RỊA- VŨNG TÀU\n\n" +
		"Căn cứ Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ;\n\nQUYẾT ĐỊNH\n\nĐiều 1 : Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.\n"
	d := parse(t, src)
	assert.Equal(t, "BQL CÁC KHU CÔNG NGHIỆP BÀ RỊA – VŨNG TÀU", d.Issuer)
	assert.Equal(t, "UBND TỈNH BÀ RỊA – VŨNG TÀU", d.IssuerParent)
	assert.Equal(t, "V/v : Ban hành Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của BQL các KCN. BR – VT.", d.Abstract)

	d = parse(t, "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CÀ MAU Độc lập – Tự do – Hạnh phúc\nSố: 05/2006/QĐ-UBND Cà Mau, ngày 25 tháng 01 năm 2006\n\nQUYẾT ĐỊNH\nVề việc thử\n\nĐiều 1. Thử.\n")
	assert.Equal(t, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", d.Issuer) // tone placement normalised
}

// The constitutions of 1959 and 1992 (184, 185) print no header and close
// with "… nhất trí thông qua trong phiên họp ngày …": that is their date; a
// law "do Quốc hội … thông qua trong khoá họp …" (192) does not say it was
// passed itself and keeps no date.
func TestConstitutionPassedInSession(t *testing.T) {
	src := "HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\nNước Việt Nam ta là một nước thống nhất từ Lạng Sơn đến Cà Mau.\nChương 1:\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nĐiều 1\nĐất nước Việt Nam là một khối Bắc Nam thống nhất không thể chia cắt.\nBản Hiến pháp này đã được Quốc hội nước Việt Nam dân chủ cộng hoà khoá thứ nhất, kỳ họp thứ 11, nhất trí thông qua trong phiên họp ngày 31 tháng 12 năm 1959.\n\nTôn Đức Thắng\n(Đã ký)\n"
	assert.Equal(t, "1959-12-31", headerOf(t, src).Date)
	law := "LUẬT\nCẢI CÁCH RUỘNG ĐẤT\nChương 1:\nMỤC ĐÍCH\nĐiều 1.\n- Mục đích.\nLuật này do Quốc hội nước Việt Nam dân chủ cộng hoà thông qua trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953\n"
	assert.Equal(t, "", headerOf(t, law).Date)
}
