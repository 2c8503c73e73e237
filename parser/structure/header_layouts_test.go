package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// The header layouts of issue 12 (items 8 and 11), each on the lines of a
// corpus document: ../shared/corpus for the numbered files,
// ../shared/legacy/doc-rtf/truth for the legacy ones.

// headerFields is what these tests compare of a parsed header.
type headerFields struct {
	Type, Issuer, Number, Date, Abstract string
}

func headerOf(t *testing.T, src string) headerFields {
	t.Helper()
	return fieldsOf(parse(t, src))
}

// fieldsOf is the headerFields of d.
func fieldsOf(d *model.Document) headerFields {
	return headerFields{d.Type, d.Issuer, d.Number, d.Date, d.Abstract}
}

// Old laws and catalogue exports print the issuer, the number and the date in
// the title, after the type: the abstract is the name that follows them.
func TestCatalogueTitles(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		// 202: "LUẬT" / "CỦA QUỐC HỘI ... SỐ ... VỀ ..." gave abstract "CỦA"
		"202", "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\nSố: 16/1999/QH10\n\nHà Nội, ngày 21 tháng 12 năm 1999\n\n\nLUẬT\n\nCỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 16/1999/QH10 VỀ SĨ QUAN QUÂN ĐỘI NHÂN DÂN VIỆT NAM\n\nĐể xây dựng đội ngũ sĩ quan Quân đội nhân dân Việt Nam vững mạnh;\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\n\nChương 1:\n\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1\n\nSĩ quan Quân đội nhân dân Việt Nam.\n",
		headerFields{"Luật", "QUỐC HỘI", "16/1999/QH10", "1999-12-21", "VỀ SĨ QUAN QUÂN ĐỘI NHÂN DÂN VIỆT NAM"},
	}, {
		// 046: the whole header flattened on one line gave no type and no abstract
		"046", "Luật Đất đai 2003\nQUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -Hạnh phúc\nSố: 13/2003/QH11 Hà Nội , ngày 26 tháng 11 năm 2003 LUẬT SỐ13/2003/QH11 CỦA QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VỀ ĐẤT ĐAI\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\nLuật này quy định về quản lý và sử dụng đất đai.\nCHƯƠNG I NHỮNG QUY ĐỊNH CHUNG\nĐiều 1.\n",
		headerFields{"Luật", "QUỐC HỘI", "13/2003/QH11", "2003-11-26", "VỀ ĐẤT ĐAI"},
	}, {
		// 047: the title runs into the first sentence of the preamble
		"047", "Luật Hải quan 2001\nQUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********\nSố:\n29/2001/QH10 Hà Nội, ngày 29 tháng 6 năm 2001 LUẬT CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 29/2001/QH10 VỀ HẢI QUAN Để góp phần bảo đảm thực hiện chính sách của Nhà nước về phát triển kinh tế;\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\nĐiều 1. Chính sách về hải quan\n",
		headerFields{"Luật", "QUỐC HỘI", "29/2001/QH10", "2001-06-29", "VỀ HẢI QUAN"},
	}, {
		// 196: the issuer, number and date printed after the name
		"196", "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\nSố: 56-LCT/HĐNN8\n\nHà Nội, ngày 12 tháng 8 năm 1991\n\n\n\nLUẬT\n\nPHỔ CẬP GIÁO DỤC TIỂU HỌC CỦA QUỐC HỘI SỐ 56-LCT/HĐNN8 NGÀY 12/08/1991\n\nCăn cứ vào các điều 40, 41, 60 và 83 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;\n\nChương 1:\n",
		headerFields{"Luật", "QUỐC HỘI", "56-LCT/HĐNN8", "1991-08-12", "PHỔ CẬP GIÁO DỤC TIỂU HỌC"},
	}, {
		// 203: "CỦA LUẬT ĐẦU TƯ ..." names the act amended, not an issuer
		"203", "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\nSố: 18/2000/QH10\n\nHà Nội, ngày 09 tháng 6 năm 2000\n\nLUẬT\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM SỐ 18/2000/QH10 NGÀY 09 THÁNG 6 NĂM 2000\n\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\n",
		headerFields{"Luật", "QUỐC HỘI", "18/2000/QH10", "2000-06-09", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM"},
	}, {
		// legacy 2004-NghiDinh29_1998: no motto, no header table
		"NghiDinh29_1998", "Nghị định\ncủa Chính phủ số 29/1998/NĐ-CP ngày 11 tháng 5 năm 1998\nvề việc ban hành Quy chế thực hiện dân chủ ở xã\n\nChính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\nNghị định:\nĐiều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.\n",
		headerFields{"Nghị định", "Chính phủ", "29/1998/NĐ-CP", "1998-05-11", "về việc ban hành Quy chế thực hiện dân chủ ở xã"},
	}, {
		// legacy 2004-NghiDinh114_2003: type, issuer, number and date on one
		// line, the numeric date and the abstract on the next
		"NghiDinh114_2003", "Chính phủ\n\nNghị định của Chính phủ số 114/2003/NĐ-CP\nngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn.\n\nChính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nNghị Định:\nChương I\n",
		headerFields{"Nghị định", "Chính phủ", "114/2003/NĐ-CP", "2003-10-10", "về cán bộ, công chức xã, phường, thị trấn."},
	}, {
		// legacy 2004-B6: the minister decides; the issuer is his ministry
		"B6", "Quyết định\ncủa Bộ trưởng Bộ Tài chính số 1141-TC/QĐ/CĐKT\nngày 01 tháng 11 năm 1995 Về việc ban hành\nchế độ kế toán doanh nghiệp\n\nBộ trưởng Bộ Tài chính\n\n- Căn cứ Nghị định số 15/CP ngày 2-3-1993 của Chính phủ về nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ.\n",
		headerFields{"Quyết định", "Bộ Tài chính", "1141-TC/QĐ/CĐKT", "1995-11-01", "Về việc ban hành chế độ kế toán doanh nghiệp"},
	}, {
		// legacy 2004-A33: a joint issuer wrapped after its dash
		"A33", "Thông tư liên tịch\ncủa Bộ Tài chính - Công nghiệp -\nTổng cục Hải quan số 176/1998/TTLT-BTC-BCN-TCHQ ngày 25 tháng 12 năm 1998 Hướng dẫn thực hiện chính sách thuế theo tỷ lệ nội địa hóa\n\n- Căn cứ Luật thuế nhập khẩu;\n",
		headerFields{"Thông tư liên tịch", "Bộ Tài chính - Công nghiệp - Tổng cục Hải quan", "176/1998/TTLT-BTC-BCN-TCHQ", "1998-12-25", "Hướng dẫn thực hiện chính sách thuế theo tỷ lệ nội địa hóa"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// A line that names a type and "của" is no title when the header has its own
// type, or when what follows "của" is no body: 172 prints "Quy định của pháp
// luật liên quan đến án lệ:" under its title.
func TestCatalogueTitleNotTaken(t *testing.T) {
	src := "Án lệ số 02/2016/AL\nĐược Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 06 tháng 4 năm 2016 và được công bố theo Quyết định số 220/QĐ-CA ngày 06 tháng 4 năm 2016 của Chánh án Tòa án nhân dân tối cao.\nNguồn án lệ:\nQuyết định giám đốc thẩm số 27/2010/DS-GĐT ngày 08-7-2010 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.\nQuy định của pháp luật liên quan đến án lệ:\nĐiều 137 và Điều 235 của Bộ luật Dân sự năm 2005.\nNỘI DUNG VỤ ÁN\n"
	got := headerOf(t, src)
	assert.Equal(t, "Án lệ", got.Type)
	assert.Equal(t, "", got.Abstract)
}

// Precedents print who passed them and when under the title (173, 183).
func TestPrecedentAdoption(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		"173", "Án lệ số 03/2016/AL\nĐược Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 06 tháng 4 năm 2016 và được công bố theo Quyết định số 220/QĐ-CA ngày 06 tháng 4 năm 2016 của Chánh án Tòa án nhân dân tối cao.\nNguồn án lệ:\nQuyết định giám đốc thẩm số 208/2013/DS-GĐT ngày 03-5-2013 của Tòa Dân sự Tòa án nhân dân tối cao.\nNỘI DUNG VỤ ÁN\n",
		headerFields{"Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "03/2016/AL", "2016-04-06", ""},
	}, {
		"183", "Án lệ số 10/2016/AL\nĐược Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 17 tháng 10 năm 2016 và được công bố theo Quyết định số 698/QĐ-CA ngày 17 tháng 10 năm 2016 của Chánh án Tòa án nhân dân tối cao.\nNguồn án lệ:\nNỘI DUNG VỤ ÁN\n",
		headerFields{"Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "10/2016/AL", "2016-10-17", ""},
	}, {
		// 177: the name of the precedent follows its number
		"177", "Án lệ số 11/2017/AL về công nhận hợp đồng thế chấp quyền sử dụng đất mà trên đất có tài sản không thuộc sở hữu của bên thế chấp\nĐược Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 14  tháng 12 năm 2017 và được công bố theo Quyết định số 299/QĐ-CA ngày 28 tháng 12 năm 2017 của Chánh án Tòa án nhân dân tối cao.\nNỘI DUNG VỤ ÁN\n",
		headerFields{"Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "11/2017/AL", "2017-12-14", "về công nhận hợp đồng thế chấp quyền sử dụng đất mà trên đất có tài sản không thuộc sở hữu của bên thế chấp"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// Laws and resolutions of the Quốc hội and its Standing Committee print no
// date line: the date is in the closing "... thông qua ngày ..." sentence, and
// the number follows "Luật số:" or "Nghị quyết số:" (077, 081, 145).
func TestPassedDateAndTypedNumber(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		// 077: the gazette text, the sentence wrapped before "kỳ họp"
		"077", "CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024\n3\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n QUỐC HỘI\n\nLuật số: 51/2024/QH15\n\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế\n1. Bổ sung khoản 9 vào sau khoản 8 Điều 2.\n\nLuật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV,\nkỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024.\n\nCHỦ TỊCH QUỐC HỘI\n\nTrần Thanh Mẫn\n",
		headerFields{"Luật", "QUỐC HỘI", "51/2024/QH15", "2024-11-27", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ"},
	}, {
		// 081: "Nghị quyết số:" above the motto; the sentence wrapped after
		// "chủ nghĩa"
		"081", "CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022\n3\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n\nNghị quyết số: 17/2022/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\n\nNGHỊ QUYẾT\nVề số giờ làm thêm trong 01 năm, trong 01 tháng của người lao động\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQUYẾT NGHỊ:\nĐiều 1. Số giờ làm thêm\n\nNghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa \nViệt Nam khóa XV, phiên họp thứ 9 thông qua ngày 23 tháng 3 năm 2022./. \n\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nVương Đình Huệ\n",
		headerFields{"Nghị quyết", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "17/2022/UBTVQH15", "2022-03-23", "Về số giờ làm thêm trong 01 năm, trong 01 tháng của người lao động"},
	}, {
		// 145: the vbpl page, "Uỷ ban", "Cộng hoà" and "khoá" in the old style
		"145", "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 115/2025/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNGHỊ QUYẾT\nQuy định chi tiết và hướng dẫn thi hành Luật Hoạt động giám sát\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này được Uỷ ban Thường vụ Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XV, Phiên họp thứ 52 thông qua ngày 24 tháng 12 năm 2025.\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\n",
		headerFields{"Nghị quyết", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "115/2025/UBTVQH15", "2025-12-24", "Quy định chi tiết và hướng dẫn thi hành Luật Hoạt động giám sát"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// The closing sentence counts only when it speaks of the document itself: 203
// says when the law it amends was passed.
func TestPassedDateOfAnotherAct(t *testing.T) {
	src := "LUẬT\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM\n\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\nLuật này sửa đổi, bổ sung một số điều của Luật đầu tư nước ngoài tại Việt Nam được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam thông qua ngày 12 tháng 11 năm 1996.\nĐiều 1\n"
	assert.Equal(t, "", parse(t, src).Date)
}

func TestTypedNumberLine(t *testing.T) {
	assert.True(t, isNumberLine("Nghị quyết số: 17/2022/UBTVQH15"))
	assert.True(t, isNumberLine("Luật số: 51/2024/QH15"))
	// a sentence that opens with a citation is no number line
	assert.False(t, isNumberLine("Nghị quyết số 203/2025/QH15 của Quốc hội;"))
}

// readCatalogueTitle reads any cut of a title without failing.
func TestReadCatalogueTitleCuts(t *testing.T) {
	s := "CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 16/1999/QH10 NGÀY 21 THÁNG 12 NĂM 1999 VỀ SĨ QUAN"
	for i := 0; i <= len(s); i++ {
		readCatalogueTitle([]string{s[:i]})
		readCatalogueTitle([]string{s[i:]})
		cutCatalogueTail(s[:i], "16/1999/QH10")
	}
	ct, ok := readCatalogueTitle([]string{s})
	assert.True(t, ok)
	assert.Equal(t, catalogueFields{"QUỐC HỘI", "16/1999/QH10", "1999-12-21", "VỀ SĨ QUAN"}, ct)
}

// A consolidated text from the gazette carries the heading of the act it
// consolidates, and prints its own number, agency and date only in the
// closing "XÁC THỰC VĂN BẢN HỢP NHẤT" block, whose table cells the text may
// print before or after those words (122, 123, 124, 125).
func TestConsolidatedTexts(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		// 122: "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI" is the gazette's heading;
		// the agency and the number come before "XÁC THỰC ..."
		"122", "     CÔNG BÁO/Số 539 + 540/Ngày 18-3-2025 \n\n5 \n\nVĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI \n\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc  \n\nLUẬT \nBẢO HIỂM Y TẾ \n\nLuật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc \nhội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009, được sửa đổi, bổ sung bởi:  \n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nĐiều 52. Quy định chi tiết và hướng dẫn thi hành \nChính phủ quy định chi tiết và hướng dẫn thi hành các điều, khoản được giao \ntrong Luật. \n \n VĂN PHÒNG QUỐC HỘI \nSố: 22/VBHN-VPQH \n \n \n \nXÁC THỰC VĂN BẢN HỢP NHẤT \nHà Nội, ngày 26 tháng 02 năm 2025 \nCHỦ NHIỆM \n \nLê Quang Tùng \n",
		headerFields{"Văn bản hợp nhất", "VĂN PHÒNG QUỐC HỘI", "22/VBHN-VPQH", "2025-02-26", "BẢO HIỂM Y TẾ"},
	}, {
		// 123: no agency above the motto; the note under the abstract is
		// printed without a blank line
		"123", "CÔNG BÁO/Số 565 + 566/Ngày 28-4-2024 \n39 \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc  \n\nTHÔNG TƯ \nQuy định về chứng chỉ kỹ năng nghề quốc gia, cấp và quản lý việc cấp  \nchứng chỉ kỹ năng nghề quốc gia \nThông tư 38/2015/TT-BLĐTBXH ngày 19 tháng 10 năm 2015 của Bộ trưởng \nBộ Lao động - Thương binh và Xã hội quy định về chứng chỉ kỹ năng nghề quốc \ngia, có hiệu lực kể từ ngày 05 tháng 12 năm 2015, được sửa đổi, bổ sung bởi: \n\nCăn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;\n\nĐiều 1. Phạm vi điều chỉnh\n\nphản ánh kịp thời về Bộ Lao động - Thương binh và Xã hội để xem xét, giải quyết./. \n \nBỘ LAO ĐỘNG - THƯƠNG BINH  \nVÀ XÃ HỘI \nSố: 1547/VBHN-BLĐTBXH \n \n \nXÁC THỰC VĂN BẢN HỢP NHẤT \nHà Nội, ngày 12 tháng 4 năm 2024 \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n",
		headerFields{"Văn bản hợp nhất", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "1547/VBHN-BLĐTBXH", "2024-04-12", "Quy định về chứng chỉ kỹ năng nghề quốc gia, cấp và quản lý việc cấp chứng chỉ kỹ năng nghề quốc gia"},
	}, {
		// 124: the heading "VĂN BẢN HỢP NHẤT -" wraps before the agency
		"124", "22 \nCÔNG BÁO/Số 501 + 502/Ngày 01-7-2022 \n\nVĂN BẢN HỢP NHẤT  -  \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n\nNGHỊ ĐỊNH \nQuy định điều kiện đầu tư và hoạt động  \ntrong lĩnh vực giáo dục nghề nghiệp \nNghị định số 143/2016/NĐ-CP ngày 14 tháng 10 năm 2016 của Chính phủ quy \nđịnh điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp, có hiệu \nlực kể từ ngày 14 tháng 10 năm 2016, được sửa đổi, bổ sung bởi: \n\nCăn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;\n\nĐiều 1. Phạm vi điều chỉnh\n\nXÁC THỰC VĂN BẢN HỢP NHẤT \nSố: 2021/VBHN-BLĐTBXH \n\nHà Nội, ngày 16 tháng 6 năm 2022 \n\nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n",
		headerFields{"Văn bản hợp nhất", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "2021/VBHN-BLĐTBXH", "2022-06-16", "Quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp"},
	}, {
		// 125: a footnote number glued to the type, "THÔNG TƯ1"
		"125", "CÔNG BÁO/Số 288/Ngày 29-05-2026 \n22\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n\nTHÔNG TƯ1 \nQuy định giao dịch cổ phiếu niêm yết, đăng ký giao dịch và  \nchứng chỉ quỹ, trái phiếu doanh nghiệp, chứng quyền có bảo đảm niêm yết  \ntrên hệ thống giao dịch chứng khoán \nThông tư số 120/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ trưởng \nBộ Tài chính quy định giao dịch cổ phiếu niêm yết, được \nsửa đổi, bổ sung bởi: \n\nCăn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n\nĐiều 1. Phạm vi điều chỉnh\n\nBỘ TÀI CHÍNH \n\nSố: 08/VBHN-BTC \n\nXÁC THỰC VĂN BẢN HỢP NHẤT \nHà Nội, ngày 17  tháng  4  năm 2026 \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n",
		headerFields{"Văn bản hợp nhất", "BỘ TÀI CHÍNH", "08/VBHN-BTC", "2026-04-17", "Quy định giao dịch cổ phiếu niêm yết, đăng ký giao dịch và chứng chỉ quỹ, trái phiếu doanh nghiệp, chứng quyền có bảo đảm niêm yết trên hệ thống giao dịch chứng khoán"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// An abstract that wraps before the act it implements goes on: only the note
// of a consolidated text, which names the act of the title, ends it (067).
func TestAbstractWrapsBeforeAnAct(t *testing.T) {
	src := "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 844/QĐ-TTg\nHà Nội, ngày 13 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động thực hiện  \nChỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư  \nvề thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới  \n–––––– \nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
	assert.Equal(t, "Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới", parse(t, src).Abstract)
}

// An OCR page keeps the reception stamp of the office that received it,
// "CÔNG VĂN ĐẾN": it is no type (208, 206).
func TestReceptionStampIsNoType(t *testing.T) {
	src := "[OCR Result]\nNGƯỜI LÝ CÔNG THÔNG TIN ĐIỀN TỪ CHÍNH PHỦ\nCộng Hòa XÃ HỘI CHÙ NGHĨA VIỆT NAM\nVĂN PHONG CHÍNH PHU\nCÔNG VĂN ĐẾN\nĐộc lập - Tự do - Hạnh phúc\nGiờ - Ngày 825\nQuy định và hướng dẫn tổ chức lễ tang đối với quân nhân\nTHÔNG TƯ\n0311111016120\nĐiều 1. Phạm vi điều chỉnh\n"
	d := parse(t, src)
	assert.NotEqual(t, "Công văn", d.Type)
	assert.NotEqual(t, "ĐẾN", d.Abstract)
}

// An issuer name that wraps is one body; two lines are two levels only when
// the upper names a body that contains the lower (issue 12, item 9).
func TestWrappedIssuer(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  []string
	}{
		// one name wrapped: the first line only says what kind of body
		{[]string{"VĂN PHÒNG", "CHÍNH PHỦ"}, []string{"VĂN PHÒNG CHÍNH PHỦ"}},
		{[]string{"VĂN PHÒNG", "QUỐC HỘI"}, []string{"VĂN PHÒNG QUỐC HỘI"}},
		{[]string{"ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"}, []string{"ỦY BAN THƯỜNG VỤ QUỐC HỘI"}},
		{[]string{"THỦ TƯỚNG", "CHÍNH PHỦ"}, []string{"THỦ TƯỚNG CHÍNH PHỦ"}},
		// a ministry over its department, the department's name wrapped
		{[]string{"BỘ TÀI CHÍNH", "TỔNG CỤC", "HẢI QUAN"}, []string{"BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"}},
		// two levels: the parent contains the issuer
		{[]string{"BỘ TÀI CHÍNH", "CỤC THUẾ"}, []string{"BỘ TÀI CHÍNH", "CỤC THUẾ"}},
		{[]string{"UBND TỈNH KON TUM", "SỞ TƯ PHÁP"}, []string{"UBND TỈNH KON TUM", "SỞ TƯ PHÁP"}},
		{[]string{"BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"}, []string{"BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"}},
		// the gazette prints the issuer twice: no join
		{[]string{"CHÍNH PHỦ", "CHÍNH PHỦ"}, []string{"CHÍNH PHỦ", "CHÍNH PHỦ"}},
		{[]string{"ỦY BAN NHÂN DÂN", "TỈNH KON TUM"}, []string{"ỦY BAN NHÂN DÂN TỈNH KON TUM"}},
	} {
		assert.Equal(t, c.want, splitBodies(c.lines), c.lines)
	}
	// 001 with its issuer cell wrapped as the issue quotes it
	src := "VĂN PHÒNG\nCHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2739/VPCP-ĐMDN\nV/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi\nHà Nội, ngày 05 tháng 04 năm 2019\n\nKính gửi: Bộ Kế hoạch và Đầu tư.\n\nVề nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư nghiên cứu.\n"
	d := parse(t, src)
	assert.Equal(t, "VĂN PHÒNG CHÍNH PHỦ", d.Issuer)
	assert.Equal(t, "", d.IssuerParent)
}

// A gazette page may print the type above the issuer and "Số:" block. The
// corpus holds no text page of this layout (its gazette PDFs 079, 080, 093,
// 094 and 106 have lost their text layer), so the lines are those of the
// layout issue 12 (item 11) describes, in the gazette's own words.
func TestGazetteTypeAboveIssuer(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		"type again under the motto",
		"CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025\n3\n\nTHÔNG TƯ\n\nBỘ TÀI CHÍNH\n\nSố: 56/2024/TT-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 31 tháng 7 năm 2024\n\nTHÔNG TƯ\nQuy định mức thu, chế độ thu, nộp phí\n\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n\nĐiều 1. Phạm vi điều chỉnh\n",
		headerFields{"Thông tư", "BỘ TÀI CHÍNH", "56/2024/TT-BTC", "2024-07-31", "Quy định mức thu, chế độ thu, nộp phí"},
	}, {
		"type only above the issuer",
		"CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025\n3\n\nNGHỊ ĐỊNH\n\nCHÍNH PHỦ\n\nSố: 56/2024/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 31 tháng 7 năm 2024\n\nQuy định mức thu, chế độ thu, nộp phí\n\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n\nĐiều 1. Phạm vi điều chỉnh\n",
		headerFields{"Nghị định", "CHÍNH PHỦ", "56/2024/NĐ-CP", "2024-07-31", "Quy định mức thu, chế độ thu, nộp phí"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// 233 wraps both its issuer and the Party motto after their first word:
// "**BAN" / "CHẤP HÀNH TRUNG ƯƠNG**", "**ĐẢNG" / "CỘNG SẢN VIỆT NAM**". The
// motto is found, and the issuer is the Central Committee named above it, not
// the "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" of the title.
func TestWrappedPartyMotto(t *testing.T) {
	src := "Đã biết\n|\n|\n**BAN\nCHẤP HÀNH TRUNG ƯƠNG**\n*\n|\n**ĐẢNG\nCỘNG SẢN VIỆT NAM**\n---------------\n|\n|\nSố 212-KL/TW\n|\n*Hà Nội, ngày 18\ntháng 11 năm 2025*\n|\n**KẾT LUẬN **\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ ĐỊNH HƯỚNG XÂY\nDỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI\nĐÔ THỊ\n-----\nTại phiên họp ngày 14/11/2025, xem xét Tờ trình của\nĐảng uỷ Chính phủ, Bộ Chính trị, Ban Bí thư kết luận như sau:\n"
	d := parse(t, src)
	assert.Equal(t, "party", d.Family)
	assert.Equal(t, "ĐẢNG CỘNG SẢN VIỆT NAM", d.Motto)
	assert.Equal(t, headerFields{"Kết luận", "BAN CHẤP HÀNH TRUNG ƯƠNG", "212-KL/TW", "2025-11-18", "VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐÔ THỊ"}, headerOf(t, src))
}

// A capitals abstract that wraps before "SỐ" and the number of the act it
// amends keeps that line (250); the number line of the header came before.
func TestAbstractWrapsBeforeANumber(t *testing.T) {
	src := "**HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HUẾ\n-------\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố:\n34/2025/NQ-HĐND\n*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n** **\n**NGHỊ QUYẾT**\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\nSỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH (NAY LÀ\nTHÀNH PHỐ HUẾ) VỀ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ\nPHÁT TRIỂN TỪ NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2021-2025\n\n*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n"
	got := headerOf(t, src)
	assert.Equal(t, "34/2025/NQ-HĐND", got.Number)
	assert.Equal(t, "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 10/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH (NAY LÀ THÀNH PHỐ HUẾ) VỀ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN TỪ NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2021-2025", got.Abstract)
}

// A gazette's section heading over a page is no issuer: 075 prints only
// "ĐIỀU ƯỚC QUỐC TẾ" above its lost text layer.
func TestGazetteSectionIsNoIssuer(t *testing.T) {
	src := "68 \nCÔNG BÁO/Số 577 + 578/Ngày 07-3-2023 \nĐIỀU ƯỚC QUỐC TẾ \nCÔNG BÁO/Số 577 + 578/Ngày 07-3-2023 \n69 \n70 \n"
	assert.Equal(t, "", parse(t, src).Issuer)
}

// Legacy .rtf files lay the header out as a table whose cells the decoded
// text parts with '|', and print catalogue titles in a capitals font; the
// lines are those the rtf decoder gives for ../shared/legacy/doc-rtf/docs.
func TestLegacyTableHeaders(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      headerFields
	}{{
		// 2004-A3: the motto after "||" in the cell; "NGHỊ ĐỊNH CỦA CHÍNH PHỦ"
		// gave the abstract "CỦA CHÍNH PHỦ"
		"2004-A3", "CHÍNH PHỦ\n---------||CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc|\nSỐ : 26/2001/NĐ-CP|| ------------------------------------------------------------- H.L300|\nHà Nội, ngày 04 tháng 6 năm 2001\n\nNGHỊ ĐỊNH CỦA CHÍNH PHỦ\nSửa đổi, bổ sung một số điều của Nghị định số 30/1998/NĐ-CP\nngày 13 tháng 5 năm 1998 của Chính phủ quy định chi tiết thi hành\nLuật Thuế thu nhập doanh nghiệp\n____\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\n",
		headerFields{"Nghị định", "CHÍNH PHỦ", "26/2001/NĐ-CP", "2001-06-04", "Sửa đổi, bổ sung một số điều của Nghị định số 30/1998/NĐ-CP ngày 13 tháng 5 năm 1998 của Chính phủ quy định chi tiết thi hành Luật Thuế thu nhập doanh nghiệp"},
	}, {
		// 2004-A33: the type wraps, "THÔNG TƯ" / "LIÊN TỊCH CỦA ..."
		"2004-A33", "THÔNG TƯ\nLIÊN TỊCH CỦA BỘ TÀI CHÍNH - CÔNG NGHIỆP -\nTỔNG CỤC HẢI QUAN SỐ 176/1998/TTLT-BTC-BCN-TCHQ\nNGÀY 25 THÁNG 12 NĂM1998 HƯỚNG DẪN THỰC HIỆN CHÍNH SÁCH THUẾ THEO TỶ LỆ NỘI ĐỊA HÓA ĐỐI VỚI CÁC SẢN PHẨM, PHỤ TÙNG THUỘC NGÀNH CƠ KHÍ - ĐIỆN - ĐIỆN TỬ\n\nCăn cứ ý kiến của Thủ tướng Chính phủ tại các Công văn số 4830/KTTH ngày 24/9/1997;\n",
		headerFields{"Thông tư liên tịch", "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "176/1998/TTLT-BTC-BCN-TCHQ", "1998-12-25", "HƯỚNG DẪN THỰC HIỆN CHÍNH SÁCH THUẾ THEO TỶ LỆ NỘI ĐỊA HÓA ĐỐI VỚI CÁC SẢN PHẨM, PHỤ TÙNG THUỘC NGÀNH CƠ KHÍ - ĐIỆN - ĐIỆN TỬ"},
	}, {
		// 2003-A05: issuer and motto in two cells of one line
		"2003-A05", "BỘ TÀI CHÍNH|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|\n-:-|Độc lập - Tự do - Hạnh phúc|\nSỐ: 13/2001/TT-BTC|------------|\nHà-Nội, ngày 8 tháng 3 năm 2001\n\nTHÔNG TƯ\nHướng dẫn thực hiện quy định về thuế đối với các hình thức|\nđầu tư theo Luật đầu tư nước ngoài tại Việt Nam|\n----------------\n\n- Căn cứ Luật đầu tư nước ngoài tại Việt Nam;\n",
		headerFields{"Thông tư", "BỘ TÀI CHÍNH", "13/2001/TT-BTC", "2001-03-08", "Hướng dẫn thực hiện quy định về thuế đối với các hình thức đầu tư theo Luật đầu tư nước ngoài tại Việt Nam"},
	}} {
		assert.Equal(t, c.want, headerOf(t, c.src), c.name)
	}
}

// "CỦA" after the type names a person in 263: no catalogue title, the
// abstract stays as printed.
func TestCatalogueTitleNamesAPerson(t *testing.T) {
	src := "**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**VĂN PHÒNG**\n*****\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 07-KL/VPTW\n\n*Hà Nội, ngày 01 tháng 12 năm 2025*\n\n**KẾT LUẬN**\n\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\nTẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH\nUỶ, THÀNH UỶ NĂM 2025\n\n-----\n\nNgày 21/11/2025, Văn phòng Trung ương Đảng tổ chức Hội nghị.\n"
	got := headerOf(t, src)
	assert.Equal(t, "Kết luận", got.Type)
	assert.Equal(t, "VĂN PHÒNG", got.Issuer)
	assert.Contains(t, got.Abstract, "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG")
}

// The words of the motto inside a sentence are no motto: 280 has no header
// table, and its first căn cứ names the country ("Căn cứ Hiến pháp nước Cộng
// hòa xã hội chủ nghĩa Việt Nam;"), which was taken for the motto, so that the
// header started there and lost the title above it.
func TestMottoInASentence(t *testing.T) {
	src := "**NGHỊ QUYẾT**\n\n**Thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống mạng lưới đường sắt đô thị tại thành phố Hà Nội, Thành phố Hồ Chí Minh**\n\n**QUỐC HỘI**\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*\n\n*Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14;*\n\n**QUYẾT NGHỊ:**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nNghị quyết này quy định thí điểm một số cơ chế.\n"
	d := parse(t, src)
	assert.Equal(t, "", d.Motto)
	assert.Equal(t, "Nghị quyết", d.Type)
	assert.Equal(t, "Thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống mạng lưới đường sắt đô thị tại thành phố Hà Nội, Thành phố Hồ Chí Minh", d.Abstract)
	assert.Equal(t, "QUỐC HỘI", d.AuthorityLine)
	// after a rule that ends a flattened portal title, the motto is one (055)
	d = parse(t, "Công văn 3397/BKHĐT-QLKTTW năm 2019 hướng dẫn áp dụng quy định tại Điều 162 Luật Doanh nghiệp 2014 do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)\n")
	assert.Equal(t, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", d.Motto)
}

// A title without a header table, "LUẬT" / "THUẾ TIÊU THỤ ĐẶC BIỆT" (legacy
// 2004-A40), is no gazette page: the line under the type is the abstract,
// not an issuer, as no "Số:" line follows it.
func TestTitleWithoutHeaderTable(t *testing.T) {
	src := "LUẬT\nTHUẾ TIÊU THỤ ĐẶC BIỆT\n\nĐể hướng dẫn sản xuất, tiêu dùng của xã hội, điều tiết thu nhập của người tiêu dùng cho ngân sách nhà nước một cách hợp lý;\nCăn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\nLuật này quy định thuế tiêu thụ đặc biệt.\n\nCHƯƠNG I\nNHỮNG QUY ĐỊNH CHUNG\n\nLuật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa X, kỳ họp thứ 3 thông qua ngày 20 tháng 5 năm 1998.\n"
	assert.Equal(t, headerFields{"Luật", "", "", "1998-05-20", "THUẾ TIÊU THỤ ĐẶC BIỆT"}, headerOf(t, src))
}

// The ordinance on consolidation prints the block as a form in its annex
// ("XÁC THỰC VĂN BẢN HỢP NHẤT" / "Số: /VBHN-..."): an act with its own number
// keeps its number, date and type. No corpus text holds such an annex; the
// header is 081's, the form that of the gazette's consolidated texts.
func TestConsolidationFormInAnAnnex(t *testing.T) {
	src := "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nPháp lệnh số: 01/2012/UBTVQH13\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 22 tháng 3 năm 2012\n\nPHÁP LỆNH\nHỢP NHẤT VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n\nĐiều 1. Phạm vi điều chỉnh\nPháp lệnh này quy định về hợp nhất văn bản quy phạm pháp luật.\n\nPhụ lục\nMẪU XÁC THỰC\n\nVĂN PHÒNG QUỐC HỘI\nSố: /VBHN-VPQH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày … tháng … năm …\nCHỦ NHIỆM\n"
	got := headerOf(t, src)
	assert.Equal(t, "Pháp lệnh", got.Type)
	assert.Equal(t, "01/2012/UBTVQH13", got.Number)
	assert.Equal(t, "2012-03-22", got.Date)
}

// The readers of this file never fail on cut or odd lines.
func TestHeaderLayoutReadersOnCuts(t *testing.T) {
	for _, s := range []string{"Thông tư SỐ", "Thông tư số 12/2020/TT-BTC", "VĂN BẢN HỢP NHẤT", "VĂN BẢN HỢP NHẤT -", "CỦA", "Được", "thông qua ngày", "Luật này được Quốc hội thông qua ngày 1 tháng", "SỐ", "NGÀY"} {
		for i := 0; i <= len(s); i++ {
			citesAct(s[:i], "Thông tư")
			consolidationHeading(s[:i])
			passedOn(s[:i])
			readCatalogueTitle([]string{s[:i]})
			cutCatalogueTail(s[:i], "12/2020/TT-BTC")
			dropCellBars(s[:i])
			parse(t, s[:i]+"\n")
		}
	}
}

// 197: the title line of an old law opens with its number, "LUẬT" / "SỐ
// 18-L/CTN NGÀY 06/07/1993 CỦA QUỐC HỘI VỀ DẦU KHÍ", after the "Số:" line:
// it is the title, not a second number line, and the sentence under it is
// the preamble's.
func TestOldTitleOpensWithNumber(t *testing.T) {
	src := "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\nSố: 18-L/CTN\n\nHà Nội, ngày 06 tháng 7 năm 1993\n\n\n\nLUẬT\n\nSỐ 18-L/CTN NGÀY 06/07/1993 CỦA QUỐC HỘI VỀ DẦU KHÍ\n\nĐể bảo vệ, khai thác và sử dụng có hiệu quả nguồn tài nguyên dầu khí nhằm phát triển kinh tế quốc dân, mở rộng hợp tác với nước ngoài;\nCăn cứ vào các điều 17, 29 và 84 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\n\nChương 1:\n"
	assert.Equal(t, headerFields{"Luật", "QUỐC HỘI", "18-L/CTN", "1993-07-06", "VỀ DẦU KHÍ"}, headerOf(t, src))
}

// More legacy headers, as the rtf decoder gives their lines: 2003-A28 prints
// the motto "CHỦ NGHIÃ" with its tone misplaced, 2003-A37 names the joint
// issuers right after "LIÊN TỊCH", without "của".
func TestLegacyMottoAndJointTitle(t *testing.T) {
	src := "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHIÃ VIỆT NAM\n-- Độc lập - Tự do - Hạnh phúc\nSỐ: 40 /2000/TT/BTC --------------------------------\nHà nội, ngày 15 tháng 5 năm 2000\n\nTHÔNG TƯ\n\nHướng dẫn thi hành Quyết định số 176/1999/QĐ-TTg\nngày 26/8/1999 của Thủ tướng Chính phủ\n\n- Căn cứ Luật Ngân sách nhà nước;\n"
	assert.Equal(t, headerFields{"Thông tư", "BỘ TÀI CHÍNH", "40/2000/TT/BTC", "2000-05-15", "Hướng dẫn thi hành Quyết định số 176/1999/QĐ-TTg ngày 26/8/1999 của Thủ tướng Chính phủ"}, headerOf(t, src))
	src = "THÔNG TƯ\nLIÊN TỊCH BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN\nSỐ 120/2000/TTLT-BTC-BCN-TCHQ NGÀY 25 THÁNG 12 NĂM 2000\nVỀ VIỆC BỔ SUNG, SỬA ĐỔI CHÍNH SÁCH THUẾ THEO TỶ LỆ NỘI ĐỊA HÓA\n\nCăn cứ ý kiến của Thủ tướng Chính phủ tại các Công văn số 4830/KTTH ngày 24/09/1997;\n"
	assert.Equal(t, headerFields{"Thông tư liên tịch", "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "120/2000/TTLT-BTC-BCN-TCHQ", "2000-12-25", "VỀ VIỆC BỔ SUNG, SỬA ĐỔI CHÍNH SÁCH THUẾ THEO TỶ LỆ NỘI ĐỊA HÓA"}, headerOf(t, src))
}

// The header's triggers cut the lines of a 40-line region, and the body of a
// short notice starts inside it: its lines are whole again once the header is
// read (224: the date opens the first paragraph; 282 the same in OCR; 049 the
// motto's words inside the preamble of the constitution).
func TestBodyLinesCutByHeaderTriggersRejoined(t *testing.T) {
	d := parse(t, "VĂN PHÒNG CHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"+
		"Số: 637/TB-VPCP\n|\n*Hà Nội, ngày 24\ntháng 11 năm 2025*\n|\n**THÔNG BÁO**\nKẾT LUẬN CỦA PHÓ THỦ\n"+
		"TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG TẠI CHUYẾN KIỂM TRA\n"+
		"Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ\nLê Thành Long đã đi kiểm tra, đôn đốc công trình Dự án.\n"+
		"Việc hợp nhất có ý nghĩa với nội dung dự thảo Báo cáo đề xuất chủ trương đầu tư.\n")
	assert.Equal(t, "2025-11-24", d.Date)
	require.NotEmpty(t, d.Sections)
	assert.Equal(t, "Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ\nLê Thành Long đã đi kiểm tra, đôn đốc công trình Dự án.\n"+
		"Việc hợp nhất có ý nghĩa với nội dung dự thảo Báo cáo đề xuất chủ trương đầu tư.", d.Sections[0].Text)
	assert.Empty(t, d.Marks.Draft)
}

// A form with the motto but no number, type or date: its first numbered
// field ends the header, which must not run on to the blank date of its
// signature place (2006-Mau-MD-1M-Dntn). A Kính gửi list may be numbered:
// the header reads on after one.
func TestNumberedPartEndsTheHeader(t *testing.T) {
	d := parse(t, "cộng hòa xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\n\nđơn đăng ký kinh doanh Doanh nghiệp tư nhân\n\n"+
		"Kính gởi: Phòng đăng ký kinh doanh tỉnh Sóc Trăng\n\nTôi là: (ghi rõ họ tên bằng chữ in hoa) ........ Nam/Nữ\n"+
		"Sinh ngày........./......../...........Dân tộc:........ Quốc tịch:........\n"+
		"Ngày cấp:........../......../.......... Nơi cấp:........\n\n"+
		"Đăng ký kinh doanh doanh nghiệp tư nhân\n do tôi làm chủ với nội dung sau:\n\n"+
		"1. Tên doanh nghiệp viết bằng tiếng Việt: (ghi bằng chữ in hoa)........\nTên doanh nghiệp viết tắt:........\n"+
		"2. Địa chỉ trụ sở chính: ........\nĐiện thoại:........Fax:........\n"+
		"Tôi cam kết chịu trách nhiệm trước pháp luật về tính hợp pháp của nội dung đăng ký kinh doanh.\n"+
		"......, ngày...... tháng...... năm......\nChủ doanh nghiệp\n(Ký và ghi họ tên)\n")
	assert.Equal(t, []string{"1", "2"}, labelsOf(d.Sections))
	d = parse(t, "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BTC-TCT\nV/v hướng dẫn thuế\nHà Nội, ngày 5 tháng 3 năm 2024\n"+
		"Kính gửi:\n1. Cục Thuế tỉnh A;\n2. Cục Thuế tỉnh B.\nBộ Tài chính hướng dẫn như sau.\n")
	assert.Equal(t, "2024-03-05", d.Date)
	assert.Equal(t, "12/BTC-TCT", d.Number)
}

// A form without motto or number whose only date is its signature's, at
// the end: the header is not looked for past the first numbered point, and
// nothing before that date is lost (2004-B1-3-LLTC).
func TestNoHeaderStartAfterTheBody(t *testing.T) {
	d := parse(t, "B1-3-LLTC\nTóm tắt hoạt động Khoa học và công nghệ của tổ chức\nTên tổ chức\nNăm thành lập\n"+
		"2. Chức năng, nhiệm vụ và loại hình hoạt động liên quan đến Đề tài\nNội dung.\n4. Số cán bộ nghiên cứu của tổ chức\nNội dung.\n"+
		"......., ngày ...... tháng ...... năm 200...\nTHỦ TRƯỞNG CƠ QUAN\n")
	assert.Equal(t, []string{"2", "4"}, labelsOf(d.Sections))
}
