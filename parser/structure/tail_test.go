package structure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// tailDoc is a short decision whose tail is the given lines, as the corpus
// prints them after the last article.
func tailDoc(tail string) string {
	return "QUYẾT ĐỊNH\nVề việc thử\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký./.\n" + tail
}

// Issue 12 item 7: the titles, codes and names of what follows the signature
// (an annex table, a form, an English translation) sign nothing. Each case is
// the tail of a corpus document, quoted line by line.
func TestNoSignersAfterTheSignedBlock(t *testing.T) {
	for _, c := range []struct {
		name, tail            string
		signer, position      string
		authority             []string
		annexes               int
		annexTitle, annexLead string
	}{
		{
			name: "063 annex table after the signature",
			tail: "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Duy Đông\nBỘ KẾ HOẠCH VÀ ĐẦU TƯ\n\n" +
				"TẬP HỆ THỐNG HÓA VĂN BẢN QUY PHẠM PHÁP LUẬT CÒN HIỆU LỰC THUỘC LĨNH VỰC\n" +
				"QUẢN LÝ NHÀ NƯỚC CỦA BỘ KẾ HOẠCH VÀ ĐẦU TƯ TRONG KỲ HỆ THỐNG HÓA 2019 - 2023\n" +
				"(Ban hành kèm theo Quyết định số 1205/QĐ-BKHĐT ngày 24 tháng 5 năm 2024 của Bộ Kế hoạch và Đầu tư)\n\n" +
				"Năm 2024\nTT\nTên loại văn bản\nSố, ký hiệu;\nA. LĨNH VỰC QUY HOẠCH, KẾ HOẠCH, CHIẾN LƯỢC PHÁT TRIỂN KINH TẾ XÃ HỘI\n" +
				"TT\nTTCP\nBình Dương\nTT\nTTCP\nTây Ninh\n",
			signer: "Trần Duy Đông", position: "THỨ TRƯỞNG", authority: []string{"KT. BỘ TRƯỞNG"},
			annexes: 1, annexLead: "Ban hành kèm theo Quyết định số 1205/QĐ-BKHĐT ngày 24 tháng 5 năm 2024 của Bộ Kế hoạch và Đầu tư",
		},
		{
			name: "015 table codes after a flattened signature",
			tail: "Nơi nhận:\n- Thường trực Tỉnh ủy; (Báo cáo)\n- Lưu VT ( H1.25 ) .\nKT.CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Bích Việt\n" +
				"Biểu số 1 MỨC TRỢ CẤP XÃ HỘI HÀNG THÁNG CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI SỐNG TẠI CỘNG ĐỒNG DO XÃ, PHƯỜNG, THỊ TRẤN QUẢN LÝ (Kèm theo Quyết định số: 1056/QĐ-CT ngày 16/8/2010 của Chủ tịch UBND tỉnh)\n" +
				"STT\nĐối tượng\nMức trợ giúp áp dụng (đồng/tháng)\nI\nĐối tượng được hưởng mức 180.000đ/tháng:\n180.000\n1\nII\nIII\n",
			signer: "Vũ Thị Bích Việt", position: "PHÓ CHỦ TỊCH", authority: []string{"KT. CHỦ TỊCH"}, annexes: 1,
		},
		{
			name:   "037 form fields glued after the name",
			tail:   "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL(03b).\nKT.\nTỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….\nĐỊA CHỈ:....\n",
			signer: "Vũ Ngọc Anh", position: "PHÓ TỔNG CỤC TRƯỞNG", authority: []string{"KT. TỔNG CỤC TRƯỞNG"},
		},
		{
			name: "054 footnotes naming laws after the signature",
			tail: "Nơi nhận:\n- Lưu: HC, TH.\nXÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Lê Quang Tùng\n" +
				"[1] Luật Đất đai số 31/2024/QH15 có hiệu lực kể từ ngày 01 tháng 01 năm 2025 được sửa đổi hiệu lực thành từ ngày 01 tháng 8 năm 2024.\n" +
				"[2] Luật số 26/2012/QH13 sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân có căn cứ ban hành như sau:\n" +
				"Luật Đất đai số 31/2024/QH15 có căn cứ ban hành như sau:\n" +
				"Luật Thuế giá trị gia tăng số 48/2024/QH15 có căn cứ ban hành như sau:\n",
			signer: "Lê Quang Tùng", position: "CHỦ NHIỆM", authority: []string{},
		},
		{
			name: "252 English translation after the signature",
			tail: "Nơi nhận:\n- Các đơn vị thuộc Bộ Tài chính;\n- Lưu: VT, CST\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nCao Anh Tuấn\n" +
				"MINISTRY OF FINANCE OF VIETNAM\n-------\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence – Freedom – Happiness\n" +
				"No. 110/2025/TT-BTC\nState Budget No. 89/2025/QH15;\nThe Minister of\nDEPUTY MINISTER\nCao Anh Tuan\n",
			signer: "Cao Anh Tuấn", position: "THỨ TRƯỞNG", authority: []string{"KT. BỘ TRƯỞNG"},
		},
		{
			// the legacy transcript lost the break after the name: the block
			// waiting for its name takes it from the head of the line
			name:   "2002-0112qd name glued to the annex title",
			tail:   "Nơi nhận:\n- Công báo;\n- Lưu VP (02), Vụ CĐKT.\nKT.Bộ trưởng bộ tài chính\nThứ trưởng\n\nTrần Văn Tá chế độ kế toán áp dụng cho đơn vị ngoài công lập hoạt động trong lĩnh vực giáo dục, Y tế,\n",
			signer: "Trần Văn Tá", position: "Thứ trưởng", authority: []string{"KT. Bộ trưởng bộ tài chính"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, tailDoc(c.tail))
			require.Len(t, d.Signers, 1, "%+v", d.Signers)
			s := d.Signers[0]
			assert.Equal(t, c.signer, s.Name)
			assert.Equal(t, c.position, s.Position)
			assert.Equal(t, c.authority, s.Authority)
			assert.Greater(t, s.End, s.Start)
			if c.annexes > 0 {
				require.Len(t, d.Annexes, c.annexes)
				if c.annexLead != "" {
					assert.Equal(t, c.annexLead, d.Annexes[0].AttachedTo)
				}
			}
		})
	}
}

