package symbol

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTakeSymbol(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"980/KH-UBND", "980/KH-UBND"},
		{"435 /QĐ-UBND", "435/QĐ-UBND"},
		{"1037/QĐ- UBND ngày 14/5/2025", "1037/QĐ-UBND"},
		{"212-KL/TW", "212-KL/TW"},
		{"11554/VPCP-V.I", "11554/VPCP-V.I"},
		{"204/2004/NĐ–CP", "204/2004/NĐ-CP"},
		{"144 /2002/QĐ/BTC", "144/2002/QĐ/BTC"},
		{"… /2016/QH14", "…/2016/QH14"},
		{"2739/VPCP-ĐMDN V/v quy định", "2739/VPCP-ĐMDN"},
		{"/QĐ. BQL–VP Vũng Tàu , ngày tháng năm 2007", "/QĐ.BQL-VP"}, // blank number, a space after the dot
		{"12/QĐ-UBND. Hà Nội", "12/QĐ-UBND"},
		{"12/UBND. KÍNH GỬI", "12/UBND"},
	} {
		got, ok := Take(c.in)
		assert.True(t, ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	_, ok := Take("ngày 12 tháng 3")
	assert.False(t, ok)
}

func TestSplitSymbol(t *testing.T) {
	s := Split("30/2020/NĐ-CP")
	assert.Equal(t, "30", s.Number)
	assert.Equal(t, 2020, s.Year)
	assert.Equal(t, "NĐ", s.TypeCode)
	assert.Equal(t, []string{"CP"}, s.Issuers)

	s = Split("212-KL/TW") // T07
	assert.True(t, s.Party)
	assert.Equal(t, "KL", s.TypeCode)
	assert.Equal(t, []string{"TW"}, s.Issuers)

	s = Split("4240/UBND-VX") // T03: công văn
	assert.Equal(t, "", s.TypeCode)
	assert.Equal(t, []string{"UBND"}, s.Issuers)
	assert.Equal(t, []string{"VX"}, s.Units)

	s = Split("5710/QĐ-BCA-C06") // T17
	assert.Equal(t, "QĐ", s.TypeCode)
	assert.Equal(t, []string{"BCA"}, s.Issuers)
	assert.Equal(t, []string{"C06"}, s.Units)

	s = Split("01763/QĐ-UBND") // T02
	assert.Equal(t, "01763", s.Number)

	s = Split("/QĐ-UBND") // T16
	assert.True(t, s.Blank)
	assert.Equal(t, "QĐ", s.TypeCode)
}

// OfHeader takes the grammar's reading when it accepts the number, with the
// title's type settling CT, and the split by separators otherwise (numbers
// from the corpus's headers).
func TestOfHeader(t *testing.T) {
	s := OfHeader("21/CT-TTg", "Chỉ thị")
	assert.Equal(t, "CT", s.TypeCode)
	assert.Equal(t, []string{"TTg"}, s.Issuers)

	s = OfHeader("01/2016/AL", "Án lệ")
	assert.Equal(t, "AL", s.TypeCode, "the grammar knows the code AL")
	assert.Equal(t, 2016, s.Year)

	s = OfHeader("522/2002/QĐ.UB", "Quyết định") // the grammar rejects QĐ.UB
	assert.Equal(t, "522", s.Number)
	assert.Equal(t, 2002, s.Year)
	assert.Equal(t, "QĐ.UB", s.Code)
	assert.Equal(t, []string{"QĐ.UB"}, s.Issuers)

	s = OfHeader("/QĐ", "Quyết định") // blank: split by separators
	assert.True(t, s.Blank)
	assert.Equal(t, "", s.TypeCode)
	assert.Equal(t, []string{"QĐ"}, s.Issuers)

	assert.True(t, Blank("…/QĐ-UBND"))
	assert.True(t, Blank(""))
	assert.False(t, Blank("01763/QĐ-UBND"))
}
