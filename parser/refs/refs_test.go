package refs

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// want is the expected summary of one reference.
type want struct {
	id, typ, date, issuer, rel string
	mentions                   int // 0 = do not check
}

func check(t *testing.T, text string, opt Options, ws ...want) []model.Reference {
	t.Helper()
	refs, _ := Extract([]byte(text), opt)
	got := make([]string, len(refs))
	for i, r := range refs {
		got[i] = r.ID
	}
	require.Len(t, refs, len(ws), "refs: %v", got)
	for i, w := range ws {
		r := refs[i]
		assert.Equal(t, w.id, r.ID, "id")
		if w.typ != "" {
			assert.Equal(t, w.typ, r.Type, "type of %s", r.ID)
		}
		if w.date != "-" {
			assert.Equal(t, w.date, r.Date, "date of %s", r.ID)
		}
		if w.issuer != "-" {
			assert.Equal(t, w.issuer, r.Issuer, "issuer of %s", r.ID)
		}
		if w.rel != "" {
			assert.Equal(t, w.rel, r.Relation, "relation of %s", r.ID)
		}
		if w.mentions > 0 {
			assert.Len(t, r.Mentions, w.mentions, "mentions of %s", r.ID)
		}
		for _, m := range r.Mentions {
			assert.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
	return refs
}

func TestFullCitations(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"T42 upper-case title", "KẾ HOẠCH\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TRIỂN KHAI",
			[]want{{"1899/QĐ-TTg", "Quyết định", "2025-09-04", "THỦ TƯỚNG CHÍNH PHỦ", "implements", 1}}},
		{"slash date and issuer", "Căn cứ Quyết định số 366/QĐ-TTg ngày 14/3/2011 của Thủ tướng Chính phủ phê duyệt Đề án;",
			[]want{{"366/QĐ-TTg", "Quyết định", "2011-03-14", "Thủ tướng Chính phủ", "basis", 1}}},
		{"long date", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
			[]want{{"30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ", "basis", 1}}},
		{"T41 long date across a line", "Nghị quyết số 66.7/2025/NQ-CP ngày\n15 tháng 11 năm 2025 của Chính phủ",
			[]want{{"66.7/2025/NQ-CP", "Nghị quyết", "2025-11-15", "Chính phủ", "cites", 1}}},
		{"T84 party comma and hyphen date", "Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 về thể thức văn bản",
			[]want{{"31-QĐ/TW", "Quyết định", "1997-10-01", "Bộ Chính trị", "cites", 1}}},
		{"T83 dot date", "Công văn số 123/UBND-VX ngày 16.2.2016 của UBND tỉnh",
			[]want{{"123/UBND-VX", "Công văn", "2016-02-16", "UBND tỉnh", "cites", 1}}},
		{"T44 year only and spaces", "theo Nghị quyết 86 /NQ-CP năm 2025 và Văn bản 6721 /VPCP-V.I năm 2025",
			[]want{{"86/NQ-CP", "Nghị quyết", "2025", "", "", 1}, {"6721/VPCP-V.I", "Công văn", "2025", "", "", 1}}},
		{"T35 generic noun, list by số, homoglyph", "văn bản số 16495/BТС-PTHT ngày 22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025 của Bộ Tài chính",
			[]want{{"16495/BTC-PTHT", "Công văn", "2025-10-22", "Bộ Tài chính", "", 1}, {"13021/BTC-PTHT", "Công văn", "2025-08-22", "Bộ Tài chính", "", 1}}},
		{"công văn lower case", "công văn số 823/DLA-CNTK ngày 17/09/2025 của Thuế tỉnh Đắk Lắk về việc",
			[]want{{"823/DLA-CNTK", "Công văn", "2025-09-17", "Thuế tỉnh Đắk Lắk", "", 1}}},
		{"T37 dash variant", "Nghị định 204/2004/NĐ–CP và Quyết định số 55/QĐ–QUTW",
			[]want{{"204/2004/NĐ-CP", "Nghị định", "", "", "", 1}, {"55/QĐ-QUTW", "Quyết định", "", "", "", 1}}},
		{"T38 inner space", "ban hành kèm theo Quyết định 1037/QĐ- UBND ngày 14/5/2025",
			[]want{{"1037/QĐ-UBND", "Quyết định", "2025-05-14", "", "cites", 1}}},
		{"T39 lower-case noun, missing hyphen", "thông tư số 03/2021/TTBKHĐT ngày 09 tháng 4 năm\n2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư",
			[]want{{"03/2021/TT-BKHĐT", "Thông tư", "2021-04-09", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "", 1}}},
		{"T40 symbol split at the line end", "Thông tư số 21/2020/TT-\nBTTTT",
			[]want{{"21/2020/TT-BTTTT", "Thông tư", "", "", "", 1}}},
		{"T45 footnote", "Nghị quyết số 202/2025/QH15[1] về việc sắp xếp đơn vị hành chính cấp tỉnh",
			[]want{{"202/2025/QH15", "Nghị quyết", "", "", "", 1}}},
		{"T47 joint resolution", "Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025",
			[]want{{"102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", "2025-09-26", "", "", 1}}},
		{"T51 legacy symbol", "Căn cứ Nghị định số 15/CP ngày 2/3/1993 của Chính phủ quy định nhiệm vụ",
			[]want{{"15/CP", "Nghị định", "1993-03-02", "Chính phủ", "basis", 1}}},
		{"T55 party comma date in parentheses", "(Tờ trình số 03-TTr/ĐU, ngày 17/10/2025)",
			[]want{{"03-TTr/ĐU", "Tờ trình", "2025-10-17", "", "", 1}}},
		{"T57 QĐNS", "theo Quyết định số 1379-QĐNS/TƯ của Bộ Chính trị",
			[]want{{"1379-QĐNS/TW", "Quyết định", "", "Bộ Chính trị", "", 1}}},
		{"T58 Quy định with QĐ and QĐi", "Quy định số 11-QĐi/TW, ngày 18/02/2019 của Bộ\nChính trị; Quy định 366-QĐ/TW năm 2025",
			[]want{{"11-QĐi/TW", "Quy định", "2019-02-18", "Bộ Chính trị", "", 1}, {"366-QĐ/TW", "Quy định", "2025", "", "", 1}}},
		{"Đ initial", "theo Đề án số 06/ĐA-UBND và ĐỀ ÁN SỐ 07/ĐA-UBND", []want{{"06/ĐA-UBND", "Đề án", "", "", "", 1}, {"07/ĐA-UBND", "Đề án", "", "", "", 1}}},
		{"T59 party directive", "Chỉ thị 44-CT/TW", []want{{"44-CT/TW", "Chỉ thị", "", "", "", 1}}},
		{"T81 symbol year and date differ", "Quyết định số\n33/2003/QĐ-BQP ngày 07/4/2023 của Bộ trưởng Bộ Quốc phòng",
			[]want{{"33/2003/QĐ-BQP", "Quyết định", "2023-04-07", "Bộ trưởng Bộ Quốc phòng", "", 1}}},
		{"T80 invalid year", "Chỉ thị 03/CT-UBND năm 205", []want{{"03/CT-UBND", "Chỉ thị", "", "", "", 1}}},
		{"T82 letter of TTg", "Công văn số 07/TTg-CN[13] về việc công nhận thành phố Cao Lãnh",
			[]want{{"07/TTg-CN", "Công văn", "", "", "", 1}}},
		{"issuer with comma ministry", "Thông tư số 01/2020/TT-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định",
			[]want{{"01/2020/TT-BVHTTDL", "Thông tư", "", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "", 1}}},
		{"Party issuer with term", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII về đẩy mạnh",
			[]want{{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị khóa XII", "", 1}}},
		{"Party symbol with spaces", "Nghị quyết số 68- NQ/TW ngày 4/5/2025", []want{{"68-NQ/TW", "Nghị quyết", "2025-05-04", "", "", 1}}},
		{"tờ trình in a proposal", "Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo tại Tờ trình số 68/TTr- SDTTG ngày 25 tháng 11 năm 2025.",
			[]want{{"68/TTr-SDTTG", "Tờ trình", "2025-11-25", "", "cites", 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, Options{}, c.want...) })
	}
}

func TestLists(t *testing.T) {
	// T64: shared date and issuer
	check(t, "các Nghị quyết số 01/NQ-CP, 02/NQ-CP ngày 08 tháng 01 năm 2025 của Chính phủ", Options{},
		want{"01/NQ-CP", "Nghị quyết", "2025-01-08", "Chính phủ", "", 1},
		want{"02/NQ-CP", "Nghị quyết", "2025-01-08", "Chính phủ", "", 1})
	// T65: own dates, shared issuer
	check(t, "Thực hiện các Nghị quyết số 57-NQ/TW, ngày 22/12/2024, Nghị quyết số 66-NQ/TW ngày 30/4/2025 và Nghị quyết số 68- NQ/TW ngày 4/5/2025 của Bộ Chính trị", Options{},
		want{"57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị", "implements", 1},
		want{"66-NQ/TW", "Nghị quyết", "2025-04-30", "Bộ Chính trị", "implements", 1},
		want{"68-NQ/TW", "Nghị quyết", "2025-05-04", "Bộ Chính trị", "implements", 1})
	// T66: range endpoints are kept as references
	check(t, "các Quyết định số 482/QĐ-TTg, 493/QĐ-TTg, 494/QĐ-TTg, từ số 496/QĐ-TTg đến 521/QĐ-TTg", Options{},
		want{"482/QĐ-TTg", "Quyết định", "", "", "", 1}, want{"493/QĐ-TTg", "Quyết định", "", "", "", 1},
		want{"494/QĐ-TTg", "Quyết định", "", "", "", 1}, want{"496/QĐ-TTg", "Quyết định", "", "", "", 1},
		want{"521/QĐ-TTg", "Quyết định", "", "", "", 1})
	// T67
	check(t, "các Quyết định số 12/QĐ-UBND và 15/QĐ-UBND", Options{},
		want{"12/QĐ-UBND", "Quyết định", "", "", "", 1}, want{"15/QĐ-UBND", "Quyết định", "", "", "", 1})
	// a trailing date applies only when no item has its own
	check(t, "Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 và Nghị định số 67/2025/NĐ-CP ngày 15/3/2025 của Chính phủ", Options{},
		want{"178/2024/NĐ-CP", "Nghị định", "2024-12-31", "Chính phủ", "", 1},
		want{"67/2025/NĐ-CP", "Nghị định", "2025-03-15", "Chính phủ", "", 1})
	// number-only list of Party resolutions
	check(t, "quán triệt Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị", Options{},
		want{"nghị quyết:57:", "Nghị quyết", "", "Bộ Chính trị", "", 1},
		want{"nghị quyết:59:", "Nghị quyết", "", "Bộ Chính trị", "", 1},
		want{"nghị quyết:66:", "Nghị quyết", "", "Bộ Chính trị", "", 1},
		want{"nghị quyết:68:", "Nghị quyết", "", "Bộ Chính trị", "", 1})
}

func TestNamed(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
			[]want{{"luật:tổ chức chính quyền địa phương:2015", "Luật", "2015-06-19", "", "basis", 1}}},
		{"Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;", []want{{"bộ luật:lao động:2019", "Bộ luật", "2019-11-20", "", "basis", 1}}},
		{"theo quy định của Bộ luật Dân sự và các văn bản hướng dẫn", []want{{"bộ luật:dân sự:", "Bộ luật", "", "", "", 1}}},
		{"các khoản 5, 6 và 8 Điều 76 Luật Nhà ở 2023", []want{{"luật:nhà ở:2023", "Luật", "2023", "", "", 1}}},
		{"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", []want{{"hiến pháp::", "Hiến pháp", "", "", "basis", 1}}},
		{"Hiến pháp năm 2013 quy định", []want{{"hiến pháp::2013", "Hiến pháp", "2013", "", "", 1}}},
		{"Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
			[]want{{"luật:ban hành văn bản quy phạm pháp luật:2015", "Luật", "2015-06-22", "", "basis", 1}}},
		{"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", []want{{"63/2025/QH15", "Luật", "", "", "basis", 1}}},
		{"Căn cứ Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật số 43/2024/QH15",
			[]want{{"31/2024/QH15", "Luật", "", "", "basis", 1}, {"27/2023/QH15", "Luật", "", "", "basis", 1},
				{"29/2023/QH15", "Luật", "", "", "basis", 1}, {"43/2024/QH15", "Luật", "", "", "basis", 1}}},
		// name extent: the sentence resumes after the name
		{"được xác định theo Luật Đất đai thì tiền sử dụng đất được tính như sau:", []want{{"luật:đất đai:", "Luật", "", "", "", 1}}},
		{"quy định tại Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 7 năm 2025", []want{{"luật:bảo hiểm y tế:", "Luật", "", "", "", 1}}},
		{"Luật Hải quan về thủ tục hải quan", []want{{"luật:hải quan:", "Luật", "", "", "", 1}}},
		{"theo Luật Đất đai và các văn bản hướng dẫn thi hành", []want{{"luật:đất đai:", "Luật", "", "", "", 1}}},
		{"Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;", []want{{"luật:phí và lệ phí:2015", "Luật", "2015-11-25", "", "basis", 1}}},
		{"Căn cứ Luật Cán bộ, công chức và Luật Viên chức;", []want{{"luật:cán bộ, công chức:", "Luật", "", "", "basis", 1}, {"luật:viên chức:", "Luật", "", "", "basis", 1}}},
		{"Luật Trật tự, an toàn giao thông đường bộ 2024", []want{{"luật:trật tự, an toàn giao thông đường bộ:2024", "Luật", "2024", "", "", 1}}},
		{"Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
			[]want{{"luật:tổ chức chính phủ:", "Luật", "", "", "basis", 1}, {"luật:tổ chức chính quyền địa phương:2019", "Luật", "2019-11-22", "", "basis", 1}}},
		{"Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 29 tháng 11 năm 2006;",
			[]want{{"luật:người lao động việt nam đi làm việc ở nước ngoài theo hợp đồng:2006", "Luật", "2006-11-29", "", "basis", 1}}},
		{"Luật Các tổ chức tín dụng sửa đổi 2025 số 96/2025/QH15", []want{{"96/2025/QH15", "Luật", "", "", "", 1}}},
		{"Luật Hải quan sửa đổi 2005 có hiệu lực", []want{{"luật:hải quan sửa đổi:2005", "Luật", "2005", "", "", 1}}},
		// party named documents
		{"Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng,",
			[]want{{"nghị quyết:đại hội đại biểu toàn quốc lần thứ xiii của đảng:", "Nghị quyết", "", "", "implements", 1}}},
		{"Nghị quyết Hội nghị Trung ương 5 khóa XII về", []want{{"nghị quyết:hội nghị trung ương 5 khóa xii:", "Nghị quyết", "", "", "", 1}}},
		{"Nghị quyết Đại hội Đảng lần thứ XI đã", []want{{"nghị quyết:đại hội đảng lần thứ xi:", "Nghị quyết", "", "", "", 1}}},
		// an amending law that counts the laws it amends
		{"Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;",
			[]want{{"luật:sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch:2018", "Luật", "2018-11-20", "", "basis", 1}}},
		// the Party's charter, one document under its short and full names
		{"- Căn cứ Điều lệ Đảng;", []want{{"điều lệ:đảng:", "Điều lệ", "", "", "basis", 1}}},
		{"theo Điều lệ Đảng Cộng sản Việt Nam và Điều lệ Đảng", []want{{"điều lệ:đảng:", "Điều lệ", "", "", "", 2}}},
		// not laws
		{"Quy định về Điều lệ Trung tâm", nil},
		{"tăng vốn điều lệ của công ty", nil},
		{"Theo quy định của pháp luật về đất đai", nil},
		{"Trang chủ Luật Việt Nam", nil},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) { check(t, c.text, Options{}, c.want...) })
	}
}