// A signature glued after the Lưu codes on a flattened page is read with the
// span of its line (never 0,0), and an authority prefix right after the codes
// stays with it (issue 12 item 7; 001, 038, 039).
func TestSignatureAfterArchiveCodes(t *testing.T) {
	for _, c := range []struct {
		line, archive, name, position string
		authority                     []string
	}{
		{"- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", "VT, ĐMDN (2b)", "Mai Tiến Dũng", "BỘ TRƯỞNG, CHỦ NHIỆM", []string{}},
		{"- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương Thái", "VT, TXNK (30b)", "Nguyễn Dương Thái", "PHÓ TỔNG CỤC TRƯỞNG", []string{"KT. TỔNG CỤC TRƯỞNG"}},
		{"- Lưu VT; TCHQ KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", "VT; TCHQ", "Đỗ Hoàng Anh Tuấn", "THỨ TRƯỞNG", []string{"KT. BỘ TRƯỞNG"}},
	} {
		src := tailDoc("Nơi nhận:\n- Như trên;\n" + c.line + "\n")
		d := parse(t, src)
		require.Len(t, d.Signers, 1, c.line)
		s := d.Signers[0]
		assert.Equal(t, c.name, s.Name, c.line)
		assert.Equal(t, c.position, s.Position, c.line)
		assert.Equal(t, c.authority, s.Authority, c.line)
		assert.Equal(t, c.archive, d.Archive, c.line)
		at := strings.Index(src, "Lưu")
		assert.True(t, s.Start <= at && at < s.End, "span %d-%d of %q", s.Start, s.End, c.line)
	}
}

