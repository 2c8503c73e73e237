package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// Issue 12, items 1, 2, 4 and 5: the preamble items and the enacting line,
// on lines quoted from the corpus (the file is named in each case).

// withHeader puts a header of the given type and abstract above body, a
// blank line between them (the text comes normalised: "hoà" reads "hòa").
func withHeader(t *testing.T, typ, abstract, body string) *model.Document {
	t.Helper()
	return parse(t, `THỦ TƯỚNG CHÍNH PHỦ
Số: 982/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 26 tháng 5 năm 2026
`+typ+"\n"+abstract+"\n\n"+body)
}

// Item 1: a preamble item ends at its ";" or "." or at the next formula
// opening, not at a line break before a capital, a number or a year.
func TestPreambleItemsJoinHardWraps(t *testing.T) {
	// 068_quyetdinh_quyet-dinh-982-qd-ttg-469699.txt
	d := withHeader(t, "QUYẾT ĐỊNH", "Phê duyệt Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số", `Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức
Chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ
Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ tại Tờ trình số
72/TTr-BKHCN ngày 28 tháng 4 năm 2026 và Văn bản số 3374/ BKHCN-
CNCNTT ngày 21 tháng 5 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số
vươn ra toàn cầu đến năm 2030, tầm nhìn đến năm 2045 (sau đây gọi tắt là Đề án)
với những nội dung sau đây:
`)
	assert.Equal(t, []string{
		"Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025;",
		"Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
		"Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ tại Tờ trình số 72/TTr-BKHCN ngày 28 tháng 4 năm 2026 và Văn bản số 3374/ BKHCN- CNCNTT ngày 21 tháng 5 năm 2026.",
	}, d.Preamble)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)
	require.NotEmpty(t, d.Sections)
	assert.Equal(t, "Điều 1", d.Sections[0].Label)
}

func TestPreambleAmendingLawStaysInItsItem(t *testing.T) {
	// 063_quyetdinh_quyet-dinh-1205-qd-bkhdt-41976.txt: "Căn cứ Luật …; /
	// Luật sửa đổi …;" is one item; the standalone enacting line after it
	d := withHeader(t, "QUYẾT ĐỊNH", "Về việc công bố kết quả hệ thống hóa văn bản", `Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;

 Theo đề nghị của Vụ trưởng Vụ Pháp chế,

QUYẾT ĐỊNH:

Điều 1. Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh
vực quản lý nhà nước của Bộ Kế hoạch và Đầu tư kỳ 2019 - 2023
`)
	assert.Equal(t, []string{
		"Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;",
		"Theo đề nghị của Vụ trưởng Vụ Pháp chế,",
	}, d.Preamble)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)
}

func TestPreambleOpeningWordsThatWrap(t *testing.T) {
	// 276_quyetdinh_96-2025-qd-ubnd-uy-ban-nhan-dan-tinh-qua.md: italic
	// items wrapped after their first word, and a closing formula that wraps
	d := withHeader(t, "QUYẾT ĐỊNH", "QUY ĐỊNH VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH QUẢNG NINH", `*Căn
cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
*Theo
đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 551/TTr-SNNMT
ngày 20 tháng 10 năm 2025; văn bản số 11268/SNNMT-KL ngày 11 tháng 11 năm 2025;
báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025;*
*Ủy
ban nhân dân ban hành Quyết định quy định về phòng cháy, chữa cháy rừng trên
địa bàn tỉnh Quảng Ninh.*
Điều 1. Ban hành kèm theo Quyết định này Quy định về phòng cháy, chữa cháy rừng.
`)
	assert.Equal(t, []string{
		"Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
		"Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 551/TTr-SNNMT ngày 20 tháng 10 năm 2025; văn bản số 11268/SNNMT-KL ngày 11 tháng 11 năm 2025; báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025;",
		"Ủy ban nhân dân ban hành Quyết định quy định về phòng cháy, chữa cháy rừng trên địa bàn tỉnh Quảng Ninh.",
	}, d.Preamble)
}

