package structure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/normalize"
)

// labelsOf is the labels of the top-level sections that have one, in order.
func labelsOf(ss []model.Section) []string {
	var out []string
	for _, s := range ss {
		if s.Label != "" {
			out = append(out, s.Label)
		}
	}
	return out
}

// parse runs the normalise and structure stages, as the parser does.
func parse(t *testing.T, src string) *model.Document {
	t.Helper()
	n := normalize.Normalize([]byte(src), normalize.Options{})
	return Parse(n.Bytes).Doc
}

func TestPlaceDate(t *testing.T) {
	for _, c := range []struct{ in, place, date string }{
		{"Kon Tum, ngày 17 tháng 8 năm 2012", "Kon Tum", "2012-08-17"},
		{"Hà Nội, ngày 05 tháng 01 năm 2020", "Hà Nội", "2020-01-05"},                              // T10
		{"Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", "2019-06-29"}, // T11
		{"TP. Cần Thơ, ngày 3 tháng 12 năm 2025", "TP. Cần Thơ", "2025-12-03"},
		{"Số: 2739/VPCP-ĐMDN Hà Nội, ngày 05 tháng 04 năm 2019", "Hà Nội", "2019-04-05"},
	} {
		pd, _, ok := findPlaceDate(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.place, pd.place, c.in)
		assert.Equal(t, c.date, pd.date, c.in)
	}
	pd, _, ok := findPlaceDate("…, ngày … tháng … năm 2025")
	require.True(t, ok)
	assert.True(t, pd.blank)
	assert.Equal(t, "", pd.date)
}

// A flattened thuvienphapluat page: header table collapsed, number, V/v,
// place and Kính gửi run together, Nơi nhận and the signer on one line.
const flattenedLetter = `Công văn 2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp
VĂN PHÒNG CHÍNH PHỦ -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi
Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.
Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư nghiên cứu.
Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.
Nơi nhận:
- Như trên;
- TTg, các PTTg;
- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng
`

func TestFlattenedLetter(t *testing.T) {
	d := parse(t, flattenedLetter)
	assert.Equal(t, headerFields{"Công văn", "VĂN PHÒNG CHÍNH PHỦ", "2739/VPCP-ĐMDN", "2019-04-05",
		"quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi"}, fieldsOf(d))
	assert.Equal(t, "Hà Nội", d.Place)
	require.Len(t, d.Addressees, 1)
	assert.Equal(t, "Bộ Kế hoạch và Đầu tư", d.Addressees[0].Name)
	assert.Len(t, d.Recipients, 2)
	assert.Equal(t, "VT, ĐMDN (2b)", d.Archive)
	assertSoleSigner(t, d, "Mai Tiến Dũng", "BỘ TRƯỞNG, CHỦ NHIỆM")
}

// A Party document: issuer over two lines, the "*" rule, "Số" without colon,
// slash authority prefixes, archive without colon (T07, T08, T24, T25, T30).
const partyNotice = `BAN CHẤP HÀNH
TRUNG ƯƠNG
VĂN PHÒNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số 432-TB/VPTW
Hà Nội, ngày 26 tháng 11 năm 2025
THÔNG BÁO KẾT LUẬN
CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY BỘ Y TẾ
-----
Ngày 20/11/2025, đồng chí Tổng Bí thư đã làm việc với Đảng ủy Bộ Y tế.
1. Đánh giá cao kết quả đạt được.
2. Đề nghị tiếp tục thực hiện tốt nhiệm vụ./.
Nơi nhận:
- Các cơ quan, ban đảng Trung ương,
- Các đồng chí Ủy viên
Ban Chấp hành Trung ương Đảng,
- Lưu Văn phòng Trung ương Đảng.
K/T CHÁNH
VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC
Lâm Thị Phương Thanh
`

func TestPartyNotice(t *testing.T) {
	d := parse(t, partyNotice)
	assert.Equal(t, "party", d.Family)
	assert.Equal(t, headerFields{"Thông báo", "VĂN PHÒNG", "432-TB/VPTW", "2025-11-26",
		"CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY BỘ Y TẾ"}, fieldsOf(d))
	assert.Equal(t, "BAN CHẤP HÀNH TRUNG ƯƠNG", d.IssuerParent)
	assert.True(t, d.Symbol.Party)
	require.Len(t, d.Recipients, 2)
	assert.Equal(t, "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng", d.Recipients[1].Name, "a wrapped item is joined")
	assert.Equal(t, "Văn phòng Trung ương Đảng", d.Archive)
	require.Len(t, d.Signers, 1)
	assert.Equal(t, []string{"KT. CHÁNH VĂN PHÒNG"}, d.Signers[0].Authority)
	assert.Equal(t, "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC", d.Signers[0].Position)
	assert.Equal(t, "Lâm Thị Phương Thanh", d.Signers[0].Name)
	var labels []string
	for _, s := range d.Sections {
		labels = append(labels, s.Label)
	}
	assert.Equal(t, []string{"", "1", "2"}, labels)
}

