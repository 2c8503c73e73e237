package refs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// TestIssueForms covers the citation forms that issue 3 lists, each on a real
// sentence of the corpus or of the format reference (source in the comment).
func TestIssueForms(t *testing.T) {
	// T50: legacy symbol with the issuer before the type (2002 decision of the Ministry of Finance)
	check(t, "Quyết định số 999-TC/QĐ-CĐKT ngày 02/11/1996 của Bộ trưởng Bộ Tài chính",
		Options{}, want{"999-TC/QĐ-CĐKT", "Quyết định", "1996-11-02", "Bộ trưởng Bộ Tài chính", "", 1})
	// T14: slash between type and issuer, inner space
	check(t, "Căn cứ Quyết định số 144 /2002/QĐ/BTC ngày 10/12/2002 của Bộ trưởng Bộ Tài chính;",
		Options{}, want{"144/2002/QĐ-BTC", "Quyết định", "2002-12-10", "Bộ trưởng Bộ Tài chính", "basis", 1})
	// 044: broken Party symbol and a spaced State symbol in one sentence
	check(t, "Thực hiện Kế hoạch số 119- KH/TU ngày 18/12/2019 của Ban Thường vụ Tỉnh ủy và Quyết định số 416/QĐ- TTg ngày 25/3/2020 của Thủ tướng Chính phủ",
		Options{},
		want{"119-KH/TU", "Kế hoạch", "2019-12-18", "Ban Thường vụ Tỉnh ủy", "implements", 1},
		want{"416/QĐ-TTg", "Quyết định", "2020-03-25", "Thủ tướng Chính phủ", "implements", 1})
	// "KH- UBND": space after the hyphen of a State symbol
	check(t, "triển khai Kế hoạch số 25/KH- UBND ngày 14-3-2011 của UBND tỉnh",
		Options{}, want{"25/KH-UBND", "Kế hoạch", "2011-03-14", "UBND tỉnh", "implements", 1})
	// 044: citation inside an upper-case title
	check(t, "V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019",
		Options{},
		want{"119-KH/TU", "Kế hoạch", "2019-12-18", "-", "", 1},
		want{"37-CT/TW", "Chỉ thị", "2019-09-03", "-", "", 1})
	// the seed: a Party directive cited in full, then by symbol alone
	check(t, "Chỉ thị số 44-CT/TW ngày 20/7/2010 của Ban Bí thư (khóa X) về công tác nhân quyền trong tình hình mới; Quyết định số 366/QĐ-TTg ngày 14/3/2011 của Thủ tướng Chính phủ về thực hiện Chỉ thị 44-CT/TW của Ban Bí thư",
		Options{},
		want{"44-CT/TW", "Chỉ thị", "2010-07-20", "-", "", 2},
		want{"366/QĐ-TTg", "Quyết định", "2011-03-14", "Thủ tướng Chính phủ", "", 1})
	// old decree symbol "15/CP" and "Nghị định 15/CP" without số
	check(t, "thi hành Nghị định 15/CP của Chính phủ", Options{}, want{"15/CP", "Nghị định", "", "Chính phủ", "", 1})
}

func TestIssueRelations(t *testing.T) {
	// T74: the effect article replaces an earlier decision
	check(t, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược",
		Options{SelfType: "Quyết định"}, want{"942/QĐ-TTg", "Quyết định", "2021-06-15", "Thủ tướng Chính phủ", model.RelationReplaces, 1})
	// hủy bỏ is a repeal
	check(t, "2. Hủy bỏ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh.",
		Options{}, want{"12/QĐ-UBND", "Quyết định", "2024-01-05", "-", model.RelationRepeals, 1})
	// a guiding decree
	check(t, "Thông tư này hướng dẫn thi hành Nghị định số 19/2019/NĐ-CP ngày 19 tháng 02 năm 2019 của Chính phủ",
		Options{SelfType: "Thông tư"}, want{"19/2019/NĐ-CP", "Nghị định", "2019-02-19", "Chính phủ", model.RelationGuides, 1})
	// an amending decree
	check(t, "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ",
		Options{}, want{"100/2024/NĐ-CP", "Nghị định", "2024-07-26", "Chính phủ", model.RelationAmends, 1})
}

func TestSelfAndOwnNumber(t *testing.T) {
	refs, self := Extract([]byte("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025. Khoản 1 Điều 112 của Luật này được hướng dẫn bởi Luật số 80/2015/QH13."),
		Options{SelfType: "Luật", SelfNumber: "80/2015/QH13"})
	assert.Empty(t, refs, "the document's own number is not a reference")
	require.Len(t, self, 2)
	assert.Equal(t, "Luật này", self[0].Text)
	require.NotEmpty(t, self[1].Parts)
	assert.Equal(t, []string{"112"}, self[1].Parts[0].Articles)
}
