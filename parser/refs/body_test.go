package refs

import (
	"strings"
	"testing"

	"github.com/vnlegal/vanban/model"
)

// Issue 12, items 10 and 12: relations carried by a lead-in or by a căn cứ
// item, and names that run into the sentence. Every input is a real passage
// of the corpus (file in the comment), as the parser's text gives it.

func TestLeadInCarriesRelation(t *testing.T) {
	// 150 (vbpl page): an article heading lists the repealed decisions
	check(t, "Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ\n"+
		"1. Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia về cấp nước sạch và vệ sinh nông thôn đến năm 2020.\n"+
		"2. Quyết định số 63/2002/QĐ-TTg ngày 20 tháng 5 năm 2002 của Thủ tướng Chính phủ về công tác phòng, chống lụt, bão, giảm nhẹ thiên tai.\n"+
		"Điều 2. Điều khoản thi hành\n1. Quyết định này có hiệu lực thi hành từ ngày 20 tháng 01 năm 2026.",
		Options{SelfType: "Quyết định"},
		want{"104/2000/QĐ-TTg", "Quyết định", "2000-08-25", "Thủ tướng Chính phủ", model.RelationRepeals, 1},
		want{"63/2002/QĐ-TTg", "Quyết định", "2002-05-20", "Thủ tướng Chính phủ", model.RelationRepeals, 1})
	// 108 (Công báo text): the gazette's page furniture and signature stamp
	// stand between the items; a resolution named in an item's abstract is
	// only cited
	check(t, " Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật \n"+
		"1. Chỉ thị số 03/2005/CT-BTS ngày 07/3/2005 của Bộ trưởng Bộ Thủy sản về \nviệc tăng cường kiểm soát dư lượng hóa chất, kháng sinh có hại trong hoạt động \nthủy sản. \n"+
		"Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 14.02.2022 16:05:06 +07:00\n\n \n \nCÔNG BÁO/Số 59 + 60/Ngày 15-01-2022 \n93 \n \n \n"+
		"9. Quyết định số 02/2007/QĐ-BTS ngày 08/3/2007 của Bộ trưởng Bộ Thủy \nsản về việc ban hành Chương trình hành động của Bộ Thủy sản thực hiện Nghị \nquyết Đại hội Đảng lần thứ X, Nghị quyết số 25/2006/NQ-CP ngày 09/10/2006 \ncủa Chính phủ về phát triển kinh tế - xã hội ngành thủy sản năm 2006 - 2010. \n",
		Options{},
		want{"03/2005/CT-BTS", "Chỉ thị", "2005-03-07", "-", model.RelationRepeals, 1},
		want{"02/2007/QĐ-BTS", "Quyết định", "2007-03-08", "-", model.RelationRepeals, 1},
		want{"nghị quyết:đại hội đảng lần thứ x:", "Nghị quyết", "", "-", model.RelationCites, 1},
		want{"25/2006/NQ-CP", "Nghị quyết", "2006-10-09", "Chính phủ", model.RelationCites, 1})
	// 004: a lead-in ending in ":" with two verbs; the first one names it
	check(t, "2. Nghị định này thay thế và bãi bỏ các văn bản sau:\n"+
		"a) Nghị định số 81/2015/NĐ-CP ngày 18 tháng 9 năm 2015 của Chính phủ về công bố thông tin doanh nghiệp nhà nước.\n",
		Options{SelfType: "Nghị định"},
		want{"81/2015/NĐ-CP", "Nghị định", "2015-09-18", "Chính phủ", model.RelationReplaces, 1})
	// 070: the verb of the lead-in belongs to a cited decree's abstract
	check(t, "Điều 1. Kể từ ngày Nghị định số 245/2025/NĐ-CP ngày 11 tháng 9 năm \n2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số \n"+
		"155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết \nthi hành một số điều của Luật Chứng khoán có hiệu lực thi hành, các thông tư \nsau đây tiếp tục có hiệu lực thi hành: \n \n \n"+
		"1. Thông tư số 119/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ trưởng \nBộ Tài chính quy định hoạt động đăng ký, lưu ký, bù trừ và thanh toán giao dịch \nchứng khoán",
		Options{},
		want{"245/2025/NĐ-CP", "Nghị định", "2025-09-11", "Chính phủ", model.RelationCites, 1},
		want{"155/2020/NĐ-CP", "Nghị định", "2020-12-31", "Chính phủ", model.RelationCites, 1},
		want{"luật:chứng khoán:", "Luật", "", "", "", 1},
		want{"119/2020/TT-BTC", "Thông tư", "2020-12-31", "-", model.RelationCites, 1})
	// 061 (a table of documents in force): "Văn bản sửa đổi, …:" names the
	// documents that changed a listed one
	check(t, "- Văn bản sửa đổi, bổ sung, thay thế, bãi \nbỏ một phần: \n"+
		"+ Nghị định số 143/2016/NĐ-CP ngày \n14/10/2016 của Chính phủ quy định điều \nkiện đầu tư và hoạt động trong lĩnh vực \ngiáo dục nghề nghiệp. \n",
		Options{},
		want{"143/2016/NĐ-CP", "Nghị định", "2016-10-14", "Chính phủ", model.RelationCites, 1})
}