func TestPreambleWrapBeforeIssuingWordsIsNoClosingFormula(t *testing.T) {
	// 113_thongtu_thong-tu-02-2023-tt-bldtbxh-39230.txt: "… của Thủ tướng /
	// Chính phủ ban hành quy định …" continues the Căn cứ item
	d := withHeader(t, "THÔNG TƯ", "Sửa đổi, bổ sung một số điều của Thông tư số 09/2022/TT-BLĐTBXH", `Căn cứ Quyết định số 02/2022/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng
Chính phủ ban hành quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương;
Theo đề nghị của Chánh Văn phòng Quốc gia về giảm nghèo;
Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH.
Điều 1. Sửa đổi, bổ sung Điều 1
`)
	assert.Equal(t, []string{
		"Căn cứ Quyết định số 02/2022/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ ban hành quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương;",
		"Theo đề nghị của Chánh Văn phòng Quốc gia về giảm nghèo;",
		"Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH.",
	}, d.Preamble)
}

func TestPreambleGlueAndFootnotes(t *testing.T) {
	// 005_duthao_du-thao-luat-ve-hoi-do-quoc-hoi-ban-hanh.txt: a wrap before
	// ";" joins without a space; 054_vbhn: the footnote marker "[2]" is dropped
	d := withHeader(t, "LUẬT", "VỀ HỘI", `Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam
;
Quốc hội ban hành Luật Thuế thu nhập cá nhân[2].
Chương I NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
`)
	assert.Equal(t, []string{
		"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
		"Quốc hội ban hành Luật Thuế thu nhập cá nhân.",
	}, d.Preamble)
}

// A consolidated text's footnote number glued between the closing formula's
// last word and its stop is dropped (122, 124); a symbol's or a unit's
// digits are not.
func TestPreambleNoteNumberBeforeTheStop(t *testing.T) {
	d := withHeader(t, "LUẬT", "BẢO HIỂM Y TẾ", `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Bảo hiểm y tế1.
Chương I NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
`)
	assert.Equal(t, "Quốc hội ban hành Luật Bảo hiểm y tế.", d.Preamble[len(d.Preamble)-1])
	for in, want := range map[string]string{
		"… giáo dục nghề nghiệp1.": "… giáo dục nghề nghiệp.", "Căn cứ Luật số 32/2013/QH13.": "Căn cứ Luật số 32/2013/QH13.",
		"diện tích 100 m2.": "diện tích 100 m2.", "Căn cứ Điều 5;": "Căn cứ Điều 5;", "tế1234.": "tế1234.",
	} {
		assert.Equal(t, want, dropNoteBeforeStop(in), in)
	}
}