// A lost line break that glues the post to the authority ("…QUỐC HỘICHỦ
// TỊCH") still gives the post (issue 12 item 7; 273, its last table row).
func TestPostGluedToAuthority(t *testing.T) {
	d := parse(t, "NGHỊ QUYẾT\nVề việc thử\nĐiều 1. Nghị quyết này có hiệu lực thi hành từ ngày ký.\n\n"+
		"- Chính phủ; - Ban Tổ chức Trung ương; - Ủy ban TW Mặt trận Tổ quốc Việt Nam; - Kiểm toán nhà nước; - Lưu: HC, PLTP. | TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH\n")
	require.Len(t, d.Signers, 1)
	assert.Equal(t, []string{"TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"}, d.Signers[0].Authority)
	assert.Equal(t, "CHỦ TỊCH", d.Signers[0].Position)
	assert.Equal(t, "", d.Signers[0].Name)
	for _, c := range []struct {
		words []string
		k     int
		head  string
	}{
		{[]string{"ỦY", "BAN", "THƯỜNG", "VỤ", "QUỐC", "HỘICHỦ", "TỊCH"}, 5, "CHỦ"},
		{[]string{"ỦY", "BAN", "NHÂN", "DÂN", "THƯỜNG", "TRỰC"}, 0, ""},
		{[]string{"BỘ", "TRƯỞNG", "BỘ", "TÀI", "CHÍNH"}, 0, ""},
	} {
		k, cut := gluedTitle(c.words)
		assert.Equal(t, c.k, k, c.words)
		if c.head == "" {
			assert.Zero(t, cut, c.words)
		} else {
			assert.Equal(t, c.head, c.words[k][cut:], c.words)
		}
	}
}

// Nơi nhận lists as the corpus prints them (issue 12 item 7): a wrapped item
// keeps the comma before its break (137, 151, 220), and a list with no colon
// and no dashes (208, OCR) gives one recipient a line, none of them a signer.
func TestRecipientLists(t *testing.T) {
	d := parse(t, tailDoc("Nơi nhận:\n- Cơ quan trung ương của các tổ chức chính trị - xã hội;\n"+
		"- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,\ncác Vụ, Cục, đơn vị trực thuộc, Công báo;\n- Lưu: VT, KGVX (2b).\n"+
		"TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính\n"))
	var names []string
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"Cơ quan trung ương của các tổ chức chính trị - xã hội", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo"}, names)
	assert.Equal(t, "VT, KGVX (2b)", d.Archive)

	d = parse(t, tailDoc("XÁC THỰC VĂN BẢN HỢP NHẤT\nSố H6\nKT. BỘ TRƯỞNG\nThượng tướng Nguyễn Văn Gấu\nBộ Nội vị\n030100030,05,20,010,03,020.03,22001,\n"+
		"Nơi nhận\nCác đ/c lãnh đạo BQP\nBộ Văn hóa, Thể thao và Du lịch;\nVăn phòng Chính phú\nCác cơ quan, đơn vị trực thuộc BQP.\n"+
		"Đoàn Nghi lễ Quân đội,\nTW Hội CCB Việt Nam\nCục KTVB&QLXLVPHC/Bộ Tư pháp\nBáo QĐND, Trung tâm PTTH Quân đội\nLưu: VT, NCTH\n"+
		"Cổng TTĐTCP, Cổng TTĐTBQP (để đăng tải)\n"))
	names = names[:0]
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"Các đ/c lãnh đạo BQP", "Bộ Văn hóa, Thể thao và Du lịch", "Văn phòng Chính phú", "Các cơ quan, đơn vị trực thuộc BQP",
		"Đoàn Nghi lễ Quân đội", "TW Hội CCB Việt Nam", "Cục KTVB&QLXLVPHC/Bộ Tư pháp", "Báo QĐND, Trung tâm PTTH Quân đội", "Cổng TTĐTCP, Cổng TTĐTBQP"}, names)
	assert.Equal(t, "VT, NCTH", d.Archive)
	require.Len(t, d.Signers, 1, "%+v", d.Signers)
	assert.Equal(t, "Nguyễn Văn Gấu", d.Signers[0].Name)
	assert.Equal(t, "Thượng tướng", d.Signers[0].Honorific)
}

