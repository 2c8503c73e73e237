package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTypeByName(t *testing.T) {
	for _, c := range []struct{ in, name, code string }{
		{"KẾ HOẠCH", "Kế hoạch", "KH"},
		{"thông tư liên tịch", "Thông tư liên tịch", "TTLT"},
		{"Quyết  định", "Quyết định", "QĐ"},
		{"BẢN THOẢ THUẬN", "Bản thỏa thuận", "BTT"},
		{"Giấy uỷ quyền", "Giấy ủy quyền", "GUQ"},
		{"Công văn", "Công văn", ""},
	} {
		ty, ok := TypeByName(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.name, ty.Name)
		assert.Equal(t, c.code, ty.Code)
	}
	_, ok := TypeByName("Văn bản")
	assert.False(t, ok)
}

func TestTypeByCode(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"QĐ", "Quyết định"}, {"qđ", "Quyết định"}, {"TTR", "Tờ trình"},
		{"QYĐ", "Quy định"}, {"QĐi", "Quy định"}, {"NĐ", "Nghị định"}, {"KL", "Kết luận"},
	} {
		ty, ok := TypeByCode(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.name, ty.Name, c.in)
	}
}

func TestIssuerByCode(t *testing.T) {
	is, ok := IssuerByCode("BGD&ĐT")
	require.True(t, ok)
	assert.Equal(t, "BGDĐT", is.Code)
	is, ok = IssuerByCode("QH15")
	require.True(t, ok)
	assert.Equal(t, "Quốc hội", is.Name)
	is, ok = IssuerByCode("TƯ")
	require.True(t, ok)
	assert.Equal(t, "TW", is.Code)
	_, ok = IssuerByCode("XYZ")
	assert.False(t, ok)
}

func TestKeyToneStyles(t *testing.T) {
	assert.Equal(t, Key("Thanh Hóa"), Key("Thanh Hoá"))
	assert.Equal(t, Key("ỦY BAN"), Key("UỶ BAN"))
	assert.Equal(t, "hoàng", Key("Hoàng"))
	assert.Equal(t, "quý", Key("Quý"))
	assert.Equal(t, "khỏe", Key("khoẻ"))
}
