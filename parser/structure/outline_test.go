package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// outlineHead is a minimal header and preamble that puts what follows in
// the body.
const outlineHead = "NGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định chi tiết.\n"

type labelHeading struct{ label, heading string }

func topHeadings(ss []model.Section) []labelHeading {
	var out []labelHeading
	for _, s := range ss {
		out = append(out, labelHeading{s.Label, s.Heading})
	}
	return out
}

// TestTitleWraps: a division's title is joined across the lines it wraps
// onto, and ends where the capitals or the title line end (issue 12 item 3).
// The lines are the corpus's.
func TestTitleWraps(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []labelHeading
	}{
		{"chapter in capitals over two lines (110)",
			"Chương II\nĐA DẠNG HÓA SINH KẾ, PHÁT TRIỂN\nMÔ HÌNH GIẢM NGHÈO\n\nĐiều 5. Hỗ trợ phát triển sản xuất\nNội dung.\n",
			[]labelHeading{{"Chương II", "ĐA DẠNG HÓA SINH KẾ, PHÁT TRIỂN MÔ HÌNH GIẢM NGHÈO"}}},
		{"chapter over four lines (131)",
			"Chương VI\nQUẢN LÝ HỒ SƠ, BIỂU MẪU, CÁC GIẤY TỜ CÓ LIÊN QUAN\nĐẾN QUẢN LÝ ĐÀO TẠO, SÁT HẠCH, CẤP GIẤY PHÉP LÁI XE\nVÀ CẤP CHỨNG CHỈ BỒI DƯỠNG KIẾN THỨC PHÁP LUẬT VỀ\nGIAO THÔNG ĐƯỜNG BỘ\nĐiều 40. Quản lý hồ sơ\nNội dung.\n",
			[]labelHeading{{"Chương VI", "QUẢN LÝ HỒ SƠ, BIỂU MẪU, CÁC GIẤY TỜ CÓ LIÊN QUAN ĐẾN QUẢN LÝ ĐÀO TẠO, SÁT HẠCH, CẤP GIẤY PHÉP LÁI XE VÀ CẤP CHỨNG CHỈ BỒI DƯỠNG KIẾN THỨC PHÁP LUẬT VỀ GIAO THÔNG ĐƯỜNG BỘ"}}},
		{"mixed-case title under a label alone (NghiDinh114)",
			"Chương III\nNghĩa Vụ, Quyền Lợi và những việc\nkhông được làm Của cán bộ, công chức cấp Xã\n\nĐiều 9. Cán bộ, công chức cấp xã phải thực hiện các nghĩa vụ sau đây:\n",
			[]labelHeading{{"Chương III", "Nghĩa Vụ, Quyền Lợi và những việc không được làm Của cán bộ, công chức cấp Xã"}}},
		{"article title cut before the article it cites (009)",
			"Điều 2. Về căn cứ phát sinh trách nhiệm bồi thường thiệt hại quy định tại\nĐiều 584 của Bộ luật Dân sự\n1. Trách nhiệm bồi thường thiệt hại phát sinh khi có đầy đủ các yếu tố sau đây:\n",
			[]labelHeading{{"Điều 2", "Về căn cứ phát sinh trách nhiệm bồi thường thiệt hại quy định tại Điều 584 của Bộ luật Dân sự"}}},
		{"article sentence cut by the page width before the resolution it names (086)",
			"Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh\nmục các nhiệm vụ triển khai Chương trình hành động của Chính phủ thực hiện\nNghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị như sau:\n1. Nội dung.\n",
			[]labelHeading{{"Điều 2", ""}}},
		{"short title before an article that opens with a numbered document",
			"Điều 3. Hiệu lực thi hành\nNghị định số 15/2020/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n",
			[]labelHeading{{"Điều 3", "Hiệu lực thi hành"}}},
		{"section title of two parts joined by \";\" over two lines (087)",
			"II. Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026;   \nphương hướng, nhiệm vụ và giải pháp trọng tâm tháng 5 và thời gian tới\n1. Những kết quả nổi bật\n",
			[]labelHeading{{"II", "Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026; phương hướng, nhiệm vụ và giải pháp trọng tâm tháng 5 và thời gian tới"}}},
		{"article title whose last word the page width put on a line of its own (109)",
			"Điều 4. Chế độ thu thập thông tin, báo cáo giám sát, đánh giá thực hiện\nChương trình\n1. Chế độ thu thập thông tin và tổng hợp các Biểu mẫu\n",
			[]labelHeading{{"Điều 4", "Chế độ thu thập thông tin, báo cáo giám sát, đánh giá thực hiện Chương trình"}}},
		{"chapter title in capitals over six lines (095)",
			"Chương V\nTHẨM QUYỀN XỬ PHẠT VI PHẠM HÀNH CHÍNH VÀ LẬP\nBIÊN BẢN VI PHẠM HÀNH CHÍNH ĐỐI VỚI\nHÀNH VI VI PHẠM HÀNH CHÍNH TRONG\nLĨNH VỰC LAO ĐỘNG, BẢO HIỂM XÃ HỘI,\nNGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC\nỞ NƯỚC NGOÀI THEO HỢP ĐỒNG\nĐiều 40. Phân định thẩm quyền\nNội dung.\n",
			[]labelHeading{{"Chương V", "THẨM QUYỀN XỬ PHẠT VI PHẠM HÀNH CHÍNH VÀ LẬP BIÊN BẢN VI PHẠM HÀNH CHÍNH ĐỐI VỚI HÀNH VI VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC LAO ĐỘNG, BẢO HIỂM XÃ HỘI, NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG"}}},
		{"closing article whose object wraps onto its own line (246)",
			"Điều 5. Chánh Văn phòng UBND tỉnh, Giám đốc Sở\nCông Thương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành\nQuyết định này./.\n",
			[]labelHeading{{"Điều 5", ""}}},
		{"article sentence cut the same way is no title (066)",
			"Điều 7. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và các thành viên quy định tại\nĐiều 1 chịu trách nhiệm thi hành Quyết định này./.\n",
			[]labelHeading{{"Điều 7", ""}}},
		{"short title before a colon (066)",
			"Điều 2. Nhiệm vụ của Ban Chỉ đạo:\n1. Nghiên cứu, xây dựng Đề án về cải cách chính sách tiền lương.\n",
			[]labelHeading{{"Điều 2", "Nhiệm vụ của Ban Chỉ đạo"}}},
		{"editor notes in brackets (050)",
			"Chương 2. [Phương pháp tính thuế được hướng dẫn bởi Điều 8 Thông tư 153/2011/TT-BTC có hiệu lực thi hành từ ngày 01/01/2012] CĂN CỨ TÍNH THUẾ, ĐĂNG KÝ, KHAI, TÍNH VÀ NỘP THUẾ [Phương pháp tính thuế được hướng dẫn bởi Điều 8 Thông tư 153/2011/TT-BTC có hiệu lực thi hành từ ngày 01/01/2012]\nĐiều 5. Căn cứ tính thuế\n",
			[]labelHeading{{"Chương 2", "CĂN CỨ TÍNH THUẾ, ĐĂNG KÝ, KHAI, TÍNH VÀ NỘP THUẾ"}}},
		{"title glued to the article's sentence after the document it cites (009)",
			"Điều 4. Xác định tuổi của người gây thiệt hại theo quy định tại\nĐiều 586 của Bộ luật Dân sự Tuổi của người gây thiệt hại được tính tại thời điểm gây thiệt hại.\n",
			[]labelHeading{{"Điều 4", "Xác định tuổi của người gây thiệt hại theo quy định tại Điều 586 của Bộ luật Dân sự"}}},
		{"the same after a year (007)",
			"Điều 11. Xác định lãi suất trung bình quy định tại\nĐiều 306 của Luật Thương mại năm 2005 Trường hợp hợp đồng thuộc phạm vi điều chỉnh tại Điều 306 thì Tòa án quyết định.\n",
			[]labelHeading{{"Điều 11", "Xác định lãi suất trung bình quy định tại Điều 306 của Luật Thương mại năm 2005"}}},
		{"the same joined on one line, the sentence repeating the title (051)",
			"Điều 2. Sửa đổi, bổ sung khoản 1 Điều 197 của Luật Nhà ở số 27/2023/QH15 Sửa đổi, bổ sung khoản 1 Điều 197 như sau:\n“1. Nội dung.”\n",
			[]labelHeading{{"Điều 2", "Sửa đổi, bổ sung khoản 1 Điều 197 của Luật Nhà ở số 27/2023/QH15"}}},
		{"title under a label alone, glued to a sentence opening with Trong (020)",
			"Điều 3.\nGiải thích từ ngữ Trong Nghị quyết này, các từ ngữ dưới đây được hiểu như sau:\n1. Lấy phiếu tín nhiệm là việc đánh giá.\n",
			[]labelHeading{{"Điều 3", "Giải thích từ ngữ"}}},
		{"an untitled article naming this resolution is no title (022)",
			"Điều 11.\nNguồn kinh phí để thực hiện Nghị quyết này được quy định như sau:\n1. Ngân sách.\n",
			[]labelHeading{{"Điều 11", ""}}},
		{"an old law's untitled article repeating a name is no title (045)",
			"Điều 49 Đất bãi bồi của sông thuộc địa phận xã nào thì do Uỷ ban nhân dân xã đó quản lý và trình Uỷ ban nhân dân huyện quyết định kế hoạch sử dụng.\n",
			[]labelHeading{{"Điều 49", ""}}},
		{"a number cut at its hyphen goes on with its issuer (243)",
			"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01/11/2025, các thủ tục hành chính đã công bố tại Quyết định số 2194/QĐ- UBND ngày 26 tháng 6 năm 2025 hết hiệu lực.\n",
			[]labelHeading{{"Điều 2", ""}}},
		{"a sentence repeating a name met late in a lead-in is no title (071)",
			"Điều 2. Đính chính lỗi kỹ thuật tại Thông tư số 139/2025/TT-BTC ngày 30 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài chính quy định lộ trình sắp xếp lại thị trường giao dịch cổ phiếu:\n1. Chỉnh sửa cụm từ.\n",
			[]labelHeading{{"Điều 2", ""}}},
		{"an article's sentence whose full stop the page lost (071)",
			"Điều 3. Quyết định này có hiệu lực kể từ ngày ký, nội dung đính chính tại Quyết định này là một phần không thể tách rời của Thông tư số 138/2025/TT-BTC\nĐiều 4. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\n",
			[]labelHeading{{"Điều 3", ""}, {"Điều 4", ""}}},
		{"chapter title in capitals of two parts joined by \";\" (124)",
			"Chương II\nTHÀNH LẬP, CHO PHÉP THÀNH LẬP, CHIA, TÁCH,\nSÁP NHẬP, GIẢI THỂ CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP;\nTHÀNH LẬP, CHO PHÉP THÀNH LẬP, CHẤM DỨT HOẠT ĐỘNG\nPHÂN HIỆU CỦA TRƯỜNG TRUNG CẤP, TRƯỜNG CAO ĐẲNG\n\nĐiều 5. Điều kiện\nNội dung.\n",
			[]labelHeading{{"Chương II", "THÀNH LẬP, CHO PHÉP THÀNH LẬP, CHIA, TÁCH, SÁP NHẬP, GIẢI THỂ CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP; THÀNH LẬP, CHO PHÉP THÀNH LẬP, CHẤM DỨT HOẠT ĐỘNG PHÂN HIỆU CỦA TRƯỜNG TRUNG CẤP, TRƯỜNG CAO ĐẲNG"}}},
		{"sub-section title over 160 bytes (146)",
			"Tiểu mục 2. HOẠT ĐỘNG CHẤT VẤN VÀ XEM XÉT VIỆC TRẢ LỜI CHẤT VẤN\nTẠI PHIÊN HỌP THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN;\nCHẤT VẤN CỦA ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN\nĐiều 27. Trách nhiệm tổng hợp thông tin\nNội dung.\n",
			[]labelHeading{{"Tiểu mục 2", "HOẠT ĐỘNG CHẤT VẤN VÀ XEM XÉT VIỆC TRẢ LỜI CHẤT VẤN TẠI PHIÊN HỌP THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN; CHẤT VẤN CỦA ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"}}},
		{"a letter's points titled \"Về …\" with a full stop (002, 055)",
			"1. Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam (PVN) và hợp đồng giữa PV GAS và các công ty con của PVN.\nCăn cứ vào khoản 1 Điều 162 Luật Doanh nghiệp thì hợp đồng phải được chấp thuận.\n2. Về địa vị pháp lý, nhiệm vụ, quyền hạn người đại diện phần vốn.\nĐịa vị pháp lý được quy định tại Điều 16 Luật Doanh nghiệp.\n3. Về thời hạn, đề nghị Tổng công ty báo cáo trước ngày 15/6: nội dung.\n",
			[]labelHeading{{"1", "Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam (PVN) và hợp đồng giữa PV GAS và các công ty con của PVN"}, {"2", "Về địa vị pháp lý, nhiệm vụ, quyền hạn người đại diện phần vốn"}, {"3", ""}}},
		{"a Roman section's title glued to its text after the law it cites (037)",
			"I. Các Chi cục Hải quan trên toàn quốc\nNội dung.\nII. Các Chi cục Hải quan đã triển khai Hệ thống kết nối theo quy định tại Điều 41 Luật Hải quan Đối với các Chi cục Hải quan đã triển khai Hệ thống, ngoài việc thực hiện. Các Chi cục thực hiện thêm.\n",
			[]labelHeading{{"I", "Các Chi cục Hải quan trên toàn quốc"}, {"II", "Các Chi cục Hải quan đã triển khai Hệ thống kết nối theo quy định tại Điều 41 Luật Hải quan"}}},
		{"a blank form's numbered fields: the caption is the title, the blanks its text (legacy Mau-MD-2M)",
			"1. Tên công ty viết bằng tiếng Việt: (ghi bằng chữ in hoa)..........\n2. Loại hình doanh nghiệp :……………………Năm thành lập:……………………\n3. Ngành, nghề kinh doanh2: ......\n4. Tôi có mức thu nhập hàng tháng là: ......\n5. Bộ Xây dựng:\na) chủ trì.\n" +
				"6. Phương tiện phục vụ Lễ tang, gồm: 01 (một) xe chỉ huy; 01 (một) xe ......\n",
			[]labelHeading{{"1", "Tên công ty viết bằng tiếng Việt"}, {"2", "Loại hình doanh nghiệp"}, {"3", "Ngành, nghề kinh doanh"}, {"4", ""}, {"5", ""}, {"6", ""}}},
		{"an older text's Roman titles closed by a full stop (legacy 2005-QDSUA522)",
			"I. Các hoạt động giáo dục, đào tạo, y tế, văn hóa, thể thao; vệ sinh, môi trường.\n1. Mở trường học bán công.\nII. Phát triển lâm nghiệp.\n1. Trồng rừng.\nIII. Thông tư này có hiệu lực thi hành từ ngày 01/01/1999.\n",
			[]labelHeading{{"I", "Các hoạt động giáo dục, đào tạo, y tế, văn hóa, thể thao; vệ sinh, môi trường"}, {"II", "Phát triển lâm nghiệp"}, {"III", ""}}},
		{"an article's lead-in wrapped before the number that ends it (061)",
			"Điều 1. Bổ sung khoản 5 Điều 1 Quyết định số 225/QĐ-BLĐTBXH ngày 05/3/2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về việc công bố kết quả hệ thống hóa văn bản quy phạm pháp luật kỳ hệ thống hóa\n2019 - 2023 như sau:\n“5. Nội dung.”\n",
			[]labelHeading{{"Điều 1", ""}}},
		{"footnote mark (054)",
			"Chương IV\nĐIỀU KHOẢN THI HÀNH[27]\nĐiều 20. Hiệu lực thi hành\n",
			[]labelHeading{{"Chương IV", "ĐIỀU KHOẢN THI HÀNH"}}},
		{"lead-in hidden by an editor note (021)",
			"Điều 2: Nhà nước hoàn thành thủ tục pháp lý về sở hữu toàn dân đối với các loại nhà đất mà Nhà nước đã quản lý, bố trí sử dụng trong quá trình thực hiện các chính sách dưới đây: [Điều này được hướng dẫn bởi các Điều 3 và 4 Nghị định 127/2005/NĐ-CP có hiệu lực từ ngày 01/11/2005]\n1. Cải tạo nhà đất cho thuê;\n",
			[]labelHeading{{"Điều 2", ""}}},
		{"lead-in before a list (068)",
			"Điều 1. Phê duyệt Đề án với các nội dung chủ yếu như sau:\nNội dung.\n",
			[]labelHeading{{"Điều 1", ""}}},
		{"closing article cut after its subject (243)",
			"Điều 4. Chánh Văn phòng\nỦy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Giám đốc Sở Khoa học và Công nghệ,\nGiám đốc Trung tâm Phục vụ hành chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n",
			[]labelHeading{{"Điều 4", ""}}},
		{"closing article cut before its object (073)",
			"Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành\nQuyết định này.\n",
			[]labelHeading{{"Điều 3", ""}}},
		{"a title above the closing clause stays (101)",
			"Điều 5. Trách nhiệm thi hành\nCác Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này./.\n",
			[]labelHeading{{"Điều 5", "Trách nhiệm thi hành"}}},
		{"two sentences are no title (070)",
			"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị thuộc\nBộ và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.\n",
			[]labelHeading{{"Điều 3", ""}}},
		{"sentence cut before a cited article (070)",
			"Điều 2. Việc áp dụng Nghị định số 245/2025/NĐ-CP và các văn bản quy phạm pháp luật quy định tại Điều 1 Quyết định này thực hiện theo quy định tại khoản 3\nĐiều 58 Luật Ban hành văn bản quy phạm pháp luật năm 2025.\n",
			[]labelHeading{{"Điều 2", ""}}},
		{"quotation cut inside (276)",
			"Điều 1. Ban hành kèm theo Quyết định này “Quy định về phòng cháy, chữa cháy rừng trên địa bàn tỉnh\nQuảng Ninh”.\n\nĐiều 2. Hiệu lực thi hành\n",
			[]labelHeading{{"Điều 1", ""}, {"Điều 2", "Hiệu lực thi hành"}}},
		{"item cut after a word that cannot end a title (230)",
			"8. Các đơn vị tổ chức trực ban và thực hiện nghiêm túc chế độ báo cáo về\nBan Chỉ huy Phòng thủ dân sự Bộ Xây dựng./.\n",
			[]labelHeading{{"8", ""}}},
		{"article sentence cut before a parenthesis (277)",
			"Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính nội bộ được sửa đổi, bổ sung; thủ tục hành chính nội bộ bị bãi bỏ lĩnh vực trồng trọt và bảo vệ thực vật thuộc phạm vi chức năng quản lý của Bộ Nông nghiệp và Môi trường\n(có Phụ lục kèm theo).\n",
			[]labelHeading{{"Điều 1", ""}}},
		{"article label alone, its title below (250)",
			"Điều 2.\nThay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh\n1. Thay thế cụm từ “Ủy ban nhân dân tỉnh” thành “Ủy ban nhân dân thành phố”.\n",
			[]labelHeading{{"Điều 2", "Thay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh"}}},
		{"title before a colon (2003-A-15)",
			"Điều 4. Kiểm hóa, tính thuế và thời hạn nộp thuế:\n1. Thời điểm tính thuế xuất khẩu, thuế nhập khẩu là ngày đăng ký tờ khai.\n",
			[]labelHeading{{"Điều 4", "Kiểm hóa, tính thuế và thời hạn nộp thuế"}}},
		{"short title with a full stop (278)",
			"Điều 3. Hiệu lực thi hành.\n\nQuyết định này có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025.\n",
			[]labelHeading{{"Điều 3", "Hiệu lực thi hành"}}},
		{"chapter title and its first sub-heading flattened together (184)",
			"Chương 8:\nTÒA ÁN NHÂN DÂN VÀ VIỆN KIỂM SÁT NHÂN DÂN TÒA ÁN NHÂN DÂN\nĐiều 97\nTòa án nhân dân tối cao là những cơ quan xét xử.\n",
			[]labelHeading{{"Chương 8", "TÒA ÁN NHÂN DÂN VÀ VIỆN KIỂM SÁT NHÂN DÂN"}}},
		{"item cut inside the country's name (220)",
			"4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt\nNam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí tăng thời lượng tuyên truyền.\n",
			[]labelHeading{{"4", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, outlineHead+c.body)
			assert.Equal(t, c.want, topHeadings(d.Sections))
		})
	}
}

