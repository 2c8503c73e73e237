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
