package parser_test

// goldMD is the hand-checked gold set for 24 of the markdown documents of the
// corpus (files 211-287): thuvienphapluat.vn pages converted to markdown, plain
// markdown conversions without portal chrome, and two MinerU/VietOCR outputs.
// Every value was read off the document by a person, not taken from parser
// output. For the TVPL pages the portal attribute panel ("Số hiệu: | ...
// Loại văn bản: ...") and the portal footer after the signature are not part
// of the document and were ignored.
var goldMD = []goldDoc{
	// Cục Thuế letter. Portal chrome before the header. Parent "BỘ TÀI CHÍNH"
	// (plain) over "**CỤC THUẾ**" in the left cell. Symbol CT-CS: CT is Cục
	// Thuế here, not Chỉ thị. Signer block is a 4-line chain: "TL. CỤC TRƯỞNG" /
	// "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ" (duplicated "BAN", wrapped
	// over two lines) / "PHÓ TRƯỞNG BAN" / name. Body has no numbered sections.
	{
		File:         "211_congvan_5253-ct-cs-cuc-thue.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "CỤC THUẾ",
		IssuerParent: "BỘ TÀI CHÍNH",
		Number:       "5253/CT-CS",
		Place:        "Hà Nội",
		Date:         "2025-11-17",
		Abstract:     "chính sách tiền thuê đất",
		SignerName:   "Phạm Thị Minh Hiền",
		SignerPos:    "PHÓ TRƯỞNG BAN",
		Recipients:   3,
		Archive:      "VT, CS",
		TopLabels:    nil,
	},
	// Cục Hải quan letter. Parent "BỘ TÀI CHÍNH" over "**CỤC HẢI QUAN**".
	// "Kính gửi" label is split over two lines ("**Kính" / "gửi:**"). Signer
	// chain "TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ" /
	// "PHÓ TRƯỞNG BAN" / name. Only one recipient besides Lưu.
	{
		File:         "216_congvan_38162-chq-gsql-cuc-hai-quan.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "CỤC HẢI QUAN",
		IssuerParent: "BỘ TÀI CHÍNH",
		Number:       "38162/CHQ-GSQL",
		Place:        "Hà Nội",
		Date:         "2025-11-25",
		Abstract:     "hướng dẫn thủ tục hải quan",
		SignerName:   "Nguyễn Bắc Hải",
		SignerPos:    "PHÓ TRƯỞNG BAN",
		Recipients:   1,
		Archive:      "VT, GSQL (03b)",
		TopLabels:    nil,
	},
	// VPCP letter. TRAP: between the portal panel and the real header the page
	// has a portal news summary ("## Nâng cao hiệu quả ...", dash/plus bullets
	// citing "Nghị quyết 86 /NQ-CP", "Văn bản 6721 /VPCP-V.I") that is not part
	// of the document. Issuer "**VĂN PHÒNG CHÍNH" / "PHỦ**" wrapped. Unit code
	// with a dot: V.I. "Kính gửi" and "Đồng kính gửi" lists in separate table
	// cells. Body 1.-5. with 3.1-3.3 nested. Signer "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
	// (wrapped) / "PHÓ CHỦ NHIỆM" / name. VPCP recipient item wraps over two
	// lines; Lưu line has no final dot.
	{
		File:         "220_congvan_11554-vpcp-v-van-phong-chinh-phu.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "VĂN PHÒNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "11554/VPCP-V.I",
		Place:        "Hà Nội",
		Date:         "2025-11-25",
		Abstract:     "nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả",
		SignerName:   "Trịnh Mạnh Linh",
		SignerPos:    "PHÓ CHỦ NHIỆM",
		Recipients:   7,
		Archive:      "VT, V.I (3), Thiện",
		TopLabels:    []string{"1", "2", "3", "4", "5"},
	},
	// Party notice of the Central Office. Left cell: "BAN CHẤP HÀNH" /
	// "TRUNG ƯƠNG" (plain, wrapped) over "**VĂN PHÒNG**" and a "*" rule. "Số"
	// without colon, Party symbol N-TYPE/ISSUER. Type line is "THÔNG BÁO KẾT
	// LUẬN"; AMBIGUOUS abstract: taken as the caps lines under the bold type line
	// ("CỦA ĐỒNG CHÍ TỔNG BÍ THƯ ..."), i.e. "KẾT LUẬN" is treated as part of the
	// type line, as in the layout of HD 36 (§2.4). "ĐẢNG UỶ" is printed with
	// style-B tone placement. Body items "**1. ***...*" with bold+italic markers;
	// 4.1-4.6 nested. Nơi nhận label is "__Nơi nhận__:", items end with ",",
	// one item wraps. Signer "K/T CHÁNH VĂN PHÒNG" (wrapped) / "PHÓ CHÁNH VĂN
	// PHÒNG THƯỜNG TRỰC" / name. A footnote "[1] ..." follows the signature.
	{
		File:         "227_thongbao_432-tb-vptw-van-phong-ban-chap-hanh-trun.md",
		Type:         "Thông báo",
		TypeCode:     "TB",
		Issuer:       "VĂN PHÒNG",
		IssuerParent: "BAN CHẤP HÀNH TRUNG ƯƠNG",
		Number:       "432-TB/VPTW",
		Place:        "Hà Nội",
		Date:         "2025-11-26",
		Abstract:     "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT",
		SignerName:   "Lâm Thị Phương Thanh",
		SignerPos:    "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC",
		Recipients:   4,
		Archive:      "Văn phòng Trung ương Đảng",
		TopLabels:    []string{"1", "2", "3", "4"},
	},
	// Prime Minister's telegram. Issuer "**THỦ TƯỚNG CHÍNH" / "PHỦ**" wrapped.
	// Abstract in caps starting "VỀ VIỆC", then "**THỦ TƯỚNG CHÍNH PHỦ điện:**"
	// and a dash list of addressees (NOT Nơi nhận). Footnote markers [1]-[5] in
	// the body and footnote texts after the signature. Body "**1.**"-"**8.**"
	// with a)/b) points. Signer is just "THỦ TƯỚNG" / name (no TM./KT.). Lưu
	// text "VT, CN (2b)THH" has no space before the drafter initials.
	{
		File:         "229_congdien_224-cd-ttg-thu-tuong-chinh-phu.md",
		Type:         "Công điện",
		TypeCode:     "CĐ",
		Issuer:       "THỦ TƯỚNG CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "224/CĐ-TTg",
		Place:        "Hà Nội",
		Date:         "2025-11-20",
		Abstract:     "VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý NGHĨA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG",
		SignerName:   "Phạm Minh Chính",
		SignerPos:    "THỦ TƯỚNG",
		Recipients:   5,
		Archive:      "VT, CN (2b)THH",
		TopLabels:    []string{"1", "2", "3", "4", "5", "6", "7", "8"},
	},
	// Party conclusion of the Politburo/Secretariat. Issuer is the Central
	// Committee itself: "**BAN" / "CHẤP HÀNH TRUNG ƯƠNG**" (wrapped after the
	// first word), "*" rule, no parent. "Số 212-KL/TW" without colon. Abstract
	// in caps over 5 short lines ("XÂY" / "DỰNG" split), without the "CỦA BỘ
	// CHÍNH TRỊ, BAN BÍ THƯ" that opens the title (issue 12, item 8; corrected
	// by helper hdr: the first convention kept it). Signer block is only
	// "**T/M BỘ CHÍNH" / "TRỊ**" / name: no title line, so SignerPos "".
	{
		File:         "233_ketluan_212-kl-tw-ban-chap-hanh-trung-uong.md",
		Type:         "Kết luận",
		TypeCode:     "KL",
		Issuer:       "BAN CHẤP HÀNH TRUNG ƯƠNG",
		IssuerParent: "",
		Number:       "212-KL/TW",
		Place:        "Hà Nội",
		Date:         "2025-11-18",
		Abstract:     "VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐÔ THỊ",
		SignerName:   "Trần Cẩm Tú",
		SignerPos:    "",
		Recipients:   5,
		Archive:      "Văn phòng Trung ương Đảng",
		TopLabels:    []string{"1", "2", "3", "4"},
	},
	// Bộ Nội vụ letter. Single-line issuer "**BỘ NỘI VỤ**", no parent. Motto
	// wrapped as "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM". Abstract wraps over
	// two lines inside one italic run. Kính gửi on the same line as the label.
	// Signer "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / name.
	{
		File:         "234_congvan_11208-bnv-khtc-bo-noi-vu.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "BỘ NỘI VỤ",
		IssuerParent: "",
		Number:       "11208/BNV-KHTC",
		Place:        "Hà Nội",
		Date:         "2025-11-26",
		Abstract:     "tỷ lệ chi phí quản lý thực hiện chính sách, chế độ ưu đãi người có công với cách mạng năm 2026",
		SignerName:   "Nguyễn Mạnh Khương",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   7,
		Archive:      "VT, Vụ KHTC",
		TopLabels:    []string{"1", "2"},
	},
	// Sở GD&ĐT Hà Nội letter. Parent line "UBND THÀNH PHỐ HÀ" / "NỘI" is broken
	// inside the place name (joined: "UBND THÀNH PHỐ HÀ NỘI", abbreviated UBND as
	// printed), issuer "**SỞ GIÁO DỤC VÀ ĐÀO TẠO**". Body is dash bullets only
	// (one "-" alone on a line, text on the next), no numbered sections.
	// Signer "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name, all bold.
	{
		File:         "236_congvan_5095-sgddt-cttthssv-thanh-pho-ha-noi.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
		IssuerParent: "UBND THÀNH PHỐ HÀ NỘI",
		Number:       "5095/SGDĐT-CTTTHSSV",
		Place:        "Hà Nội",
		Date:         "2025-12-03",
		Abstract:     "tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố",
		SignerName:   "Nguyễn Quang Tuấn",
		SignerPos:    "PHÓ GIÁM ĐỐC",
		Recipients:   4,
		Archive:      "VT, CTTTHSSV",
		TopLabels:    nil,
	},
	// Nghệ An plan. Issuer "**ỦY BAN NHÂN DÂN**" / "TỈNH NGHỆ AN" joined. Abstract
	// in caps; the first word is split "THỰC" / "HIỆN"; the symbol inside the
	// title was upper-cased by the site ("1899/QĐ-TTG"). Body I.-IV. with bold
	// "1. Mục đích" sub-heads. Signer "**TM. ỦY BAN NHÂN" / "DÂN **" / "KT. CHỦ
	// TỊCH" / "PHÓ CHỦ TỊCH" / name. A PHỤ LỤC table follows the signature whose
	// rows are also numbered I..VIII in "|"-separated cells: they are not body
	// sections and are not in TopLabels.
	{
		File:         "239_kehoach_980-kh-ubnd-tinh-nghe-an.md",
		Type:         "Kế hoạch",
		TypeCode:     "KH",
		Issuer:       "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
		IssuerParent: "",
		Number:       "980/KH-UBND",
		Place:        "Nghệ An",
		Date:         "2025-11-18",
		Abstract:     "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
		SignerName:   "Nguyễn Văn Đệ",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   9,
		Archive:      "VT, NC (TP, Dũng)",
		TopLabels:    []string{"I", "II", "III", "IV"},
	},
	// UBND TP HCM letter (signed for the Chairman). Issuer "**ỦY BAN NHÂN DÂN" /
	// "**" / "THÀNH PHỐ HỒ CHÍ MINH": the closing bold marker sits alone on a
	// line. Place "Thành phố Hồ Chí" / "Minh" wrapped inside the name. Kính gửi
	// list in its own table cell. Body sections are bold "**1. Giao ...**" and
	// "**2. Giao Sở Nội vụ**" with dash bullets. Signer "KT. CHỦ TỊCH" /
	// "PHÓ CHỦ TỊCH" / name (no TM. line). Lưu "VT, (VX/KN)".
	{
		File:         "240_congvan_4240-ubnd-vx-thanh-pho-ho-chi-minh.md",
		Type:         "Công văn",
		TypeCode:     "",
		Issuer:       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
		IssuerParent: "",
		Number:       "4240/UBND-VX",
		Place:        "Thành phố Hồ Chí Minh",
		Date:         "2025-11-28",
		Abstract:     "khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức",
		SignerName:   "Nguyễn Mạnh Cường",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   6,
		Archive:      "VT, (VX/KN)",
		TopLabels:    []string{"1", "2"},
	},
	// Nghệ An decision issued by the Chairman (authority line "CHỦ TỊCH ỦY BAN
	// NHÂN DÂN TỈNH NGHỆ AN" under the title) but with symbol QĐ-UBND and the
	// header issuer "**ỦY BAN NHÂN DÂN" / "**" / "TỈNH NGHỆ AN". Abstract in caps,
	// "VỀ" / "VIỆC" and "QUY" / "TRÌNH" split by wraps. Signer "KT. CHỦ TỊCH" /
	// "PHÓ CHỦ TỊCH" / name (no TM.). Long PHỤ LỤC tables after the signature.
	{
		File:         "247_quyetdinh_3854-qd-ubnd-tinh-nghe-an.md",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
		IssuerParent: "",
		Number:       "3854/QĐ-UBND",
		Place:        "Nghệ An",
		Date:         "2025-11-26",
		Abstract:     "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHÍNH SÁCH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CHỦ TỊCH UBND TỈNH",
		SignerName:   "Phùng Thành Vinh",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   8,
		Archive:      "VT, KSTT (Kh)",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Bộ Y tế circular. Single-line issuer "**BỘ Y TẾ**". Abstract in caps over
	// four lines, contains a cited symbol. Article headings are bold and wrapped
	// ("**Điều 1. Bãi" / "bỏ toàn bộ ..."). 23 recipients, one wrapped over two
	// lines ("Viện PYTTTW" / "Biên Hòa"), one holding two bodies separated by ";"
	// ("Công báo; Cổng Thông tin điện tử Chính phủ") counted as one line item.
	// Signer "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / name.
	{
		File:         "251_thongtu_45-2025-tt-byt-bo-y-te.md",
		Type:         "Thông tư",
		TypeCode:     "TT",
		Issuer:       "BỘ Y TẾ",
		IssuerParent: "",
		Number:       "45/2025/TT-BYT",
		Place:        "Hà Nội",
		Date:         "2025-11-25",
		Abstract:     "BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015 CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC ÁP DỤNG CHẾ ĐỘ BỒI DƯỠNG, THỜI GIAN VÀ SỐ NGƯỜI THỰC HIỆN GIÁM ĐỊNH ĐỐI VỚI TỪNG LOẠI VIỆC GIÁM ĐỊNH PHÁP Y, PHÁP Y TÂM THẦN",
		SignerName:   "Trần Văn Thuấn",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   23,
		Archive:      "VT, KCB, PC",
		TopLabels:    []string{"Điều 1", "Điều 2"},
	},
	// Lai Châu plan, no portal chrome. Issuer "**UỶ BAN NHÂN" / "DÂN**" / "TỈNH
	// LAI CHÂU" (style-B "UỶ", wrap inside the bold run). "Số:" and the number
	// are on separate lines. Section headings are bold and wrapped ("**I. MỤC" /
	// "ĐÍCH, YÊU CẦU**"); II has bold "**1.****" items with "*3.1.*" sub-items.
	// Signer "**TM. ỦY BAN" / "NHÂN DÂN**" / "KT. CHỦ TỊCH" / "**PHÓ CHỦ TỊCH**"
	// / name.
	{
		File:         "253_kehoach_7360-kh-ubnd-uy-ban-nhan-dan-tinh-lai-ch.md",
		Type:         "Kế hoạch",
		TypeCode:     "KH",
		Issuer:       "UỶ BAN NHÂN DÂN TỈNH LAI CHÂU",
		IssuerParent: "",
		Number:       "7360/KH-UBND",
		Place:        "Lai Châu",
		Date:         "2025-11-19",
		Abstract:     "TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU",
		SignerName:   "Tống Thanh Hải",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   6,
		Archive:      "VT, Vx3",
		TopLabels:    []string{"I", "II", "III", "IV"},
	},
	// Party guidance of the Organisation Commission. Left cell "BAN CHẤP HÀNH" /
	// "TRUNG ƯƠNG" (plain) over "**BAN TỔ CHỨC**" and "*****" (a "*" between bold
	// markers). Abstract in caps with a cited Party symbol "377-QĐ/TW". Body
	// sections "**I. Về" / "phân cấp quản lý cán bộ**" (wrapped bold headings,
	// normal case) I..VII. TRAP: line 124 starts "XVII." but is the wrapped end
	// of "... Quốc hội tỉnh khóa XVII." inside an example, not a section.
	// "__Nơi nhận: __"; archive "Lưu VP, Vụ CB." without colon. Signer
	// "**K/T TRƯỞNG" / "BAN**" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" / name.
	{
		File:         "265_huongdan_45-hd-btctw.md",
		Type:         "Hướng dẫn",
		TypeCode:     "HD",
		Issuer:       "BAN TỔ CHỨC",
		IssuerParent: "BAN CHẤP HÀNH TRUNG ƯƠNG",
		Number:       "45-HD/BTCTW",
		Place:        "Hà Nội",
		Date:         "2025-11-21",
		Abstract:     "MỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 CỦA BỘ CHÍNH TRỊ VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ VÀ QUY HOẠCH, BỔ NHIỆM, GIỚI THIỆU ỨNG CỬ, TẠM ĐÌNH CHỈ CÔNG TÁC, CHO THÔI GIỮ CHỨC VỤ, TỪ CHỨC, MIỄN NHIỆM ĐỐI VỚI CÁN BỘ",
		SignerName:   "Hoàng Đăng Quang",
		SignerPos:    "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
		Recipients:   8,
		Archive:      "VP, Vụ CB",
		TopLabels:    []string{"I", "II", "III", "IV", "V", "VI", "VII"},
	},
	// Đắk Lắk directive. Issuer "**ỦY BAN NHÂN" / "DÂN **" / "TỈNH ĐẮK LẮK".
	// Number over-padded "012". Abstract in caps starting "VỀ VIỆC". Preamble
	// paragraphs without numbers, then bold wrapped "**1. Thủ" ... "**4. Văn"
	// sections. Signer "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / bold name (no TM.).
	{
		File:         "268_chithi_012-ct-ubnd-uy-ban-nhan-dan-tinh-dak-lak.md",
		Type:         "Chỉ thị",
		TypeCode:     "CT",
		Issuer:       "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
		IssuerParent: "",
		Number:       "012/CT-UBND",
		Place:        "Đắk Lắk",
		Date:         "2025-11-26",
		Abstract:     "VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
		SignerName:   "Trương Công Thái",
		SignerPos:    "PHÓ CHỦ TỊCH",
		Recipients:   8,
		Archive:      "VT, PVHCC (B_04b)",
		TopLabels:    []string{"1", "2", "3", "4"},
	},
	// Government resolution. Single-line issuer "**CHÍNH PHỦ**"; the authority
	// "**CHÍNH PHỦ**" is repeated under the title, then căn cứ lines and
	// "**QUYẾT NGHỊ:**" followed by an unnumbered preamble paragraph before
	// section I. Sections "**I. QUAN ĐIỂM," (wrapped bold) I..III. 17 recipients,
	// the VPCP one wrapped. Signer "**TM. CHÍNH PHỦ **" / "THỦ TƯỚNG" / name.
	{
		File:         "271_nghiquyet_380-nq-cp-chinh-phu.md",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "CHÍNH PHỦ",
		IssuerParent: "",
		Number:       "380/NQ-CP",
		Place:        "Hà Nội",
		Date:         "2025-11-25",
		Abstract:     "VỀ CÁC GIẢI PHÁP KHẮC PHỤC HẬU QUẢ THIÊN TAI, PHỤC HỒI SẢN XUẤT TẠI CÁC ĐỊA PHƯƠNG KHU VỰC MIỀN TRUNG",
		SignerName:   "Phạm Minh Chính",
		SignerPos:    "THỦ TƯỚNG",
		Recipients:   17,
		Archive:      "VT, KTTH (2b)",
		TopLabels:    []string{"I", "II", "III"},
	},
	// Hà Nội People's Council resolution. Issuer "**HỘI ĐỒNG NHÂN" / "DÂN **" /
	// "THÀNH PHỐ HÀ NỘI". Abstract in caps, first word split "QUY" / "ĐỊNH".
	// No "QUYẾT NGHỊ:" line: the căn cứ block ends with an italic "Hội đồng nhân
	// dân ban hành Nghị quyết ..." sentence, then Điều 1-7. Adoption sentence
	// ("Kỳ họp thứ 28 thông qua ngày 27 tháng 11 năm 2025") before Nơi nhận.
	// Signer is "CHỦ TỊCH" / name only (no TM. line). 18 recipients, Lưu "VT".
	{
		File:         "272_nghiquyet_81-2025-nq-hdnd-hoi-dong-nhan-dan-thanh.md",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
		IssuerParent: "",
		Number:       "81/2025/NQ-HĐND",
		Place:        "Hà Nội",
		Date:         "2025-11-27",
		Abstract:     "QUY ĐỊNH CHI THU NHẬP TĂNG THÊM CHO CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC LÀM VIỆC TRONG CÁC CƠ QUAN NHÀ NƯỚC, TỔ CHỨC CHÍNH TRỊ, MẶT TRẬN TỔ QUỐC VIỆT NAM, TỔ CHỨC CHÍNH TRỊ - XÃ HỘI VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP ĐƯỢC NGÂN SÁCH NHÀ NƯỚC BẢO ĐẢM TOÀN BỘ CHI THƯỜNG XUYÊN THUỘC THÀNH PHỐ HÀ NỘI QUẢN LÝ",
		SignerName:   "Phùng Thị Hồng Hà",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   18,
		Archive:      "VT",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7"},
	},
	// UBTVQH resolution, badly converted. The file starts at the motto, which is
	// glued to "Độc lập..." ("VIỆT NAMĐộc lập"): NO issuer cell, so Issuer "" (the
	// authority line "ỦY BAN THƯỜNG VỤ QUỐC HỘI" under the title is not the
	// header issuer). NO place/date line in the header: Place "" and Date taken
	// from the adoption sentence "thông qua ngày 16 tháng 6 năm 2025" (the
	// resolution's date; defensible but not from box 4). Abstract in normal case
	// with bold markers inside words ("**V****ề việc s****ắp xếp ..."). The
	// căn cứ block is broken into one-token italic lines. 97 numbered clauses sit
	// under Điều 1. Nơi nhận has NO label: all items and "- Lưu: HC, PLTP." are
	// on one line, followed by "| TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH" (title
	// glued to the authority line) and NO signer name at all.
	{
		File:         "273_nghiquyet_1654-nq-ubtvqh15.md",
		Type:         "Nghị quyết",
		TypeCode:     "NQ",
		Issuer:       "",
		IssuerParent: "",
		Number:       "1654/NQ-UBTVQH15",
		Place:        "",
		Date:         "2025-06-16",
		Abstract:     "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025",
		SignerName:   "",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   7,
		Archive:      "HC, PLTP",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Ministry of Agriculture and Environment decision. Issuer "**BỘ NÔNG NGHIỆP" /
	// "VÀ **" / "MÔI TRƯỜNG" (bold ends mid-name). HOMOGLYPH in the abstract:
	// "LĨNH VỰC" is encoded with U+01F7 LATIN CAPITAL LETTER WYNN ("LǷNH"); the
	// gold gives the word as read, "LĨNH" with U+0128. Articles "**Điều 1.**** **".
	// Signer "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / name. TRAP: the PHỤ LỤC after the
	// signature (lines 88-3204) contains model forms with their own "Điều 1..",
	// "Nơi nhận:", "- Lưu: VT, TTTV." and "BỘ TRƯỞNG" blocks; only the first
	// block belongs to the decision.
	{
		File:         "277_quyetdinh_5042-qd-bnnmt-bo-nong-nghiep-va-moi-truo.md",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
		IssuerParent: "",
		Number:       "5042/QĐ-BNNMT",
		Place:        "Hà Nội",
		Date:         "2025-11-26",
		Abstract:     "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC SỬA ĐỔI, BỔ SUNG; THỦ TỤC HÀNH CHÍNH NỘI BỘ BỊ BÃI BỎ LĨNH VỰC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
		SignerName:   "Hoàng Trung",
		SignerPos:    "THỨ TRƯỞNG",
		Recipients:   8,
		Archive:      "VT, TTTV",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
	// Decision of the Chairman of Cần Thơ People's Committee (normative,
	// symbol QĐ-CTUBND with year). Issuer is a person's office: "**CHỦ TỊCH ỦY
	// BAN" / "NHÂN DÂN **" / "THÀNH PHỐ CẦN THƠ", joined into one issuer, no
	// parent. "Số:" and number on separate lines. Abstract in caps, first word
	// split "PHÂN" / "CẤP". No "QUYẾT ĐỊNH:" line (italic enacting sentence
	// instead). Signer "**CHỦ TỊCH**" / name only.
	{
		File:         "278_quyetdinh_36-2025-qd-ctubnd-chu-tich-uy-ban-nhan-d.md",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
		IssuerParent: "",
		Number:       "36/2025/QĐ-CTUBND",
		Place:        "Cần Thơ",
		Date:         "2025-11-17",
		Abstract:     "PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH MỘT SỐ NỘI DUNG LIÊN QUAN ĐẾN QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ",
		SignerName:   "Trương Cảnh Tuyên",
		SignerPos:    "CHỦ TỊCH",
		Recipients:   8,
		Archive:      "VT, PKT",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3", "Điều 4"},
	},
	// OCR (MinerU + VietOCR) of a VPCP Thông báo kết luận of Deputy PM Trần Hồng
	// Hà. Header block LOST: no issuer, no "Số:" line, so Issuer/Number "" and
	// TypeCode taken from the type name (no symbol to read it from). DATE: the
	// OCR line reads "Hà Nội, ngày 13 tháng 9 năm 2019", but the body reports the
	// meeting "Ngày 12 tháng 9 năm 2025" and cites a 22/12/2024 document, so the
	// true date is 2025-09-13; the year is OCR damage (a literal reader gets
	// 2019-09-13). Abstract is a "#" heading truncated at the right edge, kept as
	// printed. Body items: the first "1." was OCR'd as "-" and "5." as "5 -";
	// TopLabels give the true 1..8. Nơi nhận is a "# Nơi nhận" heading; 8 true
	// items (only 4 lines start with "-": "Thủ tướng, PTTg ...", "UBND các thành
	// phố ..." and "Hiệp hội Tư vấn ..." lost their dash, and one line holds two
	// items "... công - Hiệp hội các nhà thầu ..."; "NEMT, KHẤCN, NV, NG," and
	// "Các Vụ, Cục: ..." are read as continuations of the previous item). Lưu is
	// OCR'd "- Lư VT, CN (2b). Hop". Signer is only an image: no name/title.
	{
		File:         "282_thongbao_tb-ket-luan-pttg-vpcp-2025-ocr.md",
		Type:         "Thông báo",
		TypeCode:     "TB",
		Issuer:       "",
		IssuerParent: "",
		Number:       "",
		Place:        "Hà Nội",
		Date:         "2025-09-13",
		Abstract:     "Kết luận của Phó Thủ tướng Chính tại cuộc họp về dự thảo Luật Xây",
		SignerName:   "",
		SignerPos:    "",
		Recipients:   8,
		Archive:      "VT, CN (2b). Hop",
		TopLabels:    []string{"1", "2", "3", "4", "5", "6", "7", "8"},
	},
	// OCR of Cần Thơ plan 70/KH-UBND. No issuer block (file starts at
	// "Số 70/KH-UBND", colon lost); every line truncated at the right edge. Title
	// is one "# KẾ HOẠCH Thực hiện ..." heading; the abstract is kept as printed,
	// truncated ("... Cần Thơ từ nay đến"), including the OCR error "và đã"
	// (probably "và dân chủ ở cơ sở trên địa bàn"). Sections are "# I." .. "# IV."
	// headings. Nơi nhận ("# Nơi nhận:"): 11 true items; only 7 lines start with
	// "-" ("CT, các pct ubndtp", "UBMTTQVNTP", "Sở, Sở, ban ngành thành phố;"
	// lost their dash and "- Cơ quan, đơn vị TW trên định - UBND xã, phường;"
	// holds two items). Lưu line "- Lưu: VT (VDuần). 8." ends in a stray "8."
	// (page furniture), dropped. Signature is an image only.
	{
		File:         "283_kehoach_70-kh-ubnd-can-tho-2025-ocr.md",
		Type:         "Kế hoạch",
		TypeCode:     "KH",
		Issuer:       "",
		IssuerParent: "",
		Number:       "70/KH-UBND",
		Place:        "Cần Thơ",
		Date:         "2025-09-15",
		Abstract:     "Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến",
		SignerName:   "",
		SignerPos:    "",
		Recipients:   11,
		Archive:      "VT (VDuần)",
		TopLabels:    []string{"I", "II", "III", "IV"},
	},
	// Party regulation of the Secretariat, numbered with the QĐ code ("Số
	// 383-QĐ/TW", not QĐi). Issuer "**BAN CHẤP HÀNH" / "TRUNG ƯƠNG**" alone, "*"
	// rule. Abstract "VỀ" / "PHÔNG LƯU TRỮ ..." split after the first word.
	// Căn cứ lines start with "- ". Top-level sections are Party-style Roman
	// numerals with a hyphen, "**I- QUY ĐỊNH CHUNG**" .. "**IV- TỔ CHỨC THỰC
	// HIỆN**"; Điều 1-23 are nested inside them. Signer "**T/M BAN BÍ THƯ**" /
	// name: no title line.
	{
		File:         "285_quydinh_383-qd-tw-ban-chap-hanh-trung-uong.md",
		Type:         "Quy định",
		TypeCode:     "QĐ",
		Issuer:       "BAN CHẤP HÀNH TRUNG ƯƠNG",
		IssuerParent: "",
		Number:       "383-QĐ/TW",
		Place:        "Hà Nội",
		Date:         "2025-11-19",
		Abstract:     "VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM",
		SignerName:   "Trần Cẩm Tú",
		SignerPos:    "",
		Recipients:   5,
		Archive:      "Văn phòng Trung ương Đảng",
		TopLabels:    []string{"I", "II", "III", "IV"},
	},
	// Party decision of the Ban Tuyên giáo và Dân vận TW issuing a Quy chế.
	// Left cell "BAN CHẤP HÀNH" / "TRUNG ƯƠNG" over "**BAN TUYÊN GIÁO VÀ DÂN
	// VẬN**". Party symbol but WITH colon ("Số: 1147-QĐ/BTGDVTW"). Abstract
	// "BAN" / "HÀNH QUY CHẾ ..." split after the first word. Authority line
	// "TRƯỞNG BAN ... QUYẾT ĐỊNH" (no colon). Signer "**K/T TRƯỞNG BAN**" /
	// "PHÓ TRƯỞNG BAN" / name; archive "Lưu HCTĐKT." without colon. The attached
	// QUY CHẾ (Chương I-V, its own Điều 1.., forms, footnotes) follows the
	// signature; AMBIGUOUS: TopLabels list only the decision's own Điều 1-3, the
	// attachment being treated like an appendix.
	{
		File:         "287_quyetdinh_1147-qd-btgdvtw-quy-che.md",
		Type:         "Quyết định",
		TypeCode:     "QĐ",
		Issuer:       "BAN TUYÊN GIÁO VÀ DÂN VẬN",
		IssuerParent: "BAN CHẤP HÀNH TRUNG ƯƠNG",
		Number:       "1147-QĐ/BTGDVTW",
		Place:        "Hà Nội",
		Date:         "2025-12-01",
		Abstract:     "BAN HÀNH QUY CHẾ BỒI DƯỠNG, GIẢNG DẠY CỦA TRUNG TÂM CHÍNH TRỊ XÃ, PHƯỜNG, ĐẶC KHU",
		SignerName:   "Ngô Đông Hải",
		SignerPos:    "PHÓ TRƯỞNG BAN",
		Recipients:   5,
		Archive:      "HCTĐKT",
		TopLabels:    []string{"Điều 1", "Điều 2", "Điều 3"},
	},
}
