package parser_test

// goldTxt is the hand-checked gold set for 24 plain-text (.txt) documents of
// the corpus. Every value was read from the file itself, not taken from parser
// output, the file name or MANIFEST.tsv.
//
// Sources covered: johnPa02/thuvienphapluat-crawler (001-055: header table
// collapsed, Số/place-date/title glued onto one line, Nơi nhận and signer
// flattened), Công báo PDF text layer (056-126: running headers "CÔNG BÁO/Số
// .../Ngày ...", page numbers, e-signature stamps, usually no Nơi nhận) and
// underthesea UTS_VLC old laws (192-205: blank-line separated, "(Đã ký)").
//
// Conventions applied throughout (besides those in gold_types_test.go):
//   - Abstract never includes the type word (LUẬT, NGHỊ QUYẾT, ...) nor the
//     authority line that follows the title (e.g. "BỘ TRƯỞNG BỘ TƯ PHÁP").
//   - Drafter initials glued after the Lưu line are not part of Archive.
//   - TopLabels of a body whose top level is "1.", "2." (công văn, old chỉ thị)
//     are the bare numbers "1", "2", ...
//   - Appendices / attached plans after the signature are not part of the
//     body outline.
var goldTxt = []goldDoc{
	// Crawler, flattened. "Số:" and "V/v" on one line; place-date glued to
	// "Kính gửi:". Nơi nhận, Lưu and signer on one line: "- Lưu: VT, ĐMDN (2b).
	// Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" — "Trung Anh" are drafter
	// initials (kept out of Archive). No authority (KT./TM.) line at all.
	{
		File:         "001_congvan_cong-van-2739-vpcp-dmdn-nam-2019-quy-din.txt",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "VĂN PHÒNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "2739/VPCP-ĐMDN",
		Place:        "Hà Nội",
		Date:         "2019-04-05",
		Abstract:     "quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi",
		SignerName:   "Mai Tiến Dũng",
		SignerPos:    "BỘ TRƯỞNG, CHỦ NHIỆM",
		Recipients:   4,
		Archive:      "VT, ĐMDN (2b)",
		TopLabels:    nil,
	},
	// DRAFT (dự thảo) of a Luật; Type is the drafted type. Whole header on one
	// line: "QUỐC HỘI -------- CỘNG HÒA ... Luật số: … /2016/QH14 DỰ THẢO
	// 24.10.2016 LUẬT VỀ HỘI". Number is blank in the draft: kept as printed
	// (U+2026 ellipsis). No place-date line ("DỰ THẢO 24.10.2016" is a draft
	// stamp, not a place-date), so Place/Date are empty. Closing sentence has
	// "thông qua ngày ... tháng 11 năm 2016" (not used). Signer line
	// "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân" with no TM./KT.
	{
		File:         "005_duthao_du-thao-luat-ve-hoi-do-quoc-hoi-ban-hanh.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "…/2016/QH14",
		Place:        "",
		Date:         "",
		Abstract:     "VỀ HỘI",
		SignerName:   "Nguyễn Thị Kim Ngân",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI", "Chương VII", "Chương VIII"},
	},
	// Crawler. NQ of Hội đồng Thẩm phán TANDTC. Place-date, type name, title and
	// the authority line "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO" are all on
	// one line (authority line excluded from Abstract). Signer flattened:
	// "TM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN Nguyễn Hòa Bình".
	{
		File:         "008_nghiquyet_nghi-quyet-01-2020-nq-hdtp.txt",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO",
		IssuerParent: "",
		Number:       "01/2020/NQ-HĐTP",
		Place:        "Hà Nội",
		Date:         "2020-03-05",
		Abstract:     "HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP LUẬT TRONG GIẢI QUYẾT TRANH CHẤP VỀ TÀI SẢN CHUNG CỦA DÒNG HỌ",
		SignerName:   "Nguyễn Hòa Bình",
		SignerPos:    "CHÁNH ÁN",
		Recipients:   13,
		Archive:      "VT, Vụ PC&QLKH TANDTC",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8"},
	},
	// Crawler. Lưu line is "- Lưu: VT, PL (2b).KN": "KN" are drafter initials
	// glued to the copy count without a space (kept out of Archive).
	// Signer flattened: "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc".
	{
		File:         "011_nghidinh_nghi-dinh-19-2019-nd-cp.txt",
		Type:         "Nghị định",
		TypeCode:     "NĐ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "19/2019/NĐ-CP",
		Place:        "Hà Nội",
		Date:         "2019-02-19",
		Abstract:     "VỀ HỌ, HỤI, BIÊU, PHƯỜNG",
		SignerName:   "Nguyễn Xuân Phúc",
		SignerPos:    "THỦ TƯỚNG",
		Recipients:   18,
		Archive:      "VT, PL (2b)",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"},
	},
	// Crawler. QĐ of a Bộ (minister). Title line ends with the authority line
	// "BỘ TRƯỞNG BỘ TƯ PHÁP" (excluded). Signer "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh
	// Trung Tụng" is immediately followed on the same line by the attached
	// "KẾ HOẠCH ..." whose I/II/III sections are NOT part of the QĐ outline.
	{
		File:         "016_quyetdinh_quyet-dinh-173-qd-btp.txt",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "BỘ TƯ PHÁP",
		IssuerParent: "",
		Number:       "173/QĐ-BTP",
		Place:        "Hà Nội",
		Date:         "2015-01-29",
		Abstract:     "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015",
		SignerName:   "Đinh Trung Tụng",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   7,
		Archive:      "VT, Vụ VĐCXDPL",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Crawler. 1980 Chỉ thị of PHỦ THỦ TƯỚNG; en-dash motto. "Số:" alone on a
	// line, "299/TTg Hà Nội, ngày ..." on the next. The symbol carries no type
	// code; TypeCode "CT" is the code of the type name CHỈ THỊ (ambiguous: ""
	// would also be defensible). Body: preamble paragraphs, then "1." "2." "3."
	// and unnumbered closing paragraphs. Old slash prefix "K/T THỦ TƯỚNG CHÍNH
	// PHỦ PHÓ THỦ TƯỚNG Tố Hữu" on one line. No Nơi nhận.
	{
		File:         "017_chithi_chi-thi-299-ttg.txt",
		Type:         "Chỉ thị",
		TypeCode:     "CT",
		Issuer:       "PHỦ THỦ TƯỚNG",
		IssuerParent: "",
		Number:       "299/TTg",
		Place:        "Hà Nội",
		Date:         "1980-11-10",
		Abstract:     "VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC",
		SignerName:   "Tố Hữu",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"1", "2", "3"},
	},
	// Crawler, "********" rules. NQ of Quốc hội. Title line runs on into the
	// authority line "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the
	// first preamble sentence ("Xét thấy, ..."), both excluded. Articles are
	// printed "Điều 1:" with a colon. Only "Nguyễn Văn An (Đã ký)" at the end:
	// no title line is printed, so SignerPos is empty. TVPL notes "[Điều này
	// được hướng dẫn bởi ...]" are inline.
	{
		File:         "021_nghiquyet_nghi-quyet-so-23-2003-qh11.txt",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "23/2003/QH11",
		Place:        "Hà Nội",
		Date:         "2003-11-26",
		Abstract:     "VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ, BỐ TRÍ SỬ DỤNG TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991",
		SignerName:   "Nguyễn Văn An",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5"},
	},
	// Crawler. NQ of UBTVQH; issuer printed with old tone placement "UỶ".
	// "Số:" alone on a line, number + place-date + title + authority line
	// "UỶ BAN THƯỜNG VỤ QUỐC HỘI" on the next. Chapters printed "Chương 1:"
	// (Arabic, colon) with the title on the following line; articles "Điều 1."
	// with the text on the next line. Signer only "Nguyễn Văn An (Đã ký)".
	{
		File:         "022_nghiquyet_nghi-quyet-so-755-2005-nq-ubtvqh11.txt",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "UỶ BAN THƯỜNG VỤ QUỐC HỘI",
		IssuerParent: "",
		Number:       "755/2005/NQ-UBTVQH11",
		Place:        "Hà Nội",
		Date:         "2005-04-02",
		Abstract:     "QUY ĐỊNH VIỆC GIẢI QUYẾT ĐỐI VỚI MỘT SỐ TRƯỜNG HỢP CỤ THỂ VỀ NHÀ ĐẤT TRONG QUÁ TRÌNH THỰC HIỆN CÁC CHÍNH SÁCH QUẢN LÝ NHÀ ĐẤT VÀ CHÍNH SÁCH CẢI TẠO XÃ HỘI CHỦ NGHĨA TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991",
		SignerName:   "Nguyễn Văn An",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương 1", "Chương 2", "Chương 3"},
	},
	// Crawler. Minister signs alone: last line "BỘ TRƯỞNG Phạm Thị Thanh Trà"
	// with no KT./TM. prefix.
	{
		File:         "031_thongtu_thong-tu-11-2024-tt-bnv.txt",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ NỘI VỤ",
		IssuerParent: "",
		Number:       "11/2024/TT-BNV",
		Place:        "Hà Nội",
		Date:         "2024-10-18",
		Abstract:     "QUY ĐỊNH VỀ VIỆC LẬP, QUẢN LÝ HỒ SƠ ĐỊA GIỚI ĐƠN VỊ HÀNH CHÍNH",
		SignerName:   "Phạm Thị Thanh Trà",
		SignerPos:    "BỘ TRƯỞNG",
		Recipients:   16,
		Archive:      "VT, CQĐP",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV"},
	},
	// Crawler. Issued by BỘ TÀI CHÍNH itself (not Tổng cục Hải quan, although
	// the symbol's unit part is TCHQ and Lưu names TCHQ). Body is a numbered
	// list "1." .. "16." with "2.1." style sub-items glued onto the heading
	// lines. Signer on the last line: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn".
	{
		File:         "036_congvan_cong-van-19046-btc-tchq.txt",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "BỘ TÀI CHÍNH",
		IssuerParent: "",
		Number:       "19046/BTC-TCHQ",
		Place:        "Hà Nội",
		Date:         "2014-12-29",
		Abstract:     "hướng dẫn thực hiện các quy định của Luật hải quan 2014",
		SignerName:   "Đỗ Hoàng Anh Tuấn",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   4,
		Archive:      "VT, TCHQ (65)",
		TopLabels:    []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"},
	},
	// Crawler. Joint circular: issuer printed as one joint line "BỘ TÀI CHÍNH -
	// BỘ CÔNG THƯƠNG". Two signature blocks on ONE line BEFORE Nơi nhận:
	// "KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG THỨ TRƯỞNG Nguyễn Cẩm Tú KT. BỘ TRƯỞNG BỘ
	// TÀI CHÍNH THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"; the first printed is Nguyễn Cẩm
	// Tú. Lưu line has two units and a copy count glued: "(Cục XNK)(232b)".
	// Several "Điều N." headings are glued to the end of the previous line
	// (e.g. "Chương II ... Điều 9"), chapters are still at line start.
	// Phụ lục I/II follow Nơi nhận.
	{
		File:         "043_thongtulientich_thong-tu-lien-tich-89-2016-ttlt-btc-bct.txt",
		Type:         "Thông tư liên tịch",
		TypeCode:     "TTLT",
		Issuer:       "BỘ TÀI CHÍNH - BỘ CÔNG THƯƠNG",
		IssuerParent: "",
		Number:       "89/2016/TTLT-BTC-BCT",
		Place:        "Hà Nội",
		Date:         "2016-06-23",
		Abstract:     "HƯỚNG DẪN THỰC HIỆN CƠ CHẾ MỘT CỬA QUỐC GIA",
		SignerName:   "Nguyễn Cẩm Tú",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   17,
		Archive:      "VT, BTC (TCHQ), BCT (Cục XNK)(232b)",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"},
	},
	// Crawler. Provincial People's Committee: one issuer line "ỦY BAN NHÂN DÂN
	// TỈNH KON TUM". Số + place-date + type + title + authority line on one
	// line. The printed abstract starts with "V/V" (abbreviated "Về việc");
	// kept, since for a QĐ it is part of the trích yếu (stripping it would be
	// the công văn rule). Lưu line has no colon: "- Lưu VT, KGVX2.". Signer
	// "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp" is
	// followed on the same line by the attached "CHƯƠNG TRÌNH HÀNH ĐỘNG" whose
	// I/II/III sections are not part of the QĐ outline. Footnotes [1] [2] at
	// the end.
	{
		File:         "044_quyetdinh_quyet-dinh-435-qd-ubnd-nam-2020.txt",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "ỦY BAN NHÂN DÂN TỈNH KON TUM",
		IssuerParent: "",
		Number:       "435/QĐ-UBND",
		Place:        "Kon Tum",
		Date:         "2020-05-04",
		Abstract:     "V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HOÀ, ỔN ĐỊNH VÀ TIẾN BỘ TRONG TÌNH HÌNH MỚI”",
		SignerName:   "Nguyễn Hữu Tháp",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   10,
		Archive:      "VT, KGVX2",
		TopLabels:    []string{"Điều 1", "Điều 2"},
	},
	// Crawler. Constitution: no "Số:" line, but a place-date line
	// "Hà Nội, ngày 28 tháng 11 năm 2013" (so Date is set). Title line is
	// interleaved with TVPL notes: "HIẾN PHÁP [Việc thi hành ...] NƯỚC CỘNG
	// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM [Việc thi hành ...] LỜI NÓI ĐẦU ..."; the
	// notes and the preamble are not part of the abstract. Every chapter line
	// carries a crawler prefix "Hiến pháp 2013. Chương I." and Chương IV has
	// "Điều 64." glued to its title. Unnumbered "LỜI NÓI ĐẦU" is not a label.
	{
		File:         "049_hienphap_hien-phap-2013.txt",
		Type:         "Hiến pháp",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "",
		Place:        "Hà Nội",
		Date:         "2013-11-28",
		Abstract:     "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		SignerName:   "Nguyễn Sinh Hùng",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI", "Chương VII", "Chương VIII", "Chương IX", "Chương X", "Chương XI"},
	},
	// Crawler. Modern law (2010): whole header on one line incl. "Luật số:
	// 48/2010/QH12 Hà Nội, ngày 17 tháng 06 năm 2010 LUẬT THUẾ ..."; this law
	// does print a place-date line. Chapters printed "Chương 1." (Arabic, dot);
	// "Chương 1." is glued to the end of the enacting sentence ("Quốc hội ban
	// hành Luật ..., Chương 1."), Chương 2/3 carry TVPL notes in brackets.
	{
		File:         "050_luat_luat-thue-su-dung-dat-phi-nong-nghiep-20.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "48/2010/QH12",
		Place:        "Hà Nội",
		Date:         "2010-06-17",
		Abstract:     "THUẾ SỬ DỤNG ĐẤT PHI NÔNG NGHIỆP",
		SignerName:   "Nguyễn Phú Trọng",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương 1", "Chương 2", "Chương 3", "Chương 4"},
	},
	// Crawler. VBHN of a law by Văn phòng Quốc hội. The heading prints the
	// consolidated document's type + name "LUẬT THUẾ THU NHẬP CÁ NHÂN"; by the
	// "no type word" rule the abstract is "THUẾ THU NHẬP CÁ NHÂN" (arguably
	// "Luật Thuế thu nhập cá nhân" as a whole name). The amending-law list
	// "1." .. "8." before "Căn cứ" is not the body outline. Signature block
	// "XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Lê Quang Tùng" (authority line is
	// "XÁC THỰC VĂN BẢN HỢP NHẤT"). Footnote markers "[27]" glued to
	// chapter titles.
	{
		File:         "054_vbhn_van-ban-hop-nhat-103-vbhn-vpqh-nam-2025.txt",
		Type:         "Văn bản hợp nhất",
		TypeCode:     "VBHN",
		Issuer:       "VĂN PHÒNG QUỐC HỘI",
		IssuerParent: "",
		Number:       "103/VBHN-VPQH",
		Place:        "Hà Nội",
		Date:         "2025-08-27",
		Abstract:     "THUẾ THU NHẬP CÁ NHÂN",
		SignerName:   "Lê Quang Tùng",
		SignerPos:    "CHỦ NHIỆM",
		Recipients:   4,
		Archive:      "HC, TH",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV"},
	},
	// Công báo. Header lines in PDF order: Công báo section "VĂN BẢN QUY PHẠM
	// PHÁP LUẬT", then the issuer "THỦ TƯỚNG CHÍNH PHỦ" printed TWICE on
	// separate lines (text-layer duplicate; it is one issuer, not a parent),
	// "Số:" BEFORE the motto. E-signature stamp "Người ký: Cổng Thông tin điện
	// tử Chính phủ ..." after Điều 1 heading. Signer "KT. THỦ TƯỚNG / PHÓ THỦ
	// TƯỚNG / [daky] / Lê Minh Khái". Forms (Mẫu số 01-04) with their own
	// mottos and "......, ngày... tháng... năm 2021" follow.
	{
		File:         "057_quyetdinh_quyet-dinh-28-2021-qd-ttg-34546.txt",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "THỦ TƯỚNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "28/2021/QĐ-TTg",
		Place:        "Hà Nội",
		Date:         "2021-10-01",
		Abstract:     "Quy định về việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động bị ảnh hưởng bởi đại dịch COVID-19 từ Quỹ bảo hiểm thất nghiệp",
		SignerName:   "Lê Minh Khái",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III"},
	},
	// Công báo 2026. Rules printed as "__________". Stamp "Ký bởi: CÔNG BÁO
	// NƯỚC CỘNG HÒA ... Cơ quan: VĂN PHÒNG CHÍNH PHỦ Ngày ký: ..." in the body
	// (metadata, not the issuer). Body: preamble, then "I." and "II." Signer
	// "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Phạm Thị Thanh Trà" (leading spaces).
	{
		File:         "074_chithi_chi-thi-21-ct-ttg-469580.txt",
		Type:         "Chỉ thị",
		TypeCode:     "CT",
		Issuer:       "THỦ TƯỚNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "21/CT-TTg",
		Place:        "Hà Nội",
		Date:         "2026-05-20",
		Abstract:     "Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
		SignerName:   "Phạm Thị Thanh Trà",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"I", "II"},
	},
	// NEGATIVE CASE. The only Thông báo among the .txt files, and it is a
	// scanned Công báo section: the text layer holds only running headers
	// "CÔNG BÁO/Số 577 + 578/Ngày 07-3-2023", page numbers 68-84 and the
	// section title "ĐIỀU ƯỚC QUỐC TẾ". Nothing of the document itself is
	// readable, so every field is empty (the type is known only from the
	// file name/manifest). The Công báo issue number/date must not be taken
	// as the document's number/date.
	{
		File:         "075_thongbao_thong-bao-02-2023-tb-lpqt-39022.txt",
		Type:         "",
		TypeCode:     "",
		Issuer:       "",
		IssuerParent: "",
		Number:       "",
		Place:        "",
		Date:         "",
		Abstract:     "",
		SignerName:   "",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    nil,
	},
	// Công báo 2026. NQ of Chính phủ (normative, "/2026/NQ-CP"). "Số:   15/..."
	// with extra spaces; "ngày 06  tháng 4" double space; motto printed
	// "CỘNG HOÀ". E-signature stamp after Điều 2. Signer "TM. CHÍNH PHỦ / KT.
	// THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Lê Thành Long".
	{
		File:         "085_nghiquyet_nghi-quyet-15-2026-nq-cp-469344.txt",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "15/2026/NQ-CP",
		Place:        "Hà Nội",
		Date:         "2026-04-06",
		Abstract:     "Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính phủ",
		SignerName:   "Lê Thành Long",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5"},
	},
	// Công báo 2026. Amending decree: Điều 1 contains quoted replacement text
	// starting "“Điều 30. Điều kiện về thu nhập" and a wrapped line starting
	// "Điều 30 của Nghị định này.”" — neither is a top-level article. Abstract
	// is four wrapped lines with runs of padding spaces. Signer "TM. CHÍNH PHỦ /
	// KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Trần Hồng Hà"; Phụ lục (form with its own
	// motto and blank date) follows.
	{
		File:         "099_nghidinh_nghi-dinh-136-2026-nd-cp-469355.txt",
		Type:         "Nghị định",
		TypeCode:     "NĐ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "136/2026/NĐ-CP",
		Place:        "Hà Nội",
		Date:         "2026-04-07",
		Abstract:     "Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội (đã được sửa đổi, bổ sung tại Nghị định số 261/2025/NĐ-CP và Nghị định số 54/2026/NĐ-CP)",
		SignerName:   "Trần Hồng Hà",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4"},
	},
	// Công báo. The issuer appears TWICE: once on one line "BỘ NÔNG NGHIỆP VÀ
	// PHÁT TRIỂN NÔNG THÔN", then wrapped "BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN
	// NÔNG THÔN" (text-layer duplicate; not a parent body, not to be
	// concatenated). "Số:" precedes the motto. " Điều 1." has a leading
	// space. Signer "KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Hoàng Hiệp".
	{
		File:         "108_thongtu_thong-tu-18-2021-tt-bnnptnt-36440.txt",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
		IssuerParent: "",
		Number:       "18/2021/TT-BNNPTNT",
		Place:        "Hà Nội",
		Date:         "2021-12-27",
		Abstract:     "Bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành",
		SignerName:   "Nguyễn Hoàng Hiệp",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Công báo, ministry VBHN. The HEADER has issuer + motto + "THÔNG TƯ" +
	// title but NO "Số:" and NO place-date: both are in the authentication
	// block at the END ("BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI / XÁC THỰC VĂN
	// BẢN HỢP NHẤT / Số: 1676/VBHN-BLĐTBXH / Hà Nội, ngày 10 tháng 5 năm
	// 2023 / KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Lê Văn Thanh"). Abstract is the title
	// under "THÔNG TƯ" (type word of the consolidated circular, excluded).
	// Footnote digits are glued to words ("2021 - 20251", "Điều khoản thi
	// hành3"); footnote text repeats "Điều 2. Hiệu lực thi hành" in quotes.
	// The first printed date-like text in the head is TT 09/2022's date,
	// not the VBHN date.
	{
		File:         "126_vbhn_van-ban-hop-nhat-1676-vbhn-bldtbxh-39315.txt",
		Type:         "Văn bản hợp nhất",
		TypeCode:     "VBHN",
		Issuer:       "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
		IssuerParent: "",
		Number:       "1676/VBHN-BLĐTBXH",
		Place:        "Hà Nội",
		Date:         "2023-05-10",
		Abstract:     "Hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế, phát triển mô hình giảm nghèo và hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
		SignerName:   "Lê Văn Thanh",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV"},
	},
	// underthesea, 1991 law. "********" rules; blank-line separated. Number is
	// the promulgation order of the Hội đồng Nhà nước, "56-LCT/HĐNN8", printed
	// under issuer QUỐC HỘI. The printed title line is "PHỔ CẬP GIÁO DỤC TIỂU
	// HỌC CỦA QUỐC HỘI SỐ 56-LCT/HĐNN8 NGÀY 12/08/1991"; the database-style
	// tail "CỦA QUỐC HỘI SỐ ... NGÀY ..." repeats the issuer, number and date,
	// so the Abstract is the name "PHỔ CẬP GIÁO DỤC TIỂU HỌC" (issue 12, item
	// 8; corrected by helper hdr: the first convention kept the tail).
	// Chapters "Chương 1:"; articles "Điều 1" without dot. Signer only
	// "Võ Chí Công" / "(Đã ký)": no title printed.
	{
		File:         "196_luat_pho-cap-gd-tieu-hoc-1991.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "56-LCT/HĐNN8",
		Place:        "Hà Nội",
		Date:         "1991-08-12",
		Abstract:     "PHỔ CẬP GIÁO DỤC TIỂU HỌC",
		SignerName:   "Võ Chí Công",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương 1", "Chương 2", "Chương 3", "Chương 4", "Chương 5"},
	},
	// underthesea, 1957 law. NO header block, no motto, no "Số:" line, no
	// place-date: the file starts "LUẬT" / "SỐ 101-SL/L.003 NGÀY 20-5-1957
	// QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP" / "CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ"
	// / "RA SẮC LỆNH:" then a second "LUẬT" / "QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP".
	// Number taken from the title line (it is the document's own number);
	// Date left empty per the place-date rule although the title says
	// 20-5-1957. Abstract is the law's own title (second heading), not the
	// database-style first heading. The promulgating authority "CHỦ TỊCH NƯỚC
	// ..." is not a header issuer, so Issuer is empty. Signer "Hồ Chí Minh" /
	// "(Đã ký)" without title.
	{
		File:         "205_luat_tu-do-hoi-hop.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "",
		IssuerParent: "",
		Number:       "101-SL/L.003",
		Place:        "",
		Date:         "",
		Abstract:     "QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP",
		SignerName:   "Hồ Chí Minh",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9", "Điều 10"},
	},
}
