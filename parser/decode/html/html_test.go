package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func checkMeta(t *testing.T, meta map[string]string, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if meta[k] != v {
			t.Errorf("meta[%q] = %q, want %q", k, meta[k], v)
		}
	}
}

func TestVBPLNew(t *testing.T) {
	text, meta, warns, err := decodePage(readTestdata(t, "vbpl_new.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %q", warns)
	}
	testshared.Lines(t, text, `CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 9/2026/NĐ-CP
Hà Nội, ngày 10 tháng 01 năm 2026
NGHỊ ĐỊNH
QUY ĐỊNH THỬ NGHIỆM
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Tư pháp;
Chính phủ ban hành Nghị định quy định thử nghiệm.
Điều 1. Phạm vi điều chỉnh
1. Nghị định này quy định việc thử nghiệm`+"\u00a0"+`trong phạm vi cả nước.
2. Văn bản viết tổ hợp: `+norm.NFD.String("Điều khoản được viết tổ hợp")+`
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày 01 tháng 3 năm 2026./.
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, PL (2b).
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn A`)
	// the NFD line stays NFD: normalise composes it and maps offsets back
	if !strings.Contains(text, norm.NFD.String("Điều khoản")) {
		t.Errorf("NFD text was changed")
	}
	checkMeta(t, meta, map[string]string{
		MetaNumber: "9/2026/NĐ-CP", MetaEffective: "01/03/2026", MetaLayout: LayoutVBPL,
		MetaTitle: "Nghị định số 9/2026/NĐ-CP Quy định thử nghiệm",
	})
}

func TestVBPLOld(t *testing.T) {
	text, meta, _, err := decodePage(readTestdata(t, "vbpl_old.html"))
	if err != nil {
		t.Fatal(err)
	}
	testshared.Lines(t, text, `QUỐC HỘI
Số: 99/2015/QH13
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 27 tháng 11 năm 2015
LUẬT
THỬ NGHIỆM
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thử nghiệm trên toàn quốc: mọi nơi.
Chủ tịch Quốc hội
(Đã ký)
Nguyễn Văn B`)
	checkMeta(t, meta, map[string]string{
		MetaStatus: "Còn hiệu lực", MetaEffective: "01/07/2016", MetaLayout: LayoutVBPLOld,
		MetaIssuer: "", MetaType: "", // the site menu "Cơ quan ban hành" is no attribute
	})
}

func TestTVPL(t *testing.T) {
	text, meta, _, err := decodePage(readTestdata(t, "tvpl.html"))
	if err != nil {
		t.Fatal(err)
	}
	testshared.Lines(t, text, `BỘ TÀI CHÍNH
CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 5253/CT-CS
V/v chính sách tiền thuê đất
Hà Nội, ngày 17 tháng 11 năm 2025
Kính gửi: Thuế tỉnh Đắk Lắk.
Cục Thuế nhận được công văn số 823/DLA-CNTK ngày 17/09/2025 của Thuế tỉnh Đắk Lắk.
Căn cứ điểm h khoản 1 Điều 19 Nghị định số 46/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;
Cục Thuế trả lời để Thuế tỉnh Đắk Lắk biết và thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
TL. CỤC TRƯỞNG
PHÓ TRƯỞNG BAN
Phạm Thị Minh Hiền`)
	checkMeta(t, meta, map[string]string{
		MetaNumber: "5253/CT-CS", MetaType: "Công văn", MetaIssuer: "Cục Thuế",
		MetaSigner: "Phạm Thị Minh Hiền", MetaDate: "17/11/2025", MetaLayout: LayoutTVPL,
	})
}

