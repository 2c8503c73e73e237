package parser_test

// goldRefsHoldout is a HELD-OUT hand-annotated citation gold set for 14 corpus
// documents (7 .txt, 7 .md) that appear in neither goldRefsTxt nor goldRefsMD.
// Every entry was produced by reading the whole document, not from parser
// output; it is meant as an independent measurement, so do not tune the
// parser on it.
//
// Conventions are those of goldRefsTxt / goldRefsMD (see their headers):
//   - One goldRef per distinct cited document; later short mentions and bare
//     law names ("Luật Điện lực" in the abstract of the decree detailing it)
//     are folded into the numbered/full citation. Date is the fullest date
//     seen at any mention; a date that PRECEDES the citation ("Ngày 14/6/2025,
//     Quốc hội ban hành Luật ... số 67/2025/QH15") counts, as for 169-CP in
//     goldRefsTxt.
//   - Laws named inside a cited document's abstract or an amending law's name
//     are counted as cited ("embedded" in the comment when that is the only
//     mention).
//   - Issuer comes from a "của X" phrase that belongs to the cited document.
//     "Theo đề nghị của X tại Tờ trình số ..." follows the convention of the
//     file format's existing set: given for .txt (goldRefsTxt), "" for .md
//     (goldRefsMD); Issuer is not scored, the comment flags each case.
//   - Attachments approved/issued by a cited document ("phê duyệt Đề án X",
//     "ban hành Kế hoạch hành động ...", "Chiến lược ...") are the content of
//     that document and are not listed separately; drafts / documents still
//     to be issued and generic plurals are not listed.
//   - Not listed: the document's own number (header, site title line, annex
//     "(Kèm theo Quyết định số ...)"), self references, Công báo running
//     headers and e-signature stamps, TVPL portal chrome (attribute panel,
//     news summary above the header, "Văn bản liên quan", footer, the
//     "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân" notice), and
//     national technical regulations "QCVN nn:yyyy/BTTTT" (standards, not
//     documents of an NĐ 30 / VBQPPL type).
//   - Invalid printed dates (year "20210") give Date "".
var goldRefsHoldout = []goldRefDoc{
	// Crawler, flattened provincial QĐ (Tây Ninh). Line 1 "Văn bản Quyet dinh
	// 3745" is the site title (own). Header, type word, abstract and authority
	// line are glued on one line. Five laws by name + long date, among them
	// the amending "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính
	// phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019":
	// "Luật Tổ chức Chính phủ" is embedded in that name only (listed, Date "");
	// "Luật Tổ chức chính quyền địa phương" folds into its own căn cứ line.
	// "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy
	// hoạch" (digit inside the name). "Luật Quy hoạch" recurs in the abstracts
	// of NQ 751 and NĐ 37, "Luật Đất đai" in the abstract of NĐ 148 (folded).
	// Double spaces before "ngày". Tờ trình issuers precede the symbol
	// ("Theo đề nghị của UBND huyện Châu Thành tại Tờ trình số ... và của Sở
	// ... tại Tờ trình so 8468/...") - given (txt convention); the second one
	// is introduced by the typo "so" instead of "số". The approved "Kế hoạch
	// sử dụng đất năm 2022" is this decision's content (not listed).
	{
		File: "035_quyetdinh_van-ban-quyet-dinh-3745.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Tổ chức chính quyền địa phương", Date: "2015-06-19"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", Date: "2019-11-22"},
			{Type: "Luật", Name: "Luật Tổ chức Chính phủ"},
			{Type: "Luật", Name: "Luật Đất đai", Date: "2013-11-29"},
			{Type: "Luật", Name: "Luật Quy hoạch", Date: "2017-11-24"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", Date: "2018-11-20"},
			{Number: "751/2019/UBTVQH14", Type: "Nghị quyết", Date: "2019-08-16", Issuer: "Ủy ban Thường vụ Quốc hội"},
			{Number: "37/2019/NĐ-CP", Type: "Nghị định", Date: "2019-05-07", Issuer: "Chính phủ"},
			{Number: "148/2020/NĐ-CP", Type: "Nghị định", Date: "2020-12-18", Issuer: "Chính phủ"},
			{Number: "01/2021/TT-BTNMT", Type: "Thông tư", Date: "2021-04-12", Issuer: "Bộ trưởng Bộ Tài nguyên và Môi trường"},
			{Number: "308/TTr-UBND", Type: "Tờ trình", Date: "2021-12-10", Issuer: "UBND huyện Châu Thành"},
			{Number: "8468/TTr-STNMT", Type: "Tờ trình", Date: "2021-12-24", Issuer: "Sở Tài nguyên và Môi trường"},
		},
	},

	// Công báo PDF text: đính chính decision of BKHĐT. TT 10/2022 is cited in
	// the title (wrapped over three lines: number / date + issuer / abstract)
	// and twice in the body, once without date ("Phụ lục 4 kèm theo Thông tư
	// số 10/2022/TT-BKHĐT"). Law names in lower case ("Luật ban hành văn bản
	// quy phạm pháp luật"), the amending law's name wrapped "Luật ban hành văn
	// bản quy \nphạm pháp luật"; the amended law embedded in it and in NĐ 34's
	// abstract is the first căn cứ law (folded). Issuer wrapped "của Chính
	// \nphủ" three times. A Công báo page break (running header, page number,
	// e-signature stamp) falls inside Điều 1's citation sentence.
	{
		File: "059_quyetdinh_quyet-dinh-1373-qd-bkhdt-37639.txt",
		Refs: []goldRef{
			{Number: "10/2022/TT-BKHĐT", Type: "Thông tư", Date: "2022-06-15", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Type: "Luật", Name: "Luật ban hành văn bản quy phạm pháp luật", Date: "2015-06-22"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật", Date: "2020-06-18"},
			{Number: "34/2016/NĐ-CP", Type: "Nghị định", Date: "2016-05-14", Issuer: "Chính phủ"},
			{Number: "30/2020/NĐ-CP", Type: "Nghị định", Date: "2020-03-05", Issuer: "Chính phủ"},
			{Number: "86/2017/NĐ-CP", Type: "Nghị định", Date: "2017-07-25", Issuer: "Chính phủ"},
		},
	},

	// Công báo, Chỉ thị TTg 2026. Only two citations in 5 pages: a Party
	// Kết luận ("Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính
	// \ntrị", issuer wrapped; repeated in II.1 with "ngày 18 \ntháng 5") and
	// CT 18/CT-TTg. Many bare dates/deadlines ("trước ngày 10 tháng 6 năm
	// 2026") that are not citations. Not listed: "Đề án sắp xếp thôn, tổ dân
	// phố" (each commune's plan, to be drafted), the Đề án Bộ Nội vụ is still
	// completing ("hoàn thiện các nội dung Đề án sắp xếp thôn, ...") and the
	// "Nghị định quy định về tổ chức, hoạt động của thôn, tổ dân phố ..." to be
	// issued (future documents), "Phương án tổng thể" (to be built).
	{
		File: "074_chithi_chi-thi-21-ct-ttg-469580.txt",
		Refs: []goldRef{
			{Number: "34-KL/TW", Type: "Kết luận", Date: "2026-05-18", Issuer: "Bộ Chính trị"},
			{Number: "18/CT-TTg", Type: "Chỉ thị", Date: "2026-05-08", Issuer: "Thủ tướng Chính phủ"},
		},
	},

	// Công báo, NQ-CP 2026. Laws by name + number (no date), "số
	// 64/2025/QH15 \nđược sửa đổi, bổ sung bởi Luật số 87/2025/QH15". Pháp lệnh
	// by name + number (UBTVQH14 code); the same Pháp lệnh by bare name in the
	// abstract of NĐ 131 and in Điều 4 (folded). "Luật Ngân sách nhà nước"
	// again in Điều 4 (= 89/2025/QH15). "Luật Căn cước" is cited by bare name
	// only. NĐ 131/2021: first without date (căn cứ), date only in Điều 5
	// ("ngày 30 tháng 12 \nnăm 2021"), also with an alias "(Nghị định số
	// 131/2021/NĐ-CP)". NĐ 55/2023's abstract embeds NĐ 75/2021 with date and
	// issuer again. List in Điều 5.2.c "Nghị định số 131/..., Nghị định số
	// 75/..., Nghị định số 55/..., Nghị định số 128/2025/NĐ-CP ngày 11 tháng 6
	// năm 2025 của Chính phủ quy định ...": the trailing date/issuer belongs to
	// NĐ 128 only (the first three are repeats with their own earlier dates).
	// "Quy chế làm việc của Chính phủ" is the text issued by NĐ 39/2022.
	// "Chiến dịch 500 ngày đêm ..." is a campaign, not a document.
	{
		File: "092_nghiquyet_nghi-quyet-26-2026-nq-cp-469479.txt",
		Refs: []goldRef{
			{Number: "63/2025/QH15", Type: "Luật"},
			{Number: "72/2025/QH15", Type: "Luật"},
			{Number: "64/2025/QH15", Type: "Luật"},
			{Number: "87/2025/QH15", Type: "Luật"},
			{Number: "89/2025/QH15", Type: "Luật"},
			{Number: "02/2020/UBTVQH14", Type: "Pháp lệnh"},
			{Number: "131/2021/NĐ-CP", Type: "Nghị định", Date: "2021-12-30", Issuer: "Chính phủ"},
			{Number: "39/2022/NĐ-CP", Type: "Nghị định", Issuer: "Chính phủ"},
			{Type: "Luật", Name: "Luật Căn cước"},
			{Number: "281/2025/NĐ-CP", Type: "Nghị định", Date: "2025-10-29", Issuer: "Chính phủ"},
			{Number: "75/2021/NĐ-CP", Type: "Nghị định", Date: "2021-07-24", Issuer: "Chính phủ"},
			{Number: "55/2023/NĐ-CP", Type: "Nghị định", Date: "2023-07-21", Issuer: "Chính phủ"},
			{Number: "128/2025/NĐ-CP", Type: "Nghị định", Date: "2025-06-11", Issuer: "Chính phủ"},
		},
	},

	// Công báo, amending NĐ 2026. The amended NĐ 72/2015 is cited in the title
	// (three lines), the enacting sentence, Điều 1's heading and Điều 2's
	// heading (one ref). Amendment chains "số 33/2009/QH12 được sửa đổi, bổ
	// sung bởi Luật số 19/2017/QH14", "số 103/2016/QH13 được sửa đổi, bổ sung
	// bởi Luật \nsố 35/2018/QH14 và Luật số 93/2025/QH15" ("Luật \nsố" split).
	// The long law name "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa
	// Việt Nam ở nước ngoài" is wrapped in the căn cứ and repeated by bare name
	// (with "các Điều 5, 6, 7, 9") inside quoted amended text: = 33/2009/QH12.
	// Not a citation: "Ban Chỉ đạo 35 Trung ương" (a body whose name holds a
	// number); many "Điều N" / "khoản N" inside quoted text refer to NĐ 72.
	{
		File: "102_nghidinh_nghi-dinh-148-2026-nd-cp-469501.txt",
		Refs: []goldRef{
			{Number: "72/2015/NĐ-CP", Type: "Nghị định", Date: "2015-09-07", Issuer: "Chính phủ"},
			{Number: "63/2025/QH15", Type: "Luật"},
			{Number: "33/2009/QH12", Type: "Luật"},
			{Number: "19/2017/QH14", Type: "Luật"},
			{Number: "103/2016/QH13", Type: "Luật"},
			{Number: "35/2018/QH14", Type: "Luật"},
			{Number: "93/2025/QH15", Type: "Luật"},
		},
	},

	// Công báo, TT-BKHCN 2026. Three laws by name + number, two amended by bare
	// "Luật số ..." with the chain wrapped ("được sửa \nđổi, bổ sung bởi Luật
	// số 78/2025/QH15"). "Luật Viễn thông" and "Luật Chất lượng sản phẩm, hàng
	// hóa" recur by bare name in the abstracts of NĐ 163/2024 and NĐ 37/2026
	// (folded). Issuer wrapped "của \nChính phủ" / "của Chính \nphủ". The
	// repealed TT 32/2020/TT-BTTTT's issuer is a ministry that no longer exists
	// ("Bộ \ntrưởng Bộ Thông tin và Truyền thông", wrapped inside "Bộ
	// trưởng"). NOT listed: the QCVN technical regulations in the annex table
	// ("QCVN 34:2022/BTTTT", "QCVN \n126:2021/BTTTT", "Sửa đổi 1:2024 QCVN
	// \n126:2021 /BTTTT") - standards, and their "/BTTTT" suffix looks like a
	// document symbol.
	{
		File: "119_thongtu_thong-tu-28-2026-tt-bkhcn-469700.txt",
		Refs: []goldRef{
			{Number: "24/2023/QH15", Type: "Luật"},
			{Number: "05/2007/QH12", Type: "Luật"},
			{Number: "78/2025/QH15", Type: "Luật"},
			{Number: "68/2006/QH11", Type: "Luật"},
			{Number: "70/2025/QH15", Type: "Luật"},
			{Number: "163/2024/NĐ-CP", Type: "Nghị định", Date: "2024-12-24", Issuer: "Chính phủ"},
			{Number: "37/2026/NĐ-CP", Type: "Nghị định", Date: "2026-01-23", Issuer: "Chính phủ"},
			{Number: "55/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-02", Issuer: "Chính phủ"},
			{Number: "32/2020/TT-BTTTT", Type: "Thông tư", Date: "2020-11-04", Issuer: "Bộ trưởng Bộ Thông tin và Truyền thông"},
		},
	},

	// Công báo, TT-BTC 2026. Header date typo "ngày 27 tháng 3 năm 2026 2025"
	// (own). Căn cứ decrees have NO date ("Nghị định số 362/2025/NĐ-CP của
	// Chính phủ ..."); their dates appear only in Điều 5 / Điều 6 (fullest date
	// used). Amending decrees cited bare ("được sửa đổi, bổ sung bởi Nghị định
	// số 91/2022/NĐ-\nCP và Nghị định số 373/2025/NĐ-CP", symbol split at the
	// hyphen; likewise "64/2025/TT-\nBTC" and "70/2025/NĐ-\nCP"). NĐ 70/2025
	// gets a date only inside the abstract of TT 32/2025 and never an issuer.
	// Luật Quản lý thuế: "số 38/2019/QH14" in the căn cứ, "Luật Quản lý thuế
	// ngày 13 tháng 6 năm 2019" inside TT 32/2025's abstract -> one ref with
	// that date. Điều 6.4 repeats a long "các văn bản: Luật ...; Luật ...;
	// Nghị định ...; ..." list (all repeats except TT 32/2025). A math formula
	// is flattened into one-character lines. Annex "(Kèm theo Thông tư số
	// 30/2026/TT-BTC ...)" is self.
	{
		File: "121_thongtu_thong-tu-30-2026-tt-btc-469233.txt",
		Refs: []goldRef{
			{Number: "97/2015/QH13", Type: "Luật"},
			{Number: "89/2025/QH15", Type: "Luật"},
			{Number: "38/2019/QH14", Type: "Luật", Date: "2019-06-13"},
			{Number: "61/2024/QH15", Type: "Luật"},
			{Number: "362/2025/NĐ-CP", Type: "Nghị định", Date: "2025-12-31", Issuer: "Chính phủ"},
			{Number: "126/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "91/2022/NĐ-CP", Type: "Nghị định"},
			{Number: "373/2025/NĐ-CP", Type: "Nghị định"},
			{Number: "347/2025/NĐ-CP", Type: "Nghị định", Date: "2025-12-29", Issuer: "Chính phủ"},
			{Number: "123/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "70/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-20"},
			{Number: "61/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-04", Issuer: "Chính phủ"},
			{Number: "146/2025/NĐ-CP", Type: "Nghị định", Issuer: "Chính phủ"},
			{Number: "29/2025/NĐ-CP", Type: "Nghị định", Issuer: "Chính phủ"},
			{Number: "166/2025/NĐ-CP", Type: "Nghị định"},
			{Number: "106/2020/TT-BTC", Type: "Thông tư", Date: "2020-12-08", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "64/2025/TT-BTC", Type: "Thông tư", Date: "2025-06-30", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "32/2025/TT-BTC", Type: "Thông tư", Date: "2025-05-31", Issuer: "Bộ trưởng Bộ Tài chính"},
		},
	},

	// TVPL công văn of Cục Thuế (BTC). Portal chrome before the header
	// (attribute panel) and after the signature ("Văn bản liên quan" dates,
	// NĐ 13/2023 notice) is ignored. Incoming letter "công văn số
	// 2313/NBI-QLDN1" (lower-case generic noun, digit at the end of the
	// code). "Luật Thuế GTGT" (abbreviated name) appears only inside NĐ 181's
	// abstract - embedded, listed. NĐ 123/2020 cited twice (second time inside
	// NĐ 70/2025's abstract). Luật 67/2025/QH15 ("Luật thuế thu nhập doanh
	// nghiệp", lower-case "thuế"): the date precedes the second mention
	// ("Ngày 14/6/2025, Quốc hội ban hành Luật ... số 67/2025/QH15", no "của"
	// -> Issuer ""); "Luật thuế TNDN" later (folded). TT 96/2015's abstract
	// embeds TT 78/2014 with a bracketed amendment note "(đã được sửa đổi, bổ
	// sung tại Khoản \n2 Điều 6 Thông tư số 119/2014/TT-BTC về Điều 1 Thông tư
	// số 151/2014/TT-BTC)" (capital "Khoản"; no dates/issuers). The decree
	// "đang xây dựng" (Nghị định hướng dẫn thi hành Luật thuế TNDN) is future.
	{
		File: "215_congvan_5491-ct-cs-cuc-thue.md",
		Refs: []goldRef{
			{Number: "2313/NBI-QLDN1", Type: "Công văn", Date: "2025-09-13", Issuer: "Thuế tỉnh Ninh Bình"},
			{Number: "181/2025/NĐ-CP", Type: "Nghị định", Date: "2025-07-01", Issuer: "Chính phủ"},
			{Type: "Luật", Name: "Luật Thuế GTGT"},
			{Number: "123/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "70/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-20", Issuer: "Chính phủ"},
			{Number: "67/2025/QH15", Type: "Luật", Date: "2025-06-14"},
			{Number: "96/2015/TT-BTC", Type: "Thông tư", Date: "2015-06-22", Issuer: "Bộ Tài chính"},
			{Number: "78/2014/TT-BTC", Type: "Thông tư"},
			{Number: "119/2014/TT-BTC", Type: "Thông tư"},
			{Number: "151/2014/TT-BTC", Type: "Thông tư"},
		},
	},

	// TVPL công điện of Bộ Xây dựng. CHROME TRAP: a news summary between the
	// attribute panel and the header cites "Công điện 225/CĐ-TTg ngày
	// 20/11/2025" and "Công điện 94/CĐ-BXD ..." without "số" and the own
	// "Công điện 96/CĐ-BXD"; the footer notice cites "Nghị định 13/2023/NĐ-CP"
	// - none of that is read (the two real refs are cited again in the body
	// anyway; NĐ 13/2023 must NOT be found). In the body "chỉ đạo của Thủ
	// tướng Chính phủ tại Công \nđiện số 225/CĐ-TTg" ("Công \nđiện" split; the
	// "của" governs "chỉ đạo" -> Issuer "", md convention); CĐ 94 has "của Bộ
	// Xây dựng". The closing note "(Công điện số \n225/CĐ-TTg ngày 20/11/2025
	// gửi kèm theo)" repeats CĐ 225.
	{
		File: "230_congdien_96-cd-bxd-bo-xay-dung.md",
		Refs: []goldRef{
			{Number: "225/CĐ-TTg", Type: "Công điện", Date: "2025-11-20"},
			{Number: "94/CĐ-BXD", Type: "Công điện", Date: "2025-11-20", Issuer: "Bộ Xây dựng"},
		},
	},

	// TVPL provincial QĐ (Quảng Trị) publishing administrative procedures.
	// Chrome before the header and after the annex ignored. The 2nd căn cứ
	// line lacks "Căn cứ" ("*Nghị định số 92/2017/NĐ-CP ...*"). TT
	// 02/2017/TT-VPCP: issuer with an inner comma "Bộ trưởng, Chủ nhiệm Văn
	// phòng Chính phủ". Tờ trình: "Theo đề nghị của Giám đốc Sở Công Thương tại
	// Tờ \ntrình số 96/TTr-SCT" ("Tờ \ntrình" split; Issuer "" by md
	// convention). The annex table repeats "Luật Điện lực số 61/2024/QH15" and
	// "Nghị định số 61/2025/NĐ-CP ngày 04/3/2025 ..." 17 times each, with bold
	// markers "-** **" glued in front and a wrapped "Luật Điện \nlực"; same
	// number 61 for a law and a decree (different refs). Procedure codes
	// "1.013401.H50", "2.001561.H50" are not symbols. Annex "(Kèm theo Quyết
	// định số 2715/QĐ-UBND ...)" is self.
	{
		File: "246_quyetdinh_2715-qd-ubnd-tinh-quang-tri.md",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Tổ chức Chính quyền địa phương", Date: "2025-06-16"},
			{Number: "63/2010/NĐ-CP", Type: "Nghị định", Date: "2010-06-08", Issuer: "Chính phủ"},
			{Number: "92/2017/NĐ-CP", Type: "Nghị định", Date: "2017-08-07", Issuer: "Chính phủ"},
			{Number: "02/2017/TT-VPCP", Type: "Thông tư", Date: "2017-10-31", Issuer: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"},
			{Number: "623/QĐ-BCT", Type: "Quyết định", Date: "2025-03-06", Issuer: "Bộ Công Thương"},
			{Number: "96/TTr-SCT", Type: "Tờ trình", Date: "2025-10-30"},
			{Number: "61/2024/QH15", Type: "Luật"},
			{Number: "61/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-04", Issuer: "Chính phủ"},
		},
	},

	// Converted Kế hoạch UBND Cần Thơ with three footnotes ([1] Party and
	// provincial programmes, [2] Government documents, [3] Bộ Y tế documents)
	// read as part of the document. Title in capitals "CHỈ THỊ SỐ 27/CT-TTG".
	// Footnote markers glued: "kế hoạch[1]", "Chính phủ[2], Bộ Y tế[3]" and
	// "Trung ương2 và 3" (plain digits). Aliases "(sau đây viết tắt là Chỉ thị
	// số 27/CT-TTg)", "(... là Nghị quyết số 21-NQ/TW)". TRAP: footnote [2]
	// re-cites the same Chỉ thị as "Chỉ thị số 27/CTTg ngày 15/7/2024" (typo in
	// symbol AND date; same abstract) - one ref with the body's symbol/date.
	// Lookalikes: 27/CT-TTg vs 27-CTr/TU; 53/KH-UBND, 55/KH-UBND, "75/KH-
	// UBND" (space after hyphen) of three different UBNDs; 30-CTr/TU,
	// 144-CTr/TU, 27-CTr/TU of three different Party committees. NQ 21-NQ/TW
	// issuer "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII". NQ
	// 137/NQ-CP is embedded in KH 75's abstract; KL 149-KL/TW in QĐ 1745's
	// abstract. Not listed: Đề án/Chiến lược/Chương trình/Kế hoạch hành động
	// approved or issued by QĐ 496, 520, 1679, 314, 537, 588, 1579, 1999, 2259,
	// 2324, 403, 2539 (their content); "Kết luận của Phó Thủ tướng" (content
	// of TB 157); "Chương trình hành động của Chính phủ và Ban Thường vụ Tỉnh
	// ủy" (unnamed); the future "nghị quyết về công tác dân số" of HĐND.
	{
		File: "259_kehoach_165-kh-ubnd-uy-ban-nhan-dan-thanh-pho-ca.md",
		Refs: []goldRef{
			{Number: "27/CT-TTg", Type: "Chỉ thị", Date: "2024-08-15", Issuer: "Thủ tướng Chính phủ"},
			{Number: "6676/BYT-CDS", Type: "Công văn", Date: "2024-10-29", Issuer: "Bộ Y tế"},
			{Number: "21-NQ/TW", Type: "Nghị quyết", Date: "2017-10-25", Issuer: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII"},
			{Number: "02/2021/TT-BYT", Type: "Thông tư", Date: "2021-01-25", Issuer: "Bộ trưởng Bộ Y tế"},
			{Number: "01/2021/TT-BYT", Type: "Thông tư", Date: "2021-01-25", Issuer: "Bộ trưởng Bộ Y tế"},
			{Number: "496/QĐ-TTg", Type: "Quyết định", Date: "2021-03-30", Issuer: "Thủ tướng Chính phủ"},
			{Number: "34/2023/TT-BYT", Type: "Thông tư", Date: "2023-12-31", Issuer: "Bộ trưởng Bộ Y tế"},
			{Number: "157/TB-VPCP", Type: "Thông báo", Date: "2024-04-11", Issuer: "Văn phòng Chính phủ"},
			{Number: "30-CTr/TU", Type: "Chương trình", Date: "2017-12-29", Issuer: "Thành ủy Cần Thơ"},
			{Number: "144-CTr/TU", Type: "Chương trình", Date: "2018-01-22", Issuer: "Ban Thường vụ Tỉnh ủy Hậu Giang"},
			{Number: "27-CTr/TU", Type: "Chương trình", Date: "2018-03-12", Issuer: "Ban Chấp hành Đảng bộ tỉnh Sóc Trăng"},
			{Number: "17-CT/TU", Type: "Chỉ thị", Date: "2022-03-07", Issuer: "Ban Thường vụ Tỉnh ủy Hậu Giang"},
			{Number: "53/KH-UBND", Type: "Kế hoạch", Date: "2018-03-21", Issuer: "UBND thành phố Cần Thơ"},
			{Number: "75/KH-UBND", Type: "Kế hoạch", Date: "2018-07-09", Issuer: "UBND tỉnh Sóc Trăng"},
			{Number: "137/NQ-CP", Type: "Nghị quyết", Date: "2017-12-31", Issuer: "Chính phủ"},
			{Number: "55/KH-UBND", Type: "Kế hoạch", Date: "2018-04-10", Issuer: "UBND tỉnh Hậu Giang"},
			{Number: "1679/QĐ-TTg", Type: "Quyết định", Date: "2019-11-22", Issuer: "Thủ tướng Chính phủ"},
			{Number: "314/QĐ-TTg", Type: "Quyết định", Date: "2020-02-28", Issuer: "Thủ tướng Chính phủ"},
			{Number: "537/QĐ-TTg", Type: "Quyết định", Date: "2020-04-17", Issuer: "Thủ tướng Chính phủ"},
			{Number: "588/QĐ-TTg", Type: "Quyết định", Date: "2020-04-28", Issuer: "Thủ tướng Chính phủ"},
			{Number: "1579/QĐ-TTg", Type: "Quyết định", Date: "2020-10-13", Issuer: "Thủ tướng Chính phủ"},
			{Number: "1999/QĐ-TTg", Type: "Quyết định", Date: "2020-12-07", Issuer: "Thủ tướng Chính phủ"},
			{Number: "2259/QĐ-TTg", Type: "Quyết định", Date: "2020-12-30", Issuer: "Thủ tướng Chính phủ"},
			{Number: "520/QĐ-TTg", Type: "Quyết định", Date: "2021-04-01", Issuer: "Thủ tướng Chính phủ"},
			{Number: "1745/QĐ-TTg", Type: "Quyết định", Date: "2025-08-15", Issuer: "Thủ tướng Chính phủ"},
			{Number: "149-KL/TW", Type: "Kết luận", Date: "2025-04-10", Issuer: "Bộ Chính trị"},
			{Number: "2324/QĐ-BYT", Type: "Quyết định", Date: "2020-06-05", Issuer: "Bộ Y tế"},
			{Number: "403/QĐ-BYT", Type: "Quyết định", Date: "2021-01-20", Issuer: "Bộ Trưởng Bộ Y tế"},
			{Number: "2539/QĐ-BYT", Type: "Quyết định", Date: "2021-05-24", Issuer: "Bộ Y tế"},
		},
	},

	// Converted Thông báo kết luận VPCP. Title in capitals "KẾT LUẬN CỦA PHÓ
	// THỦ TƯỚNG ..." (not a citation). Many bare dates ("Ngày 18 tháng 11 năm
	// 2025", "từ ngày 01/7"). All three citations are in II.3: QĐ 1565/QĐ-TTg
	// with "của Thủ tướng \nChính phủ"; then "Chính phủ đã ban hành Nghị quyết
	// số 214/NQ-CP ngày 23 \ntháng 7 năm 2025 ban hành Kế hoạch hành động của
	// Chính phủ ..., Nghị định số 278/2025/NĐ-CP ngày 22 \ntháng 10 năm 2025
	// quy định ...": issuer precedes without "của" -> Issuer ""; the "của Chính
	// phủ" inside NQ 214's abstract belongs to the Kế hoạch hành động (content
	// of NQ 214, not listed), not to NQ 214 or NĐ 278. "các văn bản nêu trên"
	// is anaphora.
	{
		File: "262_thongbao_641-tb-vpcp-van-phong-chinh-phu.md",
		Refs: []goldRef{
			{Number: "1565/QĐ-TTg", Type: "Quyết định", Date: "2025-07-18", Issuer: "Thủ tướng Chính phủ"},
			{Number: "214/NQ-CP", Type: "Nghị quyết", Date: "2025-07-23"},
			{Number: "278/2025/NĐ-CP", Type: "Nghị định", Date: "2025-10-22"},
		},
	},

	// OCR'd (MinerU) draft QĐ UBND Lai Châu: blank own number "Số: /QĐ-UBND"
	// and blank date; annex headers "(Ban hành kèm theo Quyết định số: QĐ-UBND
	// ngày tháng 9 năm 2025 ...)" and a split "(Ban hành kèm theo Quyết định
	// số" ... "/QĐ-UBND ngày / / 2025 ...)" are self. LaTeX debris ("$\mathrm
	// { k } ...$"). Several citations per căn cứ paragraph, separated by ";".
	// NĐ 63/2010: printed date "ngày 08/6/20210" (invalid year) -> Date "".
	// NĐ 230/2025's abstract embeds "khoản 2 Điều 157 Luật Đất đai năm 2024"
	// (named law + year). TT 01/2018's abstract embeds NĐ 61/2018 with its own
	// date and issuer. Tờ trình 326/TTr-STC: "Theo đề nghị của Giám đốc Sở Tài
	// chính tại Tờ trình số ..." -> Issuer "" (md convention). NĐ 182/2024 is
	// cited only inside an HTML annex table, with OCR-glued month and year
	// "ngày 31 tháng 122024" (read as 2024-12-31).
	{
		File: "284_quyetdinh_du-thao-qd-ubnd-lai-chau-2025-ocr.md",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Tổ chức chính quyền địa phương", Date: "2025-06-16"},
			{Number: "63/2010/NĐ-CP", Type: "Nghị định", Issuer: "Chính phủ"},
			{Number: "92/2017/NĐ-CP", Type: "Nghị định", Date: "2017-08-07", Issuer: "Chính phủ"},
			{Number: "45/2020/NĐ-CP", Type: "Nghị định", Date: "2020-04-08", Issuer: "Chính phủ"},
			{Number: "42/2022/NĐ-CP", Type: "Nghị định", Date: "2022-06-24", Issuer: "Chính phủ"},
			{Number: "118/2025/NĐ-CP", Type: "Nghị định", Date: "2025-06-09", Issuer: "Chính phủ"},
			{Number: "230/2025/NĐ-CP", Type: "Nghị định", Date: "2025-08-19", Issuer: "Chính phủ"},
			{Type: "Luật", Name: "Luật Đất đai", Date: "2024"},
			{Number: "02/2017/TT-VPCP", Type: "Thông tư", Date: "2017-10-31", Issuer: "Văn phòng Chính phủ"},
			{Number: "01/2018/TT-VPCP", Type: "Thông tư", Date: "2018-11-23", Issuer: "Văn phòng Chính phủ"},
			{Number: "61/2018/NĐ-CP", Type: "Nghị định", Date: "2018-04-23", Issuer: "Chính phủ"},
			{Number: "3083/QĐ-BTC", Type: "Quyết định", Date: "2025-09-04", Issuer: "Bộ Tài chính"},
			{Number: "326/TTr-STC", Type: "Tờ trình", Date: "2025-09-09"},
			{Number: "182/2024/NĐ-CP", Type: "Nghị định", Date: "2024-12-31"},
		},
	},

	// Party Quy định 384-QĐ/TW of the Ban Bí thư (35 KB: the only unannotated
	// Party document in the corpus; about half is the annex table, which has
	// no citations). Party style throughout: comma before the date ("số
	// 57-NQ/TW, ngày 22/12/2024 của \nBộ Chính trị"), dates wrapped after
	// "ngày". Named căn cứ without number: "Điều lệ Đảng" and "Quy chế làm việc
	// của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoa XIII"
	// (typo "khoa"; the "của ..." is part of the Quy chế's name, not an
	// issuer). QĐ/TW symbols typed by the printed word: 204-QĐ/TW and
	// 333-QĐ/TW are "Quyết định", 379-QĐ/TW and 05-QĐ/BCĐTW are "Quy định".
	// Issuer of 05-QĐ/BCĐTW contains "về": "Ban Chỉ đạo Trung ương về phát
	// triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", then the
	// abstract "về Mô hình ...". Eight laws in one căn cứ after a shared
	// PRECEDING issuer "Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội chủ
	// nghĩa Việt Nam: Luật ... số N, ngày D; Luật ..." (Issuer given to each;
	// not scored). Bare law names in decree abstracts (Luật Cơ yếu, An ninh
	// mạng, Dữ liệu) are folded. Not listed: "Đề án Chuyển đổi số trong các cơ
	// quan đảng" (approved by QĐ 204 - its content), "Kiến trúc chuyển đổi số
	// ... phiên bản 3.0" (issued by QĐ 333), "kế hoạch hành động của Chính phủ"
	// (issued by NQ 214), "Khung kiến trúc tổng thể quốc gia số" (a framework
	// named without type word), "Phụ lục đính kèm Quy định này" (self).
	{
		File: "286_quydinh_384-qd-tw-ban-chap-hanh-trung-uong.md",
		Refs: []goldRef{
			{Type: "Điều lệ", Name: "Điều lệ Đảng"},
			{Type: "Quy chế", Name: "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoa XIII"},
			{Number: "57-NQ/TW", Type: "Nghị quyết", Date: "2024-12-22", Issuer: "Bộ Chính trị"},
			{Number: "204-QĐ/TW", Type: "Quyết định", Date: "2024-11-29", Issuer: "Ban Bí thư"},
			{Number: "333-QĐ/TW", Type: "Quyết định", Date: "2025-06-24", Issuer: "Ban Bí thư"},
			{Number: "379-QĐ/TW", Type: "Quy định", Date: "2025-10-22", Issuer: "Ban Bí thư"},
			{Number: "05-QĐ/BCĐTW", Type: "Quy định", Date: "2025-08-27", Issuer: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"},
			{Number: "20/2023/QH15", Type: "Luật", Date: "2023-06-22", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "67/2006/QH11", Type: "Luật", Date: "2006-06-29", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "05/2011/QH13", Type: "Luật", Date: "2011-11-26", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "86/2015/QH13", Type: "Luật", Date: "2015-11-19", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "24/2018/QH14", Type: "Luật", Date: "2018-06-12", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "29/2018/QH14", Type: "Luật", Date: "2018-11-15", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "33/2024/QH15", Type: "Luật", Date: "2024-06-21", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "60/2024/QH15", Type: "Luật", Date: "2024-11-30", Issuer: "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
			{Number: "137/2024/NĐ-CP", Type: "Nghị định", Date: "2024-10-23", Issuer: "Chính phủ"},
			{Number: "01/2024/NĐ-CP", Type: "Nghị định", Date: "2024-04-01", Issuer: "Chính phủ"},
			{Number: "53/2022/NĐ-CP", Type: "Nghị định", Date: "2022-08-15", Issuer: "Chính phủ"},
			{Number: "165/2025/NĐ-CP", Type: "Nghị định", Date: "2025-06-30", Issuer: "Chính phủ"},
			{Number: "1562/QĐ-TTg", Type: "Quyết định", Date: "2025-07-18", Issuer: "Thủ tướng Chính phủ"},
			{Number: "214/NQ-CP", Type: "Nghị quyết", Date: "2025-07-23", Issuer: "Chính phủ"},
			{Number: "278/2025/NĐ-CP", Type: "Nghị định", Date: "2025-10-22", Issuer: "Chính phủ"},
		},
	},
}