func TestSignatureChains(t *testing.T) {
	for _, c := range []struct {
		name      string
		block     string
		authority []string
		position  string
		signer    string
	}{
		{"T19", "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc", []string{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"}, "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc"},
		{"T20 wrapped prefix", "TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Thanh An", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Bùi Thanh An"},
		{"T21 comma in unit", "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền", []string{"TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ"}, "PHÓ TRƯỞNG BAN", "Phạm Thị Minh Hiền"},
		{"T22 no space", "KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trường Sơn", []string{"KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Lê Trường Sơn"},
		{"T23 style B", "TM. UỶ BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Báu Hà", []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Trần Báu Hà"},
		{"T25 Party", "T/M BỘ CHÍNH\nTRỊ\nTrần Cẩm Tú", []string{"TM. BỘ CHÍNH TRỊ"}, "", "Trần Cẩm Tú"},
		{"flattened", "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc", []string{"TM. CHÍNH PHỦ"}, "THỦ TƯỚNG", "Nguyễn Xuân Phúc"},
		{"flattened KT", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", []string{"KT. BỘ TRƯỞNG"}, "THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "QUYẾT ĐỊNH\nVề việc thử\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n" + c.block + "\n"
			d := parse(t, src)
			require.Len(t, d.Signers, 1)
			assert.Equal(t, c.authority, d.Signers[0].Authority)
			assert.Equal(t, c.position, d.Signers[0].Position)
			assert.Equal(t, c.signer, d.Signers[0].Name)
			assert.Equal(t, "VT", d.Archive)
		})
	}
}

func TestRecipients(t *testing.T) {
	for _, c := range []struct{ in, name, note, purpose string }{
		{"- Thủ tướng Chính phủ (để b/c);", "Thủ tướng Chính phủ", "để b/c", "report"}, // T31
		{"- Văn phòng Thành ủy (để ph/h);", "Văn phòng Thành ủy", "để ph/h", "coordinate"},
		{"- PCT. Nguyễn Thành Hưng (để b/cáo);", "PCT. Nguyễn Thành Hưng", "để b/cáo", "report"},
		{"- Các TAND và TAQS các cấp (để thực hiện);", "Các TAND và TAQS các cấp", "để thực hiện", "implement"},
		{"- Văn phòng Đoàn ĐBQH&HĐND tỉnh;", "Văn phòng Đoàn ĐBQH&HĐND tỉnh", "", ""},
		{"- Cục Thống kê (TCTK);", "Cục Thống kê (TCTK)", "", ""},
		// 237, 007, 225: a purpose the table does not list, copies, an address
		{"- Vụ Pháp chế (để tổng hợp, theo dõi);", "Vụ Pháp chế", "để tổng hợp, theo dõi", "info"},
		{"- Vụ Tổ chức cán bộ (để rà soát);", "Vụ Tổ chức cán bộ", "để rà soát", "other"},
		{"- Văn phòng Chính phủ (02 bản);", "Văn phòng Chính phủ", "02 bản", "other"},
		{"- Công ty TNHH A (Tầng 12, tòa nhà B, số 5 đường Láng, Phường Đống Đa, TP. Hà Nội);", "Công ty TNHH A", "Tầng 12, tòa nhà B, số 5 đường Láng, Phường Đống Đa, TP. Hà Nội", "other"},
		{"- Bộ Tư pháp (Cục Kiểm tra văn bản);", "Bộ Tư pháp (Cục Kiểm tra văn bản)", "", ""},
		{"- Ủy ban nhân dân tỉnh (3 đơn vị);", "Ủy ban nhân dân tỉnh (3 đơn vị)", "", ""},
		{"- Cục CST, Vụ PC (BTC):", "Cục CST, Vụ PC (BTC)", "", ""}, // 215
		{"- Thủ tướng, các Phó Thủ tướng Chính phủ:", "Thủ tướng, các Phó Thủ tướng Chính phủ", "", ""},
	} {
		r := parseRecipient(trimBullet(c.in))
		assert.Equal(t, c.name, r.Name, c.in)
		assert.Equal(t, c.note, r.Note, c.in)
		assert.Equal(t, c.purpose, r.Purpose, c.in)
	}
	for _, c := range []struct{ in, want string }{
		{"VT, NC, KGVX (DCV).", "VT, NC, KGVX (DCV)"}, // T28
		{"VT, KTTH (2b).", "VT, KTTH (2b)"},
		{"VT, PL (2b).KN", "VT, PL (2b)"},
		{"VT,NC2.", "VT,NC2"},
	} {
		got, _ := splitArchive(c.in)
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestNơiGửiLabel(t *testing.T) { // T33
	d := parse(t, "QUYẾT ĐỊNH\nVề việc thử\nĐiều 1. Thi hành./.\nNơi gửi:\n-Thủ tướng và các Phó Thủ tướng Chính phủ (để báo cáo);\n- Lưu VP.\nBỘ TRƯỞNG\nNguyễn Sinh Hùng\n")
	require.Len(t, d.Recipients, 1)
	assert.Equal(t, "Thủ tướng và các Phó Thủ tướng Chính phủ", d.Recipients[0].Name)
	assert.Equal(t, "report", d.Recipients[0].Purpose)
	assert.Equal(t, "VP", d.Archive)
}

func TestOutlineMarkers(t *testing.T) {
	for _, c := range []struct {
		in    string
		kind  markerKind
		label string
	}{
		{"Điều 1. Phạm vi điều chỉnh", kDieu, "Điều 1"},
		{"Điều 1: Ban hành Chế độ kế toán", kDieu, "Điều 1"}, // T96
		{"Điều 10a. Sửa đổi", kDieu, "Điều 10a"},
		{"Chương II", kChuong, "Chương II"},
		{"CHƯƠNG 1: NHỮNG QUY ĐỊNH CHUNG", kChuong, "CHƯƠNG 1"},
		{"Mục 1. ĐĂNG KÝ", kMuc, "Mục 1"},
		{"Phần thứ nhất", kPhan, "Phần thứ nhất"},
		{"I. MỤC ĐÍCH, YÊU CẦU", kRoman, "I"},
		{"IV. TỔ CHỨC THỰC HIỆN", kRoman, "IV"},
		{"1. Mục đích", kNumber, "1"},
		{"2) Yêu cầu", kNumber, "2"},
		{"1.1. Kiện toàn", kSub, "1.1"},
		{"2.3.1 Nhiệm vụ", kSub, "2.3.1"},
		{"a) Điểm a", kLetter, "a"},
		{"đ) Điểm đ", kLetter, "đ"},
		{"a2) Điểm chèn", kLetter, "a2"},
		{"- gạch đầu dòng", kDash, "-"},
		{"+ dấu cộng", kPlus, "+"},
		{"(1) liệt kê", kParen, "(1)"},
	} {
		m, ok := marker(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.kind, m.kind, c.in)
		assert.Equal(t, c.label, m.label, c.in)
	}
	for _, s := range []string{
		"Mục đích của kế hoạch", "Điều 30 của Luật này", "Điều 58 Luật Hải quan", "1.500.000 đồng",
		"Ngày 12/3/2025", "Ivan", "- 2 -", "CỘNG HÒA",
	} {
		_, ok := marker(s)
		assert.False(t, ok, s)
	}
}

func TestNormativeTree(t *testing.T) {
	d := parse(t, `NGHỊ ĐỊNH
Quy định chi tiết
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Chính phủ ban hành Nghị định quy định chi tiết.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
1. Nghị định này quy định:
a) Việc thứ nhất;
b) Việc thứ hai;
c) Việc thứ ba;
d) Việc thứ tư;
đ) Việc thứ năm;
e) Việc thứ sáu;
g) Việc thứ bảy.
2. Khoản hai.
Điều 2. Đối tượng áp dụng
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 3. Hiệu lực thi hành
Điều 5. Trách nhiệm thi hành
`)
	require.Len(t, d.Sections, 2)
	ch := d.Sections[0]
	assert.Equal(t, "chuong_I", ch.ID)
	assert.Equal(t, "QUY ĐỊNH CHUNG", ch.Heading)
	require.Len(t, ch.Children, 2)
	dieu := ch.Children[0]
	assert.Equal(t, "chuong_I.dieu_1", dieu.ID)
	assert.Equal(t, "Phạm vi điều chỉnh", dieu.Heading)
	require.Len(t, dieu.Children, 2)
	assert.Equal(t, "khoan", dieu.Children[0].Kind)
	points := dieu.Children[0].Children
	require.Len(t, points, 7, "T95: seven points, đ after d, no f")
	assert.Equal(t, "chuong_I.dieu_1.khoan_1.diem_đ", points[4].ID)
	assert.Equal(t, "diem", points[6].Kind)
	assert.Equal(t, []string{"Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "Chính phủ ban hành Nghị định quy định chi tiết."}, d.Preamble)
	// Điều 4 is missing: a warning, not a failure
	var codes []string
	for _, w := range d.Warnings {
		codes = append(codes, w.Code)
	}
	assert.Contains(t, codes, "non-consecutive-number")
	assert.Equal(t, "chuong_II.dieu_5", d.Sections[1].Children[1].ID)
}

func TestMarksAndDecision(t *testing.T) {
	d := parse(t, `ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 3854/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 26 tháng 11 năm 2025
HỎA TỐC
DỰ THẢO
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Thanh An
PHỤ LỤC I
DANH MỤC THỦ TỤC HÀNH CHÍNH
(Kèm theo Quyết định số 3854/QĐ-UBND ngày 26/11/2025 của Chủ tịch UBND tỉnh)
1. Thủ tục thứ nhất
2. Thủ tục thứ hai
`)
	assert.Equal(t, "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", d.Issuer)
	assert.Equal(t, "", d.IssuerParent)
	assert.Equal(t, "HỎA TỐC", d.Marks.Urgency)
	assert.Equal(t, "DỰ THẢO", d.Marks.Draft)
	assert.Equal(t, "Quyết định", d.Type)
	assert.Equal(t, "Về việc công bố danh mục thủ tục hành chính", d.Abstract)
	assert.Equal(t, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", d.AuthorityLine)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)
	assert.Len(t, d.Preamble, 2)
	require.Len(t, d.Sections, 2)
	assert.Equal(t, "dieu_2", d.Sections[1].ID)
	require.Len(t, d.Annexes, 1)
	a := d.Annexes[0]
	assert.Equal(t, "I", a.Label)
	assert.Equal(t, "phu_luc", a.Kind)
	assert.Equal(t, "DANH MỤC THỦ TỤC HÀNH CHÍNH", a.Title)
	assert.True(t, strings.HasPrefix(a.AttachedTo, "Kèm theo Quyết định số 3854/QĐ-UBND"))
	assert.Len(t, a.Sections, 2)
}

func TestNeverFails(t *testing.T) {
	for _, src := range []string{"", "\n\n", "Số:", "Nơi nhận:", "Điều", "TM.", "- Lưu:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"} {
		d := parse(t, src)
		require.NotNil(t, d)
		assert.NotNil(t, d.Sections)
	}
}

// Sibling ids stay unique when a number repeats, among a few siblings and
// among many.
func TestRepeatedNumbersGetDistinctIDs(t *testing.T) {
	d := parse(t, "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n\n1. Một\n1. Một lần nữa\n2. Hai\n1. Lại một\n")
	var ids []string
	for _, c := range d.Sections {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"1", "1_2", "2", "1_3"}, ids)

	var b strings.Builder
	b.WriteString("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "%d. Mục\n", i)
	}
	b.WriteString("3. Mục lặp\n")
	d = parse(t, b.String())
	require.Len(t, d.Sections, 13)
	assert.Equal(t, "3_2", d.Sections[12].ID)
}

// structure.Parse is exported: it may be given bytes the normalise stage
// never lets through. A "ngày" after invalid UTF-8 once sent a lower-cased
// copy's offset into the original line.
func TestInvalidUTF8BeforeDate(t *testing.T) {
	for _, src := range []string{"\x8a\xbb\x99,nGÀY", "Hà Nội\xff\xfe, ngày 5 tháng 3 năm 2024", "\xc3, NGÀY 1 THÁNG 1 NĂM 2020\n"} {
		assert.NotPanics(t, func() { Parse([]byte(src)) }, "%q", src)
	}
	pd, _, ok := findPlaceDate("Hà Nội\xff, ngày 5 tháng 3 năm 2024")
	require.True(t, ok)
	assert.Equal(t, "2024-03-05", pd.date)
}

// A parse reuses the lines, markers and node slabs of the one before (see
// scratch): nothing of an earlier document may show in a later one.
func TestScratchReusedCleanly(t *testing.T) {
	long := "QUYẾT ĐỊNH\nVề việc thử\n" + strings.Repeat("Điều 1. Phạm vi.\n1. Khoản một;\na) Điểm a;\n- Ý một.\n", 40)
	short := "CÔNG VĂN\nV/v thử\nKính gửi: Sở Tư pháp\n1. Nội dung.\n"
	first := Parse([]byte(short)).Doc
	for i := 0; i < 3; i++ {
		Parse([]byte(long))
		again := Parse([]byte(short)).Doc
		assert.Equal(t, first.Sections, again.Sections)
		assert.Equal(t, first.Abstract, again.Abstract)
		assert.Equal(t, first.Addressees, again.Addressees)
	}
}
