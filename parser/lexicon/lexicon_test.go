package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// keyByFields is the straightforward definition of Key (split on spaces, lower
// case, fold each word) that the one-pass AppendKey must agree with.
func keyByFields(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		words = append(words, foldByRunes(strings.ToLower(w)))
	}
	return strings.Join(words, " ")
}

func foldByRunes(w string) string {
	if utf8.RuneCountInString(w) < 2 {
		return w
	}
	if last, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(last) {
		trimmed := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if trimmed == "" {
			return w
		}
		return foldByRunes(trimmed) + w[len(trimmed):]
	}
	r := []rune(w)
	n := len(r)
	ut, ok := untone[r[n-1]]
	if !ok {
		return w
	}
	prev := r[n-2]
	if !((prev == 'o' && (ut.base == 'a' || ut.base == 'e')) || (prev == 'u' && ut.base == 'y')) {
		return w
	}
	if prev == 'u' && n >= 3 && r[n-3] == 'q' {
		return w
	}
	r[n-1] = ut.base
	r[n-2] = toned[prev][ut.tone]
	return string(r)
}

var keyCases = []string{
	"", " ", "Thanh Hoá", "  ỦY   BAN\tNHÂN DÂN ", "UỶ BAN", "thuỳ, hoà. khoẻ!!", "Quỳ quý QUÝ",
	"uỳ", "oà", "xoã", "a\u00a0b\u2003c", "hoà\xff", "\xffoà", "ho\u0300a", "Đ", "kế hoạch", "already key",
	"HOẠCH TOÁN", "thuỷ.", "Uỳ ban", "oẹ", "luỹ", "hoà-bình", "hoà1",
}

func TestKeyMatchesDefinition(t *testing.T) {
	for _, c := range keyCases {
		assert.Equal(t, keyByFields(c), Key(c), "%q", c)
	}
	for _, ty := range Types() {
		assert.Equal(t, keyByFields(ty.Name), Key(ty.Name))
		assert.Equal(t, keyByFields(strings.ToUpper(ty.Name)), Key(strings.ToUpper(ty.Name)))
	}
}

func FuzzKey(f *testing.F) {
	for _, c := range keyCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keyByFields(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkKey(b *testing.B) {
	names := []string{"ỦY BAN NHÂN DÂN TỈNH THANH HOÁ", "Quyết định", "thông tư liên tịch", "Bộ Tài chính"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			Key(n)
		}
	}
}

func TestIssuerByName(t *testing.T) {
	for _, name := range []string{"VĂN PHÒNG CHÍNH PHỦ", "Tổng cục Hải quan", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"} {
		if _, ok := IssuerByName(name); !ok {
			t.Errorf("IssuerByName(%q) found nothing", name)
		}
	}
	if is, _ := IssuerByName("thủ tướng chính phủ"); is.Code != "TTg" {
		t.Errorf("IssuerByName(thủ tướng chính phủ) = %q, want TTg", is.Code)
	}
	if _, ok := IssuerByName("BỘ TÀI CHÍNH CỤC THUẾ"); ok {
		t.Error("two levels read as one body")
	}
}

func TestIssuerByKey(t *testing.T) {
	if _, ok := IssuerByKey(AppendKey(nil, "VĂN PHÒNG CHÍNH PHỦ")); !ok {
		t.Error("IssuerByKey found nothing for the key of VĂN PHÒNG CHÍNH PHỦ")
	}
}
