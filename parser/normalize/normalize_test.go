package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type normCase struct {
	name string
	in   string
	want string
}

// run normalises each case, compares the text and checks the offset map.
func run(t *testing.T, opt Options, cases []normCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Normalize([]byte(c.in), opt)
			assert.Equal(t, c.want, string(tx.Bytes))
			checkOffsets(t, []byte(c.in), tx)
		})
	}
}

// checkOffsets asserts the invariants of the offset map: SourceOffset is
// within [0,len(src)], monotone, and maps the end to the end.
func checkOffsets(t testing.TB, src []byte, tx *Text) {
	t.Helper()
	prev := 0
	for i := 0; i <= len(tx.Bytes); i++ {
		s := tx.SourceOffset(i)
		if s < 0 || s > len(src) {
			t.Fatalf("SourceOffset(%d) = %d outside [0,%d]", i, s, len(src))
		}
		if s < prev {
			t.Fatalf("SourceOffset not monotone at %d: %d < %d", i, s, prev)
		}
		prev = s
	}
	if got := tx.SourceOffset(len(tx.Bytes)); got != len(src) {
		t.Fatalf("SourceOffset(len(Bytes)) = %d, want %d", got, len(src))
	}
	if !utf8.Valid(tx.Bytes) {
		t.Fatalf("output is not valid UTF-8: %q", tx.Bytes)
	}
}

