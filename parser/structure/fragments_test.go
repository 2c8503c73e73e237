package structure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Header lines of the corpus as flattened pages print them: a two-column
// header run together on one line (001, 002, 005, 006, 076 ...).
var headerLines = []string{
	"BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
	"Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)",
	"QUỐC HỘI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: … /2016/QH14 DỰ THẢO 24.10.2016 LUẬT VỀ HỘI",
	"Số: ……/…… V/v đề nghị tạm dừng/chấm dứt hoạt động đại lý làm thủ tục hải quan ………, ngày …… tháng …… năm …… Kính gửi: Tổng cục Hải quan.",
	"Hà Nội, ngày     tháng     năm 2015 DỰ THẢO LẦN 4 THÔNG TƯ HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 119/2014/NĐ-CP NGÀY 17 THÁNG 12 NĂM 2014 CỦA CHÍNH PHỦ",
	"Diện tích đất được gia hạn sử dụng đất[Nội dung này được bổ sung bởi Điểm h Khoản 22 Điều 1 Nghị định 291/2025/NĐ-CP có hiệu lực từ ngày 06/11/2025]",
	"299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ bản về ruộng đất trong cả nước.",
	"Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.",
}

// headerFrag is a fragment as fragmentHeader cuts it and classify reads it.
type headerFrag struct {
	text        string
	start, end  int
	kind        fragKind
	place, date string
}

// fragmentHeader cuts a flattened header line at its triggers (motto, tiêu
// ngữ, rules, "Số:", V/v, the place and date, Kính gửi, a draft mark, an
// editorial note), and classify names each piece.
func TestFragmentHeaderOnCorpusLines(t *testing.T) {
	want := [][]headerFrag{
		{
			{"BỘ KẾ HOẠCH VÀ ĐẦU TƯ", 0, 32, fCaps, "", ""},
			{"-----------", 33, 44, fRule, "", ""},
			{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 45, 90, fMotto, "", ""},
			{"Độc lập - Tự do - Hạnh phúc", 91, 128, fTieuNgu, "", ""},
			{"---------------", 129, 144, fRule, "", ""},
		},
		{
			{"Số: 3397/BKHĐT-QLKTTW", 0, 24, fNumber, "", ""},
			{"V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN", 25, 94, fVv, "", ""},
			// the year closing the abstract is read into the place: the
			// header reader keeps the place of the first date fragment only
			{"2014 Hà Nội, ngày 23 tháng 5 năm 2019", 95, 138, fPlaceDate, "2014 Hà Nội", "2019-05-23"},
			{"Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)", 139, 197, fKinhGui, "", ""},
		},
		{
			{"QUỐC HỘI", 0, 12, fCaps, "", ""},
			{"--------", 13, 21, fRule, "", ""},
			{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 22, 67, fMotto, "", ""},
			{"Độc lập - Tự do - Hạnh phúc", 68, 105, fTieuNgu, "", ""},
			{"---------------", 106, 121, fRule, "", ""},
			{"Luật", 122, 128, fText, "", ""},
			{"số: … /2016/QH14", 129, 149, fNumber, "", ""},
			{"DỰ THẢO 24.10.2016", 150, 172, fMark, "", ""},
			{"LUẬT VỀ HỘI", 173, 190, fCaps, "", ""},
		},
		{
			{"Số: ……/……", 0, 19, fNumber, "", ""},
			{"V/v đề nghị tạm dừng/chấm dứt hoạt động đại lý làm thủ tục hải quan ………", 20, 126, fVv, "", ""},
			{", ngày …… tháng …… năm ……", 126, 166, fPlaceDate, "", ""},
			{"Kính gửi: Tổng cục Hải quan.", 167, 204, fKinhGui, "", ""},
		},
		{
			{"Hà Nội, ngày     tháng     năm 2015", 0, 41, fPlaceDate, "Hà Nội", ""},
			{"DỰ THẢO LẦN 4", 42, 61, fMark, "", ""},
			{"THÔNG TƯ HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 119/2014/NĐ-CP NGÀY 17 THÁNG 12 NĂM 2014 CỦA CHÍNH PHỦ", 62, 210, fCaps, "", ""},
		},
		{
			{"Diện tích đất được gia hạn sử dụng đất", 0, 57, fText, "", ""},
			{"[Nội dung này được bổ sung bởi Điểm h Khoản 22 Điều 1 Nghị định 291/2025/NĐ-CP có hiệu lực từ ngày 06/11/2025]", 57, 200, fRule, "", ""},
		},
		{
			{"299/TTg", 0, 7, fText, "", ""},
			{"Hà Nội, ngày 10 tháng 11 năm 1980", 8, 47, fPlaceDate, "Hà Nội", "1980-11-10"},
			{"CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ bản về ruộng đất trong cả nước.", 48, 346, fText, "", ""},
		},
		{
			{"Hà Nội, ngày 05 tháng 04 năm 2019", 0, 39, fPlaceDate, "Hà Nội", "2019-04-05"},
			{"Kính gửi: Bộ Kế hoạch và Đầu tư.", 40, 86, fKinhGui, "", ""},
		},
	}
	assert.Len(t, want, len(headerLines))
	for i, s := range headerLines {
		var got []headerFrag
		for _, f := range fragmentHeader(line{s: s, end: len(s), plain: true}) {
			c := classify(f)
			got = append(got, headerFrag{f.s, f.start, f.end, c.kind, c.pd.place, c.pd.date})
		}
		assert.Equal(t, want[i], got, "%q", s)
	}
}