// Item 2: the enacting line, standalone, glued, without a colon, in mixed
// case, bold in markdown; never the title line.
func TestEnactingLineForms(t *testing.T) {
	for _, c := range []struct{ name, body, preamble, enacting string }{
		{"008 glued", "Sau khi có ý kiến của Viện trưởng Viện kiểm sát nhân dân tối cao và Bộ trưởng Bộ Tư pháp, QUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\n",
			"Sau khi có ý kiến của Viện trưởng Viện kiểm sát nhân dân tối cao và Bộ trưởng Bộ Tư pháp,", "QUYẾT NGHỊ:"},
		{"021 no colon", "Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, Báo cáo thẩm tra của Uỷ ban pháp luật và ý kiến của các vị đại biểu Quốc hội;\nQUYẾT NGHỊ\nĐiều 1: Nhà nước không xem xét lại chủ trương, chính sách.\n",
			"Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, Báo cáo thẩm tra của Ủy ban pháp luật và ý kiến của các vị đại biểu Quốc hội;", "QUYẾT NGHỊ"},
		{"NghiDinh114 mixed case", "\tTheo đề nghị của Bộ trưởng Bộ Nội vụ,\n\n\nNghị Định:\n\n\nĐiều 1. Phạm vi điều chỉnh\n",
			"Theo đề nghị của Bộ trưởng Bộ Nội vụ,", "Nghị Định:"},
		{"2004-A3 space before colon", "Theo đề nghị của Bộ trưởng Bộ Tài chính,\nNGHỊ ĐỊNH :\nĐiều 1. Sửa đổi\n",
			"Theo đề nghị của Bộ trưởng Bộ Tài chính,", "NGHỊ ĐỊNH :"},
		{"242 bold markdown", "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 2930/TTr-SYT ngày 27/11/2025.\n**QUYẾT ĐỊNH:**\n**Điều 1.** Công bố\n",
			"Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 2930/TTr-SYT ngày 27/11/2025.", "QUYẾT ĐỊNH:"},
		{"287 Party", "Xét đề nghị của Vụ Lý luận chính trị,\nTRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n",
			"Xét đề nghị của Vụ Lý luận chính trị,", "TRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG QUYẾT ĐỊNH"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := withHeader(t, "QUYẾT ĐỊNH", "Về việc ban hành Quy chế", c.body)
			assert.Equal(t, []string{c.preamble}, d.Preamble)
			assert.Equal(t, c.enacting, d.Enacting)
			require.NotEmpty(t, d.Sections)
			assert.Equal(t, "dieu", d.Sections[0].Kind)
		})
	}
}

func TestEnactingGluedInAFlattenedLine(t *testing.T) {
	// 016_quyetdinh_quyet-dinh-173-qd-btp.txt: two items and the enacting
	// line on one line
	d := withHeader(t, "QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai", `Căn cứ Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 của Ủy ban Dân tộc và Bộ Tư pháp về phối hợp công tác giữa Ủy ban Dân tộc và Bộ Tư pháp giai đoạn 2014 - 2020, Xét đề nghị của Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch triển khai.
`)
	assert.Equal(t, []string{
		"Căn cứ Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 của Ủy ban Dân tộc và Bộ Tư pháp về phối hợp công tác giữa Ủy ban Dân tộc và Bộ Tư pháp giai đoạn 2014 - 2020,",
		"Xét đề nghị của Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật,",
	}, d.Preamble)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)
}

func TestTitleLineIsNotTheEnactingLine(t *testing.T) {
	// the title "QUYẾT ĐỊNH" above the abstract is the type, and a document
	// without an enacting line keeps Enacting empty
	d := withHeader(t, "QUYẾT ĐỊNH", "Về Quỹ Hỗ trợ việc làm ngoài nước", `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Nội vụ;
Thủ tướng Chính phủ ban hành Quyết định về Quỹ Hỗ trợ việc làm ngoài nước.
Điều 1. Phạm vi điều chỉnh
`)
	assert.Equal(t, "Quyết định", d.Type)
	assert.Equal(t, "", d.Enacting)
	assert.Len(t, d.Preamble, 3)
}

func TestEnactingOfAJudgmentInAnÁnLệ(t *testing.T) {
	// 181_anle_an-le-so-15-docx.docx: the quoted judgment's operative line
	d := parse(t, `ÁN LỆ SỐ 15/2017/AL
Về công nhận thỏa thuận miệng
Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 14 tháng 12 năm 2017.
Nguồn án lệ:
- Quyết định giám đốc thẩm số 394/2012/DS-GĐT.
NỘI DUNG VỤ ÁN:
Theo đơn khởi kiện đề ngày 02-5-2006 và các lời khai khác trong quá trình giải quyết vụ án.
Bởi các lẽ trên;
Căn cứ vào khoản 2 Điều 291, khoản 3 Điều 297 và Điều 299 của Bộ luật Tố tụng dân sự;
QUYẾT ĐỊNH:
1. Chấp nhận Kháng nghị giám đốc thẩm.
NỘI DUNG ÁN LỆ:
“[2] … Tòa án phải công nhận thỏa thuận miệng.”
`)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)
	assert.Empty(t, d.Preamble)
}