// An old decree prints its block in mixed case: "TM. Chính phủ / Thủ tướng /
// Phan Văn Khải" (issue 12 item 7; legacy 2004-NghiDinh115_2003).
func TestMixedCaseSignature(t *testing.T) {
	d := parse(t, tailDoc("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm thi hành Nghị định này.\n\nTM. Chính phủ\nThủ tướng\nPhan Văn Khải\n"))
	require.Len(t, d.Signers, 1)
	assert.Equal(t, []string{"TM. Chính phủ"}, d.Signers[0].Authority)
	assert.Equal(t, "Thủ tướng", d.Signers[0].Position)
	assert.Equal(t, "Phan Văn Khải", d.Signers[0].Name)
	for s, want := range map[string]bool{"Chính phủ": true, "Ủy ban nhân dân tỉnh": true, "Chính phủ, các Bộ": false, "các cơ quan": false} {
		assert.Equal(t, want, shortTitleCase(s), s)
	}
}

// A legacy .doc lays out Nơi nhận and the signature side by side in a table:
// each line of the list carries a cell of the signature (issue 12 item 7;
// 2003-02144qd, 2004-A3). The cells make one signer, the list its recipients.
func TestSideBySideTail(t *testing.T) {
	for _, c := range []struct {
		name, tail                string
		signer, position, archive string
		authority, recipientsWant []string
	}{
		{
			name: "2003-02144qd",
			tail: "Nơi nhận: KT/ BỘ TRƯỞNG BỘ TÀI CHÍNH\n- Văn phòng TW Đảng THỨ TRƯỞNG\n- VP Quốc hội, VP Chủ tịch nước\n" +
				"- Viện kiểm sát NDTC, Tòa án\nnhân dân tối cao\n- Các Bộ, cơ quan ngang Bộ, cơ quan (ĐÃ KÝ)\nthuộc Chính phủ\n- Công báo.\n" +
				"- UBND, Sở Tài chính, Cục thuế các tỉnh,\nthành phố trực thuộc TW Trương Chí Trung\n- Đại diện TCT tại các tỉnh phía Nam\n- Lưu: VP (HC, TH)\n",
			signer: "Trương Chí Trung", position: "THỨ TRƯỞNG", authority: []string{"KT. BỘ TRƯỞNG BỘ TÀI CHÍNH"}, archive: "VP (HC, TH)",
			recipientsWant: []string{"Văn phòng TW Đảng", "VP Quốc hội, VP Chủ tịch nước", "Viện kiểm sát NDTC, Tòa án nhân dân tối cao",
				"Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Công báo", "UBND, Sở Tài chính, Cục thuế các tỉnh, thành phố trực thuộc TW",
				"Đại diện TCT tại các tỉnh phía Nam"},
		},
		{
			name: "2004-A3",
			tail: "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNơi nhận :\n- Văn phòng Chủ tịch nước,\n" +
				"- Tòa án nhân dân tối cao, Nguyễn Tấn Dũng đã ký\n- Viện Kiểm sát nhân dân tối cao,\n- Ủy ban TW MTTQ Việt Nam,\n- Lưu : KTTH (5), VT.\n",
			signer: "Nguyễn Tấn Dũng", position: "PHÓ THỦ TƯỚNG", authority: []string{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"}, archive: "KTTH (5), VT",
			recipientsWant: []string{"Văn phòng Chủ tịch nước", "Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao", "Ủy ban TW MTTQ Việt Nam"},
		},
		{
			// the legacy transcript of the same file, titles in lower and
			// title case
			name: "2003-02144qd transcript",
			tail: "Nơi nhận: KT/ bộ trưởng bộ tài chính\n- Văn phòng TW Đảng Thứ trưởng\n- VP Quốc hội, VP Chủ tịch nước\n" +
				"- UBND, Sở Tài chính, Cục thuế các tỉnh,\nthành phố trực thuộc TW Trương Chí Trung\n- Lưu: VP (HC, TH)\n",
			signer: "Trương Chí Trung", position: "Thứ trưởng", authority: []string{"KT. bộ trưởng bộ tài chính"}, archive: "VP (HC, TH)",
			recipientsWant: []string{"Văn phòng TW Đảng", "VP Quốc hội, VP Chủ tịch nước", "UBND, Sở Tài chính, Cục thuế các tỉnh, thành phố trực thuộc TW"},
		},
		{
			// the post on a line of its own between two items, the name
			// glued to a later item (2004-B8, 2003-A04)
			name: "2004-B8",
			tail: "Nơi nhận:\nKT/BỘ TRƯỞNG BỘ TÀI CHÍNH\n\n- Ban Kinh tế TW;\nThứ trưởng\n\n- Văn phòng Quốc hội;\n\n" +
				"- UBND, Sở tài chính, Cục thuế các tỉnh Phạm Văn Trọng\n- Các Tổng cục, Cục, Vụ, Viện;\n- Lưu VP (TH; HC), TCT (HC; CS).\n",
			signer: "Phạm Văn Trọng", position: "Thứ trưởng", authority: []string{"KT. BỘ TRƯỞNG BỘ TÀI CHÍNH"}, archive: "VP (TH; HC), TCT (HC; CS)",
			recipientsWant: []string{"Ban Kinh tế TW", "Văn phòng Quốc hội", "UBND, Sở tài chính, Cục thuế các tỉnh", "Các Tổng cục, Cục, Vụ, Viện"},
		},
		{
			// not side by side: the Lưu line without its dash ends the list
			// and the rank stays with the name (132)
			name:   "132",
			tail:   "Nơi nhận:\n- Công báo;\n- Cổng TTĐT Chính phủ; Cổng TTĐT Bộ Công an;\nLưu: VT, V03, H07(P5).\nBỘ TRƯỞNG\nĐại tướng Lương Tam Quang\n",
			signer: "Lương Tam Quang", position: "BỘ TRƯỞNG", authority: []string{}, archive: "VT, V03, H07(P5)",
			recipientsWant: []string{"Công báo", "Cổng TTĐT Chính phủ; Cổng TTĐT Bộ Công an"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, tailDoc(c.tail))
			assertSoleSigner(t, d, c.signer, c.position)
			assert.Equal(t, c.authority, d.Signers[0].Authority)
			var names []string
			for _, r := range d.Recipients {
				names = append(names, r.Name)
			}
			assert.Equal(t, c.recipientsWant, names)
			assert.Equal(t, c.archive, d.Archive)
		})
	}
}

