package parser_test

// goldRefsTxt is the hand-annotated citation gold set for 21 plain-text corpus
// documents (thuvienphapluat crawler 0xx, Công báo PDF text 06x-12x, old laws
// 19x-20x). Every entry was produced by reading the whole file, not from
// parser output. Conventions follow goldRef:
//
//   - One goldRef per distinct cited document, however often it is mentioned.
//     Later short mentions ("Luật Đất đai", "Thông tư số 15/2024/TT-BKHĐT",
//     "Quyết định số 416/QĐ-TTg") are folded into the first full citation.
//   - A law cited both by name and by number (in any two places of the same
//     document) is one entry with the Number and an empty Name; the Date is
//     the fullest date seen at any mention.
//   - Citations that occur inside the abstract/title of another cited document
//     ("… sửa đổi, bổ sung một số điều của Nghị định số 120/2016/NĐ-CP …",
//     "Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y") are counted as
//     mentions of X / Y as well. Entries that exist ONLY because of such an
//     embedding are marked "embedded" in the comment above the document, so
//     they can be filtered if the metric decides otherwise.
//   - Issuer is the "của …" phrase; when the only issuer phrase precedes the
//     symbol ("Xét đề nghị của X tại Tờ trình số …") it is still given and the
//     comment says so. Issuers named without "của" ("Hội đồng Chính phủ đã ra
//     Quyết định …", "Pháp lệnh … đã được Hội đồng Nhà nước … thông qua") are
//     left empty.
//   - Editorial notes injected by thuvienphapluat ("[Điều này được hướng dẫn
//     bởi …]") are not citations of the document and are not listed.
var goldRefsTxt = []goldRefDoc{
	// Công văn BKHĐT replying to a PV GAS letter. Title line 1 is the site's
	// title (own number, not a ref). "Luật Doanh nghiệp 2014" = name + bare year
	// (no "năm"); also abbreviated "Luật DN 2014" in the V/v line and plain
	// "Luật Doanh nghiệp" in the body: one named ref. Second law is a long
	// lower-case name cited only by name ("Luật quản lý, sử dụng vốn nhà nước
	// ..."), preceded by part references "khoản 4 và 5 Điều 3, Điều 49 và 50".
	// The replied-to letter's issuer contains a dash and parentheses.
	{
		File: "002_congvan_cong-van-3397-bkhdt-qlkttw-nam-2019-huon.txt",
		Refs: []goldRef{
			{Number: "615/KVN-PC", Type: "Công văn", Date: "2019-04-03", Issuer: "Tổng công ty Khí Việt Nam- CTCP (PV GAS)"},
			{Type: "Luật", Name: "Luật Doanh nghiệp", Date: "2014"},
			{Type: "Luật", Name: "Luật quản lý, sử dụng vốn nhà nước đầu tư và sản xuất, kinh doanh tại doanh nghiệp"},
		},
	},

	// NQ HĐTP: three căn cứ by name + long date. "Bộ luật Tố tụng dân sự" is
	// cited by name+date in căn cứ and later (inside the abstract of NQ
	// 04/2017) as "Bộ luật Tố tụng dân sự số 92/2015/QH13": one ref with the
	// number and the căn cứ date.
	{
		File: "008_nghiquyet_nghi-quyet-01-2020-nq-hdtp.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Tổ chức Tòa án nhân dân", Date: "2014-11-24"},
			{Type: "Bộ luật", Name: "Bộ luật Dân sự", Date: "2015-11-24"},
			{Number: "92/2015/QH13", Type: "Bộ luật", Date: "2015-11-25"},
			{Number: "04/2017/NQ-HĐTP", Type: "Nghị quyết", Date: "2017-05-05", Issuer: "Hội đồng Thẩm phán Tòa án nhân dân tối cao"},
		},
	},

	// 1980 Chỉ thị of Phủ Thủ tướng. Old symbols without year ("169-CP",
	// "201-CP", "404-CP"). For QĐ 169-CP the date and issuer PRECEDE the
	// citation ("Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định
	// số 169-CP"), no "của" -> Issuer "". "Thực hiện quyết định này" right after
	// is lower-case anaphora to 169-CP, not a self reference. QĐ 201-CP is
	// cited without "số"; NĐ 404-CP likewise, with a slash date.
	{
		File: "017_chithi_chi-thi-299-ttg.txt",
		Refs: []goldRef{
			{Number: "169-CP", Type: "Quyết định", Date: "1977-06-24"},
			{Number: "201-CP", Type: "Quyết định", Date: "1980-07-01", Issuer: "Hội đồng Chính phủ"},
			{Number: "404-CP", Type: "Nghị định", Date: "1979-11-09", Issuer: "Hội đồng Chính phủ"},
		},
	},

	// NQ Quốc hội 2003. Contains thuvienphapluat editorial notes
	// "[Điều này được hướng dẫn bởi các Điều 3 và 4 Nghị định 127/2005/NĐ-CP ...]"
	// and "[Nội dung này được hướng dẫn bởi Chỉ thị 07/2004/CT-TTg ...]" - NOT
	// listed. Hiến pháp "năm 1992" amended by NQ 51/2001/QH10 whose issuer is
	// "Quốc hội khoá X, kỳ họp thứ 10". "Báo cáo thẩm tra của Uỷ ban pháp luật"
	// has no number: not listed.
	{
		File: "021_nghiquyet_nghi-quyet-so-23-2003-qh11.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam", Date: "1992"},
			{Number: "51/2001/QH10", Type: "Nghị quyết", Date: "2001-12-25", Issuer: "Quốc hội khoá X, kỳ họp thứ 10"},
			{Number: "1516/CP-CN", Type: "Tờ trình", Date: "2003-11-05", Issuer: "Chính phủ"},
		},
	},

	// QĐ-TTg 2024. Căn cứ lines are glued to the title on one line (crawler).
	// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
	// chức chính quyền địa phương ngày 22 tháng 11 năm 2019" is a named law
	// (no number); "Luật Tổ chức chính quyền địa phương" is embedded in its
	// name only (listed, Date "" - the 2019 date belongs to the amending law).
	// "Luật Đất đai" recurs 4x (twice with the date). Contains editorial notes
	// "[... được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm 2024 ...]" and
	// "Hướng dẫn 4545/HD-NHCS năm 2024" - NOT listed. "Quyết định thu hồi đất"
	// is generic.
	{
		File: "026_quyetdinh_quyet-dinh-12-2024-qd-ttg.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Tổ chức Chính phủ", Date: "2015-06-19"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", Date: "2019-11-22"},
			{Type: "Luật", Name: "Luật Tổ chức chính quyền địa phương"},
			{Type: "Luật", Name: "Luật Đất đai", Date: "2024-01-18"},
			{Number: "38/2013/QH13", Type: "Luật", Date: "2013-11-16", Issuer: "Quốc hội"},
			{Number: "63/2015/QĐ-TTg", Type: "Quyết định", Date: "2015-12-10", Issuer: "Thủ tướng Chính phủ"},
		},
	},

	// TT-BTC 2024, long căn cứ list with several documents per line separated
	// by ";" and amending decrees whose abstracts repeat the amended decree
	// (NĐ 82/2023 -> NĐ 120/2016; NĐ 91/2022 -> NĐ 126/2020). "Luật Đất đai
	// ngày 18 tháng 01 năm 2024" and "Luật Đất đai số 31/2024/QH15" (inside
	// the name of the unnumbered amending law of 29/6/2024) are the same law:
	// one ref with number + date. Luật 27/2023, 29/2023, 32/2024 are embedded
	// in that amending law's name only. NĐ 101/2024 abstract is split over two
	// lines by ";". Typo "ngày 28 ngày 11 năm 2023" (3x) for NĐ 82/2023. The
	// annex header "(Kèm theo Thông tư số 56/2024/TT-BTC ...)" is self.
	{
		File: "033_thongtu_thong-tu-56-2024-tt-btc.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Phí và lệ phí", Date: "2015-11-25"},
			{Number: "31/2024/QH15", Type: "Luật", Date: "2024-01-18"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15", Date: "2024-06-29"},
			{Number: "27/2023/QH15", Type: "Luật"},
			{Number: "29/2023/QH15", Type: "Luật"},
			{Number: "32/2024/QH15", Type: "Luật"},
			{Type: "Luật", Name: "Luật Ngân sách nhà nước", Date: "2015-06-25"},
			{Type: "Luật", Name: "Luật Quản lý thuế", Date: "2019-06-13"},
			{Number: "120/2016/NĐ-CP", Type: "Nghị định", Date: "2016-08-23", Issuer: "Chính phủ"},
			{Number: "82/2023/NĐ-CP", Type: "Nghị định", Date: "2023-11-28", Issuer: "Chính phủ"},
			{Number: "101/2024/NĐ-CP", Type: "Nghị định", Date: "2024-07-29", Issuer: "Chính phủ"},
			{Number: "126/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "91/2022/NĐ-CP", Type: "Nghị định", Date: "2022-10-30", Issuer: "Chính phủ"},
			{Number: "11/2020/NĐ-CP", Type: "Nghị định", Date: "2020-01-20", Issuer: "Chính phủ"},
			{Number: "123/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "14/2023/NĐ-CP", Type: "Nghị định", Date: "2023-04-20", Issuer: "Chính phủ"},
			{Type: "Luật", Name: "Luật Quốc phòng"},
			{Number: "74/2022/TT-BTC", Type: "Thông tư", Date: "2022-12-22", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "78/2021/TT-BTC", Type: "Thông tư", Date: "2021-09-17", Issuer: "Bộ trưởng Bộ Tài chính"},
		},
	},

	// Provincial QĐ-UBND (Kon Tum) with an attached Chương trình and two
	// footnotes ([1], [2]) at the end that carry Party citations. Party
	// symbols with hyphen ("37-CT/TW", "119-KH/TU", "51-CTr/TU") and broken
	// forms "119- KH/TU", "37- CT/TW", "416/QĐ- TTg"; double spaces before
	// "ngày". Short forms "(Kế hoạch số 119-KH/TU)", "(Chỉ thị số 37-CT/TW)",
	// "(Quyết định số 416/QĐ-TTg)" are aliases of the full citations. Party date
	// with comma ("Nghị quyết số 18-NQ/TW, ngày 25 tháng 10 năm 2017"), and
	// hyphen date "ngày 21-02-2018". Tờ trình: issuer phrase PRECEDES ("Xét đề
	// nghị của Giám đốc Sở ... tại Tờ trình số 33/... và Tờ trình số 42/...").
	// Type "Chương trình" for CTr/TU. Luật names in lower case ("Luật tổ chức
	// chính quyền địa phương", "Luật hợp tác xã"). Not listed: Đề án “Tuyên
	// truyền, phổ biến pháp luật cho người lao động ...” (quoted-title program,
	// no number/type word of a document), "Chương trình này" (self/attachment),
	// "(Ban hành kèm theo Quyết định số 435/QĐ-UBND ...)" (self).
	{
		File: "044_quyetdinh_quyet-dinh-435-qd-ubnd-nam-2020.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật tổ chức chính quyền địa phương", Date: "2015-06-19"},
			{Number: "37-CT/TW", Type: "Chỉ thị", Date: "2019-09-03", Issuer: "Ban Bí thư Trung ương Đảng"},
			{Number: "416/QĐ-TTg", Type: "Quyết định", Date: "2020-03-25", Issuer: "Thủ tướng Chính phủ"},
			{Number: "119-KH/TU", Type: "Kế hoạch", Date: "2019-12-18", Issuer: "Ban Thường vụ Tỉnh ủy"},
			{Number: "33/TTr-SLĐTBXH", Type: "Tờ trình", Date: "2020-04-16", Issuer: "Giám đốc Sở Lao động - Thương binh và Xã hội"},
			{Number: "42/TTr-SLĐTBXH", Type: "Tờ trình", Date: "2020-04-29", Issuer: "Giám đốc Sở Lao động - Thương binh và Xã hội"},
			{Number: "2401/KH-UBND", Type: "Kế hoạch", Date: "2017-09-05", Issuer: "Ủy ban nhân dân tỉnh"},
			{Type: "Luật", Name: "Luật Doanh nghiệp"},
			{Type: "Luật", Name: "Luật hợp tác xã"},
			{Number: "51-CTr/TU", Type: "Chương trình", Date: "2018-02-09", Issuer: "Tỉnh ủy"},
			{Number: "18-NQ/TW", Type: "Nghị quyết", Date: "2017-10-25", Issuer: "Ban Chấp hành Trung ương khóa XII"},
			{Number: "53-CTr/TU", Type: "Chương trình", Date: "2018-02-21", Issuer: "Ban Chấp hành Đảng bộ tỉnh khóa XV"},
			{Number: "19-NQ/TW", Type: "Nghị quyết", Date: "2017-10-25", Issuer: "Ban Chấp hành Trung ương khóa XII"},
			{Number: "739/KH-UBND", Type: "Kế hoạch", Date: "2018-03-28"},
			{Number: "740/KH-UBND", Type: "Kế hoạch", Date: "2018-03-28"},
		},
	},

	// Amending law 43/2024/QH15. Header "Luật số:  43/2024/QH15" (own number).
	// Title in capitals: "LUẬT ĐẤT ĐAI SỐ 31/2024/QH15, LUẬT NHÀ Ở SỐ
	// 27/2023/QH15 ...". Two different "Luật Đất đai": 31/2024/QH15 and
	// 45/2013/QH13 (inside a quoted amended clause). Several "Luật này" inside
	// quoted amended clauses refer to the amended laws - treated as self forms,
	// not listed. The site title line 1 names the four laws without numbers.
	{
		File: "051_luat_luat-sua-doi-luat-dat-dai-luat-nha-o-lua.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
			{Number: "31/2024/QH15", Type: "Luật"},
			{Number: "27/2023/QH15", Type: "Luật"},
			{Number: "29/2023/QH15", Type: "Luật"},
			{Number: "32/2024/QH15", Type: "Luật"},
			{Number: "132/2020/QH14", Type: "Nghị quyết", Date: "2020-11-17", Issuer: "Quốc hội"},
			{Number: "45/2013/QH13", Type: "Luật"},
		},
	},

	// Công báo PDF text: đính chính decision. Citations wrapped mid-phrase
	// ("của Chính \nphủ", "Luật \nBan hành ..."). NĐ 154/2020 has a date but NO
	// issuer of its own: the following "của Chính phủ" belongs to NĐ 34/2016
	// inside NĐ 154's abstract. Alias "(sau đây viết tắt là Thông tư số
	// 15/2024/TT-BKHĐT)". "Thông tư này" inside quoted corrected text refers
	// to TT 15/2024 - self form, not listed.
	{
		File: "064_quyetdinh_quyet-dinh-2416-qd-bkhdt-43016.txt",
		Refs: []goldRef{
			{Number: "15/2024/TT-BKHĐT", Type: "Thông tư", Date: "2024-09-30", Issuer: "Bộ Kế hoạch và Đầu tư"},
			{Type: "Luật", Name: "Luật Ban hành văn bản quy phạm pháp luật", Date: "2015-06-22"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", Date: "2020-06-18"},
			{Number: "34/2016/NĐ-CP", Type: "Nghị định", Date: "2016-05-14", Issuer: "Chính phủ"},
			{Number: "154/2020/NĐ-CP", Type: "Nghị định", Date: "2020-12-31"},
			{Number: "89/2022/NĐ-CP", Type: "Nghị định", Date: "2022-10-28", Issuer: "Chính phủ"},
		},
	},

	// Công báo, BTC 2026. Header date typo "năm 20264" (own date, not a ref).
	// Laws by name + number + "được sửa đổi, bổ sung bởi Luật số ..." (bare
	// "Luật số N"). "Luật Ban hành văn bản quy phạm pháp luật năm 2025" (Điều 2)
	// is Luật 64/2025/QH15 -> Date "2025". "Luật Chứng khoán" / "Luật chứng
	// khoán" (lower case) in abstracts = 54/2019/QH14. NĐ 187/2025: "được sửa
	// đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và
	// Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm
	// tra ..." - the trailing "của Chính phủ" belongs to NĐ 79 (its abstract
	// follows), so NĐ 187 Issuer "" (a distributive reading would give
	// "Chính phủ"). The four amending circulars in Điều 1 have dates but no
	// issuer. Split symbol across lines: "Nghị \nđịnh số 187/...", "Nghị định số
	// \n79/2025/NĐ-CP", "Nghị định số \n155/2020/NĐ-CP".
	{
		File: "070_quyetdinh_quyet-dinh-333-qd-btc-469000.txt",
		Refs: []goldRef{
			{Number: "155/2020/NĐ-CP", Type: "Nghị định", Date: "2020-12-31", Issuer: "Chính phủ"},
			{Number: "54/2019/QH14", Type: "Luật"},
			{Number: "245/2025/NĐ-CP", Type: "Nghị định", Date: "2025-09-11", Issuer: "Chính phủ"},
			{Number: "64/2025/QH15", Type: "Luật", Date: "2025"},
			{Number: "87/2025/QH15", Type: "Luật"},
			{Number: "56/2024/QH15", Type: "Luật"},
			{Number: "78/2025/NĐ-CP", Type: "Nghị định", Date: "2025-04-01", Issuer: "Chính phủ"},
			{Number: "187/2025/NĐ-CP", Type: "Nghị định", Date: "2025-07-01"},
			{Number: "79/2025/NĐ-CP", Type: "Nghị định", Date: "2025-04-01", Issuer: "Chính phủ"},
			{Number: "29/2025/NĐ-CP", Type: "Nghị định", Date: "2025-02-24", Issuer: "Chính phủ"},
			{Number: "166/2025/NĐ-CP", Type: "Nghị định", Date: "2025-06-30", Issuer: "Chính phủ"},
			{Number: "119/2020/TT-BTC", Type: "Thông tư", Date: "2020-12-31", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "68/2024/TT-BTC", Type: "Thông tư", Date: "2024-09-18"},
			{Number: "14/2025/TT-BTC", Type: "Thông tư", Date: "2025-04-04"},
			{Number: "18/2025/TT-BTC", Type: "Thông tư", Date: "2025-04-26"},
			{Number: "51/2021/TT-BTC", Type: "Thông tư", Date: "2021-06-30", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "20/2025/TT-BTC", Type: "Thông tư", Date: "2025-05-05"},
		},
	},

	// Công báo, BTC đính chính 2026. Header "Số:  372 /QĐ-BTC" and blank date
	// (own). The title line 17 has Cyrillic "TT-BТС" in "06/2022/TT-BТС"
	// (normalised to TT-BTC; the same number appears with Latin letters later).
	// "Thông tư 95/2020/TT-BTC" without "số". Symbol split over lines
	// "57/2021/TT-\nBTC". Long nested abstracts: TT 138/2025 amends TT 95/2020
	// and TT 06/2022; TT 139/2025 amends TT 57/2021 "được sửa đổi, bổ sung bởi
	// Thông tư số 69/2023/TT-BTC" (no date/issuer). Issuer "Bộ trưởng Bộ Tài
	// chính" wrapped "Bộ Tài \nchính". NĐ 187/2025 and NĐ 166/2025 here have no
	// issuer. Aliases "(sau đây gọi là Thông tư số 138/2025/TT-BTC)".
	{
		File: "071_quyetdinh_quyet-dinh-372-qd-btc-469041.txt",
		Refs: []goldRef{
			{Number: "138/2025/TT-BTC", Type: "Thông tư", Date: "2025-12-30", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "95/2020/TT-BTC", Type: "Thông tư", Date: "2020-11-16", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "06/2022/TT-BTC", Type: "Thông tư", Date: "2022-02-08", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "139/2025/TT-BTC", Type: "Thông tư", Date: "2025-12-30", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "57/2021/TT-BTC", Type: "Thông tư", Date: "2021-07-12", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "69/2023/TT-BTC", Type: "Thông tư"},
			{Number: "64/2025/QH15", Type: "Luật"},
			{Number: "87/2025/QH15", Type: "Luật"},
			{Number: "78/2025/NĐ-CP", Type: "Nghị định", Date: "2025-04-01", Issuer: "Chính phủ"},
			{Number: "187/2025/NĐ-CP", Type: "Nghị định", Date: "2025-07-01"},
			{Number: "30/2020/NĐ-CP", Type: "Nghị định", Date: "2020-03-05", Issuer: "Chính phủ"},
			{Number: "29/2025/NĐ-CP", Type: "Nghị định", Date: "2025-02-24", Issuer: "Chính phủ"},
			{Number: "166/2025/NĐ-CP", Type: "Nghị định", Date: "2025-06-30"},
		},
	},

	// Công báo, NQ UBTVQH15 2022. Few refs. "Bộ luật Lao động số 45/2019/QH14"
	// then "Bộ luật Lao động" 3x (one ref). NQ 30/2021/QH15: date then "Kỳ họp
	// thứ nhất, Quốc hội khóa XV" with no "của" -> Issuer "". Amended-by form
	// "đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14".
	{
		File: "081_nghiquyet_nghi-quyet-17-2022-ubtvqh15-36956.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
			{Number: "57/2014/QH13", Type: "Luật"},
			{Number: "65/2020/QH14", Type: "Luật"},
			{Number: "45/2019/QH14", Type: "Bộ luật"},
			{Number: "30/2021/QH15", Type: "Nghị quyết", Date: "2021-07-28"},
		},
	},

	// Công báo, NQ UBTVQH15 2025. Hiến pháp amended by NQ 203/2025/QH15. Luật
	// 41/2024/QH15 (Bảo hiểm xã hội) is cited 3x - once by name+number, twice as
	// the amending "Luật số 41/2024/QH15": one ref. Lookalike numbers 84/2015/QH13
	// vs 84/2025/QH15. "Báo cáo thẩm tra số 685/BC-UBVHXH15" (Type "Báo cáo"),
	// issuer wrapped "của Ủy \nban Văn hóa và Xã hội của Quốc hội".
	{
		File: "083_nghiquyet_nghi-quyet-89-2025-ubtvqh15-45738.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
			{Number: "203/2025/QH15", Type: "Nghị quyết"},
			{Number: "57/2014/QH13", Type: "Luật"},
			{Number: "65/2020/QH14", Type: "Luật"},
			{Number: "62/2025/QH15", Type: "Luật"},
			{Number: "41/2024/QH15", Type: "Luật"},
			{Number: "84/2025/QH15", Type: "Luật"},
			{Number: "38/2013/QH13", Type: "Luật"},
			{Number: "84/2015/QH13", Type: "Luật"},
			{Number: "613/TTr-CP", Type: "Tờ trình", Date: "2025-06-27", Issuer: "Chính phủ"},
			{Number: "685/BC-UBVHXH15", Type: "Báo cáo", Date: "2025-07-09", Issuer: "Ủy ban Văn hóa và Xã hội của Quốc hội"},
		},
	},

	// Công báo, NĐ 2026 amending two decrees. Many laws by name + number, with
	// amendment chains listed as "Luật số 116/2025/QH15, Luật số 127/2025/QH15,
	// Luật số \n133/2025/QH15, ... và Luật số 143/2025/QH15". Two different
	// "Luật Quản lý thuế" (38/2019/QH14 and 108/2025/QH15). The amending law
	// "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật
	// Thuế giá trị gia tăng, Luật Thuế thu nhập doanh nghiệp và Luật Thuế tiêu
	// thụ đặc biệt số 09/2026/QH16": the number belongs to the whole amending
	// law, not to "Luật Thuế tiêu thụ đặc biệt" (textually adjacent!). The
	// embedded names TNCN/GTGT/TNDN fold into 109/2025, 48/2024, 67/2025;
	// "Luật Thuế tiêu thụ đặc biệt" is embedded-only (listed). "Luật Thuế thu
	// nhập doanh nghiệp" in the abstract of NĐ 320/2025 = 67/2025/QH15. Symbol
	// split "68/2026/NĐ-\nCP". "Điều 9 Nghị \nđịnh này" is self.
	{
		File: "101_nghidinh_nghi-dinh-141-2026-nd-cp-469455.txt",
		Refs: []goldRef{
			{Number: "68/2026/NĐ-CP", Type: "Nghị định", Date: "2026-03-05", Issuer: "Chính phủ"},
			{Number: "320/2025/NĐ-CP", Type: "Nghị định", Date: "2025-12-15", Issuer: "Chính phủ"},
			{Number: "63/2025/QH15", Type: "Luật"},
			{Number: "109/2025/QH15", Type: "Luật"},
			{Number: "48/2024/QH15", Type: "Luật"},
			{Number: "90/2025/QH15", Type: "Luật"},
			{Number: "149/2025/QH15", Type: "Luật"},
			{Number: "67/2025/QH15", Type: "Luật"},
			{Number: "116/2025/QH15", Type: "Luật"},
			{Number: "127/2025/QH15", Type: "Luật"},
			{Number: "133/2025/QH15", Type: "Luật"},
			{Number: "141/2025/QH15", Type: "Luật"},
			{Number: "143/2025/QH15", Type: "Luật"},
			{Number: "38/2019/QH14", Type: "Luật"},
			{Number: "56/2024/QH15", Type: "Luật"},
			{Number: "108/2025/QH15", Type: "Luật"},
			{Number: "09/2026/QH16", Type: "Luật"},
			{Type: "Luật", Name: "Luật Thuế tiêu thụ đặc biệt"},
		},
	},

	// Công báo, TT-BNNPTNT repealing 15 + 3 documents: long numbered list with
	// slash dates "ngày 07/3/2005". Issuer wrapped "Bộ trưởng Bộ Nông \nnghiệp
	// và Phát triển nông thôn". Item 9 abstract embeds a named Party resolution
	// "Nghị quyết Đại hội Đảng lần thứ X" followed directly by "Nghị quyết số
	// 25/2006/NQ-CP" (comma list of a named and a numbered ref). Part 2 item 1
	// abstract embeds "Nghị quyết số 57/NQ-CP ngày 15/12/2010" (no issuer).
	// "Thông tư \nsố 21/2015/..." split between type and "số". "Thông tư này"
	// inside the quoted repealed text refers to TT 21/2015 - not listed.
	{
		File: "108_thongtu_thong-tu-18-2021-tt-bnnptnt-36440.txt",
		Refs: []goldRef{
			{Type: "Luật", Name: "Luật Ban hành văn bản quy phạm pháp luật", Date: "2015-06-22"},
			{Type: "Luật", Name: "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", Date: "2020-06-18"},
			{Number: "34/2016/NĐ-CP", Type: "Nghị định", Date: "2016-05-14", Issuer: "Chính phủ"},
			{Number: "154/2020/NĐ-CP", Type: "Nghị định", Date: "2020-12-31", Issuer: "Chính phủ"},
			{Number: "15/2017/NĐ-CP", Type: "Nghị định", Date: "2017-02-17", Issuer: "Chính phủ"},
			{Number: "03/2005/CT-BTS", Type: "Chỉ thị", Date: "2005-03-07", Issuer: "Bộ trưởng Bộ Thủy sản"},
			{Number: "77/2007/CT-BNN", Type: "Chỉ thị", Date: "2007-09-06", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "54/2003/QĐ-BNN", Type: "Quyết định", Date: "2003-04-07", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "59/2004/QĐ-BNN", Type: "Quyết định", Date: "2004-11-04", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "60/2004/QĐ-BNN", Type: "Quyết định", Date: "2004-11-04", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "14/2005/QĐ-BNN", Type: "Quyết định", Date: "2005-03-15", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "62/2006/QĐ-BNN", Type: "Quyết định", Date: "2006-08-16", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "68/2006/QĐ-BNN", Type: "Quyết định", Date: "2006-09-13", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "02/2007/QĐ-BTS", Type: "Quyết định", Date: "2007-03-08", Issuer: "Bộ trưởng Bộ Thủy sản"},
			{Type: "Nghị quyết", Name: "Nghị quyết Đại hội Đảng lần thứ X"},
			{Number: "25/2006/NQ-CP", Type: "Nghị quyết", Date: "2006-10-09", Issuer: "Chính phủ"},
			{Number: "26/2007/QĐ-BNN", Type: "Quyết định", Date: "2007-04-09", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "78/2008/QĐ-BNN", Type: "Quyết định", Date: "2008-07-01", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "15/2010/TT-BNNPTNT", Type: "Thông tư", Date: "2010-03-22", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "32/2010/TT-BNNPTNT", Type: "Thông tư", Date: "2010-06-17", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "27/2015/TT-BNNPTNT", Type: "Thông tư", Date: "2015-08-07", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "15/2016/TT-BNNPTNT", Type: "Thông tư", Date: "2016-06-10", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "22/2011/TT-BNNPTNT", Type: "Thông tư", Date: "2011-04-06", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "57/NQ-CP", Type: "Nghị quyết", Date: "2010-12-15"},
			{Number: "16/2013/TT-BNNPTNT", Type: "Thông tư", Date: "2013-02-28", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
			{Number: "21/2015/TT-BNNPTNT", Type: "Thông tư", Date: "2015-06-08", Issuer: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
		},
	},

	// Công báo, TT-BKHĐT suspending two circulars and keeping 10 others in
	// force (lettered list a)…k) with "Các Điều 7, 8, 9, 10 và 13 Thông tư số
	// ..." and "Khoản 4 Điều 8 Thông tư số ..." part references). Five laws by
	// name + long date, one wrapped "ngày 18 tháng 6 \nnăm 2020"; "Luật sửa đổi
	// bổ sung ..." without comma. TT 04/2017 cited twice with different issuer
	// wording ("Bộ trưởng Bộ Kế hoạch và Đầu tư" / "Bộ Kế hoạch và Đầu tư").
	// NĐ 25/2020 cited again in the abstract of TT 06/2020. "Nghị định \nsố
	// 25/2020/NĐ-CP" split between type and "số".
	{
		File: "111_thongtu_thong-tu-16-2022-tt-bkhdt-37688.txt",
		Refs: []goldRef{
			{Number: "08/2022/TT-BKHĐT", Type: "Thông tư", Date: "2022-05-31", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "10/2022/TT-BKHĐT", Type: "Thông tư", Date: "2022-06-15", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Type: "Luật", Name: "Luật Đấu thầu", Date: "2013-11-26"},
			{Type: "Luật", Name: "Luật Đầu tư theo phương thức đối tác công tư", Date: "2020-06-18"},
			{Type: "Luật", Name: "Luật Giao dịch điện tử", Date: "2005-11-29"},
			{Type: "Luật", Name: "Luật Ban hành văn bản quy phạm pháp luật", Date: "2015-06-22"},
			{Type: "Luật", Name: "Luật sửa đổi bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", Date: "2020-06-18"},
			{Number: "63/2014/NĐ-CP", Type: "Nghị định", Date: "2014-06-26", Issuer: "Chính phủ"},
			{Number: "25/2020/NĐ-CP", Type: "Nghị định", Date: "2020-02-28", Issuer: "Chính phủ"},
			{Number: "35/2021/NĐ-CP", Type: "Nghị định", Date: "2021-03-29", Issuer: "Chính phủ"},
			{Number: "86/2017/NĐ-CP", Type: "Nghị định", Date: "2017-07-25", Issuer: "Chính phủ"},
			{Number: "01/2015/TT-BKHĐT", Type: "Thông tư", Date: "2015-02-14", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "03/2015/TT-BKHĐT", Type: "Thông tư", Date: "2015-05-06", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "05/2015/TT-BKHĐT", Type: "Thông tư", Date: "2015-06-16", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "14/2016/TT-BKHĐT", Type: "Thông tư", Date: "2016-09-29", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "04/2017/TT-BKHĐT", Type: "Thông tư", Date: "2017-11-15", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "05/2018/TT-BKHĐT", Type: "Thông tư", Date: "2018-12-10", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "11/2019/TT-BKHĐT", Type: "Thông tư", Date: "2019-12-16", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "05/2020/TT-BKHĐT", Type: "Thông tư", Date: "2020-06-30", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "06/2020/TT-BKHĐT", Type: "Thông tư", Date: "2020-09-18", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
			{Number: "09/2021/TT-BKHĐT", Type: "Thông tư", Date: "2021-11-16", Issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư"},
		},
	},

	// Công báo, TT-BTC 2026 (fees, railways). Laws by name + number only;
	// "Luật Quản lý thuế số 38/2019/QH14" also appears as "Luật Quản lý thuế
	// ngày 13 tháng 6 năm 2019" inside the abstract of TT 32/2025 -> one ref
	// with that date. "Luật Phí và lệ phí" / "Luật Đường sắt" inside decree
	// abstracts fold into 97/2015/QH13 / 95/2025/QH15. Amending decrees without
	// date ("được sửa đổi, bổ sung bởi Nghị định số 91/2022/NĐ-CP",
	// "... 166/2025/NĐ-CP") and NĐ 70/2025 whose date appears only at the end
	// ("Nghị định số \n70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 sửa đổi ...", no
	// issuer). Splits: "Nghị định số 347/2025/NĐ-\nCP", "Thông \ntư số
	// 64/2025/TT-BTC", "ngày 31 tháng \n5 năm 2025".
	{
		File: "120_thongtu_thong-tu-11-2026-tt-btc-468949.txt",
		Refs: []goldRef{
			{Number: "97/2015/QH13", Type: "Luật"},
			{Number: "89/2025/QH15", Type: "Luật"},
			{Number: "95/2025/QH15", Type: "Luật"},
			{Number: "38/2019/QH14", Type: "Luật", Date: "2019-06-13"},
			{Number: "362/2025/NĐ-CP", Type: "Nghị định", Date: "2025-12-31", Issuer: "Chính phủ"},
			{Number: "16/2026/NĐ-CP", Type: "Nghị định", Date: "2026-01-14", Issuer: "Chính phủ"},
			{Number: "126/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "91/2022/NĐ-CP", Type: "Nghị định"},
			{Number: "347/2025/NĐ-CP", Type: "Nghị định", Date: "2025-12-29", Issuer: "Chính phủ"},
			{Number: "123/2020/NĐ-CP", Type: "Nghị định", Date: "2020-10-19", Issuer: "Chính phủ"},
			{Number: "70/2025/NĐ-CP", Type: "Nghị định", Date: "2025-03-20"},
			{Number: "29/2025/NĐ-CP", Type: "Nghị định", Date: "2025-02-24", Issuer: "Chính phủ"},
			{Number: "166/2025/NĐ-CP", Type: "Nghị định"},
			{Number: "295/2016/TT-BTC", Type: "Thông tư", Date: "2016-11-15", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "64/2025/TT-BTC", Type: "Thông tư", Date: "2025-06-30", Issuer: "Bộ trưởng Bộ Tài chính"},
			{Number: "32/2025/TT-BTC", Type: "Thông tư", Date: "2025-05-31", Issuer: "Bộ trưởng Bộ Tài chính"},
		},
	},

	// Old law 1991 (UTS_VLC text). Own number "56-LCT/HĐNN8" appears in header
	// and title. Only ref: the Constitution, cited as "các điều 40, 41, 60 và 83
	// của Hiến pháp ..." (lower-case "điều" list before the name), no year.
	// Many "Luật này" self references.
	{
		File: "196_luat_pho-cap-gd-tieu-hoc-1991.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam"},
		},
	},

	// Old law 1993. The law names ITSELF repeatedly as "Luật thuế sử dụng đất
	// nông nghiệp" (and garbled "Luật thuế và tổ chức thu thuế sử dụng đất
	// nông nghiệp") - self references by name, not listed. Lower-case law
	// names "Luật đầu tư nước ngoài tại Việt Nam", "Luật đất đai". The repealed
	// "Pháp lệnh về thuế nông nghiệp" is dated by its adoption clause ("đã được
	// Hội đồng Nhà nước ... khoá VIII thông qua ngày 30 tháng 1 năm 1989"), no
	// "của" -> Issuer "". "không đúng Luật" is generic.
	{
		File: "198_luat_thue-sd-dat-nn-1993.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam", Date: "1992"},
			{Type: "Luật", Name: "Luật đầu tư nước ngoài tại Việt Nam"},
			{Type: "Luật", Name: "Luật đất đai"},
			{Type: "Pháp lệnh", Name: "Pháp lệnh về thuế nông nghiệp", Date: "1989-01-30"},
		},
	},

	// Old law 1994. Self references by name "Luật thuế chuyển quyền sử dụng
	// đất" (7x) - not listed. "Căn cứ vào các điều 3, 73 và 79 của Luật đất
	// đai" (lower-case name, no year).
	{
		File: "200_luat_thue-chuyen-quyen-sdd-1994.txt",
		Refs: []goldRef{
			{Type: "Hiến pháp", Name: "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam", Date: "1992"},
			{Type: "Luật", Name: "Luật đất đai"},
		},
	},

	// 1957 law promulgated by Sắc lệnh; title "SỐ 101-SL/L.003 NGÀY 20-5-1957"
	// is its own number. No citations at all ("Tất cả luật lệ nào trái với luật
	// này", "xử phạt theo luật lệ hiện hành" are generic). Negative case: any
	// extracted ref is a false positive.
	{
		File: "205_luat_tu-do-hoi-hop.txt",
		Refs: []goldRef{},
	},
}