// Item 4: a công văn that quotes the law has no preamble.
func TestLetterReasoningIsBody(t *testing.T) {
	// 213_congvan_5467-ct-cs-cuc-thue.md
	d := withHeader(t, "CÔNG VĂN", "V/v chính sách thuế", `Cục Thuế nhận được công văn số 286/GLA-CNTK ngày 23/07/2025 của Thuế tỉnh Gia Lai. Về vấn đề này, Cục
Thuế có ý kiến như sau:
Tại khoản 2 Điều 160 Luật Đất đai số 31/2024/QH15 ngày 18/01/2024 quy định:
“2. Bảng giá đất được áp dụng cho các trường hợp sau đây: …”
Căn cứ quy định nêu trên, cơ quan thuế không có trách nhiệm xác định đơn giá thu tiền thuê đất.
Cục Thuế trả lời để Thuế tỉnh Gia Lai được biết./.
`)
	assert.Empty(t, d.Preamble)
	assert.Equal(t, "", d.Enacting)
	require.NotEmpty(t, d.Sections)
}

// Item 5: narrative before a formula lead-in is body; the lead-in is the
// preamble; neither swallows the first division.
func TestNarrativeThenFormulaLeadIn(t *testing.T) {
	// 074_chithi_chi-thi-21-ct-ttg-469580.txt
	d := withHeader(t, "CHỈ THỊ", "Về việc sắp xếp thôn, tổ dân phố", `Thực hiện chủ trương của Đảng và các quy định của pháp luật, trong những
năm qua việc sắp xếp thôn, tổ dân phố trong cả nước đã đạt được kết quả quan trọng, số lượng thôn, tổ dân phố giảm dần; nhiều
thôn, tổ dân phố đã đáp ứng tiêu chí quy mô số hộ gia đình theo quy định hiện
hành. Tuy nhiên, đến thời điểm hiện nay vẫn còn nhiều thôn, tổ dân phố chưa
bảo đảm tiêu chí theo quy định. Sau khi thực hiện sắp xếp đơn vị hành chính cấp
tỉnh, cấp xã năm 2025, bình quân số lượng thôn, tổ dân phố tăng lên nhiều.
Thực hiện Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính
trị về sắp xếp thôn, tổ dân phố; nhằm bảo đảm việc
triển khai được thực hiện thống nhất, Thủ tướng Chính phủ yêu cầu các bộ,
ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây:
I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ
1. Việc sắp xếp thôn, tổ dân phố phải bảo đảm phù hợp với tiêu chí.
`)
	assert.Equal(t, []string{
		"Thực hiện Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị về sắp xếp thôn, tổ dân phố; nhằm bảo đảm việc triển khai được thực hiện thống nhất, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau đây:",
	}, d.Preamble)
	require.Len(t, d.Sections, 2)
	assert.Equal(t, "text", d.Sections[0].Kind)
	assert.Contains(t, d.Sections[0].Text, "trong những")
	assert.Equal(t, "I", d.Sections[1].Label)
}

func TestPlanOpeningIsPreamble(t *testing.T) {
	// 239_kehoach_980-kh-ubnd-tinh-n*.md: the formula opening and the closing
	// formula of a kế hoạch, then its first Roman section
	d := withHeader(t, "KẾ HOẠCH", "Triển khai thi hành Nghị định", `Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định (sau đây viết tắt là Nghị định).
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
`)
	assert.Equal(t, []string{
		"Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định (sau đây viết tắt là Nghị định).",
		"Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
	}, d.Preamble)
	require.NotEmpty(t, d.Sections)
	assert.Equal(t, "I", d.Sections[0].Label)
}