// TestChapterWithGluedSection: a flattened page glues the first Mục to its
// chapter's title (046); the two are cut apart.
func TestChapterWithGluedSection(t *testing.T) {
	d := parse(t, outlineHead+"CHƯƠNG II QUYỀN CỦA NHÀ NƯỚC ĐỐI VỚI ĐẤT ĐAI VÀ QUẢN LÝ NHÀ NƯỚC VỀ ĐẤT ĐAI MỤC 1 LẬP, QUẢN LÝ HỒ SƠ ĐỊA GIỚI HÀNH CHÍNH VÀ CÁC LOẠI BẢN ĐỒ VỀ ĐẤT ĐAI\nĐiều 16.\nĐịa giới hành chính\n")
	require.Len(t, d.Sections, 1)
	ch := d.Sections[0]
	assert.Equal(t, "QUYỀN CỦA NHÀ NƯỚC ĐỐI VỚI ĐẤT ĐAI VÀ QUẢN LÝ NHÀ NƯỚC VỀ ĐẤT ĐAI", ch.Heading)
	require.Len(t, ch.Children, 1)
	assert.Equal(t, "MỤC 1", ch.Children[0].Label)
	assert.Equal(t, "LẬP, QUẢN LÝ HỒ SƠ ĐỊA GIỚI HÀNH CHÍNH VÀ CÁC LOẠI BẢN ĐỒ VỀ ĐẤT ĐAI", ch.Children[0].Heading)
}