// A form's "Nơi gửi tờ khai:" and prose that names "nơi nhận" are not the
// Nơi nhận label (legacy 2004-TT1691998, 2003-TT132001); the labels are.
func TestRecipientsLabelNotAFormField(t *testing.T) {
	for s, want := range map[string]bool{
		"Nơi gửi tờ khai:": false, "nơi nhận, số lượng bản phát hành, tên người": false,
		"Nơi nhận:": true, "Nơi nhận :": true, "*Nơi nhận:*": true, "Nơi nhận": true, "Nơi gửi:": true, "Nơi nhận: - Như trên;": true,
	} {
		_, ok := isRecipientsLabel(s)
		assert.Equal(t, want, ok, s)
	}
}

// A consolidated text with no Nơi nhận prints its block on one line after the
// last article, the footnotes after it (052, 053): the line ends the body and
// gives the signer.
func TestConsolidationBlockOnOneLine(t *testing.T) {
	d := parse(t, "LUẬT\nThủy sản\nĐiều 105. Quy định chuyển tiếp\n3. Các quy chuẩn kỹ thuật quốc gia đã được ban hành trước ngày Luật này có hiệu lực thi hành tiếp tục được áp dụng.\n"+
		"XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Bùi Văn Cường\n"+
		"[1] Luật Đất đai số 31/2024/QH15 có hiệu lực kể từ ngày 01 tháng 01 năm 2025 được sửa đổi hiệu lực thành từ ngày 01 tháng 8 năm 2024.\n")
	assertSoleSigner(t, d, "Bùi Văn Cường", "CHỦ NHIỆM")
	require.NotEmpty(t, d.Sections)
	last := d.Sections[len(d.Sections)-1]
	for len(last.Children) > 0 {
		last = last.Children[len(last.Children)-1]
	}
	assert.NotContains(t, last.Text, "XÁC THỰC")
}

