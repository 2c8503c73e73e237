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