// On a line with invalid UTF-8 the triggers are found as in a valid line,
// and the fragments keep the line's own offsets; "HOÀ" reads as "HÒA".
func TestFragmentHeaderInvalidUTF8(t *testing.T) {
	s := "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UB\xff Hà Nội, ngày 5 tháng 3 năm 2024"
	var got []line
	for _, f := range fragmentHeader(line{s: s, end: len(s)}) {
		got = append(got, line{s: f.s, start: f.start, end: f.end})
	}
	assert.Equal(t, []line{
		{s: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", start: 0, end: 45},
		{s: "Độc lập - Tự do - Hạnh phúc", start: 46, end: 83},
		{s: "Số: 12/QĐ-UB\xff", start: 84, end: 100},
		{s: "Hà Nội, ngày 5 tháng 3 năm 2024", start: 101, end: 138},
	}, got)
}

// classify on header lines of their own (Party motto, wrapped motto pieces,
// marks, a wrapped date).
func TestClassifyCorpusLines(t *testing.T) {
	for _, c := range []struct {
		in    string
		kind  fragKind
		place string
		blank bool
	}{
		{"ĐẢNG CỘNG SẢN VIỆT NAM", fMotto, "", false},
		{"CỘNG HÒA XÃ HỘI", fMotto, "", false},
		{"CHỦ NGHĨA VIỆT NAM", fMotto, "", false},
		{"Độc lập - Tự do - Hạnh phúc", fTieuNgu, "", false},
		{"Số 432-TB/VPTW", fNumber, "", false},
		{"Đồng kính gửi:", fKinhGui, "", false},
		{"tháng 3 năm 2026", fText, "", false},
		{"HỎA TỐC", fMark, "", false},
		{"(DỰ THẢO)", fMark, "", false},
		{"Hà Nội, ngày ..... tháng ..... năm .....", fPlaceDate, "Hà Nội", true},
		{"PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM", fCaps, "", false},
		{"Thành phố Hồ Chí", fText, "", false},
	} {
		f := classify(line{s: c.in, end: len(c.in), plain: true})
		assert.Equal(t, c.kind, f.kind, c.in)
		assert.Equal(t, c.place, f.pd.place, c.in)
		assert.Equal(t, c.blank, f.pd.blank, c.in)
		assert.Equal(t, c.kind == fMark, isMark(c.in), c.in)
	}
}

// A capitals title that a flattened page runs into the first sentence of the
// body is cut where the sentence starts (299/TTg of 1980).
func TestSplitCapsSentence(t *testing.T) {
	s := "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ bản về ruộng đất trong cả nước."
	got := splitCapsSentence(line{s: s, start: 48, end: 48 + len(s), plain: true})
	if assert.Len(t, got, 2) {
		assert.Equal(t, line{s: "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC", start: 48, end: 149, plain: true}, got[0])
		assert.Equal(t, "Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra và thống kê tình hình cơ bản về ruộng đất trong cả nước.", got[1].s)
		assert.Equal(t, 150, got[1].start)
		assert.Equal(t, 346, got[1].end)
	}
	for _, s := range []string{"THÔNG TƯ HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU", "Hội đồng Chính phủ đã ra Quyết định số 169-CP"} {
		got := splitCapsSentence(line{s: s, end: len(s)})
		assert.Equal(t, []line{{s: s, end: len(s)}}, got, "%q stays whole", s)
	}
}

func TestTypeOfTitle(t *testing.T) {
	for _, c := range []struct {
		in, name, rest string
		ok             bool
	}{
		{"THÔNG BÁO KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ", "Thông báo", "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ", true},
		{"LUẬT VỀ HỘI", "Luật", "VỀ HỘI", true},
		{"CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC", "Chỉ thị", "VỀ CÔNG TÁC ĐO ĐẠC", true},
		{"QUYẾT ĐỊNH", "Quyết định", "", true},
		{"KẾ HOẠCH", "Kế hoạch", "", true},
		{"**NGHỊ QUYẾT**", "Nghị quyết", "", true},
		{"Quyết định", "", "", false}, // a type name is printed in capitals
		{"DỰ THẢO LẦN 4 THÔNG TƯ HƯỚNG DẪN", "", "", false},
		{"Công văn 2739/VPCP-ĐMDN năm 2019", "", "", false},
	} {
		ty, rest, ok := typeOfTitle(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		assert.Equal(t, c.name, ty.Name, c.in)
		assert.Equal(t, c.rest, rest, c.in)
	}
}

// placeDateIndex finds the "ngày" of a place-and-date, in any case, after a
// comma or at the start, and only where a long date follows.
func TestPlaceDateIndex(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi", 11},
		{"Số: 2739/VPCP-ĐMDN Hà Nội, ngày 05 tháng 04 năm 2019", 33},
		{"HÀ NỘI, NGÀY 1 THÁNG 2 NĂM 2001", 11},
		{"ngày 24 tháng 6 năm 1977 Hội đồng", 0},
		{"Trong ngày hôm nay, ngày 5", -1},
		{"Hà Nội\xff, ngày 5 tháng 3 năm 2024", 12}, // offsets of the line itself
	} {
		assert.Equal(t, c.want, placeDateIndex(c.in), "%q", c.in)
	}
}

// "dự thảo" is the draft mark only where it stands as one: in a title or a
// sentence it is words of the text, and the line is not cut there (282, 220,
// 228); the mark ends its line, carries its date or round, or opens the line
// in capitals.
func TestDraftMarkOnlyWhereItStands(t *testing.T) {
	for _, c := range []struct {
		line string
		mark bool
	}{
		{"# Kết luận của Phó Thủ tướng Chính tại cuộc họp về dự thảo Luật Xây", false},
		{"Chính phủ và dự thảo Chỉ thị của Thủ tướng Chính phủ về việc tăng cường công tác", false},
		{"Bộ, ngành cơ bản thống nhất với nội dung dự thảo Báo cáo đề xuất chủ trương đầu tư", false},
		{"Về việc góp ý\nDự thảo Luật Đất đai (sửa đổi)", false},
		{"DỰ THẢO 24.10.2016 LUẬT VỀ HỘI", true},
		{"Số: /2025/NĐ-CP DỰ THẢO", true},
		{"Dự thảo lần 2", true},
		{"DỰ THẢO LUẬT ĐẤT ĐAI (SỬA ĐỔI)", true},
	} {
		i := strings.Index(strings.ToLower(c.line), "dự thảo")
		line := c.line[strings.LastIndexByte(c.line, '\n')+1:]
		if j := strings.LastIndexByte(c.line, '\n'); j >= 0 {
			i -= j + 1
		}
		assert.Equal(t, c.mark, isDraftMark(line, i), c.line)
	}
}