// A law signed by a bare block ("CHỦ TỊCH QUỐC HỘI Vương Đình Huệ") and
// followed by a PHỤ LỤC whose heading carries its "(Ban hành kèm theo …)":
// the forms of the annex, with their own Nơi nhận and TM. lines, sign
// nothing (020).
func TestBareSignatureBeforeAnnexForms(t *testing.T) {
	d := parse(t, "NGHỊ QUYẾT\nVề việc lấy phiếu tín nhiệm\nĐiều 22. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n"+
		"Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 23 tháng 6 năm 2023.\n"+
		"CHỦ TỊCH QUỐC HỘI Vương Đình Huệ\n"+
		"PHỤ LỤC (Ban hành kèm theo Nghị quyết số 96/2023/QH15 ngày 23 tháng 6 năm 2023 của Quốc hội về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn)\n"+
		"KỲ HỌP THỨ ....\nIII. ĐỀ XUẤT, KIẾN NGHỊ (nếu có)\nNơi nhận:\n-………… -…………\n"+
		"TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH (Ký, ghi rõ họ tên, đóng dấu) Ghi chú:\n")
	assertSoleSigner(t, d, "Vương Đình Huệ", "CHỦ TỊCH QUỐC HỘI")
	assert.Empty(t, d.Recipients)
	require.Len(t, d.Annexes, 1)
	assert.Equal(t, "phu_luc", d.Annexes[0].Kind)
	assert.True(t, strings.HasPrefix(d.Annexes[0].AttachedTo, "Ban hành kèm theo Nghị quyết số 96/2023/QH15"), d.Annexes[0].AttachedTo)
}

// An OCR list that lost some dashes: a line after an item closed by ";" is a
// new item, and capitals after an item cut at a comma continue it (283, 282).
func TestRecipientsThatLostTheirDashes(t *testing.T) {
	d := parse(t, tailDoc("# Nơi nhận:\n\n- Bộ Nội v\n- TT.TU, TT.HĐNDTP;\nCT, các pct ubndtp\n- Ban TG&DVTU;\nSở, Sở, ban ngành thành phố;\n"+
		"- Các Bộ XD, TP, QP, CA, CT,\nNEMT, KHẤCN, NV, NG,\n- Lưu: VT (VDuần).\n"))
	var names []string
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"Bộ Nội v", "TT.TU, TT.HĐNDTP", "CT, các pct ubndtp", "Ban TG&DVTU", "Sở, Sở, ban ngành thành phố", "Các Bộ XD, TP, QP, CA, CT, NEMT, KHẤCN, NV, NG"}, names)
	assert.Equal(t, "VT (VDuần)", d.Archive)
}

// An OCR list that glued two items at a dash and lost the dash of an
// acronym (283), beside dashes that join one recipient's parts: a ministry
// after its department (245, 039) and two fields of one ministry's name.
func TestRecipientsGluedAtADash(t *testing.T) {
	d := parse(t, tailDoc("# Nơi nhận:\n\n- TT.TU, TT.HĐNDTP;\nCT, các pct ubndtp\nUBMTTQVNTP\n- Ban TG&DVTU;\n"+
		"- Cơ quan, đơn vị TW trên định - UBND xã, phường;\n- Cổng TTĐTTP;\n- Vụ Pháp chế - Bộ NN và MT;\n"+
		"- Cục kiểm tra văn bản - Bộ Tư pháp;\n- Bộ Lao động - Thương binh và Xã hội;\n"+
		"- VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, KTTH, Cục KSTTHC, Cổng\nTTĐTCP;\n- Lưu: VT (VDuần). 8.\n"))
	var names []string
	for _, r := range d.Recipients {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"TT.TU, TT.HĐNDTP", "CT, các pct ubndtp", "UBMTTQVNTP", "Ban TG&DVTU",
		"Cơ quan, đơn vị TW trên định", "UBND xã, phường", "Cổng TTĐTTP", "Vụ Pháp chế - Bộ NN và MT",
		"Cục kiểm tra văn bản - Bộ Tư pháp", "Bộ Lao động - Thương binh và Xã hội",
		"VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, KTTH, Cục KSTTHC, Cổng TTĐTCP"}, names)
	assert.Empty(t, d.Signers)
}