// TestLeadInHoldsSections: the Roman sections of a plan approved by "Điều 1.
// Phê duyệt … như sau:" are the article's children, and the next article is
// top level again (issue 12 item 6, 068).
func TestLeadInHoldsSections(t *testing.T) {
	d := parse(t, outlineHead+`Điều 1. Phê duyệt Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu đến năm 2030, tầm nhìn đến năm 2045 (sau đây gọi tắt là Đề án) với các nội dung chủ yếu như sau:
I. QUAN ĐIỂM CHỈ ĐẠO
1. Hỗ trợ và phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu là nhiệm vụ ưu tiên trọng tâm, xuyên suốt.
II. MỤC TIÊU
1. Mục tiêu tổng quát.
Điều 2. Tổ chức thực hiện
1. Các bộ, cơ quan ngang bộ.
Điều 3. Điều khoản thi hành
Quyết định này có hiệu lực thi hành kể từ ngày ký.
`)
	assert.Equal(t, []labelHeading{{"Điều 1", ""}, {"Điều 2", "Tổ chức thực hiện"}, {"Điều 3", "Điều khoản thi hành"}}, topHeadings(d.Sections))
	require.Len(t, d.Sections, 3)
	require.Len(t, d.Sections[0].Children, 2)
	assert.Equal(t, "dieu_1.II", d.Sections[0].Children[1].ID)
	assert.Equal(t, "MỤC TIÊU", d.Sections[0].Children[1].Heading)
}