func TestClosingFormulaWrappedAfterASentence(t *testing.T) {
	// 254_kehoach_310-kh-ubnd-*.md: the formula opening ends in "." inside a
	// line and the closing formula starts after it, its verb on the next
	// line: two items, not one narrative paragraph of two sentences
	d := withHeader(t, "KẾ HOẠCH", "PHÁT TRIỂN HẠ TẦNG SỐ", `Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc gia; Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND Thành phố về triển khai
Nghị quyết số 57-NQ/TW về chuyển đổi số quốc gia. UBND thành phố
Hà Nội ban hành Kế hoạch phát triển hạ tầng số đến năm 2030 với những nội dung cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
`)
	assert.Equal(t, []string{
		"Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc gia; Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND Thành phố về triển khai Nghị quyết số 57-NQ/TW về chuyển đổi số quốc gia.",
		"UBND thành phố Hà Nội ban hành Kế hoạch phát triển hạ tầng số đến năm 2030 với những nội dung cụ thể như sau:",
	}, d.Preamble)
	require.NotEmpty(t, d.Sections)
	assert.Equal(t, "I", d.Sections[0].Label)

	// the same words without the verb of a closing formula stay narrative
	d = withHeader(t, "KẾ HOẠCH", "PHÁT TRIỂN HẠ TẦNG SỐ", `Triển khai thực hiện Nghị quyết số 57-NQ/TW, thành phố đã đạt kết quả quan trọng. UBND thành phố
Hà Nội đã ban hành Kế hoạch số 12/KH-UBND.

I. MỤC ĐÍCH, YÊU CẦU
`)
	assert.Empty(t, d.Preamble)
}

func TestClosingFormulaThatNotifiesOrDirects(t *testing.T) {
	// 225_thongbao_37692-tb-chq-*.md and 235_congvan_4085-ubnd-*.md: after
	// the Căn cứ and Xét items, the issuer "thông báo" or "có ý kiến chỉ
	// đạo" "như sau:" closes the preamble as "quy định … như sau:" does
	for _, closing := range []string{
		"Cục Hải quan thông báo kết quả xác định trước mã số như sau:",
		"Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:",
	} {
		d := withHeader(t, "THÔNG BÁO", "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC", `Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;
Xét đề nghị của Công ty TNHH A tại công văn số 12/2025 ngày 5 tháng 9 năm 2025;
`+closing+`
1. Hàng hóa đề nghị xác định trước mã số
`)
		assert.Equal(t, []string{
			"Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;",
			"Xét đề nghị của Công ty TNHH A tại công văn số 12/2025 ngày 5 tháng 9 năm 2025;",
			closing,
		}, d.Preamble)
	}
}

