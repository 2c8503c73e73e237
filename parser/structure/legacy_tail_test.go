package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Legacy .doc files wrap the Lưu line onto a second line of registry codes;
// the wrap belongs to the archive, and a dot that closed the first line stays
// between the two. The tails are those of 2003-A28.rtf and 2003-A30.rtf; a
// signature line after a Lưu line is no wrap.
func TestArchiveWrappedOntoCodes(t *testing.T) {
	for _, c := range []struct{ tail, archive, signer string }{
		{"                                                                                        KT/BỘ TRƯỞNG BỘ TÀI CHÍNH\n" +
			"                                                                                                         THỨ TRƯỞNG\n" +
			"Nơi nhận:\n- Văn phòng TW Đảng\n- VP Quốc hội, VP Chủ tịch nước\n- Các đơn vị trực thuộc Bộ\n" +
			"- Lưu: VP (HC,TH) \n        TCT (HC,NV3)\n", "VP (HC,TH) TCT (HC,NV3)", ""},
		{"Nơi nhận:\n- Công báo                                                                                                Vũ Văn Ninh\n" +
			"- Đại diện Tổng cục thuế tại các tỉnh phía Nam\n- Lưu:  VP (TH, HC).\n           TCT(HC, NV3)\n", "VP (TH, HC). TCT(HC, NV3)", ""},
		{"Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TH.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrương Chí Trung\n", "VT, TH", "Trương Chí Trung"},
	} {
		d := parse(t, tailDoc(c.tail))
		assert.Equal(t, c.archive, d.Archive, "%q", c.tail)
		if c.signer != "" && assert.NotEmpty(t, d.Signers) {
			assert.Equal(t, c.signer, d.Signers[0].Name)
		}
	}
	for _, s := range []string{"TCT (HC, NV3)", "TCT(HC, NV3)"} {
		assert.True(t, isArchiveWrap(s), s)
	}
	for _, s := range []string{"THỨ TRƯỞNG", "(Đã ký)", "Trương Chí Trung", "TM. UBND", "KT. BỘ TRƯỞNG (ký)", "VP"} {
		assert.False(t, isArchiveWrap(s), s)
	}
}

// A Nơi nhận item bulleted with a dot instead of a dash is an item of its own
// (2003-A30.rtf: "- Văn phòng TW Đảng" / ". Văn phòng Quốc hội").
func TestRecipientBulletedWithADot(t *testing.T) {
	d := parse(t, tailDoc("Nơi nhận:\n- Văn phòng TW Đảng\n. Văn phòng Quốc hội\n- Văn phòng Chủ tịch nước\n- Lưu: VP (TH, HC).\nKT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\nVũ Văn Ninh\n"))
	var names []string
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"Văn phòng TW Đảng", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước"}, names)
	assert.Equal(t, "VP (TH, HC)", d.Archive)
}

// The tail of an RTF file laid out as a table, each cell closed by '|'
// (2003-A05.rtf, its lines as decoded, the wrapped items on one line here as
// plain text joins them): the list is the left cell, the signature
// the right one; the Lưu line typed "Lựu" with a registry code after it is
// still the archive, and a name "Lựu" is not.
func TestRTFTableTail(t *testing.T) {
	d := parse(t, tailDoc("Nơi nhận:|KT. BỘ TRƯỞNG BỘ TÀI CHÍNH|\n- VP Trung ương và các ban của Đảng|THỨ TRƯỞNG|\n- VP Quốc hội||\n- Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ|đã ký|\n- Cơ quan TƯ của các đoàn thể\n- UBND, Sở Tài chính, Cục thuế các tỉnh, thành phố trực thuộc TW|Vũ Văn Ninh|\n- Lựu VP (HC,TH), TCT (HC,NV5)||\n"))
	var names []string
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"VP Trung ương và các ban của Đảng", "VP Quốc hội", "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Cơ quan TƯ của các đoàn thể", "UBND, Sở Tài chính, Cục thuế các tỉnh, thành phố trực thuộc TW"}, names)
	assert.Equal(t, "VP (HC,TH), TCT (HC,NV5)", d.Archive)
	if assert.Len(t, d.Signers, 1) {
		assert.Equal(t, "Vũ Văn Ninh", d.Signers[0].Name)
		assert.Equal(t, "THỨ TRƯỞNG", d.Signers[0].Position)
	}
	_, ok := archiveTypo("Lựu Văn Bình")
	assert.False(t, ok)
}