// TestRankCodeIsNoRomanSection: a quoted title whose rank code wraps onto a
// line of its own ("- Mã số:\nV.09.02.01”;", 115) does not open Roman
// section V.
func TestRankCodeIsNoRomanSection(t *testing.T) {
	d := parse(t, outlineHead+`Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 07/2023/TT-BLĐTBXH
1. Sửa đổi tên các điều như sau:
a) “Điều 5. Giảng viên giáo dục nghề nghiệp cao cấp (hạng I) - Mã số:
V.09.02.01”;
b) “Điều 6. Giảng viên giáo dục nghề nghiệp chính (hạng II) - Mã số:
V.09.02.02”;
Điều 2. Điều khoản thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.
`)
	assert.Equal(t, []labelHeading{{"Điều 1", "Sửa đổi, bổ sung một số điều của Thông tư số 07/2023/TT-BLĐTBXH"}, {"Điều 2", "Điều khoản thi hành"}}, topHeadings(d.Sections))
}

// TestBulletsOutsideDivisions: dashes before the first division are lines of
// a paragraph (a công điện's addressees, the points after "… như sau:" in a
// letter), not divisions; under a division they stay its items.
func TestBulletsOutsideDivisions(t *testing.T) {
	d := parse(t, outlineHead+`Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế tập trung (TMS) từ 18h00 tối Thứ Bảy ngày 22/11/2025, cụ thể như sau:
- Dừng Ứng dụng quản lý thuế tập trung (TMS);
- Dừng chức năng trả thông báo bước 2 (Etax và iCanhan);
1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ khẩn trương chỉ đạo.
- Rà soát danh mục các dự án;
`)
	require.Len(t, d.Sections, 2)
	assert.Equal(t, "text", d.Sections[0].Kind)
	assert.Contains(t, d.Sections[0].Text, "- Dừng chức năng trả thông báo bước 2")
	assert.Equal(t, "1", d.Sections[1].Label)
	require.Len(t, d.Sections[1].Children, 1)
	assert.Equal(t, "dash", d.Sections[1].Children[0].Kind)
}