func TestRelationAfterMention(t *testing.T) {
	// 019: the item's subject "hết hiệu lực"
	check(t, "2. Nghị quyết số 751/2019/UBTVQH14 ngày 16 tháng 8 năm 2019 của Ủy ban Thường vụ Quốc hội Giải thích một số điều của Luật Quy hoạch hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.",
		Options{SelfType: "Nghị quyết"},
		want{"751/2019/UBTVQH14", "Nghị quyết", "2019-08-16", "-", model.RelationRepeals, 1},
		want{"luật:quy hoạch:", "Luật", "", "", model.RelationCites, 1})
	// 243: "hết hiệu lực" right after the citation
	check(t, "**Điều 2. **Quyết định này\ncó hiệu lực thi hành kể từ ngày 01/11/2025, các thủ tục hành chính trong lĩnh\nvực chứng thực đã công bố tại Quyết định số 2194/QĐ- UBND ngày 26 tháng 6 năm\n2025 của Chủ tịch UBND tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực\nthi hành.",
		Options{SelfType: "Quyết định"},
		want{"2194/QĐ-UBND", "Quyết định", "2025-06-26", "Chủ tịch UBND tỉnh", model.RelationRepeals, 1})
	// 060 (a table): repealed by another document, not by this one
	check(t, "Quyết định số 27/2019/QĐ-TTg ngày 09/9/2019 của Thủ tướng Chính phủ về tín dụng đối với người lao động\nĐược bãi bỏ bởi Quyết định số 25/2022/QĐ-TTg ngày 12/12/2022 của Thủ tướng Chính phủ",
		Options{},
		want{"27/2019/QĐ-TTg", "Quyết định", "2019-09-09", "Thủ tướng Chính phủ", model.RelationCites, 1},
		want{"25/2022/QĐ-TTg", "Quyết định", "2022-12-12", "Thủ tướng Chính phủ", model.RelationCites, 1})
}

func TestArticleHeadingIsNoVerb(t *testing.T) {
	// 019: the heading "Đánh giá kết quả thực hiện" governs nothing below
	check(t, "Điều 1. Đánh giá kết quả thực hiện\nQuốc hội cơ bản tán thành nội dung Báo cáo số 166/BC-ĐGS ngày 27 tháng 5 năm 2022 của Đoàn giám sát của Quốc hội về kết quả giám sát",
		Options{}, want{"166/BC-ĐGS", "Báo cáo", "2022-05-27", "-", model.RelationCites, 1})
	// a heading that goes on below keeps its verb: "… của\nThông tư số …"
	check(t, "Điều 2. Sửa đổi, bổ sung một số điều của\nThông tư số 15/2010/TT-BNNPTNT ngày 22/3/2010",
		Options{}, want{"15/2010/TT-BNNPTNT", "Thông tư", "2010-03-22", "", model.RelationAmends, 1})
}