func TestEncodingLevel(t *testing.T) {
	run(t, Options{}, []normCase{
		{"bom", "\uFEFFQuyết định\n", "Quyết định\n"},
		{"crlf", "Điều 1.\r\nĐiều 2.\r\n", "Điều 1.\nĐiều 2.\n"},
		{"lone cr", "Điều 1.\rĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"no final newline", "Hà Nội", "Hà Nội\n"},
		{"empty", "", ""},
		{"only blanks", "\n \n\t\n", ""},
	})
}

func TestInvalidUTF8(t *testing.T) {
	src := []byte("Số \xff\xfe 12 \xc3")
	tx := Normalize(src, Options{})
	assert.Equal(t, "Số \uFFFD\uFFFD 12 \uFFFD\n", string(tx.Bytes))
	assert.Equal(t, 3, tx.InvalidUTF8())
	checkOffsets(t, src, tx)
	// A real U+FFFD in the input is not an invalid sequence.
	assert.Equal(t, 0, Normalize([]byte("a\uFFFDb"), Options{}).InvalidUTF8())
}

func TestNFCAndOffsets(t *testing.T) {
	src := []byte("Vie\u0323\u0302t Nam")
	tx := Normalize(src, Options{})
	require.Equal(t, "Việt Nam\n", string(tx.Bytes))
	checkOffsets(t, src, tx)
	out := string(tx.Bytes)
	// "V" "i" map to themselves, "ệ" to the base "e", and the text after the
	// composed letter is shifted by the two bytes the composition saved.
	assert.Equal(t, 0, tx.SourceOffset(0))
	assert.Equal(t, 1, tx.SourceOffset(1))
	assert.Equal(t, 2, tx.SourceOffset(strings.Index(out, "ệ")))
	assert.Equal(t, strings.Index(string(src), "t"), tx.SourceOffset(strings.Index(out, "t")))
	assert.Equal(t, strings.Index(string(src), "Nam"), tx.SourceOffset(strings.Index(out, "Nam")))
	assert.Equal(t, len(src), tx.SourceOffset(len(tx.Bytes)))

	run(t, Options{}, []normCase{
		// "Unicode tổ hợp": precomposed shape mark + combining tone.
		{"composite keyboard", "Vi\u00EA\u0323t Nam C\u00F4\u0323ng ho\u00E0", "Việt Nam Cộng hòa\n"},
		{"already nfc", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam\n"},
		{"angstrom singleton", "\u212B", "\u00C5\n"},
		{"stray mark after space", "tổ chức \u0323(UNESCO)", "tổ chức (UNESCO)\n"},
		{"stray mark at line start", "\u0301Điều 1.", "Điều 1.\n"},
		{"stray mark after digit", "12\u0300 ngày", "12 ngày\n"},
		{"repeated mark collapsed", "Trầ\u0300\u0300n Văn A", "Trần Văn A\n"},
		{"repeated decomposed marks", "Tra\u0302\u0300\u0300n", "Trần\n"},
		{"mark after zero width", "Vie\u200B\u0302t", "Viêt\n"},
	})
}

func TestToneStyle(t *testing.T) {
	run(t, Options{}, []normCase{
		{"hoà", "hoà", "hòa\n"},
		{"Hoá", "Thanh Hoá", "Thanh Hóa\n"},
		{"khoẻ", "sức khoẻ", "sức khỏe\n"},
		{"thuỷ", "thuỷ lợi", "thủy lợi\n"},
		{"uỷ", "Giấy uỷ quyền", "Giấy ủy quyền\n"},
		{"UỶ BAN", "UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN\n"},
		{"Uỷ mixed case", "Uỷ ban", "Ủy ban\n"},
		{"Thuý", "Nguyễn Thị Thuý", "Nguyễn Thị Thúy\n"},
		{"tuỳ", "tuỳ theo", "tùy theo\n"},
		{"huỷ", "huỷ bỏ", "hủy bỏ\n"},
		{"xoè", "xoè", "xòe\n"},
		{"hoạ", "hoạ sĩ", "họa sĩ\n"},
		{"tilde uỹ changes length", "uỹ", "ũy\n"},
		{"CỘNG HOÀ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"},
		{"before punctuation", "Khánh Hoà, Thanh Hoá.", "Khánh Hòa, Thanh Hóa.\n"},
		{"before markdown", "**Khánh Hoà**", "Khánh Hòa\n"},
		{"decomposed style B", "hoa\u0300", "hòa\n"},
		{"end of text no newline", "Đảng uỷ", "Đảng ủy\n"},
		// Never touched.
		{"hoàng", "Hoàng hoàng", "Hoàng hoàng\n"},
		{"toán", "kế toán", "kế toán\n"},
		{"thuyền", "thuyền", "thuyền\n"},
		{"quý", "quý", "quý\n"},
		{"quả", "kết quả", "kết quả\n"},
		{"QUÝ", "QUÝ I", "QUÝ I\n"},
		{"style A kept", "hòa thủy", "hòa thủy\n"},
		{"uê not in scope", "thuế", "thuế\n"},
	})
}

func TestFoldTone(t *testing.T) {
	for in, want := range map[string]string{
		"Thanh Hoá":        "Thanh Hóa",
		"Thanh Hóa":        "Thanh Hóa",
		"UỶ BAN NHÂN DÂN":  "ỦY BAN NHÂN DÂN",
		"Đảng uỷ, Ủy viên": "Đảng ủy, Ủy viên",
		"khoẻ":             "khỏe",
		"hoa\u0300":        "hòa",
		"hoàng toán quý":   "hoàng toán quý",
		"thuyền quả":       "thuyền quả",
		"plain ascii":      "plain ascii",
		"":                 "",
	} {
		assert.Equal(t, want, FoldTone(in), "FoldTone(%q)", in)
	}
	// Both styles give the same key.
	assert.Equal(t, FoldTone("Khánh Hoà"), FoldTone("Khánh Hòa"))
}

func TestHomoglyphEth(t *testing.T) {
	run(t, Options{}, []normCase{
		{"symbol", "102/2024/NÐ-CP", "102/2024/NĐ-CP\n"},
		{"word", "Ðiểm báo", "Điểm báo\n"},
		{"lowercase eth kept", "Tổng thống Guðni", "Tổng thống Guðni\n"},
	})
}

func TestSpacesAndInvisibles(t *testing.T) {
	run(t, Options{}, []normCase{
		{"nbsp", "Số:\u00A0144/2002", "Số: 144/2002\n"},
		{"en and em space", "Điều\u20021.\u2003Phạm vi", "Điều 1. Phạm vi\n"},
		{"thin, narrow, math, ideographic", "a\u2009b\u202Fc\u205Fd\u3000e", "a b c d e\n"},
		{"tab", "\tCăn cứ Luật", "Căn cứ Luật\n"},
		{"run collapsed", "Số:  144 /2002", "Số: 144 /2002\n"},
		{"trim", "  Hà Nội  \n", "Hà Nội\n"},
		{"zero width", "Việt\u200BNam\u200C\u200D\u2060", "ViệtNam\n"},
		{"bom inside", "Quyết\uFEFF định", "Quyết định\n"},
		{"soft hyphen", "phư\u00ADơng", "phương\n"},
		{"blank lines collapsed", "Điều 1.\n\n\n\nĐiều 2.", "Điều 1.\n\nĐiều 2.\n"},
		{"blank with spaces", "Điều 1.\n \u00A0\n\t\nĐiều 2.", "Điều 1.\n\nĐiều 2.\n"},
		{"dashes unchanged", "204/2004/NĐ–CP — 55/QĐ‐QUTW ‑ −", "204/2004/NĐ–CP — 55/QĐ‐QUTW ‑ −\n"},
	})
}

func TestTCVN3PassesThrough(t *testing.T) {
	// Legacy decoding is an earlier stage: mojibake passes unchanged.
	run(t, Options{}, []normCase{
		{"tcvn3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n"},
		{"vni", "UÛY BAN NHAÂN DAÂN TÆNH", "UÛY BAN NHAÂN DAÂN TÆNH\n"},
	})
}

// TestEmphasisAcrossLines: a bold or italic span wrapped by the converter is
// one line, whatever the format's rejoin rule (issue 12 item 3); lines from
// the corpus.
func TestEmphasisAcrossLines(t *testing.T) {
	cases := []normCase{
		// 253, 256: a Roman title in bold, cut after its first word
		{"roman title", "**I. MỤC\nĐÍCH, YÊU CẦU**\n\n**1. Mục đích**", "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n"},
		{"roman title two words", "**III. NỘI\nDUNG GIÁM SÁT**", "III. NỘI DUNG GIÁM SÁT\n"},
		// 251: an article's title over four lines
		{"article title", "**Điều 1. Bãi\nbỏ toàn bộ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015 của Bộ trưởng Bộ\nY tế quy định việc áp dụng chế độ bồi dưỡng, thời gian và số người thực hiện\ngiám định đối với từng loại việc giám định pháp y, pháp y tâm thần**",
			"Điều 1. Bãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015 của Bộ trưởng Bộ Y tế quy định việc áp dụng chế độ bồi dưỡng, thời gian và số người thực hiện giám định đối với từng loại việc giám định pháp y, pháp y tâm thần\n"},
		// 227: bold label, italic title: the italic span is the one left open
		{"bold label italic title", "**1. ***Giảm tối đa số\ntrẻ bị bỏ rơi mới: *Đây là nhiệm vụ", "1. Giảm tối đa số trẻ bị bỏ rơi mới: Đây là nhiệm vụ\n"},
		// 250: an italic căn cứ item wrapped before a lower-case word and a capital
		{"italic preamble item", "*Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15;*\n*Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật số 64/2025/QH15;*",
			"Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"},
		// one span over two items: each item keeps its line
		{"sentence end inside span", "*Căn cứ Luật A;\nCăn cứ Luật B;*", "Căn cứ Luật A;\nCăn cứ Luật B;\n"},
		{"structure inside span", "**1. Mục đích\n2. Yêu cầu**", "1. Mục đích\n2. Yêu cầu\n"},
		// a span that never closes glues nothing
		{"stray marker", "**Ghi chú\nmột\nhai\nba\nbốn\nnăm\nsáu\nbảy\ntám\nchín", "Ghi chú\nmột\nhai\nba\nbốn\nnăm\nsáu\nbảy\ntám\nchín\n"},
		// 250: an italic date whose closing star is printed apart (kept as a
		// star) never closes, and the table cell after it ends the span:
		// the title is not glued to the căn cứ line
		{"table cell ends span", "*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n|\n** **\n**NGHỊ QUYẾT**\nSỬA ĐỔI, BỔ SUNG\n*Căn cứ Luật;*",
			"Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG\nCăn cứ Luật;\n"},
		// a blank line ends the span
		{"blank line", "**I. MỤC\n\nĐÍCH**", "I. MỤC\n\nĐÍCH\n"},
	}
	run(t, Options{NoRejoin: true}, cases)
}

func TestMarkdown(t *testing.T) {
	run(t, Options{NoRejoin: true}, []normCase{
		{"bold", "**Điều 1.** Phạm vi", "Điều 1. Phạm vi\n"},
		{"italic across lines", "*Hà Nội, ngày 25\ntháng 11 năm 2025*", "Hà Nội, ngày 25 tháng 11 năm 2025\n"},
		{"italic vv", "*V/v triển khai Kế hoạch*", "V/v triển khai Kế hoạch\n"},
		{"bold open at line end", "của **\nTHƯ VIỆN PHÁP LUẬT**.", "của THƯ VIỆN PHÁP LUẬT.\n"},
		{"bold italic", "**1. ***Giảm tối đa số", "1. Giảm tối đa số\n"},
		{"italic in parens", "(*Lưu ý: không gửi văn bản giấy*).", "(Lưu ý: không gửi văn bản giấy).\n"},
		{"underscore bold", "__Nơi nhận__:", "Nơi nhận:\n"},
		{"underscore rule kept", "**___________________**", "___________________\n"},
		{"snake case kept", "ma_so__cu", "ma_so__cu\n"},
		{"empty bold line", "Điều 1.\n** **\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"empty italic line", "biết./.\n* *\nNơi nhận:", "biết./.\nNơi nhận:\n"},
		{"empty bold inline", "Kính gửi: ** ** Bộ Tài chính", "Kính gửi: Bộ Tài chính\n"},
		{"bold marker line", "**\nCÁC NỘI DUNG\n**", "CÁC NỘI DUNG\n"},
		{"party rule kept", "**VĂN PHÒNG**\n*\nSố 432", "VĂN PHÒNG\n*\nSố 432\n"},
		{"bold party rule", "**VĂN PHÒNG**\n*****\nSố 432", "VĂN PHÒNG\n*\nSố 432\n"},
		{"decorative rule kept", "QUỐC HỘI ******** CỘNG HÒA", "QUỐC HỘI ******** CỘNG HÒA\n"},
		{"bullet kept", "* Thời gian thực hiện: hằng năm.", "* Thời gian thực hiện: hằng năm.\n"},
		{"footnote marks kept", "**(*)\n(**) Ghi chú", "(*)\n(**) Ghi chú\n"},
		{"glob kept", "định dạng *.dgn, *.pdf", "định dạng *.dgn, *.pdf\n"},
		{"product kept", "2*3", "2*3\n"},
		{"escapes", "Số 12\\. Điều 1\\* \\#", "Số 12. Điều 1* #\n"},
		{"latex backslash kept", "$\\mathbf { k }$", "$\\mathbf { k }$\n"},
		{"heading", "## Văn bản liên quan", "Văn bản liên quan\n"},
		{"heading hash alone", "Đang tải...\n#\nSố hiệu:", "Đang tải...\nSố hiệu:\n"},
		{"hash not heading", "#1 và C#", "#1 và C#\n"},
		{"table rule lines", "|\n|\nSố hiệu:\n|\n980/KH-UBND\n|", "Số hiệu:\n980/KH-UBND\n"},
		{"table separator", "| STT | Tên |\n|---|:---:|\n| 1 | Hà Nội |", "STT\nTên\n1\nHà Nội\n"},
		{"empty cells", "| a || b |", "a\nb\n"},
		{"cell separator inside line", "- Lưu: HC, PLTP. | TM. ỦY BAN THƯỜNG VỤ", "- Lưu: HC, PLTP.\nTM. ỦY BAN THƯỜNG VỤ\n"},
		{"pipe without spaces kept", "a|b", "a|b\n"},
	})
}

func TestMarkdownCellsAreNotJoined(t *testing.T) {
	// Cell boundaries are hard: a cell never continues the previous one even
	// when the text would otherwise look like a wrap.
	run(t, Options{}, []normCase{
		{"cells", "| Bộ trưởng Bộ | trưởng phòng |", "Bộ trưởng Bộ\ntrưởng phòng\n"},
		{"rule line", "văn bản số\n|\n12/KH", "văn bản số\n12/KH\n"},
		{"wrapped inside cell", "|\nCác nội dung được làm nổi bật bằng\ncác màu sắc:\n|", "Các nội dung được làm nổi bật bằng các màu sắc:\n"},
	})
}

// A Công báo page break as pdftotext gives it: stamp at the foot of page 99,
// running header and page number at the top of page 100, blank lines.
const gazettePages = "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n" +
	"99\n" +
	" \n" +
	" \n" +
	"THỦ TƯỚNG CHÍNH PHỦ \n" +
	"Điều 1. Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền \n" +
	"lương, bảo hiểm xã hội và ưu đãi người có công, gồm các \n" +
	"Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
	"Cơ quan: VĂN PHÒNG CHÍNH PHỦ\n" +
	"Ngày ký: 2026-05-21 08:05:48 +07:00\n" +
	"\n" +
	"CÔNG BÁO/Số 281/Ngày 21-05-2026 \n" +
	"100\n" +
	" \n" +
	" \n" +
	"thành viên sau đây: \n" +
	"- Bộ trưởng Bộ Tài chính. \n"

func TestGazetteFurniture(t *testing.T) {
	src := []byte(gazettePages)
	tx := Normalize(src, Options{})
	assert.Equal(t, "THỦ TƯỚNG CHÍNH PHỦ\n"+
		"Điều 1. Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công, gồm các thành viên sau đây:\n"+
		"- Bộ trưởng Bộ Tài chính.\n", string(tx.Bytes))
	checkOffsets(t, src, tx)

	require.Len(t, tx.Removed, 5)
	kinds := []string{}
	for _, r := range tx.Removed {
		kinds = append(kinds, r.Kind)
		// Removed text comes from where Removed says it does.
		assert.Equal(t, strings.TrimSpace(strings.SplitN(gazettePages[r.SrcStart:r.SrcEnd], "\n", 2)[0]),
			strings.SplitN(r.Text, "\n", 2)[0])
	}
	assert.Equal(t, []string{KindGazetteHeader, KindPageNumber, KindESignature, KindGazetteHeader, KindPageNumber}, kinds)
	stamp := tx.Removed[2]
	assert.Equal(t, "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-05-21 08:05:48 +07:00", stamp.Text)
	assert.Equal(t, strings.Index(gazettePages, "Ký bởi"), stamp.SrcStart)
	assert.Equal(t, strings.Index(gazettePages, "\n\nCÔNG BÁO"), stamp.SrcEnd)

	// Text after the removed page break maps back to its own source bytes.
	out := string(tx.Bytes)
	i := strings.Index(out, "thành viên")
	assert.Equal(t, strings.Index(gazettePages, "thành viên"), tx.SourceOffset(i))
	i = strings.Index(out, "lương,")
	assert.Equal(t, strings.Index(gazettePages, "lương,"), tx.SourceOffset(i))

	kept := Normalize(src, Options{KeepFurniture: true})
	assert.Empty(t, kept.Removed)
	assert.Contains(t, string(kept.Bytes), "CÔNG BÁO/Số 281/Ngày 21-05-2026\n99\n")
	assert.Contains(t, string(kept.Bytes), "Ký bởi: CÔNG BÁO")
	checkOffsets(t, src, kept)
}

func TestPageNumbers(t *testing.T) {
	run(t, Options{NoRejoin: true}, []normCase{
		{"header with page before", "Điều 1.\n44 CÔNG BÁO/Số 18/Ngày 12-01-2024\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"header with page after", "Điều 1.\nCÔNG BÁO/Số 377 + 378/Ngày 04-3-2024 75\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"page number chain", "Điều 1.\n\n74\n74\n \n74\nCÔNG BÁO/Số 377 + 378/Ngày 04-3-2024\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		// Blank lines around a removed page number are page layout, not a
		// paragraph break, so they go with it.
		{"dashed between blanks", "Điều 1.\n\n- 2 -\n\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"en dash no spaces", "Điều 1.\n\n–3–\n\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"of total", "Điều 1.\n\n2/12\n\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"form feed before", "Điều 1.\n\f2\nĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"form feed after", "Điều 1.\n3\n\fĐiều 2.", "Điều 1.\nĐiều 2.\n"},
		{"end of text", "Điều 1.\n\n5\n", "Điều 1.\n"},
		// Not page numbers: table cells and numbers in running text.
		{"table cell", "STT\n1\nThông tư số 36/2017/TT-BLĐTBXH", "STT\n1\nThông tư số 36/2017/TT-BLĐTBXH\n"},
		{"blank on one side only", "Tổng số:\n\n12\nngười", "Tổng số:\n\n12\nngười\n"},
		{"number in text", "Điều 2\n15/10/2023\n", "Điều 2\n15/10/2023\n"},
		{"not a header", "Theo CÔNG BÁO số 5", "Theo CÔNG BÁO số 5\n"},
	})
}

func TestESignature(t *testing.T) {
	run(t, Options{NoRejoin: true}, []normCase{
		{"one-line stamp", "./.\nKý bởi: Văn phòng Chính phủ Email: vpcp@chinhphu.vn Thời gian ký: 16.03.2015 11:02:35 +07:00\nNơi nhận:", "./.\nNơi nhận:\n"},
		{"nguoi ky block", "Người ký: Nguyễn Văn A\nEmail: a@b.vn\nThời gian ký: 16.03.2015\nNơi nhận:", "Nơi nhận:\n"},
		// Web metadata tables have a "Người ký:" field: not a stamp.
		{"metadata field", "Người ký:\n|\nNguyễn Văn Đệ\n|\nNgày ban hành:", "Người ký:\nNguyễn Văn Đệ\nNgày ban hành:\n"},
		{"single nguoi ky line", "Người ký: Nguyễn Văn A\nNơi nhận:", "Người ký: Nguyễn Văn A\nNơi nhận:\n"},
		{"no start key", "Cơ quan: Bộ Tài chính\nEmail: a@b.vn", "Cơ quan: Bộ Tài chính\nEmail: a@b.vn\n"},
	})
}

func TestRejoin(t *testing.T) {
	run(t, Options{}, []normCase{
		{"lowercase continuation", "Căn cứ Luật Tổ chức\nchính quyền địa phương;", "Căn cứ Luật Tổ chức chính quyền địa phương;\n"},
		{"keyword then symbol", "Căn cứ Chỉ thị số\n13/CT-TTg ngày 17 tháng 5 năm 2025;", "Căn cứ Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025;\n"},
		{"keyword then year", "ngày 01 tháng 7 năm\n2025 của Chính phủ", "ngày 01 tháng 7 năm 2025 của Chính phủ\n"},
		{"keyword then name", "Căn cứ Luật Tổ chức Chính phủ của\nQuốc hội;", "Căn cứ Luật Tổ chức Chính phủ của Quốc hội;\n"},
		{"vietnamese lowercase", "tăng cường\nđẩy mạnh", "tăng cường đẩy mạnh\n"},
		{"capital after tháng ends a title (081)", "Điều 2. Số giờ làm thêm trong 01 tháng\nTrường hợp người sử dụng lao động", "Điều 2. Số giờ làm thêm trong 01 tháng\nTrường hợp người sử dụng lao động\n"},
		{"capital after năm ends a phrase (2003-A05)", "I. Quyết toán thuế hàng năm\nKết thúc mỗi năm tài chính", "I. Quyết toán thuế hàng năm\nKết thúc mỗi năm tài chính\n"},
		{"a bracket left open closes on the next line (270)", "5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ…)", "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ…)\n"},
		{"a remark in brackets inside the sentence (231)", "4. Bộ Xây dựng chỉ đạo công an các địa phương\n(kể cả các địa phương lân cận) và các lực lượng", "4. Bộ Xây dựng chỉ đạo công an các địa phương (kể cả các địa phương lân cận) và các lực lượng\n"},
		{"a list label in brackets starts its own line", "các nội dung sau\n(a) Nội dung thứ nhất", "các nội dung sau\n(a) Nội dung thứ nhất\n"},
		{"capital after ngày goes on", "trước ngày\nNghị định này có hiệu lực", "trước ngày Nghị định này có hiệu lực\n"},
		{"capital after non-keyword", "Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;", "Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;\n"},
		{"after period", "thi hành./.\nnơi nhận", "thi hành./.\nnơi nhận\n"},
		{"after semicolon", "- Như trên;\ncác Bộ", "- Như trên;\ncác Bộ\n"},
		{"after colon", "gồm:\nviệc A", "gồm:\nviệc A\n"},
		{"after quoted sentence", "“Điều 5 được sửa đổi.”\nnhư sau", "“Điều 5 được sửa đổi.”\nnhư sau\n"},
		{"structure Điều", "quy định tại\nĐiều 1 chịu trách nhiệm", "quy định tại\nĐiều 1 chịu trách nhiệm\n"},
		{"structure numbered", "nội dung của\n2. Mục tiêu", "nội dung của\n2. Mục tiêu\n"},
		{"structure letter", "bao gồm\na) Nhiệm vụ", "bao gồm\na) Nhiệm vụ\n"},
		{"structure dash", "bao gồm\n- các Bộ", "bao gồm\n- các Bộ\n"},
		{"structure plus", "bao gồm\n+ các Bộ", "bao gồm\n+ các Bộ\n"},
		{"structure bullet", "bao gồm\n• các Bộ", "bao gồm\n• các Bộ\n"},
		{"structure can cu", "ngày 5 tháng 3 năm\nCăn cứ Luật", "ngày 5 tháng 3 năm\nCăn cứ Luật\n"},
		{"structure noi nhan", "thực hiện tại\nNơi nhận:", "thực hiện tại\nNơi nhận:\n"},
		{"structure kinh gui", "theo\nKính gửi: Bộ", "theo\nKính gửi: Bộ\n"},
		{"structure luu", "Bộ Tài chính và\nLưu: VT", "Bộ Tài chính và\nLưu: VT\n"},
		{"structure chuong", "theo\nChương II", "theo\nChương II\n"},
		{"structure roman", "theo\nII. Nội dung", "theo\nII. Nội dung\n"},
		{"caps lines", "TM. ỦY BAN NHÂN\nDÂN", "TM. ỦY BAN NHÂN\nDÂN\n"},
		{"caps title then lowercase", "QUYẾT ĐỊNH\nvề việc ban hành", "QUYẾT ĐỊNH\nvề việc ban hành\n"},
		{"symbol tight", "Thông tư số 21/2020/TT-\nBTTTT ngày 5/3/2020", "Thông tư số 21/2020/TT-BTTTT ngày 5/3/2020\n"},
		{"symbol tight slash", "Quyết định số 3783/QĐ-\nUBND.", "Quyết định số 3783/QĐ-UBND.\n"},
		// Without a code on the next line it is an ordinary wrap.
		{"symbol break needs code", "Quyết định số 3783/QĐ-\nngày 5", "Quyết định số 3783/QĐ- ngày 5\n"},
		{"dash bullet line is not a symbol", "-\nUBND tỉnh", "-\nUBND tỉnh\n"},
		{"chain", "Căn cứ Nghị định số\n30/2020/NĐ-CP ngày 05 tháng\n3 năm 2020 của Chính phủ về công\ntác văn thư;", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n"},
		// The seed document: a wrap across the blank line of a page break.
		{"seed page break", "- Các sở, ban, ngành chủ động thu thập thông tin cập nhật về thành tựu đảm bảo quyền con người thuộc lĩnh vực phụ trách, tập trung nêu đậm những thành tựu\n\nđảm bảo các quyền tự do dân chủ, tự do tôn giáo.\n\n- Nâng cao hiệu quả",
			"- Các sở, ban, ngành chủ động thu thập thông tin cập nhật về thành tựu đảm bảo quyền con người thuộc lĩnh vực phụ trách, tập trung nêu đậm những thành tựu đảm bảo các quyền tự do dân chủ, tự do tôn giáo.\n\n- Nâng cao hiệu quả\n"},
		{"not across two blank lines", "những thành tựu\n\n\nđảm bảo", "những thành tựu\n\nđảm bảo\n"},
		{"across furniture and blanks", "các nhiệm\n\n\nCÔNG BÁO/Số 1/Ngày 01-01-2026\n7\n\n\nvụ về cải cách", "các nhiệm vụ về cải cách\n"},
	})
}

func TestNoRejoin(t *testing.T) {
	run(t, Options{NoRejoin: true}, []normCase{
		{"kept", "Căn cứ Luật Tổ chức\nchính quyền địa phương;", "Căn cứ Luật Tổ chức\nchính quyền địa phương;\n"},
		{"symbol kept", "21/2020/TT-\nBTTTT", "21/2020/TT-\nBTTTT\n"},
	})
}

func TestRejoinOffsets(t *testing.T) {
	src := "Thông tư số 21/2020/TT-\nBTTTT ngày\n\n5/3/2020"
	tx := Normalize([]byte(src), Options{})
	require.Equal(t, "Thông tư số 21/2020/TT-BTTTT ngày 5/3/2020\n", string(tx.Bytes))
	checkOffsets(t, []byte(src), tx)
	out := string(tx.Bytes)
	for _, w := range []string{"BTTTT", "ngày", "5/3/2020"} {
		assert.Equal(t, strings.Index(src, w), tx.SourceOffset(strings.Index(out, w)), w)
	}
	// The joining space stands for the line break it replaced.
	assert.Equal(t, strings.Index(src, "\n\n5"), tx.SourceOffset(strings.Index(out, " 5/3")))
}

func TestToneRewriteOffsets(t *testing.T) {
	src := "UỶ BAN và Thanh Hoá, 12"
	tx := Normalize([]byte(src), Options{})
	require.Equal(t, "ỦY BAN và Thanh Hóa, 12\n", string(tx.Bytes))
	checkOffsets(t, []byte(src), tx)
	out := string(tx.Bytes)
	for _, w := range []string{"BAN", "Thanh", ", 12"} {
		assert.Equal(t, strings.Index(src, w), tx.SourceOffset(strings.Index(out, w)), w)
	}
}

func TestNoStateLeaksBetweenCalls(t *testing.T) {
	// The first text ends in a form feed; the page break must not carry
	// over to the next call, where "3" would then look like a page number.
	Normalize([]byte("Điều 1.\nabc\f"), Options{})
	tx := Normalize([]byte("3\nĐiều 2."), Options{})
	assert.Equal(t, "3\nĐiều 2.\n", string(tx.Bytes))
}

// A portal that opens the text with the document's short name and prints it
// again before each division line: the prefix goes, the division stays, and
// a sentence that merely starts with the same words is left alone.
func TestTitlePrefix(t *testing.T) {
	src := "Thông tư 07/2030/TT-BXD\n" +
		"BỘ XÂY DỰNG\n" +
		"Thông tư 07/2030/TT-BXD. Chương I QUY ĐỊNH CHUNG\n" +
		"Thông tư 07/2030/TT-BXD. Điều 1. Phạm vi điều chỉnh\n" +
		"Thông tư 07/2030/TT-BXDX. Điều 2.\n" +
		"Thông tư 07/2030/TT-BXD có hiệu lực từ ngày ký.\n"
	tx := Normalize([]byte(src), Options{NoRejoin: true})
	assert.Equal(t, "Thông tư 07/2030/TT-BXD\nBỘ XÂY DỰNG\nChương I QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"+
		"Thông tư 07/2030/TT-BXDX. Điều 2.\nThông tư 07/2030/TT-BXD có hiệu lực từ ngày ký.\n", string(tx.Bytes))
	checkOffsets(t, []byte(src), tx)
	require.Len(t, tx.Removed, 2)
	for _, r := range tx.Removed {
		assert.Equal(t, KindTitlePrefix, r.Kind)
		assert.Equal(t, "Thông tư 07/2030/TT-BXD.", r.Text)
		assert.Equal(t, r.Text, src[r.SrcStart:r.SrcEnd])
	}
	i := strings.Index(string(tx.Bytes), "Điều 1")
	assert.Equal(t, strings.Index(src, "Điều 1"), tx.SourceOffset(i))

	// Without the name on its own first line, nothing is cut.
	plain := Normalize([]byte(src[strings.Index(src, "BỘ"):]), Options{NoRejoin: true})
	assert.Empty(t, plain.Removed)
}
