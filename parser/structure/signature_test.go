package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Signature lines of the corpus and the legacy set as flattened pages print
// them, cut into the pieces sigState reads one at a time.
func TestSplitSigLineOnCorpusLines(t *testing.T) {
	for _, c := range []struct {
		in       string
		prefixes []string
		pieces   []string
	}{
		{
			"KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG THỨ TRƯỞNG Nguyễn Cẩm Tú KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn",
			[]string{"KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG THỨ TRƯỞNG Nguyễn Cẩm Tú", "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"},
			[]string{"KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "THỨ TRƯỞNG", "Nguyễn Cẩm Tú", "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn"},
		},
		{
			// an attached form glued after the name (040): the name ends
			// before "Mẫu" and the form's title stays whole
			"KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ (Ban hành kèm theo Thông tư số 203/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính)",
			[]string{"KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ (Ban hành kèm theo Thông tư số 203/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính)"},
			[]string{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Hữu Chí", "Mẫu Quyết định số 01/QĐ-HĐ (Ban hành kèm theo Thông tư số 203/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính)"},
		},
		{
			// a name that ends in "Mẫu" keeps it
			"KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Mẫu",
			[]string{"KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Mẫu"},
			[]string{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Mẫu"},
		},
		{
			"K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu",
			[]string{"K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu"},
			[]string{"KT. THỦ TƯỚNG CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Tố Hữu"},
		},
		{
			"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
			[]string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"},
			[]string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
		},
		{"Lê Đức Anh (Đã ký)", []string{"Lê Đức Anh (Đã ký)"}, []string{"Lê Đức Anh", "(Đã ký)"}},
		{"Thượng tướng Nguyễn Văn Gấu", []string{"Thượng tướng Nguyễn Văn Gấu"}, []string{"Thượng tướng Nguyễn Văn Gấu"}},
	} {
		assert.Equal(t, c.prefixes, splitPrefixes(c.in), "splitPrefixes(%q)", c.in)
		assert.Equal(t, c.pieces, splitSigLine(c.in), "splitSigLine(%q)", c.in)
	}
}

// A post in a signature block: titles in capitals or normal case pass,
// recipient abbreviations and single codes do not; ranks and academic titles
// are kept apart from the name.
func TestSignaturePieces(t *testing.T) {
	for _, c := range []struct {
		in                    string
		plausible, titleStart bool
		honorific, name       string
	}{
		{"PHÓ CHỦ TỊCH", true, true, "", "PHÓ CHỦ TỊCH"},
		{"Phó Chủ tịch Thường trực", true, true, "", "Phó Chủ tịch Thường trực"},
		{"BAN CHẤP HÀNH TRUNG ƯƠNG", true, false, "", "BAN CHẤP HÀNH TRUNG ƯƠNG"},
		{"NEMT, KHẤCN, NV, NG,", false, false, "", "NEMT, KHẤCN, NV, NG,"},
		{"UBMTTQVNTP", false, false, "", "UBMTTQVNTP"},
		{"Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", false, false, "", "Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"},
		{"Thượng tướng Nguyễn Văn Gấu", true, false, "Thượng tướng", "Nguyễn Văn Gấu"},
		{"Đại tướng Lương Tam Quang", true, false, "Đại tướng", "Lương Tam Quang"},
		{"GS.TS. Nguyễn Văn B", true, false, "GS.TS.", "Nguyễn Văn B"},
		{"Pgs.ts. Lê Văn A", true, false, "Pgs.ts.", "Lê Văn A"},
		{"Bùi Thanh An", true, false, "", "Bùi Thanh An"},
		{"Tổng Bí thư", true, true, "", "Tổng Bí thư"},
	} {
		assert.Equal(t, c.plausible, plausibleTitle(c.in), "plausibleTitle(%q)", c.in)
		assert.Equal(t, c.titleStart, titleStartsText(c.in), "titleStartsText(%q)", c.in)
		h, n := splitHonorific(c.in)
		assert.Equal(t, c.honorific, h, c.in)
		assert.Equal(t, c.name, n, c.in)
	}
}

// authorityPrefix reads the prefix of a signature block in its printed
// variants; a prefix needs a title in capitals after it (or the lower-case
// ubnd and bộ of legacy text), and Q. a capitals title.
func TestAuthorityPrefix(t *testing.T) {
	for _, c := range []struct {
		in, canon, rest string
		ok              bool
	}{
		{"TM.ỦY BAN NHÂN DÂN", "TM.", "ỦY BAN NHÂN DÂN", true},
		{"T.M. BAN CHẤP HÀNH", "TM.", "BAN CHẤP HÀNH", true},
		{"tm. ubnd tỉnh", "TM.", "ubnd tỉnh", true},
		{"TUQ. CHỦ TỊCH", "TUQ.", "CHỦ TỊCH", true},
		{"Q. GIÁM ĐỐC", "Q.", "GIÁM ĐỐC", true},
		{"Q. cán bộ", "", "", false},
		{"KT. chủ tịch", "", "", false},
		{"KT.", "", "", false},
		{"Tổng cục", "", "", false},
		// without the dot (241): only before a post or a body in capitals
		{"KT GIÁM ĐỐC", "KT.", "GIÁM ĐỐC", true},
		{"TL BỘ TRƯỞNG", "TL.", "BỘ TRƯỞNG", true},
		{"TM ỦY BAN NHÂN DÂN", "TM.", "ỦY BAN NHÂN DÂN", true},
		{"KT TSCĐ", "", "", false},
		{"TM giám đốc", "", "", false},
	} {
		canon, rest, ok := authorityPrefix(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		assert.Equal(t, c.canon, canon, c.in)
		assert.Equal(t, c.rest, rest, c.in)
	}
	for s, want := range map[string]bool{"KT.": true, "t/m": true, "Tl.": true, "TM. ỦY BAN": false} {
		assert.Equal(t, want, isBarePrefix(s), s)
	}
}