func TestBasisItems(t *testing.T) {
	// 070: the act that amends a basis is a basis
	check(t, "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được \nsửa đổi, bổ sung bởi Luật số 87/2025/QH15;  \n",
		Options{},
		want{"64/2025/QH15", "Luật", "", "", model.RelationBasis, 1},
		want{"87/2025/QH15", "Luật", "", "", model.RelationBasis, 1})
	// 276: a list of amending decrees, one wrapped before its number
	check(t, "*Căn\ncứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 Quy định chi tiết thi\nhành một số điều của Luật Lâm nghiệp được sửa đổi, bổ sung bởi Nghị định số\n"+
		"27/2024/NĐ-CP, Nghị định số 91/2024/NĐ-CP, Nghị định số 183/2025/NĐ-CP, Nghị\nđịnh số 227/2025/NĐ-CP;*",
		Options{},
		want{"156/2018/NĐ-CP", "Nghị định", "2018-11-16", "", model.RelationBasis, 1},
		want{"luật:lâm nghiệp:", "Luật", "", "", model.RelationCites, 1},
		want{"27/2024/NĐ-CP", "Nghị định", "", "", model.RelationBasis, 1},
		want{"91/2024/NĐ-CP", "Nghị định", "", "", model.RelationBasis, 1},
		want{"183/2025/NĐ-CP", "Nghị định", "", "", model.RelationBasis, 1},
		want{"227/2025/NĐ-CP", "Nghị định", "", "", model.RelationBasis, 1})
	// 252: a second basis joined by "và" after the first one's abstract
	check(t, "*Căn cứ Nghị định số 123/2020/NĐ-CP\nngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ và Nghị\nđịnh số 70/2025/NĐ-CP ngày 20 tháng 3 năm\n"+
		"2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của\nChính phủ;*",
		Options{},
		want{"123/2020/NĐ-CP", "Nghị định", "2020-10-19", "Chính phủ", model.RelationBasis, 2},
		want{"70/2025/NĐ-CP", "Nghị định", "2025-03-20", "Chính phủ", model.RelationBasis, 1})
	// 068: a second document of one căn cứ item, after ";", is a basis too;
	// the one named in the first one's abstract is only cited
	check(t, "Căn cứ Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ \nvề sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện \n"+
		"Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá \nphát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị \n"+
		"quyết số 11/NQ-CP ngày 14 tháng 01 năm 2026 của Chính phủ về sửa đổi, bổ \nsung, cập nhật Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính \nphủ;",
		Options{},
		want{"71/NQ-CP", "Nghị quyết", "2025-04-01", "Chính phủ", model.RelationBasis, 2},
		want{"57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị", model.RelationCites, 1},
		want{"11/NQ-CP", "Nghị quyết", "2026-01-14", "Chính phủ", model.RelationBasis, 1})
	// 099: the laws inside an amending law's title, each with its number,
	// are only cited; the amending law itself is a basis
	check(t, "Căn cứ Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều \ncủa Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh \ndoanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15; \n",
		Options{},
		want{"27/2023/QH15", "Luật", "", "", model.RelationBasis, 2},
		want{"luật:sửa đổi, bổ sung một số điều của luật đất đai số 31/2024/qh15, luật nhà ở số 27/2023/qh15, luật kinh doanh bất động sản số 29/2023/qh15 và luật các tổ chức tín dụng số 32/2024/qh15:", "Luật", "", "", model.RelationBasis, 1},
		want{"31/2024/QH15", "Luật", "", "", model.RelationCites, 1},
		want{"29/2023/QH15", "Luật", "", "", model.RelationCites, 1},
		want{"32/2024/QH15", "Luật", "", "", model.RelationCites, 1})
	// 245: one number after the one law of the title is the amending law's
	check(t, "*Căn cứ Luật sửa đổi,\nbổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15\nngày 25 tháng 6 năm 2025;*",
		Options{},
		want{"87/2025/QH15", "Luật", "2025-06-25", "", model.RelationBasis, 1},
		want{"luật:ban hành văn bản quy phạm pháp luật:", "Luật", "", "", model.RelationCites, 1})
	// 245: nine laws in lower case, then the amending law's number
	refs := check(t, "*Căn cứ Luật sửa đổi,\nbổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm toán độc lập,\n"+
		"luật ngân sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế,\nluật thuế thu nhập cá nhân, luật dự trữ quốc gia, luật xử lý vi phạm hành chính\nsố 56/2024/QH15 ngày 29 tháng 11 năm 2024;*",
		Options{},
		want{"56/2024/QH15", "Luật", "2024-11-29", "", model.RelationBasis, 1},
		want{"luật:chứng khoán:", "Luật", "", "", "", 1},
		want{"luật:kế toán:", "Luật", "", "", "", 1},
		want{"luật:kiểm toán độc lập:", "Luật", "", "", "", 1},
		want{"luật:ngân sách nhà nước:", "Luật", "", "", "", 1},
		want{"luật:quản lý, sử dụng tài sản công:", "Luật", "", "", "", 1},
		want{"luật:quản lý thuế:", "Luật", "", "", "", 1},
		want{"luật:thuế thu nhập cá nhân:", "Luật", "", "", "", 1},
		want{"luật:dự trữ quốc gia:", "Luật", "", "", "", 1},
		want{"luật:xử lý vi phạm hành chính:", "Luật", "", "", "", 1})
	if refs[0].Title != "Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm toán độc lập, luật ngân sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế, luật thuế thu nhập cá nhân, luật dự trữ quốc gia, luật xử lý vi phạm hành chính" {
		t.Errorf("amending law's name: %q", refs[0].Title)
	}
	// 137 (vbpl page): the title lines run into the first căn cứ without
	// punctuation; the formula opening starts the item
	check(t, "Quy định chi tiết và biện pháp thi hành một số điều của Luật Năng lượng nguyên tử về bảo đảm an toàn bức xạ\nthiệt hại hạt nhân\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
		Options{},
		want{"luật:năng lượng nguyên tử:", "Luật", "", "", "", 1},
		want{"63/2025/QH15", "Luật", "", "", model.RelationBasis, 1})
	// 213 (công văn): reasoning that opens with "Căn cứ" cites the law
	check(t, "Căn cứ quy định nêu trên, cơ quan thuế không có\ntrách nhiệm xác định đơn giá thuê đất thu một lần của thời hạn thuê sau khi đã\ntrừ đi thời gian được miễn theo quy định tại Điều 39 Nghị định số\n103/2024/NĐ-CP của Chính phủ.",
		Options{SelfType: "Công văn"},
		want{"103/2024/NĐ-CP", "Nghị định", "", "Chính phủ", model.RelationCites, 1})
}

