package archive

import (
	"path/filepath"
	"testing"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/decode/docx"
	"github.com/vnlegal/vanban/parser/decode/msdoc"

	"github.com/vnlegal/vanban/internal/testshared"
)

// parseCorpusFile parses a file of the shared corpus and fills its page count
// the way the decoders will once PageCount is wired into the decode path.
func parseCorpusFile(t *testing.T, name string) *model.Document {
	t.Helper()
	data := testshared.ReadCorpus(t, name)
	doc, err := parser.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	switch doc.Source.Format {
	case "docx":
		doc.Source.Pages = docx.PageCount(data)
	case "doc":
		doc.Source.Pages = msdoc.PageCount(data)
	}
	return doc
}

// corpusRecords are full records of real documents of every format (txt, md,
// html, docx, .doc) and many types, each checked by reading the document: the
// comment says what it prints. Fields not listed must be empty.
var corpusRecords = []struct {
	file string
	want map[string]string
}{
	// txt, công văn: header VĂN PHÒNG CHÍNH PHỦ, "Số: 2739/VPCP-ĐMDN V/v …", Hà Nội 05/04/2019; signed "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" on the Nơi nhận line.
	{"001_congvan_cong-van-2739-vpcp-dmdn-nam-2019-quy-din.txt", map[string]string{
		TypeName:     "CV",
		CodeNumber:   "2739",
		CodeNotation: "VPCP-ĐMDN",
		IssuedDate:   "05/04/2019",
		OrganName:    "VĂN PHÒNG CHÍNH PHỦ",
		Subject:      "quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "BỘ TRƯỞNG, CHỦ NHIỆM",
		SignerName:   "Mai Tiến Dũng",
	}},
	// txt, quyết định of a province: Số 1056/QĐ-CT, Tuyên Quang 16/8/2010; "KT.CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Bích Việt".
	{"015_quyetdinh_quyet-dinh-1056-qd-ct.txt", map[string]string{
		TypeName:     "QĐ",
		CodeNumber:   "1056",
		CodeNotation: "QĐ-CT",
		IssuedDate:   "16/08/2010",
		OrganName:    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
		Subject:      "BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
		SignerName:   "Vũ Thị Bích Việt",
	}},
	// txt, 1980 chỉ thị of PHỦ THỦ TƯỚNG: "299/TTg" has no type code in its notation; "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu".
	{"017_chithi_chi-thi-299-ttg.txt", map[string]string{
		TypeName:     "CT",
		CodeNumber:   "299",
		CodeNotation: "TTg",
		IssuedDate:   "10/11/1980",
		OrganName:    "PHỦ THỦ TƯỚNG",
		Subject:      "VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. THỦ TƯỚNG CHÍNH PHỦ - PHÓ THỦ TƯỚNG",
		SignerName:   "Tố Hữu",
	}},
	// txt, normative nghị quyết: "Nghị quyết số: 132/2020/QH14", 17/11/2020; the notation leaves the year to the date.
	{"018_nghiquyet_nghi-quyet-132-2020-qh14.txt", map[string]string{
		TypeName:     "NQ",
		CodeNumber:   "132",
		CodeNotation: "QH14",
		IssuedDate:   "17/11/2020",
		OrganName:    "QUỐC HỘI",
		Subject:      "THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "CHỦ TỊCH QUỐC HỘI",
		SignerName:   "Nguyễn Thị Kim Ngân",
	}},
	// txt, draft (DỰ THẢO LẦN 4): "Số: /2015/TT-BLĐTBXH" and a blank date: no số, no date, and no bút tích although the intended signer is named.
	{"006_duthao_du-thao-thong-tu-huong-dan-thuc-hien-ngh.txt", map[string]string{
		TypeName:     "TT",
		CodeNotation: "TT-BLĐTBXH",
		OrganName:    "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
		Subject:      "HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 119/2014/NĐ-CP NGÀY 17 THÁNG 12 NĂM 2014 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA BỘ LUẬT LAO ĐỘNG, LUẬT DẠY NGHỀ, LUẬT NGƯỜI LAO ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG VỀ KHIẾU NẠI, TỐ CÁO",
		Language:     "01",
		SignerTitle:  "BỘ TRƯỞNG",
		SignerName:   "Phạm Thị Hải Chuyền",
	}},
	// txt from the Công báo: a digital-signature box ("Người ký: …") gives Có chữ ký số; 21/CT-TTg of 20/5/2026.
	{"074_chithi_chi-thi-21-ct-ttg-469580.txt", map[string]string{
		TypeName:     "CT",
		CodeNumber:   "21",
		CodeNotation: "CT-TTg",
		IssuedDate:   "20/05/2026",
		OrganName:    "THỦ TƯỚNG CHÍNH PHỦ",
		Subject:      "Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
		Language:     "01",
		Autograph:    "Có chữ ký số",
		SignerTitle:  "KT. THỦ TƯỚNG - PHÓ THỦ TƯỚNG",
		SignerName:   "Phạm Thị Thanh Trà",
	}},
	// txt from the Công báo, thông tư 10/2024/TT-BLĐTBXH of 25/10/2024, digitally signed copy; "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng".
	{"115_thongtu_thong-tu-10-2024-tt-bldtbxh-43067.txt", map[string]string{
		TypeName:     "TT",
		CodeNumber:   "10",
		CodeNotation: "TT-BLĐTBXH",
		IssuedDate:   "25/10/2024",
		OrganName:    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
		Subject:      "Sửa đổi, bổ sung một số điều của Thông tư số 07/2023/TT-BLĐTBXH ngày 28/8/2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định mã số, tiêu chuẩn chức danh nghề nghiệp; xếp lương, thăng hạng chức danh nghề nghiệp viên chức chuyên ngành giáo dục nghề nghiệp",
		Language:     "01",
		Autograph:    "Có chữ ký số",
		SignerTitle:  "KT. BỘ TRƯỞNG - THỨ TRƯỞNG",
		SignerName:   "Lê Tấn Dũng",
	}},
	// html (vbpl), thông tư 83/2025/TT-NHNN of 31/12/2025; "KT. THỐNG ĐỐC PHÓ THỐNG ĐỐC (Đã ký) Đoàn Thái Sơn".
	{"133_thongtu_83-2025-tt-nhnn-vbpl.html", map[string]string{
		TypeName:     "TT",
		CodeNumber:   "83",
		CodeNotation: "TT-NHNN",
		IssuedDate:   "31/12/2025",
		OrganName:    "NGÂN HÀNG NHÀ NƯỚC",
		Subject:      "Quy định về hệ thống kiểm soát nội bộ của ngân hàng thương mại, chi nhánh ngân hàng nước ngoài",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. THỐNG ĐỐC - PHÓ THỐNG ĐỐC",
		SignerName:   "Đoàn Thái Sơn",
	}},
	// html, nghị định 320/2025/NĐ-CP of 15/12/2025; "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Hồ Đức Phớc": TM. names the body, not the title.
	{"136_nghidinh_320-2025-nd-cp-vbpl.html", map[string]string{
		TypeName:     "NĐ",
		CodeNumber:   "320",
		CodeNotation: "NĐ-CP",
		IssuedDate:   "15/12/2025",
		OrganName:    "CHÍNH PHỦ",
		Subject:      "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. THỦ TƯỚNG - PHÓ THỦ TƯỚNG",
		SignerName:   "Hồ Đức Phớc",
	}},
	// html, nghị quyết 13/NQ-CP of 16/01/2026 (no year segment); same signature form as 136.
	{"147_nghiquyet_13-nq-cp-vbpl.html", map[string]string{
		TypeName:     "NQ",
		CodeNumber:   "13",
		CodeNotation: "NQ-CP",
		IssuedDate:   "16/01/2026",
		OrganName:    "CHÍNH PHỦ",
		Subject:      "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. THỦ TƯỚNG - PHÓ THỦ TƯỚNG",
		SignerName:   "Hồ Đức Phớc",
	}},
	// html, quyết định 29/2025/QĐ-TTg of 28/8/2025, signed KT. THỦ TƯỚNG, PHÓ THỦ TƯỚNG Hồ Đức Phớc.
	{"152_quyetdinh_29-2025-qd-ttg-vbpl.html", map[string]string{
		TypeName:     "QĐ",
		CodeNumber:   "29",
		CodeNotation: "QĐ-TTg",
		IssuedDate:   "28/08/2025",
		OrganName:    "THỦ TƯỚNG CHÍNH PHỦ",
		Subject:      "VỀ TÍN DỤNG ĐỐI VỚI HỌC SINH, SINH VIÊN, HỌC VIÊN THẠC SĨ, NGHIÊN CỨU SINH HỌC CÁC NGÀNH KHOA HỌC, CÔNG NGHỆ, KỸ THUẬT VÀ TOÁN",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. THỦ TƯỚNG - PHÓ THỦ TƯỚNG",
		SignerName:   "Hồ Đức Phớc",
	}},
	// html, pháp lệnh (no code in the list: the type name stays); the page prints no place-and-date line: the date is the closing "… thông qua ngày 03 tháng 12 năm 2025"; "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH Trần Thanh Mẫn".
	{"164_phaplenh_09-2025-ubtvqh15-vbpl.html", map[string]string{
		TypeName:     "Pháp lệnh",
		CodeNumber:   "09",
		CodeNotation: "UBTVQH15",
		IssuedDate:   "03/12/2025",
		OrganName:    "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
		Subject:      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CẢNH SÁT MÔI TRƯỜNG",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "CHỦ TỊCH",
		SignerName:   "Trần Thanh Mẫn",
	}},
	// docx, án lệ 01/2016/AL: printed without an issuer header, date line or signature; issuer and date are those of "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 06 tháng 4 năm 2016"; app.xml says 4 pages for 15 KB of text.
	{"171_anle_an-le-01-docx.docx", map[string]string{
		TypeName:     "Án lệ",
		CodeNumber:   "01",
		CodeNotation: "AL",
		IssuedDate:   "06/04/2016",
		OrganName:    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
		Language:     "01",
		NumberOfPage: "4",
	}},
	// .doc, án lệ 10/2016/AL, "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 17 tháng 10 năm 2016"; its SummaryInformation says 4 pages (file(1) agrees) for 13 KB of text.
	{"183_anle_10-2016-al-doc.doc", map[string]string{
		TypeName:     "Án lệ",
		CodeNumber:   "10",
		CodeNotation: "AL",
		IssuedDate:   "17/10/2016",
		OrganName:    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
		Language:     "01",
		NumberOfPage: "4",
	}},
	// .doc, Hiến pháp 1959: no number or issuer header, dated by its closing "… nhất trí thông qua trong phiên họp ngày 31 tháng 12 năm 1959"; "Tôn Đức Thắng (Đã ký)"; the summary's "1 page" for 50 KB of text is dropped.
	{"184_hienphap_hien-phap-1959-doc.doc", map[string]string{
		TypeName:   "Hiến pháp",
		IssuedDate: "31/12/1959",
		Subject:    "NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA",
		Language:   "01",
		Autograph:  "Có chữ ký tay",
		SignerName: "Tôn Đức Thắng",
	}},
	// docx, Luật An ninh mạng 24/2018/QH14 of 12/6/2018; app.xml's "1 page" for 82 KB of text is dropped; "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân".
	{"186_luat_an-ninh-mang-2018-docx.docx", map[string]string{
		TypeName:     "Luật",
		CodeNumber:   "24",
		CodeNotation: "QH14",
		IssuedDate:   "12/06/2018",
		OrganName:    "QUỐC HỘI",
		Subject:      "AN NINH MẠNG",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "CHỦ TỊCH QUỐC HỘI",
		SignerName:   "Nguyễn Thị Kim Ngân",
	}},
	// md, công văn of CỤC THUẾ under BỘ TÀI CHÍNH, 5491/CT-CS of 25/11/2025; a TL. then KT. signature chain.
	{"215_congvan_5491-ct-cs-cuc-thue.md", map[string]string{
		TypeName:     "CV",
		CodeNumber:   "5491",
		CodeNotation: "CT-CS",
		IssuedDate:   "25/11/2025",
		OrganName:    "CỤC THUẾ - BỘ TÀI CHÍNH",
		Subject:      "Chính sách thuế",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "TL. CỤC TRƯỞNG - KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ - PHÓ TRƯỞNG BAN",
		SignerName:   "Mạnh Thị Tuyết Mai",
	}},
	// md, công văn 11554/VPCP-V.I (a unit code with a dot); "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Trịnh Mạnh Linh".
	{"220_congvan_11554-vpcp-v-van-phong-chinh-phu.md", map[string]string{
		TypeName:     "CV",
		CodeNumber:   "11554",
		CodeNotation: "VPCP-V.I",
		IssuedDate:   "25/11/2025",
		OrganName:    "VĂN PHÒNG CHÍNH PHỦ",
		Subject:      "nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. BỘ TRƯỞNG, CHỦ NHIỆM - PHÓ CHỦ NHIỆM",
		SignerName:   "Trịnh Mạnh Linh",
	}},
	// md, công điện 224/CĐ-TTg of 20/11/2025 signed THỦ TƯỚNG Phạm Minh Chính.
	{"229_congdien_224-cd-ttg-thu-tuong-chinh-phu.md", map[string]string{
		TypeName:     "CĐ",
		CodeNumber:   "224",
		CodeNotation: "CĐ-TTg",
		IssuedDate:   "20/11/2025",
		OrganName:    "THỦ TƯỚNG CHÍNH PHỦ",
		Subject:      "VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý NGHĨA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "THỦ TƯỚNG",
		SignerName:   "Phạm Minh Chính",
	}},
	// md, Party kết luận 212-KL/TW of 18/11/2025 (no code in the list); "T/M BỘ CHÍNH TRỊ Trần Cẩm Tú"; the issuer BAN CHẤP HÀNH TRUNG ƯƠNG is printed over bold lines; the trích yếu leaves out the "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" that opens the title.
	{"233_ketluan_212-kl-tw-ban-chap-hanh-trung-uong.md", map[string]string{
		TypeName:     "Kết luận",
		CodeNumber:   "212",
		CodeNotation: "KL/TW",
		IssuedDate:   "18/11/2025",
		OrganName:    "BAN CHẤP HÀNH TRUNG ƯƠNG",
		Subject:      "VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐÔ THỊ",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "TM. BỘ CHÍNH TRỊ",
		SignerName:   "Trần Cẩm Tú",
	}},
	// md, kế hoạch 980/KH-UBND of Nghệ An, 18/11/2025; "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Đệ".
	{"239_kehoach_980-kh-ubnd-tinh-nghe-an.md", map[string]string{
		TypeName:     "KH",
		CodeNumber:   "980",
		CodeNotation: "KH-UBND",
		IssuedDate:   "18/11/2025",
		OrganName:    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
		Subject:      "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
		SignerName:   "Nguyễn Văn Đệ",
	}},
	// md, quyết định 1973/QĐ-UBND of Hưng Yên, 28/11/2025; "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Quang Hòa".
	{"242_quyetdinh_1973-qd-ubnd-tinh-hung-yen.md", map[string]string{
		TypeName:     "QĐ",
		CodeNumber:   "1973",
		CodeNotation: "QĐ-UBND",
		IssuedDate:   "28/11/2025",
		OrganName:    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
		Subject:      "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ NHÀ NƯỚC CỦA SỞ Y TẾ ĐƯỢC SỬA ĐỔI, BỔ SUNG TỪ LĨNH VỰC TỔ CHỨC CÁN BỘ SANG LĨNH VỰC GIÁM ĐỊNH",
		Language:     "01",
		Autograph:    "Có chữ ký tay",
		SignerTitle:  "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
		SignerName:   "Lê Quang Hòa",
	}},
}

func TestCorpusRecords(t *testing.T) {
	formats := map[string]bool{}
	for _, c := range corpusRecords {
		doc := parseCorpusFile(t, c.file)
		formats[doc.Source.Format+filepath.Ext(c.file)] = true
		r := FromDocument(doc, c.file)
		for i, f := range Fields {
			if got := r.Values[i]; got != c.want[f.Code] {
				t.Errorf("%s: %s = %q, want %q", c.file, f.Code, got, c.want[f.Code])
			}
		}
	}
	if len(corpusRecords) < 20 || len(formats) < 5 {
		t.Errorf("%d documents in %d formats", len(corpusRecords), len(formats))
	}
}

// TestCorpusEnglish: the English translation of a decree on vbpl.vn is
// detected as 02 Tiếng Anh (its header, which the parser does not read, is
// left out of the check).
func TestCorpusEnglish(t *testing.T) {
	doc := parseCorpusFile(t, "163_nghidinh_43-2008-nd-cp-vbpl.html")
	if r := FromDocument(doc, "163"); r.Get(Language) != "02" {
		t.Errorf("language %q, want 02", r.Get(Language))
	}
}