func TestNamedLinksToNumber(t *testing.T) {
	// a law cited by name later links to its numbered citation
	check(t, "Căn cứ Luật Đất đai số 31/2024/QH15;\nĐiều 5. Theo Luật Đất đai thì", Options{},
		want{"31/2024/QH15", "Luật", "", "", "basis", 2})
	// different years stay apart
	check(t, "Luật Đất đai số 45/2013/QH13 và Luật Đất đai năm 2024", Options{},
		want{"45/2013/QH13", "Luật", "", "", "", 1}, want{"luật:đất đai:2024", "Luật", "2024", "", "", 1})
}

func TestParts(t *testing.T) {
	cases := []struct {
		text  string
		id    string
		parts []model.Part
	}{
		{"Căn cứ Điều 4 Nghị định 120/2020/NĐ-СР quy định", "120/2020/NĐ-CP", // T34
			[]model.Part{{Articles: []string{"4"}}}},
		{"các khoản 1, 2, 3 và điểm i Khoản 4 Điều 5 Nghị định 102/2024/NÐ-CP", "102/2024/NĐ-CP", // T36
			[]model.Part{{Clauses: []string{"1", "2", "3"}, Articles: []string{"5"}}, {Points: []string{"i"}, Clauses: []string{"4"}, Articles: []string{"5"}}}},
		{"điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự", "bộ luật:hình sự:", // T68
			[]model.Part{{Points: []string{"a"}, Clauses: []string{"2"}, Articles: []string{"103"}, Section: "5", Chapter: "XII", Part: "I"}}},
		{"các khoản 5, 6 và 8 Điều 76 Luật Nhà ở 2023", "luật:nhà ở:2023", // T69
			[]model.Part{{Clauses: []string{"5", "6", "8"}, Articles: []string{"76"}}}},
		{"điểm e, điểm g khoản 19 Điều 1 Nghị định số\n291/2025/NĐ-CP ngày 6/11/2025 của Chính phủ", "291/2025/NĐ-CP", // T70
			[]model.Part{{Points: []string{"e", "g"}, Clauses: []string{"19"}, Articles: []string{"1"}}}},
		{"điểm a, b, c, d, e khoản 2 Điều 198a Luật Các tổ chức tín dụng 2024 số 32/2024/QH15", "32/2024/QH15", // T71
			[]model.Part{{Points: []string{"a", "b", "c", "d", "e"}, Clauses: []string{"2"}, Articles: []string{"198a"}}}},
		{"điểm a, b khoản 1 Điều 3 Thông tư số 01/2011/TT-BNV", "01/2011/TT-BNV",
			[]model.Part{{Points: []string{"a", "b"}, Clauses: []string{"1"}, Articles: []string{"3"}}}},
		{"từ Điều 10 đến Điều 15 Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP",
			[]model.Part{{Articles: []string{"10", "11", "12", "13", "14", "15"}}}},
		{"khoản 5, khoản 9 Điều 17 Nghị định số 103/2024/NĐ-CP", "103/2024/NĐ-CP",
			[]model.Part{{Clauses: []string{"5", "9"}, Articles: []string{"17"}}}},
		{"Mục 10 Phần 2 Quyết định 775/QÐ-BVHTTDL năm 2024", "775/QĐ-BVHTTDL",
			[]model.Part{{Section: "10", Part: "2"}}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			refs, _ := Extract([]byte(c.text), Options{})
			require.Len(t, refs, 1)
			assert.Equal(t, c.id, refs[0].ID)
			for i := range c.parts {
				c.parts[i].Fill()
			}
			assert.Equal(t, c.parts, refs[0].Mentions[0].Parts)
		})
	}
}