// TestLetteredParts: old circulars letter their parts in capitals above the
// Roman sections (2003-02120, TT1691998).
func TestLetteredParts(t *testing.T) {
	d := parse(t, outlineHead+`A - NHỮNG QUY ĐỊNH CHUNG

I/ Đối tượng và phạm vi áp dụng.

Nội dung.

B - NHỮNG QUY ĐỊNH VỀ
IN, PHÁT HÀNH, SỬ DỤNG, QUẢN LÝ HÓA ĐƠN

I/ Trách nhiệm của tổ chức, cá nhân in hóa đơn.

C. NGHĨA VỤ THUẾ ĐỐI VỚI NHÀ THẦU, NHÀ THẦU PHỤ
NƯỚC NGOÀI KHÔNG THỰC HIỆN CHẾ ĐỘ KẾ TOÁN VIỆT NAM.

Đ - ĐIỀU KHOẢN THI HÀNH

Thông tư này có hiệu lực thi hành kể từ ngày ký.
`)
	assert.Equal(t, []labelHeading{
		{"A", "NHỮNG QUY ĐỊNH CHUNG"},
		{"B", "NHỮNG QUY ĐỊNH VỀ IN, PHÁT HÀNH, SỬ DỤNG, QUẢN LÝ HÓA ĐƠN"},
		{"C", "NGHĨA VỤ THUẾ ĐỐI VỚI NHÀ THẦU, NHÀ THẦU PHỤ NƯỚC NGOÀI KHÔNG THỰC HIỆN CHẾ ĐỘ KẾ TOÁN VIỆT NAM"},
		{"Đ", "ĐIỀU KHOẢN THI HÀNH"},
	}, topHeadings(d.Sections))
	require.Len(t, d.Sections[0].Children, 1)
	assert.Equal(t, "A.I", d.Sections[0].Children[0].ID)
	assert.Equal(t, "part", d.Sections[0].Kind)

	for _, s := range []string{"C. Nguyễn Văn An", "B. Tổng quan về dự án", "A. B"} {
		_, ok := partMarker(s)
		assert.False(t, ok, s)
	}
}