func TestVerbOfChange(t *testing.T) {
	// 213: asking for an amendment is not making it
	check(t, "đề nghị Thuế tỉnh\nGia Lai báo cáo UBND tỉnh có công văn gửi Bộ Tài chính để tổng hợp vướng mắc\nbáo cáo cấp có thẩm quyền xem xét, sửa đổi Nghị định số 103/2024/NĐ-CP nêu\ntrên.",
		Options{SelfType: "Công văn"},
		want{"103/2024/NĐ-CP", "Nghị định", "", "", model.RelationCites, 1})
	// 108: a partial repeal of what a circular provides
	check(t, "3. Bãi bỏ một số nội dung quy định tại Điều 10, Điều 21 Thông tư \nsố 21/2015/TT-BNNPTNT ngày 08/6/2015 của Bộ trưởng Bộ Nông nghiệp và \nPhát triển nông thôn về quản lý thuốc bảo vệ thực vật: \n",
		Options{},
		want{"21/2015/TT-BNNPTNT", "Thông tư", "2015-06-08", "-", model.RelationRepeals, 1})
	// 250: amending the regulation attached to a resolution amends it; a
	// change of words amends, whatever the verb
	check(t, "**Điều 1. Sửa\nđổi, bổ sung một số điều, khoản, điểm của Quy định kèm theo Nghị quyết số\n10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh (nay là\nthành phố Huế) về quy định nguyên tắc",
		Options{},
		want{"10/2022/NQ-HĐND", "Nghị quyết", "2022-07-14", "-", model.RelationAmends, 1})
	check(t, "**Điều 2.\nThay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm\ntheo Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân\ndân tỉnh",
		Options{},
		want{"10/2022/NQ-HĐND", "Nghị quyết", "2022-07-14", "-", model.RelationAmends, 1})
	// 063 (a table): "; sửa đổi quy định tại …" in a listed decree's abstract
	// is that decree's
	check(t, "Ghi chú an ninh; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP ngày 01/4/2021 của Chính phủ quy định chi tiết một số điều của Luật Doanh nghiệp.",
		Options{},
		want{"47/2021/NĐ-CP", "Nghị định", "2021-04-01", "Chính phủ", model.RelationCites, 1},
		want{"luật:doanh nghiệp:", "Luật", "", "", "", 1})
}