func TestRelations(t *testing.T) {
	// T60: a verb inside the cited document's abstract belongs to it
	check(t, "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII", Options{},
		want{"01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị", "cites", 1},
		want{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị khóa XII", "cites", 1})
	// T75
	check(t, "2. Bãi bỏ toàn bộ Quyết định số 08/2025/QĐ-UBND\nngày 01/3/2025 của Ủy ban nhân dân tỉnh bãi bỏ một phần Quy định ban hành kèm theo Quyết định số 09/2022/QĐ-UBND của Ủy ban nhân dân tỉnh.", Options{},
		want{"08/2025/QĐ-UBND", "Quyết định", "2025-03-01", "Ủy ban nhân dân tỉnh", "repeals", 1},
		want{"09/2022/QĐ-UBND", "Quyết định", "", "Ủy ban nhân dân tỉnh", "cites", 1})
	// T74
	refs, self := Extract([]byte("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm\n2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển."), Options{})
	require.Len(t, refs, 1)
	assert.Equal(t, "942/QĐ-TTg", refs[0].ID)
	assert.Equal(t, "replaces", refs[0].Relation)
	assert.Equal(t, "2021-06-15", refs[0].Date)
	assert.True(t, strings.HasPrefix(refs[0].Title, "phê duyệt Chiến lược"), refs[0].Title)
	require.Len(t, self, 1)
	assert.Equal(t, "Quyết định này", self[0].Text)

	for _, c := range []struct{ text, rel string }{
		{"Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương,", "implements"},
		{"Triển khai Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025", "implements"},
		{"Thông tư này hướng dẫn Nghị định số 30/2020/NĐ-CP", "guides"},
		{"Nghị định này quy định chi tiết Luật số 64/2025/QH15", "guides"},
		{"Sửa đổi, bổ sung một số điều của Thông tư số 01/2011/TT-BNV", "amends"},
		{"Bãi bỏ Quyết định số 12/2020/QĐ-UBND", "repeals"},
		{"Hủy bỏ Quyết định số 12/QĐ-UBND", "repeals"},
		{"theo quy định tại Nghị định số 30/2020/NĐ-CP", "cites"},
		{"Căn cứ khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP", "basis"},
		{"Thực hiện hướng dẫn của Bộ Nội vụ tại Công văn số 123/BNV-VP", "implements"},
	} {
		refs, _ := Extract([]byte(c.text), Options{})
		require.Len(t, refs, 1, c.text)
		assert.Equal(t, c.rel, refs[0].Relation, c.text)
	}
	// strongest relation over mentions
	refs, _ = Extract([]byte("theo Nghị định số 30/2020/NĐ-CP.\nCăn cứ Nghị định số 30/2020/NĐ-CP;"), Options{})
	require.Len(t, refs, 1)
	assert.Equal(t, "basis", refs[0].Relation)
	assert.Equal(t, "cites", refs[0].Mentions[0].Relation)
}

func TestSelfAndShort(t *testing.T) {
	// self references and the own number
	text := "KẾ HOẠCH\nSố: 980/KH-UBND\nThực hiện Quyết định số 1899/QĐ-TTg. Kế hoạch này triển khai; khoản 2 Điều 3 Kế hoạch này; Kế hoạch số 980/KH-UBND"
	refs, self := Extract([]byte(text), Options{SelfNumber: "980/KH-UBND", SelfType: "Kế hoạch"})
	require.Len(t, refs, 1)
	assert.Equal(t, "1899/QĐ-TTg", refs[0].ID)
	require.Len(t, self, 2)
	assert.Equal(t, []model.Part{{Points: []string{}, Clauses: []string{"2"}, Articles: []string{"3"}}}, self[1].Parts)

	// T79: a short form before the full citation
	check(t, "3/12 nền tảng theo Kế hoạch 02 được hình thành cơ bản.\nThực hiện Kế hoạch 02-KH/BCĐTW của Ban Chỉ đạo Trung ương", Options{},
		want{"02-KH/BCĐTW", "Kế hoạch", "", "Ban Chỉ đạo Trung ương", "implements", 2})
	// Chỉ thị 44 after the full citation
	check(t, "Chỉ thị số 44-CT/TW ngày 22/01/2015 của Ban Bí thư. Việc thực hiện Chỉ thị 44 còn hạn chế", Options{},
		want{"44-CT/TW", "Chỉ thị", "2015-01-22", "Ban Bí thư", "", 2})
	// anaphora
	check(t, "Quyết định số 12/QĐ-UBND ngày 1/2/2025 của UBND tỉnh. Theo Quyết định nêu trên, các sở", Options{},
		want{"12/QĐ-UBND", "Quyết định", "2025-02-01", "UBND tỉnh", "", 2})
	// T77, T78: aliases
	check(t, "Nghị định 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ về tuyển dụng, sử dụng và quản lý viên chức (sau đây gọi tắt là Nghị định 115/2020/NĐ-CP).", Options{},
		want{"115/2020/NĐ-CP", "Nghị định", "2020-09-25", "Chính phủ", "", 1})
	check(t, "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ dân sự (sau đây viết tắt là Nghị định).\n1. Triển khai thi hành Nghị định kịp thời, đồng bộ.\n(Điều 7, 8 Nghị định)", Options{},
		want{"1899/QĐ-TTg", "Quyết định", "2025-09-04", "Thủ tướng Chính phủ", "implements", 1},
		want{"200/2025/NĐ-CP", "Nghị định", "2025-07-09", "Chính phủ", "implements", 3},
		want{"luật:phòng thủ dân sự:", "Luật", "", "", "cites", 1})
	// short forms that are not citations
	check(t, "Chương trình 3 năm và Kế hoạch 5 năm", Options{})
}

func TestNoFalseCitations(t *testing.T) {
	for _, text := range []string{
		"ngày 14/3/2011 và tháng 11/2025",
		"Độc lập - Tự do - Hạnh phúc",
		"Mẫu số 01/ĐK ban hành",
		"COVID-19 và giai đoạn 2021-2025",
		"Số: 980/KH-UBND\nNghệ An, ngày 18 tháng 11 năm 2025",
		"Các Thông tư liên tịch, Thông tư, Quyết định của Bộ trưởng Bộ Quốc phòng",
	} {
		refs, _ := Extract([]byte(text), Options{})
		assert.Empty(t, refs, text)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Căn cứ Quyết định số 366/QĐ-TTg ngày 14/3/2011 của Thủ tướng Chính phủ;",
		"các khoản 1, 2, 3 và điểm i Khoản 4 Điều 5 Nghị định 102/2024/NÐ-CP",
		"Luật Đất đai (sau đây gọi tắt là Luật) và Luật", "Nghị quyết 57, 59 và", "số 12/ QĐ -",
		"từ Điều 10 đến Điều 99999", "Kế hoạch này", "Nghị quyết Đại hội", "QUYẾT ĐỊNH SỐ 1/QĐ-TTG NGÀY",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		refs, self := Extract(b, Options{SelfNumber: "1/QĐ-TTg"})
		check := func(m model.Mention) {
			if m.Start < 0 || m.End > len(b) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d of %d", m.Start, m.End, len(b))
			}
		}
		for _, r := range refs {
			if len(r.Mentions) == 0 {
				t.Fatal("reference without mention")
			}
			for _, m := range r.Mentions {
				check(m)
			}
		}
		for _, m := range self {
			check(m)
		}
	})
}

// Texts that end inside a phrase the scanner looks past ("sửa đổi, bổ sung"
// with nothing after it) once indexed beyond the end.
func TestTextEndingInsidePhrase(t *testing.T) {
	for _, s := range []string{"Luật sửA đổi, Bổ sung", "Luật sửa đổi, bổ sung", "Nghị định sửa đổi, bổ sung ", "sửa đổi, bổ sung"} {
		assert.NotPanics(t, func() { Extract([]byte(s), Options{}) }, "%q", s)
	}
}