// TestAttachedTextWithoutSignature: a legal-database export that drops the
// signature runs the decree's articles straight into the Quy chế it issues;
// the Quy chế's chapters are an annex, not the decree's (NghiDinh29).
func TestAttachedTextWithoutSignature(t *testing.T) {
	d := parse(t, outlineHead+`Điều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.

Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu trách nhiệm thi hành Nghị định này.

QUY CHẾ
THỰC HIỆN DÂN CHỦ Ở XÃ
(Ban hành kèm theo Nghị định số 29/1998/NĐ-CP
ngày 11 tháng 5 năm 1998 của Chính phủ)

CHƯƠNG I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Quy chế thực hiện dân chủ ở xã nhằm phát huy quyền làm chủ của nhân dân.
`)
	assert.Equal(t, []labelHeading{{"Điều 1", ""}, {"Điều 4", ""}}, topHeadings(d.Sections))
	require.Len(t, d.Annexes, 1)
	require.NotEmpty(t, d.Annexes[0].Sections)
	assert.Equal(t, "CHƯƠNG I", d.Annexes[0].Sections[0].Label)
}

// TestArticleWithoutSpace: "Điều15." with the space lost is an article
// (issue 12 item 8, 202); a number glued to "Điều" without a dot is not.
func TestArticleWithoutSpace(t *testing.T) {
	m, ok := marker("Điều15. Cấp bậc quân hàm cao nhất đối với chức vụ của sĩ quan")
	require.True(t, ok)
	assert.Equal(t, kDieu, m.kind)
	assert.Equal(t, "Điều 15", m.label)
	assert.Equal(t, "Cấp bậc quân hàm cao nhất đối với chức vụ của sĩ quan", m.rest)
	_, ok = marker("Điều15 của Luật này")
	assert.False(t, ok)
}

// TestItemWithGluedSubItem: a flattened page glues an item's first sub-item
// to its title (036); the title is the item's heading, the sub-item its child.
func TestItemWithGluedSubItem(t *testing.T) {
	d := parse(t, outlineHead+`2. Về Đại lý làm thủ tục hải quan 2.1. Điều kiện nhân viên đại lý hải quan; Thực hiện theo quy định tại khoản 2 Điều 20 Luật hải quan.
2.2. Thẩm quyền công nhận đại lý hải quan.
3. Về doanh nghiệp ưu tiên 3.1. Về chế độ ưu tiên đối với doanh nghiệp: thực hiện theo quy định tại Điều 42 Luật Hải quan.
4. Xác định trước mã số Hồ sơ đề nghị xác định trước: tổ chức, cá nhân cung cấp thông tin.
`)
	assert.Equal(t, []labelHeading{{"2", "Về Đại lý làm thủ tục hải quan"}, {"3", "Về doanh nghiệp ưu tiên"}, {"4", ""}}, topHeadings(d.Sections))
	require.Len(t, d.Sections[0].Children, 2)
	assert.Equal(t, "2.1", d.Sections[0].Children[0].Label)

	// with two items known to be flattened, the others are cut at their
	// first sentence
	d = parse(t, outlineHead+`1. Địa điểm làm thủ tục hải quan Thực hiện theo quy định tại Điều 22 Luật Hải quan năm 2014, trừ trường hợp pháp luật về quản lý chuyên ngành có quy định khác.
2. Về Đại lý làm thủ tục hải quan 2.1. Điều kiện nhân viên đại lý hải quan; Thực hiện theo quy định tại khoản 2 Điều 20 Luật hải quan.
3. Về doanh nghiệp ưu tiên 3.1. Về chế độ ưu tiên đối với doanh nghiệp: thực hiện theo quy định tại Điều 42 Luật Hải quan.
7. Về khai bổ sung Người khai hải quan xác định có sai sót trong việc khai hải quan được thực hiện khai bổ sung trong các trường hợp sau đây:
8. Xác định trước mã số Hồ sơ đề nghị xác định trước: tổ chức, cá nhân cung cấp thông tin.
`)
	assert.Equal(t, []labelHeading{{"1", "Địa điểm làm thủ tục hải quan"}, {"2", "Về Đại lý làm thủ tục hải quan"}, {"3", "Về doanh nghiệp ưu tiên"}, {"7", "Về khai bổ sung"}, {"8", ""}}, topHeadings(d.Sections))
	assert.Equal(t, "Thực hiện theo quy định tại Điều 22 Luật Hải quan năm 2014, trừ trường hợp pháp luật về quản lý chuyên ngành có quy định khác.", d.Sections[0].Text)
}

