package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "Điều 1 : Nay ban hành …" with a space before the colon is an article
// (2007-Quy-che-chi-tieu-noi-bo-2007.doc); "Điều 3 của Luật …" opening a
// wrapped line is still prose.
func TestArticleWithSpacedColon(t *testing.T) {
	m, ok := marker("Điều 1 : Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công năm 2007")
	require.True(t, ok)
	assert.Equal(t, kDieu, m.kind)
	assert.Equal(t, "Điều 1", m.label)
	assert.Equal(t, "Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công năm 2007", m.rest)
	_, ok = marker("Điều 3 của Luật này")
	assert.False(t, ok)
}

// Parts lettered "D- …", "G- …" (the dash glued to the letter) and "F - …"
// (a Latin letter) in old circulars (2003-A04.rtf, 2003-A16.rtf); a name's
// initial or a dash in prose still is no part.
func TestPartLetterWithGluedDash(t *testing.T) {
	for _, c := range []struct{ in, label, rest string }{
		{"G- TỔ CHỨC THỰC HIỆN", "G", "TỔ CHỨC THỰC HIỆN"},
		{"D- MIỄN THUẾ, XÉT MIỄN THUẾ, GIẢM THUẾ", "D", "MIỄN THUẾ, XÉT MIỄN THUẾ, GIẢM THUẾ"},
		{"F - KHIẾU NẠI VÀ THỜI HIỆU", "F", "KHIẾU NẠI VÀ THỜI HIỆU"},
	} {
		m, ok := partMarker(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.label, m.label)
		assert.Equal(t, c.rest, m.rest)
	}
	for _, s := range []string{"G- Tổ chức thực hiện", "F-16 BAY QUA", "D-ĐỘNG CƠ", "B- C"} {
		_, ok := partMarker(s)
		assert.False(t, ok, s)
	}
}

// Old circulars close a number with a dash ("1- Đối tượng áp dụng:") and
// print a formula over lines of single capitals ("Z - I I" / "Z Z"), which is
// no heading: the items after it stay at the top level (2004-A33.rtf).
func TestDashNumbersAroundAFormula(t *testing.T) {
	d := parse(t, outlineHead+`1- Đối tượng áp dụng:
Thuế suất thuế nhập khẩu theo tỷ lệ nội địa hóa được áp dụng cho các doanh nghiệp.

4- Tỷ lệ nội địa hóa:
Tỷ lệ nội địa hóa được xác định theo công thức sau:
Z - I I
N = x 100% = ( 1 - ) x 100%
Z Z
* Trong đó:
- N (%) : tỷ lệ nội địa hóa của một sản phẩm hoặc phụ tùng.

5- Thuế suất thuế nhập khẩu theo tỷ lệ nội địa hóa:
2.1- Nội địa hóa: là quá trình sản xuất, lắp ráp trong nước để thay thế nhập khẩu.
`)
	var labels []string
	for _, s := range d.Sections {
		labels = append(labels, s.Label)
	}
	assert.Equal(t, []string{"1", "4", "5"}, labels)
	require.Len(t, d.Sections[2].Children, 1)
	assert.Equal(t, "2.1", d.Sections[2].Children[0].Label)
	for _, s := range []string{"1-2 năm", "20-5-1957", "3- được áp dụng"} {
		_, ok := numberMarker(s)
		assert.False(t, ok, s)
	}
	assert.False(t, hasLetterPair("Z - I I"))
	assert.True(t, hasLetterPair("NỘI DUNG VỤ ÁN"))
}

// An án lệ quotes the decision it judged over several lines (183): the quoted
// "Điều 2." and items "1." "2." are not the precedent's, which keeps its
// capital headings; an article that continues the document's own sequence
// inside a quotation (a page laid out there, 122) stays an article.
func TestQuotedDecisionMarksNothing(t *testing.T) {
	d := parse(t, outlineHead+`NỘI DUNG VỤ ÁN
Ngày 04-6-2009, Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long ban hành Quyết định số 1216/QĐ-UBND về việc phê duyệt phương án bồi thường, với nội dung:
“Điều 1. Phê duyệt phương án bồi thường, hỗ trợ và tái định cư công trình: Trại giống vật nuôi nông nghiệp tỉnh, tại xã Tân An Luông, huyện Vũng Liêm;
1. Tổng giá trị bồi thường, hỗ trợ và tái định cư: 9.467.085.000đ, bao gồm:
- Giá trị bồi thường, hỗ trợ về đất: 8.071.914.000đ
2. Kinh phí: Trong tổng dự toán công trình do chủ đầu tư chi trả;
Điều 2. Căn cứ vào Điều 1 của Quyết định này, Giám đốc Sở Tài chính có trách nhiệm:
- Kiểm tra lại kết quả các số liệu, khối lượng và đơn giá, trong tờ trình số 177/TTr.STC ngày 15/5/2009”.
NỘI DUNG ÁN LỆ
“Theo Điều 2 của Quyết định số 1216/QĐ-UBND ngày 04-6-2009 của Ủy ban nhân dân tỉnh Vĩnh Long”.
`)
	assert.Equal(t, []labelHeading{{"", "NỘI DUNG VỤ ÁN"}, {"", "NỘI DUNG ÁN LỆ"}}, topHeadings(d.Sections))

	d = parse(t, outlineHead+`Điều 49. Xử lý vi phạm pháp luật về bảo hiểm y tế
Điều 33 của Luật số 30/2023/QH15 quy định như sau:
“Điều 33. Hiệu lực thi hành
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.
Điều 50. Điều khoản chuyển tiếp
1. Thẻ bảo hiểm y tế đã được cấp trước ngày Luật này có hiệu lực có giá trị sử dụng như sau:
2. Pháp lệnh Công an xã số 06/2008/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.”.
`)
	var labels []string
	for _, s := range d.Sections {
		labels = append(labels, s.Label)
	}
	assert.Equal(t, []string{"Điều 49", "Điều 50"}, labels)
}

// Parts lettered in the Vietnamese alphabet run H, I, K: after part H and its
// own Roman sections, "I- CHẾ ĐỘ …" is the part I, and its "I/" is Roman one
// (2003-A16.rtf).
func TestPartILettered(t *testing.T) {
	d := parse(t, outlineHead+`H - KHIẾU NẠI VÀ THỜI HIỆU THI HÀNH

I/ QUYỀN VÀ TRÁCH NHIỆM CỦA ĐỐI TƯỢNG NỘP THUẾ

Nội dung.

II/ TRÁCH NHIỆM VÀ QUYỀN HẠN CỦA CÁC CƠ QUAN

Nội dung.

I- CHẾ ĐỘ THU NỘP THUẾ VÀ CHẾ ĐỘ BÁO CÁO

I/ CHẾ ĐỘ THU NỘP THUẾ

Nội dung.

K - TỔ CHỨC THỰC HIỆN

Thông tư này có hiệu lực thi hành từ ngày 01/01/1999.
`)
	assert.Equal(t, []labelHeading{
		{"H", "KHIẾU NẠI VÀ THỜI HIỆU THI HÀNH"},
		{"I", "CHẾ ĐỘ THU NỘP THUẾ VÀ CHẾ ĐỘ BÁO CÁO"},
		{"K", "TỔ CHỨC THỰC HIỆN"},
	}, topHeadings(d.Sections))
	require.Len(t, d.Sections[1].Children, 1)
	assert.Equal(t, "roman", d.Sections[1].Children[0].Kind)
}
