package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/parser"
)

// The header layouts of issue 12 (items 8, 9 and 11) on whole documents of
// ../shared: old and catalogue titles, precedents, consolidated texts, laws
// and resolutions of the Quốc hội without a date line, the legacy files.
// Each value was read in the document; Abstract is the start of the
// abstract, "" where it is not checked (208: an OCR page whose lines come in
// disorder).
var goldHeaderLayouts = []struct {
	File                                 string
	Type, Issuer, Number, Date, Abstract string
}{
	// old laws: the title names issuer, number and date around the name
	{"corpus/046_luat_luat-dat-dai-2003.txt", "Luật", "QUỐC HỘI", "13/2003/QH11", "2003-11-26", "VỀ ĐẤT ĐAI"},
	{"corpus/197_luat_dau-khi-1993.txt", "Luật", "QUỐC HỘI", "18-L/CTN", "1993-07-06", "VỀ DẦU KHÍ"},
	{"corpus/202_luat_sy-quan-qdnd-1999.txt", "Luật", "QUỐC HỘI", "16/1999/QH10", "1999-12-21", "VỀ SĨ QUAN QUÂN ĐỘI NHÂN DÂN VIỆT NAM"},
	// laws and resolutions: the date of the closing "… thông qua ngày …"
	{"corpus/077_luat_luat-51-2024-qh15-43559.txt", "Luật", "QUỐC HỘI", "51/2024/QH15", "2024-11-27", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ"},
	{"corpus/081_nghiquyet_nghi-quyet-17-2022-ubtvqh15-36956.txt", "Nghị quyết", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "17/2022/UBTVQH15", "2022-03-23", "Về số giờ làm thêm trong 01 năm"},
	{"corpus/145_nghiquyet_115-2025-ubtvqh15-vbpl.html", "Nghị quyết", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "115/2025/UBTVQH15", "2025-12-24", "Quy định chi tiết và hướng dẫn thi hành Luật Hoạt động giám sát"},
	{"corpus/157_luat_43-2019-qh14-vbpl.html", "Luật", "QUỐC HỘI", "123/2025/QH15", "2025-12-10", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁO DỤC"},
	// consolidated texts: their own number, agency and date in the closing block
	{"corpus/122_vbhn_van-ban-hop-nhat-22-vbhn-vpqh-44464.txt", "Văn bản hợp nhất", "VĂN PHÒNG QUỐC HỘI", "22/VBHN-VPQH", "2025-02-26", "BẢO HIỂM Y TẾ"},
	{"corpus/123_vbhn_van-ban-hop-nhat-1547-vbhn-bldtbxh-41719.txt", "Văn bản hợp nhất", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "1547/VBHN-BLĐTBXH", "2024-04-12", "Quy định về chứng chỉ kỹ năng nghề quốc gia"},
	{"corpus/124_vbhn_van-ban-hop-nhat-2021-vbhn-bldtbxh-37407.txt", "Văn bản hợp nhất", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "2021/VBHN-BLĐTBXH", "2022-06-16", "Quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp"},
	{"corpus/125_vbhn_van-ban-hop-nhat-08-vbhn-btc-469538.txt", "Văn bản hợp nhất", "BỘ TÀI CHÍNH", "08/VBHN-BTC", "2026-04-17", "Quy định giao dịch cổ phiếu niêm yết"},
	{"corpus/208_vbhn_46-vbhn-bqp-ocr-docx.docx", "Văn bản hợp nhất", "", "", "2026-05-04", ""},
	// precedents: who passed them and when
	{"corpus/173_anle_03-2016-al-docx.docx", "Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "03/2016/AL", "2016-04-06", ""},
	{"corpus/183_anle_10-2016-al-doc.doc", "Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "10/2016/AL", "2016-10-17", ""},
	// the Party motto and the issuer above it, both wrapped
	{"corpus/232_ketluan_221-kl-tw-ban-chap-hanh-trung-uong.md", "Kết luận", "BAN CHẤP HÀNH TRUNG ƯƠNG", "221-KL/TW", "2025-11-28", "VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG"},
	// legacy catalogue titles
	{"legacy/doc-rtf/docs/2004-NghiDinh29_1998.doc", "Nghị định", "CHÍNH PHỦ", "29/1998/NĐ-CP", "1998-05-11", "VỀ VIỆC BAN HÀNH QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ"},
	{"legacy/doc-rtf/docs/2004-NghiDinh114_2003.doc", "Nghị định", "Chính phủ", "114/2003/NĐ-CP", "2003-10-10", "về cán bộ, công chức xã, phường, thị trấn"},
	{"legacy/doc-rtf/docs/2004-B6.doc", "Quyết định", "BỘ TÀI CHÍNH", "1141-TC/QĐ/CĐKT", "1995-11-01", "VỀ VIỆC BAN HÀNH CHẾ ĐỘ KẾ TOÁN DOANH NGHIỆP"},
	{"legacy/doc-rtf/docs/2002-0112qd.doc", "Quyết định", "BỘ TÀI CHÍNH", "12/2001/QĐ-BTC", "2001-03-13", "Về việc ban hành Chế độ kế toán"},
	{"legacy/doc-rtf/docs/2004-A33.rtf", "Thông tư liên tịch", "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "176/1998/TTLT-BTC-BCN-TCHQ", "1998-12-25", "HƯỚNG DẪN THỰC HIỆN CHÍNH SÁCH THUẾ"},
	{"legacy/doc-rtf/docs/2003-A37.rtf", "Thông tư liên tịch", "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN", "120/2000/TTLT-BTC-BCN-TCHQ", "2000-12-25", "VỀ VIỆC BỔ SUNG, SỬA ĐỔI CHÍNH SÁCH THUẾ"},
	{"legacy/doc-rtf/docs/2003-TT132001.doc", "Thông tư", "BỘ TÀI CHÍNH", "13/2001/TT-BTC", "2001-03-08", "HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH VỀ THUẾ"},
}

func TestGoldHeaderLayouts(t *testing.T) {
	requireCorpus(t)
	for _, g := range goldHeaderLayouts {
		path := filepath.Join("../../shared", g.File)
		if _, err := os.Stat(path); err != nil {
			t.Logf("%s is absent", g.File)
			continue
		}
		d, err := parser.ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		for _, c := range []struct{ field, want, got string }{
			{"type", g.Type, d.Type}, {"issuer", g.Issuer, d.Issuer}, {"number", g.Number, d.Number}, {"date", g.Date, d.Date},
		} {
			if fold(c.got) != fold(c.want) {
				t.Errorf("%s: %s %q, want %q", g.File, c.field, c.got, c.want)
			}
		}
		if !strings.HasPrefix(fold(d.Abstract), fold(g.Abstract)) {
			t.Errorf("%s: abstract %q, want it to open with %q", g.File, d.Abstract, g.Abstract)
		}
	}
}