// The end of a "[daky]" placeholder glued to the name (089).
func TestNameAfterPlaceholderResidue(t *testing.T) {
	d := parse(t, tailDoc("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\ny]Phạm Thị Thanh Trà\n"))
	assertSoleSigner(t, d, "Phạm Thị Thanh Trà", "PHÓ THỦ TƯỚNG")
}

// A gazette page whose text layer holds only the signature (056, 079): no
// header reads it as an issuer, and the block is the signer's.
func TestSignatureAlone(t *testing.T) {
	for _, c := range []struct {
		src, name, position string
		authority           []string
	}{
		{"KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Đức Chi\n", "Nguyễn Đức Chi", "THỨ TRƯỞNG", []string{"KT. BỘ TRƯỞNG"}},
		{"TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nNguyễn Hòa Bình\n", "Nguyễn Hòa Bình", "PHÓ THỦ TƯỚNG", []string{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"}},
	} {
		d := parse(t, c.src)
		assert.Empty(t, d.Issuer, c.src)
		assert.Empty(t, d.AuthorityLine, c.src)
		assertSoleSigner(t, d, c.name, c.position)
		if len(d.Signers) == 1 {
			assert.Equal(t, c.authority, d.Signers[0].Authority, c.src)
		}
	}
}

// An old law's post in normal case over the name and its note, with no
// Nơi nhận after it (200): the post is the block's, not the last article's.
func TestPostInNormalCaseOverNameAndNote(t *testing.T) {
	d := parse(t, "LUẬT\nThuế chuyển quyền sử dụng đất\nĐiều 1. Luật này có hiệu lực.\nLuật này được Quốc hội thông qua ngày 22 tháng 6 năm 1994.\n\n\nChủ tịch Quốc hội\n\nNông Đức Mạnh\n\n(Đã ký)\n")
	assertSoleSigner(t, d, "Nông Đức Mạnh", "Chủ tịch Quốc hội")
}

// The next level's prefix ends the line of the level before it, its title
// on the line below (025).
func TestPrefixEndingTheLineBefore(t *testing.T) {
	d := parse(t, tailDoc("TM. CHÍNH PHỦ KT.\nTHỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà\n"))
	require.Len(t, d.Signers, 1)
	assert.Equal(t, []string{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"}, d.Signers[0].Authority)
	assertSoleSigner(t, d, "Trần Hồng Hà", "PHÓ THỦ TƯỚNG")
}

// Its end glued after the title instead (072, as printed and in its PDF);
// a bracket that closes something opened on the line is left alone.
func TestTitleBeforePlaceholderResidue(t *testing.T) {
	d := parse(t, tailDoc("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNGy]\nPhạm Thị Thanh Trà\n"))
	assertSoleSigner(t, d, "Phạm Thị Thanh Trà", "PHÓ THỦ TƯỚNG")
	for in, want := range map[string]string{"PHÓ THỦ TƯỚNGky]": "PHÓ THỦ TƯỚNG", "GIÁM ĐỐC [Sở X]": "GIÁM ĐỐC [Sở X]",
		"BỘ TRƯỞNG]": "BỘ TRƯỞNG]", "CHỦ TỊCHabcdefg]": "CHỦ TỊCHabcdefg]"} {
		assert.Equal(t, want, cutPlaceholderTail(in), in)
	}
}

// A joint circular: six blocks whose authority wraps over two lines, each a
// signer (issue 12 item 7; 161). The rule that a later block needs a name
// and a post keeps them all.
func TestJointSignersWithWrappedAuthority(t *testing.T) {
	d := parse(t, tailDoc("KT. BỘ TRƯỞNG\nBỘ CÔNG AN\nTHỨ TRƯỞNG\n(Đã ký)\nThượng tướng Lê Quốc Hùng\n"+
		"KT. BỘ TRƯỞNG\nBỘ TƯ PHÁP\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Thanh Ngọc\n"+
		"KT. CHÁNH ÁN TÒA ÁN\nNHÂN DÂN TỐI CAO\nPHÓ CHÁNH ÁN\n(Đã ký)\nNguyễn Văn Tiến\n"+
		"KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT\nNHÂN DÂN TỐI CAO\nPHÓ VIỆN TRƯỞNG\n(Đã ký)\nHồ Đức Anh\n"))
	require.Len(t, d.Signers, 4, "%+v", d.Signers)
	for i, want := range []struct{ name, position, authority string }{
		{"Lê Quốc Hùng", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG BỘ CÔNG AN"},
		{"Nguyễn Thanh Ngọc", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG BỘ TƯ PHÁP"},
		{"Nguyễn Văn Tiến", "PHÓ CHÁNH ÁN", "KT. CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO"},
		{"Hồ Đức Anh", "PHÓ VIỆN TRƯỞNG", "KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"},
	} {
		assert.Equal(t, want.name, d.Signers[i].Name)
		assert.Equal(t, want.position, d.Signers[i].Position)
		assert.Equal(t, []string{want.authority}, d.Signers[i].Authority)
	}
}

// assertSoleSigner checks that d has one signer, with the name and position
// given; the test stops when the count is wrong.
func assertSoleSigner(t *testing.T, d *model.Document, name, position string) {
	t.Helper()
	require.Len(t, d.Signers, 1, "%+v", d.Signers)
	assert.Equal(t, name, d.Signers[0].Name)
	assert.Equal(t, position, d.Signers[0].Position)
}

// A precedent numbers the paragraphs of its reasoning "[1]", "[2]" and quotes
// them after its decision: they are its body, not notes printed after the
// document (177-182: the reasoning and the decision became "footnotes").
func TestPrecedentParagraphsAreNoFootnotes(t *testing.T) {
	d := parse(t, "ÁN LỆ SỐ 15/2017/AL\nVề công nhận hợp đồng\n"+
		"NỘI DUNG VỤ ÁN\nTheo đơn khởi kiện đề ngày 02-5-2006 và các lời khai khác.\n"+
		"NHẬN ĐỊNH CỦA TÒA ÁN\n[1] Sau khi nghiên cứu hồ sơ vụ án và sau khi thảo luận, Hội đồng xét xử nhất trí.\n"+
		"[2] Trong thực tế việc đổi đất có từ khoảng tháng 2-1992.\nBởi các lẽ trên;\n"+
		"QUYẾT ĐỊNH:\nHủy toàn bộ Bản án dân sự phúc thẩm số 111/2008/DSPT ngày 27-11-2008.\n"+
		"NỘI DUNG ÁN LỆ\n“[1] ... Việc đổi đất giữa các bên là trên cơ sở tự nguyện.”\n")
	assert.Empty(t, d.Footnotes)
	var headings []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			headings = append(headings, s.Heading)
		}
	}
	// the quoted judgment's "QUYẾT ĐỊNH:" is the enacting line, no heading
	assert.Equal(t, []string{"NỘI DUNG VỤ ÁN", "NHẬN ĐỊNH CỦA TÒA ÁN", "NỘI DUNG ÁN LỆ"}, headings)
	assert.Equal(t, "QUYẾT ĐỊNH:", d.Enacting)

	// notes printed after a notice stay notes (227)
	d = parse(t, tailDoc("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. BAN BÍ THƯ\nCHÁNH VĂN PHÒNG\nNguyễn Văn A\n"+
		"[1] Gồm các đồng chí Ủy viên Trung ương Đảng: Phạm Gia Túc, Chánh Văn phòng Trung ương Đảng.\n"))
	require.Len(t, d.Footnotes, 1)
	assert.Equal(t, "1", d.Footnotes[0].Label)
}

// A blank form's signature places name nobody: no signer (legacy
// 2006-Hamau1BK1995); a decision's block printed without a name is one.
func TestBlankFormSignsNothing(t *testing.T) {
	form := "Họ và tên: ..........\nNăm sinh: ..........\nQuê quán: ..........\nNơi thường trú: ..........\nQuan hệ: ..........\nĐã chết ngày……tháng…năm………\n" +
		"Tôi xin cam đoan lời khai trên là đúng./.\nNgày … tháng… năm…\nTM. UBND\nChủ tịch\n"
	assert.Empty(t, parse(t, "BẢN KHAI\n"+form).Signers)
	d := parse(t, tailDoc("TRƯỞNG BAN\n"))
	require.Len(t, d.Signers, 1)
}