func TestNamedStopsAtSentence(t *testing.T) {
	cases := []struct {
		file, text, id string
	}{
		{"001", "V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi", "luật:doanh nghiệp:"},
		{"019", "do tiến độ lập quy hoạch theo Luật Quy hoạch chậm nên phải tiếp tục kéo dài thời hạn", "luật:quy hoạch:"},
		{"019", "công tác đấu thầu lựa chọn tư vấn theo quy định của Luật Đấu thầu gặp nhiều khó khăn, vướng mắc", "luật:đấu thầu:"},
		{"023", "Trường hợp quy định tại khoản 1 Điều 7 của Luật Đất đai nộp 01 bộ hồ sơ đến cơ quan tiếp nhận hồ sơ", "luật:đất đai:"},
		{"068", "Căn cứ Luật Công nghiệp công nghệ số ngày 14 tháng 6 năm 2025;", "luật:công nghiệp công nghệ số:2025"},
		{"099", "8.2. Đối với đối tượng quy định tại khoản 7 Điều 76 của Luật Nhà ở11 thì", "luật:nhà ở:"},
		{"002", "khoản 4 và 5 Điều 3, Điều 49 và 50 Luật quản lý, sử dụng vốn nhà nước đầu tư và sản xuất, kinh doanh tại doanh nghiệp. Theo các quy định nói trên",
			"luật:quản lý, sử dụng vốn nhà nước đầu tư và sản xuất, kinh doanh tại doanh nghiệp:"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			refs, _ := Extract([]byte(c.text), Options{})
			if len(refs) != 1 || refs[0].ID != c.id {
				var ids []string
				for _, r := range refs {
					ids = append(ids, r.ID)
				}
				t.Errorf("%q: got %q, want %q", c.text, ids, c.id)
			}
		})
	}
}

func TestAbbreviatedLawIsTheLaw(t *testing.T) {
	// 002: "Luật DN 2014" in the subject line, "Luật Doanh nghiệp" in the body
	refs := check(t, "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019\n"+
		"Địa vị pháp lý, nhiệm vụ, quyền hạn của người đại diện phần vốn được quy định tại các Điều 16 Luật Doanh nghiệp;",
		Options{}, want{"luật:doanh nghiệp:2014", "Luật", "2014", "", "", 2})
	if refs[0].Title != "Luật Doanh nghiệp" {
		t.Errorf("title %q, want the full name", refs[0].Title)
	}
}

// knownLaw skips the names whose first two runes differ from the text's: it
// must find every listed name, in any case, as a plain matchCI would.
func TestKnownLawFindsEveryName(t *testing.T) {
	for _, ns := range knownLaws {
		for _, n := range ns {
			for _, w := range []string{n.name, strings.ToUpper(n.name), strings.ToUpper(n.name[:1]) + n.name[1:]} {
				text := []byte(w + " chưa được thực thi")
				want := 0
				for _, ms := range knownLaws {
					for _, m := range ms {
						if e := matchCI(text, 0, m.name); e > want {
							want = e
						}
					}
				}
				if got := knownLaw(text, 0); got != want {
					t.Errorf("%q: knownLaw %d, a plain match ends at %d", w, got, want)
				}
			}
		}
	}
}