// TestChapterWithGluedArticle: a flattened page glues the first article to
// its chapter's title (043) or to the title line under the chapter (049).
func TestChapterWithGluedArticle(t *testing.T) {
	d := parse(t, outlineHead+"Chương II QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA QUỐC GIA Điều 9. Nguyên tắc hoạt động của Cổng thông tin một cửa quốc gia\n1. Nội dung.\n")
	assert.Equal(t, []labelHeading{{"Chương II", "QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA QUỐC GIA"}}, topHeadings(d.Sections))
	require.Len(t, d.Sections[0].Children, 1)
	assert.Equal(t, "Nguyên tắc hoạt động của Cổng thông tin một cửa quốc gia", d.Sections[0].Children[0].Heading)

	d = parse(t, outlineHead+"Điều 63.\nNội dung.\nHiến pháp 2013. Chương IV.\nBẢO VỆ TỔ QUỐC Điều 64.\nBảo vệ Tổ quốc Việt Nam xã hội chủ nghĩa là sự nghiệp của toàn dân.\n")
	require.Len(t, d.Sections, 2)
	assert.Equal(t, labelHeading{"Chương IV", "BẢO VỆ TỔ QUỐC"}, topHeadings(d.Sections)[1])
}

// TestConsolidatedTextNoteNumbers: a văn bản hợp nhất glues the number of a
// page-foot note to the sentence or the title it annotates; the preamble item
// and the article's title lose it, the note does not join the preamble, and
// a number that opens no note stays (125, 124, 126).
func TestConsolidatedTextNoteNumbers(t *testing.T) {
	d := parse(t, `BỘ TÀI CHÍNH
Số: 08/VBHN-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2026
THÔNG TƯ
QUY ĐỊNH GIAO DỊCH CHỨNG KHOÁN
Căn cứ Luật Chứng khoán số 54/2019/QH14 ngày 26 tháng 11 năm 2019;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định giao dịch chứng khoán.2

2 - Thông tư số 68/2024/TT-BTC ngày 18 tháng 9 năm 2024 của Bộ trưởng Bộ Tài chính có căn cứ ban hành như sau:

Điều 1. Phạm vi điều chỉnh3
Thông tư này quy định giao dịch chứng khoán.
3 Điều này được sửa đổi theo Thông tư số 68/2024/TT-BTC.
Điều 2. Đối tượng áp dụng theo Luật 2019
Nhà đầu tư.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày ký.
`)
	require.Equal(t, "VBHN", d.TypeCode)
	assert.Equal(t, []string{
		"Căn cứ Luật Chứng khoán số 54/2019/QH14 ngày 26 tháng 11 năm 2019;",
		"Bộ trưởng Bộ Tài chính ban hành Thông tư quy định giao dịch chứng khoán.",
	}, d.Preamble)
	var got []labelHeading
	for _, s := range d.Sections {
		if s.Label != "" {
			got = append(got, labelHeading{s.Label, s.Heading})
		}
	}
	assert.Equal(t, []labelHeading{{"Điều 1", "Phạm vi điều chỉnh"}, {"Điều 2", "Đối tượng áp dụng theo Luật 2019"}, {"Điều 3", "Hiệu lực thi hành"}}, got)
}

// TestChapterGluedAfterANote: a portal's page glues a chapter after the
// editor's note that closes the article before it (047, 045, 039); a chapter
// named in running text after a note is no chapter.
func TestChapterGluedAfterANote(t *testing.T) {
	d := parse(t, outlineHead+`Chương 1
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về hải quan. [Khoản 3 được bổ sung bởi Khoản 7 Điều 1 Luật Hải quan sửa đổi 2005 (VB hết hiệu lực: 01/01/2015)] Chương 2: [Chương này được bổ sung] THỦ TỤC HẢI QUAN
Điều 2. Thủ tục hải quan
Hàng hóa phải làm thủ tục. [Điều này được sửa đổi bởi Luật số 42/2005/QH11] Chương 3:
QUẢN LÝ NHÀ NƯỚC VỀ HẢI QUAN
Điều 3. Nội dung quản lý
Quy định tại [Điểm này được sửa đổi bởi Luật số 42/2005/QH11] Chương 1 của Luật này.
`)
	var got []labelHeading
	for _, s := range d.Sections {
		got = append(got, labelHeading{s.Label, s.Heading})
	}
	assert.Equal(t, []labelHeading{{"Chương 1", "NHỮNG QUY ĐỊNH CHUNG"}, {"Chương 2", "THỦ TỤC HẢI QUAN"}, {"Chương 3", "QUẢN LÝ NHÀ NƯỚC VỀ HẢI QUAN"}}, got)
}

// TestSectionTitleWithColon: a Roman section's title may end in ":" and run
// to some twenty words (legacy A06, A28, A16); one that announces a list,
// in capitals or not, is a lead-in.
func TestSectionTitleWithColon(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"III/ Kê khai, quyết toán thuế nhập khẩu và xử lý vi phạm:", "Kê khai, quyết toán thuế nhập khẩu và xử lý vi phạm"},
		{"II/ Những nội dung cụ thể về thuế thu nhập doanh nghiệp áp dụng đối với các Chi nhánh nước ngoài:", "Những nội dung cụ thể về thuế thu nhập doanh nghiệp áp dụng đối với các Chi nhánh nước ngoài"},
		{"IV/ Tổ chức thực hiện:", "Tổ chức thực hiện"},
		{"II. THÔNG TƯ NÀY KHÔNG ÁP DỤNG ĐỐI VỚI CÁC ĐỐI TƯỢNG SAU ĐÂY:", ""},
		{"II. Sửa đổi mục II của Thông tư số 12/2003/TT-BTC như sau:", ""},
		{"2. Những nội dung cụ thể về thuế áp dụng:", ""},
		// a numbered item's "Về …" title runs as long (legacy B8, 227, 267)
		{"4- Về đơn vị tiền tệ sử dụng trong ghi chép kế toán:", "Về đơn vị tiền tệ sử dụng trong ghi chép kế toán"},
		{"1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa:", "Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa"},
	} {
		m, ok := marker(c.line)
		require.True(t, ok, c.line)
		got, _ := heading(m)
		assert.Equal(t, c.want, got, c.line)
	}
}