func TestAmendingLawClosingFormula(t *testing.T) {
	// 048_luat_luat-hai-quan-sua-doi-2005.txt, 203_luat_dau-tu-nuoc-ngoai-2000.txt:
	// an amending law closes its preamble with "Luật này sửa đổi, bổ sung …"
	d := withHeader(t, "LUẬT", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT HẢI QUAN", `Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;
Luật này sửa đổi, bổ sung một số điều của Luật hải quan đã được Quốc hội thông qua ngày 29 tháng 6 năm 2001.

Điều 1
Sửa đổi, bổ sung một số điều của Luật hải quan:
`)
	assert.Equal(t, []string{
		"Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;",
		"Luật này sửa đổi, bổ sung một số điều của Luật hải quan đã được Quốc hội thông qua ngày 29 tháng 6 năm 2001.",
	}, d.Preamble)
	require.NotEmpty(t, d.Sections)
	assert.Equal(t, "Điều 1", d.Sections[0].Label)
}

func TestReplyReasoningAfterItsAnnouncement(t *testing.T) {
	// 215_congvan_5491-ct-cs-*.md: once the letter says "… có ý kiến như
	// sau:", the Căn cứ lines that follow are its answer's reasoning, even
	// when the last one leads into numbered points
	d := withHeader(t, "CÔNG VĂN", "V/v chi phí được trừ", `Kính gửi: Thuế tỉnh A
Cục Thuế nhận được công văn số 12/A-QLDN ngày 13/9/2025 của Thuế tỉnh A về việc xác định chi phí. Về vấn đề này, Cục Thuế có ý kiến như sau:
Căn cứ quy định tại khoản 1 Điều 9 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;
Căn cứ các quy định nêu trên:
1. Về thuế giá trị gia tăng
Đề nghị Thuế tỉnh A căn cứ quy định nêu trên để xác định.
`)
	assert.Empty(t, d.Preamble)
}

func TestPurposeThatAsksWithoutSau(t *testing.T) {
	// 231_congdien_223-cd-ttg-*.md, 270_chithi_06-ct-ubnd-*.md: "Để …, Thủ
	// tướng Chính phủ yêu cầu:" asks in the issuer's name, though no "sau"
	// follows the verb
	d := withHeader(t, "CHỈ THỊ", "VỀ TĂNG CƯỜNG BẢO VỆ RỪNG", `Để tập trung ứng phó mưa lũ, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng Chính phủ yêu
cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo sơ tán dân.
2. Bộ Quốc phòng chủ động lực lượng.
`)
	assert.Equal(t, []string{"Để tập trung ứng phó mưa lũ, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng Chính phủ yêu cầu:"}, d.Preamble)
}

func TestItemListsALetterAfterSemicolon(t *testing.T) {
	// 259_kehoach_165-kh-ubnd-*.md: after ";" a line that names a letter by
	// its number goes on with the item, as a law or a decree does
	d := withHeader(t, "KẾ HOẠCH", "THỰC HIỆN CÔNG TÁC DÂN SỐ", `Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về công tác dân số;
Công văn số 6676/BYT-CDS ngày 29 tháng 10 năm 2024 của Bộ Y tế về việc triển khai thực hiện Chỉ thị.
I. MỤC ĐÍCH, YÊU CẦU
`)
	assert.Equal(t, []string{"Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về công tác dân số; Công văn số 6676/BYT-CDS ngày 29 tháng 10 năm 2024 của Bộ Y tế về việc triển khai thực hiện Chỉ thị."}, d.Preamble)
}

func TestPurposeThatIssues(t *testing.T) {
	// legacy 2004-B8.doc, 2003-A37.rtf: a purpose sentence whose main clause
	// is the issuer's own closing formula is the preamble, not narrative
	for _, item := range []string{
		"Để đảm bảo việc tuân thủ Luật Đầu tư nước ngoài tại Việt Nam, Bộ Tài chính hướng dẫn bổ sung một số điểm sau đây:",
		"Để thúc đẩy việc sản xuất linh kiện, phụ tùng trong nước, liên Bộ Tài chính - Công nghiệp - Tổng cục Hải quan thống nhất hướng dẫn bổ sung, sửa đổi như sau:",
	} {
		d := withHeader(t, "THÔNG TƯ", "HƯỚNG DẪN BỔ SUNG CHẾ ĐỘ KẾ TOÁN", item+`
1- Về hệ thống chế độ kế toán áp dụng:
Doanh nghiệp áp dụng chế độ kế toán Việt Nam.
`)
		assert.Equal(t, []string{item}, d.Preamble)
	}
}

func TestPurposeWithoutRequestIsNarrative(t *testing.T) {
	// 017_chithi_chi-thi-299-ttg.txt: "Để …, các ngành, các cấp cần thực hiện
	// … sau đây:" asks nothing of anyone in the issuer's name: body
	d := withHeader(t, "CHỈ THỊ", "Về công tác đo đạc", `Để các công việc nói trên tiến hành được thuận lợi, bảo đảm yêu cầu về chất lượng và thời gian, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:
1. Để phục vụ kế hoạch phát triển kinh tế 5 năm lần thứ 3 (1981-1985) và kế hoạch dài hạn.
2. Căn cứ vào kết quả của công tác nói trên, cần lập hồ sơ ruộng đất.
`)
	assert.Empty(t, d.Preamble)
	require.NotEmpty(t, d.Sections)
}
