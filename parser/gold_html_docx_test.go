package parser_test

// goldHTMLDocx is the hand-checked gold set for 14 documents of the corpus
// held as saved web pages (.html, files 127-169) and Word files (.docx, files
// 171-191). Every value was read off the document by a person (visible text
// extracted from the HTML / from word/document.xml), not taken from parser
// output, the file name, the portal attribute panel or MANIFEST.tsv.
//
// Sources covered: vbpl.vn new layout (127-165: portal chrome and a
// "Nội dung / Thuộc tính / Lược đồ / Văn bản gốc / Tải về" toolbar before the
// document, the footer "CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT" after it, and on
// many pages a "Mục lục" table of contents AFTER the footer), vbpl.vn old
// SharePoint layout (166-169), thuvienphapluat-derived law DOCX (186-191:
// header as a 2x2 table, lines inside a cell separated by <w:br/> only,
// HYPERLINK field codes in the "Căn cứ" lines) and TANDTC precedent DOCX
// (171-182: no administrative header, no signer).
//
// Conventions applied throughout (besides those in gold_types_test.go and the
// txt/md gold sets):
//   - For HTML only the document is annotated (header table, title, body,
//     signature table, Nơi nhận); the portal breadcrumb/title, attribute
//     panel, status box ("Còn hiệu lực", "Ngày có hiệu lực"), footer and
//     "Mục lục" panel are ignored.
//   - Place comes only from a printed place-date line. Normative texts of
//     the National Assembly and its Standing Committee published on vbpl.vn
//     often print NO place-date line: their Date is the one of the closing
//     "Luật này được Quốc hội ... thông qua ngày ..." sentence (issue 12,
//     item 11; corrected by helper hdr: the first convention left it "").
//   - Abstract never includes the type word nor the authority line that
//     follows the title ("QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHÍNH PHỦ").
//   - SignerName is the person's name without a military rank printed before
//     it ("Đại tướng Lương Tam Quang" → "Lương Tam Quang").
//   - Amended provisions quoted in amending texts (“Điều 8. ...”) and
//     appendices/forms after the signature are not part of the outline.
//   - Án lệ: Number is taken from the title line "Án lệ số NN/YYYY/AL";
//     Abstract is the precedent's name after the number ("về ..."), "" when
//     the title has none; Issuer and Date are read from the adoption
//     sentence "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua
//     ngày ..." (issue 12, item 8; corrected by helper hdr: the first
//     convention left them "").
var goldHTMLDocx = []goldDoc{
	// vbpl.vn new layout, NFD page: parts of the body and one Nơi nhận item
	// ("- Các đơn vị trực thuộc Bộ Công an;") are NFD-decomposed, article
	// headings too ("Điều 1.", "Điều 30."); the header block is NFC. Motto
	// printed "CỘNG HOÀ". Abstract wraps over three lines. Chapters hold
	// "Mục 1".. sections. Signer has no authority line: "BỘ TRƯỞNG" /
	// "Đại tướng Lương Tam Quang" (rank before the name, not part of it).
	// Nơi nhận sits BEFORE the signer in the extracted text (left cell).
	{
		File:         "131_thongtu_66-2024-tt-bca-vbpl.html",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ CÔNG AN",
		IssuerParent: "",
		Number:       "66/2024/TT-BCA",
		Place:        "Hà Nội",
		Date:         "2024-11-12",
		Abstract:     "Quy định về đào tạo, sát hạch, cấp Giấy phép lái xe; bồi dưỡng kiến thức pháp luật về giao thông đường bộ cho người điều khiển xe máy chuyên dùng trong Công an nhân dân",
		SignerName:   "Lương Tam Quang",
		SignerPos:    "BỘ TRƯỞNG",
		Recipients:   4,
		Archive:      "VT, C08, V03",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI", "Chương VII"},
	},
	// vbpl.vn new layout, NFD page (about 485 combining marks in the body,
	// including some "Điều N." headings, e.g. Điều 9, 63, 69). Rule lines
	// "_________" under issuer and motto. Abstract wraps over five lines.
	// 108 articles in 9 chapters. Nơi nhận: 15 items, the VPCP item wraps
	// onto a second line ("các Vụ, Cục, đơn vị trực thuộc, Công báo;").
	// Signer "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / (đã ký)" in
	// lower case "(đã ký)".
	{
		File:         "137_nghidinh_332-2025-nd-cp-vbpl.html",
		Type:         "Nghị định",
		TypeCode:     "NĐ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "332/2025/NĐ-CP",
		Place:        "Hà Nội",
		Date:         "2025-12-18",
		Abstract:     "Quy định chi tiết và biện pháp thi hành một số điều của Luật Năng lượng nguyên tử về bảo đảm an toàn bức xạ, an toàn, an ninh, thanh sát hạt nhân, thông báo, khai báo, cấp phép, thanh tra, kiểm tra về an toàn bức xạ và hạt nhân, ứng phó sự cố bức xạ, sự cố hạt nhân và bồi thường thiệt hại hạt nhân",
		SignerName:   "Nguyễn Chí Dũng",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   15,
		Archive:      "VT, KGVX (2b)",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI", "Chương VII", "Chương VIII", "Chương IX"},
	},
	// vbpl.vn new layout, NQ of Quốc hội. Number line "Nghị quyết số:
	// 170/2024/QH15" (type word before "số:"). NO place-date line, so Place
	// and Date are "" (adopted "ngày 30 tháng 11 năm 2024" per the closing
	// sentence, not used). Title has a telex typo printed on the page:
	// "ddawwcj thù" (= "đặc thù"), kept as printed. Authority line "QUỐC HỘI"
	// after the title is not part of it. Articles only (Điều 1-10), no
	// chapters. Signer "CHỦ TỊCH QUỐC HỘI" / "(đã ký)" / name, no Nơi nhận.
	// The page's "Mục lục" panel after the footer repeats the article titles.
	{
		File:         "144_nghiquyet_170-2024-qh15-vbpl.html",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "170/2024/QH15",
		Place:        "",
		Date:         "2024-11-30",
		Abstract:     "Cơ chế, chính sách ddawwcj thù để tháo gỡ khó khăn, vướng mắc đối với các dự án, đất đai trong kết luận thanh tra, kiểm tra, bản án tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng và tỉnh Khánh Hòa",
		SignerName:   "Trần Thanh Mẫn",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9", "Điều 10"},
	},
	// vbpl.vn new layout, NQ of UBTVQH, NFD page (headings such as "Điều 4."
	// and Mục titles decomposed; header NFC). Issuer printed with old tone
	// placement "UỶ BAN THƯỜNG VỤ QUỐC HỘI" while the authority line after
	// the title has "ỦY"; motto "CỘNG HOÀ". "Nghị quyết số: 114/2025/UBTVQH15"
	// and NO place-date line (Place/Date ""; "thông qua ngày 24 tháng 12
	// năm 2025" in the closing sentence is not used). Chapters hold "Mục N"
	// sections. Signer "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH / (Đã ký) /
	// Trần Thanh Mẫn"; no Nơi nhận.
	{
		File:         "146_nghiquyet_114-2025-ubtvqh15-vbpl.html",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "UỶ BAN THƯỜNG VỤ QUỐC HỘI",
		IssuerParent: "",
		Number:       "114/2025/UBTVQH15",
		Place:        "",
		Date:         "2025-12-24",
		Abstract:     "Quy định chi tiết và hướng dẫn thi hành Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân về hoạt động giám sát của Hội đồng nhân dân",
		SignerName:   "Trần Thanh Mẫn",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"},
	},
	// vbpl.vn new layout, NQ of Chính phủ (non-normative, "13/NQ-CP"). TRAP:
	// the authority line "CHÍNH PHỦ" is in the SAME <p> as the second title
	// line ("QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ"); it is
	// not part of the abstract. Three short articles, each a single line.
	// Lưu line has a blank copy count: "VT, KTTH (   b)". Nơi nhận 15 items
	// (VPCP item on one line here). Signer "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG /
	// PHÓ THỦ TƯỚNG / (Đã ký) / Hồ Đức Phớc".
	{
		File:         "147_nghiquyet_13-nq-cp-vbpl.html",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "13/NQ-CP",
		Place:        "Hà Nội",
		Date:         "2026-01-16",
		Abstract:     "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC",
		SignerName:   "Hồ Đức Phớc",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   15,
		Archive:      "VT, KTTH (   b)",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// vbpl.vn new layout, normative QĐ of the Prime Minister. Issuer is the
	// State title "THỦ TƯỚNG CHÍNH PHỦ"; motto "CỘNG HOÀ". Chapters with
	// "Mục 1".."Mục 4" inside Chương IV. Nơi nhận 15 items, the VPCP item
	// wrapped over two lines. Signer "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG /
	// (Đã ký) / Hồ Đức Phớc" (no TM. line).
	{
		File:         "151_quyetdinh_34-2025-qd-ttg-vbpl.html",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "THỦ TƯỚNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "34/2025/QĐ-TTg",
		Place:        "Hà Nội",
		Date:         "2025-09-15",
		Abstract:     "Về quỹ Hỗ trợ việc làm ngoài nước",
		SignerName:   "Hồ Đức Phớc",
		SignerPos:    "PHÓ THỦ TƯỚNG",
		Recipients:   15,
		Archive:      "VT, KTTH (2)",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"},
	},
	// vbpl.vn new layout. MISLABELLED: the file name and the portal title
	// ("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14.
	// số 123/2025/QH15") point at 43/2019, but the document is the 2025
	// amending law "Luật số: 123/2025/QH15". No place-date line (Place/Date
	// ""). Two articles; the amended provisions are quoted (“c) ...”, “Điều
	// ...”) and are not outline labels. Signer "CHỦ TỊCH QUỐC HỘI / (Đã ký) /
	// Trần Thanh Mẫn". The "Mục lục" panel after the footer repeats
	// "Điều 1. ..." — not part of the document.
	{
		File:         "157_luat_43-2019-qh14-vbpl.html",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "123/2025/QH15",
		Place:        "",
		Date:         "2025-12-10",
		Abstract:     "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁO DỤC",
		SignerName:   "Trần Thanh Mẫn",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2"},
	},
	// vbpl.vn new layout, six-party joint circular. Joint issuer printed as
	// ONE line in the left header cell, with "Số:" under it. Six signature
	// blocks in a 2-column table BEFORE Nơi nhận; in reading order the first
	// is "KT. BỘ TRƯỞNG / BỘ CÔNG AN / THỨ TRƯỞNG / (Đã ký) / Thượng tướng Lê
	// Quốc Hùng" although BTP is listed first in the header (rank dropped
	// from the name). Lưu line "VT BTP, BCA, ..." has no comma after VT.
	// TRAP: forms Mẫu số 01.. follow the Nơi nhận, with their own headers,
	// "I."/"II." sections, a second "Nơi nhận:" ("- Bộ Tư pháp; ... - Lưu:
	// VT,….") and "GIÁM ĐỐC SỞ TƯ PHÁP" — none of it counts.
	{
		File:         "161_thongtulientich_29-2025-ttlt-btp-bca-bqp-btc-tandtc-vksn.html",
		Type:         "Thông tư liên tịch",
		TypeCode:     "TTLT",
		Issuer:       "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
		IssuerParent: "",
		Number:       "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
		Place:        "Hà Nội",
		Date:         "2025-12-31",
		Abstract:     "Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 29 tháng 6 năm 2018 quy định về phối hợp thực hiện trợ giúp pháp lý trong hoạt động tố tụng",
		SignerName:   "Lê Quốc Hùng",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   16,
		Archive:      "VT BTP, BCA, BQP, BTC, TANDTC, VKSNDTC, Cục PBGDPL&TGPL-BTP",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// vbpl.vn new layout, Pháp lệnh of UBTVQH. Number line "Pháp lệnh số:
	// 09/2025/UBTVQH15" (no "PL" in the symbol). No place-date line. Title
	// on two lines. Two articles; amended articles are quoted (“Điều 8.
	// ...”, “Điều 14. ...”) and are not outline labels. Signer "TM. ỦY BAN
	// THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH / Trần Thanh Mẫn" without "(Đã ký)".
	{
		File:         "164_phaplenh_09-2025-ubtvqh15-vbpl.html",
		Type:         "Pháp lệnh",
		TypeCode:     "PL",
		Issuer:       "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
		IssuerParent: "",
		Number:       "09/2025/UBTVQH15",
		Place:        "",
		Date:         "2025-12-03",
		Abstract:     "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CẢNH SÁT MÔI TRƯỜNG",
		SignerName:   "Trần Thanh Mẫn",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2"},
	},
	// vbpl.vn OLD SharePoint layout: long navigation menu first (lists of
	// types "Hiến pháp, Bộ luật, Luật, ..." and years), then "Hiệu lực: Còn
	// hiệu lực". Header is two floated tables (left "QUỐC HỘI" / "Số: Không
	// số", right motto "CỘNG HOÀ ..." / place-date); the source has raw
	// newlines inside elements, so a naive dump splits "Số:" / "Không số" and
	// "Hà Nội," / "ngày" / "28 tháng" / "11 năm" / "2013". "Không số" means
	// the document has no number, so Number is "". Body hard-wrapped at
	// ~90 chars; preamble "LỜI NÓI ĐẦU" is unnumbered and partly NFD.
	// Articles "Điều 1" without dot. TRAPS: Chương V's title is "QUỐC HỘI"
	// and Chương VI's is "CHỦ TỊCH NƯỚC" (capital lines mid-body). After a
	// rule line and the adoption sentence, the signer comes from a portal
	// table: source text "Chủ tịch Quốc hội" rendered upper case by CSS
	// (text-transform) / "(Đã ký)" / "Nguyễn Sinh Hùng"; then portal
	// "Tải file đính kèm" links.
	{
		File:         "168_hienphap_hien-phap-2013-vbpl-old.html",
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
	// TVPL-derived DOCX. Header is a 2x2 table; "QUỐC HỘI" and its rule
	// "--------" are one paragraph split by <w:br/> (joined without a space
	// by a naive w:t dump), likewise motto lines. "Luật số: 24/2018/QH14".
	// HYPERLINK field codes (instrText with thuvienphapluat.vn URLs) sit in
	// the body; their instructions are not text. No Word auto-numbering:
	// "Chương I", "Điều 1." and "1." are literal. Signer paragraph "CHỦ
	// TỊCH QUỐC HỘI" + five <w:br/> + "Nguyễn Thị Kim Ngân" (one paragraph).
	{
		File:         "186_luat_an-ninh-mang-2018-docx.docx",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "24/2018/QH14",
		Place:        "Hà Nội",
		Date:         "2018-06-12",
		Abstract:     "AN NINH MẠNG",
		SignerName:   "Nguyễn Thị Kim Ngân",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI", "Chương VII"},
	},
	// TVPL-derived DOCX, 2006 law. Same table header as 186. TRAP: between
	// the header table and "LUẬT" a session paragraph "QUỐC HỘI NƯỚC CỘNG
	// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Khóa XI, kỳ họp thứ 9" / "(Từ ngày 16
	// tháng 5 đến ngày 29 tháng 6 năm 2006)" — neither issuer nor motto nor
	// date. "Căn cứ vào Hiến pháp ..." carries HYPERLINK fields. Signer
	// paragraph "CHỦ TỊCH QUỐC HỘI" + <w:br/>s + " Nguyễn Phú Trọng"
	// (leading space).
	{
		File:         "189_luat_cong-nghe-thong-tin-2006-docx.docx",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "67/2006/QH11",
		Place:        "Hà Nội",
		Date:         "2006-06-29",
		Abstract:     "CÔNG NGHỆ THÔNG TIN",
		SignerName:   "Nguyễn Phú Trọng",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI"},
	},
	// Án lệ DOCX (anle.toaan.gov.vn). No header, no signer, no Nơi nhận.
	// First paragraph is only "Án lệ số 01/2016/AL" (this early precedent
	// prints no name), so Abstract is "". Second paragraph "Được Hội đồng
	// Thẩm phán Tòa án nhân dân tối cao thông qua ngày 06 tháng 4 năm 2016
	// và được công bố theo Quyết định số 220/QĐ-CA ..." is the adoption
	// note: Issuer and Date are read from it. Body headings "NỘI DUNG VỤ ÁN",
	// "QUYẾT ĐỊNH", "NỘI DUNG ÁN LỆ" are unnumbered; the "1." "2." "3." under
	// QUYẾT ĐỊNH are nested, so TopLabels is nil. No Word auto-numbering.
	{
		File:         "171_anle_an-le-01-docx.docx",
		Type:         "Án lệ",
		TypeCode:     "AL",
		Issuer:       "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
		IssuerParent: "",
		Number:       "01/2016/AL",
		Place:        "",
		Date:         "2016-04-06",
		Abstract:     "",
		SignerName:   "",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    nil,
	},
	// Án lệ DOCX. Title paragraph "Án lệ số 11/2017/AL về công nhận hợp
	// đồng thế chấp ..." — Number from it, Abstract is the name after the
	// number. Adoption note "thông qua ngày 14  tháng 12 năm 2017" (double
	// space) gives Issuer and Date. Sections "NỘI DUNG VỤ ÁN:", "NHẬN ĐỊNH CỦA TÒA ÁN:"
	// with paragraphs "[1]".."[5]" (some styled ListParagraph but without
	// numbering), "QUYẾT ĐỊNH:" with "1."-"3.", "NỘI DUNG ÁN LỆ" quoting
	// "“[4] ..." — all unnumbered at the top level, TopLabels nil.
	{
		File:         "177_anle_an-le-so-11-docx.docx",
		Type:         "Án lệ",
		TypeCode:     "AL",
		Issuer:       "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
		IssuerParent: "",
		Number:       "11/2017/AL",
		Place:        "",
		Date:         "2017-12-14",
		Abstract:     "về công nhận hợp đồng thế chấp quyền sử dụng đất mà trên đất có tài sản không thuộc sở hữu của bên thế chấp",
		SignerName:   "",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    nil,
	},
}