// In a blank form (six lines of blanks at least), a numbered caption with
// nothing after its colon is a field's title too; a lead-in phrase is not.
func TestFormCaptionsAlone(t *testing.T) {
	form := "1. Lao động:\nTổng số: ..........\nNữ: ..........\n2. Vốn điều lệ:\nTổng số: ..........\nTiền mặt: ..........\n" +
		"3. Trong vụ án hình sự:\na) Bị can: ..........\nb) Bị cáo: ..........\n4. Địa chỉ: ..........\n"
	got := topHeadings(parse(t, outlineHead+form).Sections)
	assert.Equal(t, []labelHeading{{"1", "Lao động"}, {"2", "Vốn điều lệ"}, {"3", ""}, {"4", "Địa chỉ"}}, got)
	// a body whose tasks follow and a clause lead into lists, form or not
	got = topHeadings(parse(t, outlineHead+"1. Bộ Xây dựng:\na) chủ trì.\n2. Bị can có quyền:\na) được biết.\n").Sections)
	assert.Equal(t, []labelHeading{{"1", ""}, {"2", ""}}, got)
}

// An older circular titles its points with a short noun phrase and a colon
// ("1- Đối tượng áp dụng:", legacy 2004-A33); a body's name, a clause that
// announces its list or a sentence about the document does not title one.
func TestPointTitlesBeforeAColon(t *testing.T) {
	body := "1- Đối tượng áp dụng:\nThuế suất được áp dụng cho các doanh nghiệp.\n2- Các khái niệm:\n2.1- Nội địa hoá: là quá trình sản xuất.\n" +
		"3. Hồ sơ hải quan gồm có:\n- Tờ khai.\n4. Nghị định này thay thế:\n- Nghị định số 01/2020/NĐ-CP.\n5. Sở Tài chính:\n- Chủ trì.\n6. Trình tự thực hiện:\nBước 1.\n"
	got := topHeadings(parse(t, outlineHead+body).Sections)
	assert.Equal(t, []labelHeading{{"1", "Đối tượng áp dụng"}, {"2", ""}, {"3", ""}, {"4", ""}, {"5", ""}, {"6", "Trình tự thực hiện"}}, got)
}

// A table's column numbers on lines of their own ("(1)", "(2)") and a
// form's notes to them ("(1): ghi cấp lập danh sách") are no divisions
// (legacy Mau-MDS-1M, HHamau3); "(1) Nội dung" is.
func TestParenNumbersAlone(t *testing.T) {
	assertNoMarker(t, "(1)", "(12)", "(1): ghi cấp lập danh sách", "(a):")
	if m, ok := marker("(1) Nội dung đầu tiên"); !ok || m.kind != kParen || m.rest != "Nội dung đầu tiên" {
		t.Errorf("(1) Nội dung: %+v %v", m, ok)
	}
}

// Roman sections with a dash after a space, "I -Triển vọng …", "II - Một
// số giải pháp …"; "II.1 . Biện pháp …" is a point of II, not II again
// (legacy 2004-13D56).
func TestRomanWithSpacedDash(t *testing.T) {
	for s, want := range map[string]string{"I -Triển vọng phát triển": "Triển vọng phát triển", "II - Một số giải pháp": "Một số giải pháp", "IV – Kết luận": "Kết luận"} {
		if m, ok := marker(s); !ok || m.kind != kRoman || m.rest != want {
			t.Errorf("%q: %+v %v", s, m, ok)
		}
	}
	for _, s := range []string{"II.1 . Biện pháp nâng cao hiệu quả", "I - ", "V - 2 -"} {
		if m, ok := marker(s); ok && m.kind == kRoman {
			t.Errorf("%q: Roman %+v", s, m)
		}
	}
}

// "Mục 23 này …" speaks of a division; it opens none (legacy 2004-HDTMDT).
func TestDivisionWordBeforeNay(t *testing.T) {
	assertNoMarker(t, "Mục 23 này được tổng hợp từ dự toán kinh phí", "Chương II này quy định", "Phần 1 này")
	if m, ok := marker("Mục 2. Tổ chức thực hiện"); !ok || m.kind != kMuc {
		t.Errorf("Mục 2: %+v %v", m, ok)
	}
}

// "1/ Phần khai …": a number closed by a slash, as older texts print them;
// a date or a fraction is none (legacy 2006-Hamau1BK1995, 2003-A16).
func TestNumberClosedBySlash(t *testing.T) {
	if m, ok := marker("1/ Phần khai về thân nhân (người đứng khai):"); !ok || m.kind != kNumber || m.label != "1" {
		t.Errorf("1/: %+v %v", m, ok)
	}
	assertNoMarker(t, "1/2 số lượng", "12/ 2025 là năm", "3/ của tổng số")
}

// assertNoMarker fails for each line that opens an outline marker.
func assertNoMarker(t *testing.T, lines ...string) {
	t.Helper()
	for _, s := range lines {
		if m, ok := marker(s); ok {
			t.Errorf("%q: marker %+v", s, m)
		}
	}
}
