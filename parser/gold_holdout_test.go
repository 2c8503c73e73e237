package parser_test

// goldHoldout is a HELD-OUT hand-checked gold set of 18 corpus documents (9
// .txt, 9 .md) that appear in neither goldTxt nor goldMD. It was written by
// reading each file (header, body start, body end, signature, Nơi nhận), not
// from parser output, the file name, MANIFEST.tsv or the TVPL attribute panel.
// It is meant as an independent measurement: do not tune the parser on it.
//
// Conventions are those of gold_types_test.go, gold_txt_test.go and
// gold_md_test.go:
//   - Abstract excludes the type word and the authority line under the title;
//     for công văn it is the text after "V/v" / "V/v:".
//   - SignerPos is the title line under the KT./TM./K/T line; "" when only a
//     name is printed. Two signature blocks: the first one printed.
//   - Archive is the text after "Lưu:" (or "Lưu" without colon) without the
//     final dot; Recipients does not count the Lưu line; wrapped items count
//     once.
//   - TopLabels: numbered top-level body sections only; bare numbers "1", "2"
//     for công văn / plan-style bodies; appendices, attachments, quoted
//     (amending) text and wrapped lines that merely start with "Điều N" are
//     not labels.
//   - Documents with no place-date line (old underthesea laws) keep Date "",
//     as for 205 in goldTxt, even when the adoption sentence gives a date.
var goldHoldout = []goldDoc{
	// Crawler, flattened NĐ. "Số:" and place-date are on separate lines, but
	// the type word, the title and the FIRST căn cứ sentence are on one line
	// ("NGHỊ ĐỊNH QUY ĐỊNH THI HÀNH ... NGHĨA VỤ Căn cứ Luật Tổ chức Chính
	// phủ ..."): the căn cứ text is not part of the abstract. No authority
	// line. TRAP: inside Điều 26 a wrapped line starts "Điều 325 và Điều 326
	// của Bộ luật Dân sự ..." (a citation, not an article). Clauses are often
	// "1." alone on a line with the text on the next. Signer flattened on the
	// last line: "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc".
	{
		File:         "012_nghidinh_nghi-dinh-21-2021-nd-cp.txt",
		Type:         "Nghị định",
		TypeCode:     "NĐ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "21/2021/NĐ-CP",
		Place:        "Hà Nội",
		Date:         "2021-03-19",
		Abstract:     "QUY ĐỊNH THI HÀNH BỘ LUẬT DÂN SỰ VỀ BẢO ĐẢM THỰC HIỆN NGHĨA VỤ",
		SignerName:   "Nguyễn Xuân Phúc",
		SignerPos:    "THỦ TƯỚNG",
		Recipients:   18,
		Archive:      "VT, PL (2b)",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"},
	},
	// Crawler, 2010 provincial decision of the CHAIRMAN: symbol "QĐ-CT" where
	// CT is Chủ tịch (NOT Chỉ thị). Header issuer is the committee, printed
	// with style-B tone "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG"; the authority line
	// "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH" ends the glued Số/place-date/title line
	// and is excluded from the abstract. "QUYẾT ĐỊNH:" is glued to the end of
	// the "Xét đề nghị" sentence. Articles are "Điều 1." alone on a line;
	// clauses "1 - ", and in Điều 2 bare "1" / "4" lines. Nơi nhận items carry
	// trailing purposes "; (Báo cáo)", "; (Thực hiện)". Lưu line has no colon
	// and a spaced code: "- Lưu VT ( H1.25 ) ." (kept as printed). Signer
	// "KT.CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Bích Việt" (no space after "KT.") is
	// followed by Biểu số 1-4 tables whose rows are numbered I/II/1/2...: not
	// body sections.
	{
		File:         "015_quyetdinh_quyet-dinh-1056-qd-ct.txt",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG",
		IssuerParent: "",
		Number:       "1056/QĐ-CT",
		Place:        "Tuyên Quang",
		Date:         "2010-08-16",
		Abstract:     "BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG",
		SignerName:   "Vũ Thị Bích Việt",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   6,
		Archive:      "VT ( H1.25 )",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Crawler, NQ of Quốc hội. The number label is "Nghị quyết số:" (not
	// "Số:"), printed at the end of the motto line, with the number
	// "61/2022/QH15" alone on the next line. Place-date + type + title +
	// authority line "QUỐC HỘI" on one line (authority excluded). No Nơi nhận.
	// Signer only "CHỦ TỊCH QUỐC HỘI Vương Đình Huệ" (no TM.).
	{
		File:         "019_nghiquyet_nghi-quyet-61-2022-qh15.txt",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "61/2022/QH15",
		Place:        "Hà Nội",
		Date:         "2022-06-16",
		Abstract:     "TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC, HIỆU QUẢ THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ QUY HOẠCH VÀ MỘT SỐ GIẢI PHÁP THÁO GỠ KHÓ KHĂN, VƯỚNG MẮC, ĐẨY NHANH TIẾN ĐỘ LẬP VÀ NÂNG CAO CHẤT LƯỢNG QUY HOẠCH THỜI KỲ 2021 - 2030",
		SignerName:   "Vương Đình Huệ",
		SignerPos:    "CHỦ TỊCH QUỐC HỘI",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Crawler, công văn of Tổng cục Hải quan. Parent and issuer on one line:
	// "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------". "Số:" and "V/v" on one line;
	// place-date glued to "Kính gửi: Cục Hải quan các tỉnh, thành phố.". Body
	// top level is Roman I./II./III. (with 1.-13. under II), not 1., 2.; the
	// text mentions system function codes "IX.B.7", "IX:F.3" mid-line only.
	// Signer split as "KT." alone on a line, then "TỔNG CỤC TRƯỞNG PHÓ TỔNG
	// CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……." — the attached form
	// ("Danh sách container ...", a table) is glued after the name. Lưu has no
	// space before the copy count: "VT, GSQL(03b)".
	{
		File:         "037_congvan_cong-van-778-tchq-gsql.txt",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "TỔNG CỤC HẢI QUAN",
		IssuerParent: "BỘ TÀI CHÍNH",
		Number:       "778/TCHQ-GSQL",
		Place:        "Hà Nội",
		Date:         "2017-02-13",
		Abstract:     "xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014",
		SignerName:   "Vũ Ngọc Anh",
		SignerPos:    "PHÓ TỔNG CỤC TRƯỞNG",
		Recipients:   6,
		Archive:      "VT, GSQL(03b)",
		TopLabels:    []string{"I", "II", "III"},
	},
	// Công báo 2026, QĐ-TTg (individual, not normative). Running header
	// "CÔNG BÁO/Số 281/Ngày 21-05-2026" + page number BEFORE the issuer (not
	// the document's number/date). "Số:" precedes the motto. Abstract wraps
	// over two lines; authority "THỦ TƯỚNG CHÍNH PHỦ" repeated under it. Stamp
	// "Ký bởi: CÔNG BÁO ... Cơ quan: VĂN PHÒNG CHÍNH PHỦ Ngày ký: ..." inside
	// Điều 1. TRAP: in Điều 7 a wrapped line starts "Điều 1 chịu trách nhiệm
	// thi hành ..." (a reference). Signer "THỦ TƯỚNG" / "[" (image residue) /
	// "Lê Minh Hưng", no TM./KT. No Nơi nhận.
	{
		File:         "066_quyetdinh_quyet-dinh-798-qd-ttg-469485.txt",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "THỦ TƯỚNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "798/QĐ-TTg",
		Place:        "Hà Nội",
		Date:         "2026-05-05",
		Abstract:     "Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công",
		SignerName:   "Lê Minh Hưng",
		SignerPos:    "THỦ TƯỚNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7"},
	},
	// Công báo, five-party joint circular. Công báo section title "VĂN BẢN
	// QUY PHẠM PHÁP LUẬT" first; the joint issuer is printed TWICE, wrapped
	// differently (4 lines, then 5 lines ending "BỘ LAO ĐỘNG - THƯƠNG BINH" /
	// "VÀ XÃ HỘI"): one issuer, joined with spaces. The symbol wraps after a
	// hyphen: "Số: 01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-BQP-BLĐTBXH" (joined
	// without space). Abstract 3 lines. Chapter titles are on the line after
	// "Chương N". TRAP: Điều 21 has a wrapped line starting "Điều 276 của Bộ
	// luật Tố tụng hình sự". Five signature blocks, no Nơi nhận; the FIRST
	// printed is TANDTC's ("KT. CHÁNH ÁN" / "TÒA ÁN NHÂN DÂN TỐI CAO" /
	// "PHÓ CHÁNH ÁN" / "Nguyễn Trí Tuệ"), although VKSNDTC is listed first in
	// the header; military signers carry ranks ("Trung tướng Nguyễn Duy Ngọc").
	{
		File:         "076_thongtulientich_thong-tu-lien-tich-01-2022-ttlt-vksndtc.txt",
		Type:         "Thông tư liên tịch",
		TypeCode:     "TTLT",
		Issuer:       "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
		IssuerParent: "",
		Number:       "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH",
		Place:        "Hà Nội",
		Date:         "2022-02-18",
		Abstract:     "Quy định về phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận, giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố, điều tra, truy tố, xét xử sơ thẩm các vụ án xâm hại tình dục người dưới 18 tuổi",
		SignerName:   "Nguyễn Trí Tuệ",
		SignerPos:    "PHÓ CHÁNH ÁN",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI"},
	},
	// Công báo, short amending circular. Issuer printed twice (one line, then
	// wrapped "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"): one issuer. Running
	// header "CÔNG BÁO/Số 685 + 686/Ngày 30-4-2023" precedes it. Abstract is
	// six wrapped lines. E-signature stamp "Người ký: Cổng Thông tin điện tử
	// Chính phủ ..." before Điều 1. TRAPS inside Điều 1: the quoted replacement
	// text starts "“Điều 1. Phạm vi áp dụng" and a wrapped line starts "Điều 3
	// Chương I, các điều 21, ..."; neither is a top-level article. Signer "KT.
	// BỘ TRƯỞNG / THỨ TRƯỞNG / Lê Văn Thanh". No Nơi nhận.
	{
		File:         "113_thongtu_thong-tu-02-2023-tt-bldtbxh-39230.txt",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
		IssuerParent: "",
		Number:       "02/2023/TT-BLĐTBXH",
		Place:        "Hà Nội",
		Date:         "2023-04-12",
		Abstract:     "Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế, phát triển mô hình giảm nghèo và hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
		SignerName:   "Lê Văn Thanh",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Điều 1", "Điều 2"},
	},
	// underthesea, 1953 law. NO header at all: the file starts "LUẬT" / "CẢI
	// CÁCH RUỘNG ĐẤT" / "Chương 1:". No issuer, no number, no place-date, so
	// those are ""; the adoption sentence "thông qua trong khoá họp lần thứ III
	// ngày 4 tháng 12 năm 1953" is not used for Date (same rule as 205).
	// Chapters "Chương 1:" .. "Chương 5:" with titles on the next line; inside
	// them "Mục 1: ..." sections and articles "Điều 1." alone on a line, the
	// text starting "- ". Signer only "Hồ Chí Minh" / "(Đã ký)".
	{
		File:         "192_luat_cai-cach-ruong-dat-1953.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "",
		IssuerParent: "",
		Number:       "",
		Place:        "",
		Date:         "",
		Abstract:     "CẢI CÁCH RUỘNG ĐẤT",
		SignerName:   "Hồ Chí Minh",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương 1", "Chương 2", "Chương 3", "Chương 4", "Chương 5"},
	},
	// underthesea, 1998 law with a full header ("QUỐC HỘI" / "********" /
	// "CỘNG HOÀ ..." / "Số: 09/1998/QH10" / "Hà Nội, ngày 02 tháng 12 năm
	// 1998"). The title line is database-style with the NAME LAST: "CỦA QUỐC
	// HỘI SỐ 09/1998/QH10 NGÀY 02 THÁNG 12 NĂM 1998 KHIẾU NẠI, TỐ CÁO"; the
	// Abstract is the name "KHIẾU NẠI, TỐ CÁO", as for 196 (issue 12, item 8;
	// corrected by helper hdr: the first convention kept the whole line).
	// Chapters "Chương 1:" .. "Chương 9:"; articles "Điều 1" without dot;
	// clauses "1-". Text damage in Điều 103 ("tháơp-lng"). Signer "Nông Đức
	// Mạnh" / "(Đã ký)", no title.
	{
		File:         "201_luat_khieu-nai-to-cao-1998.txt",
		Type:         "Luật",
		TypeCode:     "",
		Issuer:       "QUỐC HỘI",
		IssuerParent: "",
		Number:       "09/1998/QH10",
		Place:        "Hà Nội",
		Date:         "1998-12-02",
		Abstract:     "KHIẾU NẠI, TỐ CÁO",
		SignerName:   "Nông Đức Mạnh",
		SignerPos:    "",
		Recipients:   0,
		Archive:      "",
		TopLabels:    []string{"Chương 1", "Chương 2", "Chương 3", "Chương 4", "Chương 5", "Chương 6", "Chương 7", "Chương 8", "Chương 9"},
	},
	// TVPL page, VPCP letter. Portal chrome and attribute panel first. Issuer
	// "**VĂN" / "PHÒNG CHÍNH PHỦ**" wrapped after the first word. Abstract
	// "*V/v: động lực tăng" / "trưởng ...*" (V/v WITH colon, wrapped). Kính gửi
	// on the label line and wrapped. Body is unnumbered paragraphs. Nơi nhận
	// label "*Nơi nhận**:*". Signer "**KT. BỘ TRƯỞNG," / "CHỦ NHIỆM**" /
	// "PHÓ CHỦ NHIỆM" / "**Mai Thị Thu Vân**". TRAP: the portal footer after
	// the signature contains a "**THÔNG BÁO **" and "**Kính gửi:** Quý Thành
	// viên," that are not part of the document.
	{
		File:         "221_congvan_11298-vpcp-ktth-van-phong-chinh-phu.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "VĂN PHÒNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "11298/VPCP-KTTH",
		Place:        "Hà Nội",
		Date:         "2025-11-17",
		Abstract:     "động lực tăng trưởng kinh tế trong những tháng cuối năm 2025",
		SignerName:   "Mai Thị Thu Vân",
		SignerPos:    "PHÓ CHỦ NHIỆM",
		Recipients:   5,
		Archive:      "VT, KTTH (02)",
		TopLabels:    nil,
	},
	// TVPL page, VPCP notice of a Deputy PM's instructions. TRAP: the portal
	// panel says "Nơi ban hành: Thủ tướng Chính phủ" and the file name says
	// thu-tuong-chinh-phu, but the printed issuer is "**VĂN PHÒNG CHÍNH" /
	// "PHỦ**". Abstract in caps with the first word split off: "Ý" / "KIẾN
	// CHỈ ĐẠO ..." (no "Về việc"). Sections "**1. Về Dự án ..." and "**2. Về
	// Dự án ..." (wrapped bold) with a)/b) and (i)-(iv) below. First Nơi nhận
	// item wraps ("(để" / "b/c);"), VPCP item wraps too. Lưu "VT,CN (2)" with
	// no space after the comma. Signer "**KT. BỘ TRƯỞNG," / "CHỦ NHIỆM**" /
	// "PHÓ CHỦ NHIỆM" / "Nguyễn Sỹ Hiệp".
	{
		File:         "226_thongbao_653-tb-vpcp-thu-tuong-chinh-phu.md",
		Type:         "Thông báo",
		TypeCode:     "TB",
		Issuer:       "VĂN PHÒNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "653/TB-VPCP",
		Place:        "Hà Nội",
		Date:         "2025-11-28",
		Abstract:     "Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI LÀM VIỆC TẠI CÁC DỰ ÁN ĐIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH ĐỒNG NAI",
		SignerName:   "Nguyễn Sỹ Hiệp",
		SignerPos:    "PHÓ CHỦ NHIỆM",
		Recipients:   5,
		Archive:      "VT,CN (2)",
		TopLabels:    []string{"1", "2"},
	},
	// TVPL page, ministry telegram. TRAP: between the portal panel and the
	// real header there is a portal news summary ("## Bộ Xây dựng yêu cầu
	// ...", a bold lead citing "Công điện 96/CĐ-BXD", and dash/plus bullets
	// paraphrasing the body); it is not part of the document. Real header:
	// "**BỘ XÂY DỰNG**", "Số: 96/CĐ-BXD", abstract in caps "VỀ VIỆC TẬP TRUNG"
	// / "ỨNG PHÓ ...", then "**BỘ XÂY DỰNG điện:**" and a dash list of
	// addressees (NOT Nơi nhận). Body "1." .. "8." at line start (3., 4., 7.
	// are unit headings with dash bullets). An italic note "(Công điện số
	// 225/CĐ-TTg ... gửi kèm theo)" follows "./.". Signer "**KT. BỘ TRƯỞNG**"
	// / "THỨ TRƯỞNG" / "Lê Anh Tuấn". Lưu "VT, VT&ATGT (Bằng)" (drafter name
	// inside the parentheses).
	{
		File:         "230_congdien_96-cd-bxd-bo-xay-dung.md",
		Type:         "Công điện",
		TypeCode:     "CĐ",
		Issuer:       "BỘ XÂY DỰNG",
		IssuerParent: "",
		Number:       "96/CĐ-BXD",
		Place:        "Hà Nội",
		Date:         "2025-11-22",
		Abstract:     "VỀ VIỆC TẬP TRUNG ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ",
		SignerName:   "Lê Anh Tuấn",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   6,
		Archive:      "VT, VT&ATGT (Bằng)",
		TopLabels:    []string{"1", "2", "3", "4", "5", "6", "7", "8"},
	},
	// TVPL page, normative provincial decision (symbol with year). Issuer
	// "**ỦY BAN NHÂN DÂN**" / "THÀNH PHỐ HẢI PHÒNG" joined. Place-date wrapped
	// "*Hải Phòng, ngày" / "17 tháng 11 năm 2025*". Abstract in caps, first
	// word split "PHÂN" / "CẤP ...". No "QUYẾT ĐỊNH:" line: the italic căn cứ
	// block ends with "*Ủy ban nhân dân thành phố ban hành Quyết định ...*".
	// Article headings bold and wrapped ("**Điều 1. Phạm vi điều chỉnh và
	// đối" / "tượng áp dụng**"). Wrapped body lines start "2 Điều 20 và khoản
	// 2 Điều 21" and "11 năm 2025." (not labels). 16 recipients; Lưu "VT,
	// N.Đ.Minh" (drafter name kept, it is inside the Lưu line). Signer "**TM.
	// ỦY BAN NHÂN" / "DÂN **" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Trần Văn
	// Quân".
	{
		File:         "245_quyetdinh_210-2025-qd-ubnd-thanh-pho-hai-phong.md",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
		IssuerParent: "",
		Number:       "210/2025/QĐ-UBND",
		Place:        "Hải Phòng",
		Date:         "2025-11-17",
		Abstract:     "PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH THANH LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG; XỬ LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG TRONG TRƯỜNG HỢP BỊ MẤT, BỊ HỦY HOẠI TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG",
		SignerName:   "Trần Văn Quân",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   16,
		Archive:      "VT, N.Đ.Minh",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4"},
	},
	// TVPL page, Huế People's Council resolution. Issuer "**HỘI ĐỒNG NHÂN" /
	// "DÂN **" / "THÀNH PHỐ HUẾ". "Số:" and "34/2025/NQ-HĐND" on separate
	// lines. Place printed "Thành phố Huế" (kept in full, as printed). Abstract
	// in caps over five lines, citing "NGHỊ QUYẾT SỐ 10/2022/NQ-HĐND". No
	// "QUYẾT NGHỊ:" (italic "Hội đồng nhân dân ban hành Nghị quyết ..."
	// instead). Article headings bold, split right after the number ("**Điều
	// 2." / "Thay thế, ..."). TRAP: Điều 1 amends the attached Quy định and
	// contains a quoted bold heading "**“Điều 4. Tỷ lệ vốn đối ứng ..." plus
	// a table; Điều 2 has many wrapped lines ending/starting with "Điều N".
	// Adoption sentence before Nơi nhận. Signer "**CHỦ TỊCH**" / "Lê Trường
	// Lưu" (no TM.). Lưu "VT".
	{
		File:         "250_nghiquyet_34-2025-nq-hdnd-thanh-pho-hue.md",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ",
		IssuerParent: "",
		Number:       "34/2025/NQ-HĐND",
		Place:        "Thành phố Huế",
		Date:         "2025-11-18",
		Abstract:     "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH (NAY LÀ THÀNH PHỐ HUẾ) VỀ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN TỪ NGÂN SÁCH NHÀ NƯỚC THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2021-2025",
		SignerName:   "Lê Trường Lưu",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   12,
		Archive:      "VT",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4"},
	},
	// TVPL page, ministry circular. Issuer "**BỘ TÀI CHÍNH**". Abstract in
	// caps, first word split "QUY" / "ĐỊNH MỨC THU, ...". Căn cứ lines italic;
	// one Điều heading is bold and wrapped. 22 recipients; Lưu line "- Lưu:
	// VT, CST" has no final dot. Signer "**KT. BỘ TRƯỞNG**" / "THỨ TRƯỞNG" /
	// "Cao Anh Tuấn". TRAP: after the signature the page carries the ENGLISH
	// translation with its own header ("MINISTRY OF FINANCE OF VIETNAM", "No.
	// 110/2025/TT-BTC", "Hanoi, November 19, 2025", "CIRCULAR", "**Article" /
	// "1. ...", a paywall note, "**PP. MINISTER**" / "DEPUTY MINISTER" / "Cao
	// Anh Tuan"): none of it belongs to the Vietnamese document.
	{
		File:         "252_thongtu_110-2025-tt-btc-bo-tai-chinh.md",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ TÀI CHÍNH",
		IssuerParent: "",
		Number:       "110/2025/TT-BTC",
		Place:        "Hà Nội",
		Date:         "2025-11-19",
		Abstract:     "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP PHÍ THẨM ĐỊNH CẤP GIẤY PHÉP KINH DOANH KARAOKE, VŨ TRƯỜNG",
		SignerName:   "Cao Anh Tuấn",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   22,
		Archive:      "VT, CST",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6"},
	},
	// Plain markdown (no portal chrome), HCM plan. Issuer "**ỦY BAN NHÂN" /
	// "DÂN **" / "THÀNH PHỐ HỒ CHÍ MINH"; motto wrapped "**CỘNG HÒA XÃ" /
	// "HỘI ...". Place wrapped inside the name "*Thành phố Hồ" / "Chí Minh,
	// ngày 18 tháng 11 năm 2025*". Abstract in caps over three lines with
	// curly quotes around the campaign name. Căn cứ / Thực hiện paragraphs
	// blank-line separated. Sections bold, split after the numeral ("**I.
	// MỤC" / "ĐÍCH, YÊU CẦU**") I..VII, with bold "**1. Mục đích**" sub-heads.
	// Nơi nhận label italic; 15 items; Lưu "VT, (MT.Tấn)". Signer "**KT. CHỦ
	// TỊCH" / "**" / "PHÓ CHỦ TỊCH" / "**Trần Thị Diệu Thúy**" (no TM.).
	{
		File:         "256_kehoach_174-kh-ubnd-uy-ban-nhan-dan-thanh-pho-ho.md",
		Type:         "Kế hoạch",
		TypeCode:     "KH",
		Issuer:       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
		IssuerParent: "",
		Number:       "174/KH-UBND",
		Place:        "Thành phố Hồ Chí Minh",
		Date:         "2025-11-18",
		Abstract:     "TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI VÀ “THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI VÀ PHÒNG NGỪA, ỨNG PHÓ VỚI BẠO LỰC TRÊN CƠ SỞ GIỚI” TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
		SignerName:   "Trần Thị Diệu Thúy",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   15,
		Archive:      "VT, (MT.Tấn)",
		TopLabels:    []string{"I", "II", "III", "IV", "V", "VI", "VII"},
	},
	// Plain markdown, Cần Thơ directive. Issuer "**ỦY BAN NHÂN DÂN**" /
	// "THÀNH PHỐ CẦN THƠ". Abstract in caps over two lines starting "VỀ".
	// Long unnumbered preamble (4 paragraphs), then twelve items. Items 1 and
	// 2 are printed "**1.****" ALONE on a line with the bold text on the next
	// line; item 3 is "**3. **Tuân thủ ..."; items 4-12 are bold headings
	// naming the responsible body, mostly wrapped ("**4. Sở Nông" / "nghiệp
	// và Môi trường**", "**5. Sở Xây dựng**"), with a)-d) points.
	// Closing paragraph "Trên đây là Chỉ thị ..." is unnumbered. 12
	// recipients. Signer "**KT. CHỦ TỊCH**" / "PHÓ CHỦ TỊCH" / "Trần Chí Hùng".
	{
		File:         "269_chithi_09-ct-ubnd-uy-ban-nhan-dan-thanh-pho-can.md",
		Type:         "Chỉ thị",
		TypeCode:     "CT",
		Issuer:       "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
		IssuerParent: "",
		Number:       "09/CT-UBND",
		Place:        "Cần Thơ",
		Date:         "2025-11-18",
		Abstract:     "VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ, BẢO VỆ TÀI NGUYÊN NƯỚC DƯỚI ĐẤT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ",
		SignerName:   "Trần Chí Hùng",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   12,
		Archive:      "VT, KTD",
		TopLabels:    []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
	},
	// Plain markdown, Party conclusion of the Central Office (cited documents
	// of this file are also in gold_refs_md_test.go; its header was not
	// annotated before). Left cell "BAN CHẤP HÀNH" / "TRUNG ƯƠNG" (plain) over
	// "**VĂN PHÒNG**" and "*". "Số 07-KL/VPTW" without colon. Type line is
	// just "KẾT LUẬN"; abstract in caps over three lines (last split "TỈNH" /
	// "UỶ, THÀNH UỶ NĂM 2025", style-B "UỶ"). Body "**1. Về" / "đánh giá ...**"
	// .. "**3. Về ...**" with "(1)".."(6)" sub-items; TRAP: a wrapped line in
	// section 2 starts "35-CT/TW và Quy định số 11-QĐi/TW ..." (looks like a
	// Party-style "35-" label but is a cited symbol). "__Nơi nhận__:"; items
	// end with ","; two items wrap. Signer "**K/T CHÁNH" / "VĂN PHÒNG**" /
	// "PHÓ CHÁNH VĂN PHÒNG" / "Lê Khánh Toàn".
	{
		File:         "263_ketluan_07-kl-vptw.md",
		Type:         "Kết luận",
		TypeCode:     "KL",
		Issuer:       "VĂN PHÒNG",
		IssuerParent: "BAN CHẤP HÀNH TRUNG ƯƠNG",
		Number:       "07-KL/VPTW",
		Place:        "Hà Nội",
		Date:         "2025-12-01",
		Abstract:     "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH UỶ, THÀNH UỶ NĂM 2025",
		SignerName:   "Lê Khánh Toàn",
		SignerPos:    "PHÓ CHÁNH VĂN PHÒNG",
		Recipients:   5,
		Archive:      "Văn phòng Trung ương Đảng",
		TopLabels:    []string{"1", "2", "3"},
	},
}