func TestGeneric(t *testing.T) {
	src := `<html><head><title>x</title><script>document.write("<p>no</p>")</script></head>
<body><header>Site</header><nav><a href="/">Home</a></nav>
<main><h1>QUYẾT ĐỊNH</h1><p><b>Đi</b>ều 1.&nbsp;Ban hành <i>kèm</i>theo</p>
<ul><li>a) một</li><li>b) hai</li></ul>
<pre>  dòng   một
  dòng hai</pre>
<p>A &amp; B &lt;C&gt; &#7841;</p></main>
<footer>Bản quyền</footer></body></html>`
	text, meta, warns, err := decodePage([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	testshared.Lines(t, text, "QUYẾT ĐỊNH\nĐiều 1.\u00a0Ban hành kèmtheo\na) một\nb) hai\n  dòng   một\n  dòng hai\nA & B <C> ạ")
	if meta[MetaLayout] != LayoutGeneric || len(warns) != 1 {
		t.Errorf("layout %q warnings %q", meta[MetaLayout], warns)
	}
}

func TestCharset(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>` +
		`<body><div class="content1"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></div></body></html>`
	enc, err := charmap.Windows1258.NewEncoder().String(cp1258Form(page))
	if err != nil {
		t.Fatal(err)
	}
	text, meta, _, err := decodePage([]byte(enc))
	if err != nil {
		t.Fatal(err)
	}
	// Windows-1258 stores tones as combining marks: compare in NFC
	want := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
	if nfc(text) != nfc(want) || meta[MetaEncoding] != "windows-1258" {
		t.Errorf("got %q (%s)", text, meta[MetaEncoding])
	}
	// the same bytes without a declaration are read as windows-1258 too, with a warning
	undeclared := strings.Replace(enc, "charset=windows-1258", "", 1)
	text, _, warns, _ := decodePage([]byte(undeclared))
	if nfc(text) != nfc(want) || len(warns) == 0 {
		t.Errorf("undeclared: %q %q", text, warns)
	}
	// UTF-16 with a byte-order mark
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "<p>Điều 1.</p>" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	if text, _, _, _ := decodePage(u16); text != "Điều 1." {
		t.Errorf("utf-16: %q", text)
	}
}

func TestAttributesOnly(t *testing.T) {
	src := `<html><body><main data-vbpl-content-root="true"><h1 class="lawDocumentHeader_title___x">Quyết định số 1/1997/QĐ-BGTVT</h1>
<div class="ant-descriptions"><table><tr><td><span class="ant-descriptions-item-label">Số hiệu</span><span class="ant-descriptions-item-content">1/1997/QĐ-BGTVT</span></td>
<td><span class="ant-descriptions-item-label">Người ký</span><span class="ant-descriptions-item-content">Lê Văn C</span></td>
<td><span class="ant-descriptions-item-label">Ngày hết hiệu lực</span><span class="ant-descriptions-item-content">--</span></td></tr></table></div></main></body></html>`
	text, meta, warns, err := decodePage([]byte(src))
	if err != nil || text != "" || len(warns) != 1 {
		t.Fatalf("text %q warnings %q err %v", text, warns, err)
	}
	checkMeta(t, meta, map[string]string{MetaNumber: "1/1997/QĐ-BGTVT", MetaSigner: "Lê Văn C"})
}

func TestEmptyAndBroken(t *testing.T) {
	for _, s := range []string{"", "   ", "<", "<html", "<script>", "<style>x", "<svg><svg>", "<table><td>a<td>b", "\xff\xfe", "<p>\x00</p>"} {
		if _, _, _, err := decodePage([]byte(s)); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	text, _, _, _ := decodePage([]byte("<table><tr><td>a</td><td>b</td></tr><tr><td>c<br>d</td></tr></table>"))
	if text != "a\nb\nc\nd" {
		t.Errorf("table: %q", text)
	}
}

func nfc(s string) string { return norm.NFC.String(s) }

// cp1258Form writes s the way Windows-1258 stores Vietnamese: letters with
// circumflex, breve and horn precomposed, tone marks combining.
func cp1258Form(s string) string {
	r := []rune(norm.NFD.String(s))
	var b strings.Builder
	for i := 0; i < len(r); {
		j := i + 1
		base := string(r[i])
		var tones []rune
		for ; j < len(r) && r[j] >= 0x300 && r[j] <= 0x36F; j++ {
			if r[j] == 0x302 || r[j] == 0x306 || r[j] == 0x31B {
				base = norm.NFC.String(base + string(r[j]))
			} else {
				tones = append(tones, r[j])
			}
		}
		b.WriteString(base)
		b.WriteString(string(tones))
		i = j
	}
	return b.String()
}
