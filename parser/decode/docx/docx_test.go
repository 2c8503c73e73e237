package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.docx")

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// buildDOCX writes a DOCX with the given parts (name → XML).
func buildDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"}
	for _, n := range names {
		s, ok := parts[n]
		if !ok {
			continue
		}
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func listPara(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func cell(paras ...string) string {
	return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

// sampleParts is a small Vietnamese legal document exercising what Text
// handles: the header table, auto-numbered articles and points, a footnote,
// a HYPERLINK field, a run in .VnTime, symbols and hyphens.
func sampleParts() map[string]string {
	header := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>` +
		`<w:tr>` + cell(para("", "BỘ TƯ PHÁP"), para("", "-------")) +
		cell(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r><w:r><w:br/><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>`) + `</w:tr>` +
		`<w:tr>` + cell(para("", "Số: 12/2026/TT-BTP")) +
		cell(`<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:i/></w:rPr><w:t>Hµ Néi</w:t></w:r><w:r><w:t>, ngày 5 tháng 3 năm 2026</w:t></w:r></w:p>`) + `</w:tr></w:tbl>`
	body := header +
		para("Title", "THÔNG TƯ") +
		para("Dieu", "Phạm vi điều chỉnh") +
		listPara("1", "1", "một;") +
		listPara("1", "1", "hai.") +
		`<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t>Hiệu lực</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
		`<w:r><w:t xml:space="preserve">Theo </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://thuvienphapluat.vn/van-ban/x.aspx" \t "_blank" </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Nghị định 1/2020/NĐ</w:t></w:r><w:r><w:noBreakHyphen/><w:t>CP</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> và </w:t></w:r><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>Luật 2/2021/QH15</w:t></w:r></w:hyperlink>` +
		`<w:r><w:softHyphen/><w:t>.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>` +
		listPara("2", "0", "Phần một") +
		`<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>mục</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="VnText"/></w:pPr><w:r><w:t>Tr¸ch nhiÖm thi hµnh</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		listPara("3", "0", "Phần một lại") +
		para("Dieu", "Điều khoản thi hành") +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t>Không đánh số</w:t></w:r></w:p>` +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + ns + `>` +
			`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Dieu"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="VnText"><w:name w:val="VnText"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>` +
			`</w:styles>`,
		"word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + ns + `>` +
			`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Dieu"/><w:suff w:val="space"/><w:lvlText w:val="Điều %1."/><w:lvlJc w:val="left"/></w:lvl>` +
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>` +
			`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
			`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
			`<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
			`</w:numbering>`,
		"word/footnotes.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ` + ns + `>` +
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích một.</w:t></w:r></w:p></w:footnote>` +
			`</w:footnotes>`,
	}
}

const sampleText = `BỘ TƯ PHÁP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/2026/TT-BTP
Hà Nội, ngày 5 tháng 3 năm 2026
THÔNG TƯ
Điều 1. Phạm vi điều chỉnh
a) một;
b) hai.
Điều 2. Hiệu lực[1]
a) Theo Nghị định 1/2020/NĐ-CP và Luật 2/2021/QH15.
I. Phần một
•	mục
Trách nhiệm thi hành
Hộp văn bản
I. Phần một lại
Điều 3. Điều khoản thi hành
Không đánh số
[1] Chú thích một.`

func TestSample(t *testing.T) {
	b := buildDOCX(t, sampleParts())
	if *update {
		if err := os.WriteFile(filepath.Join("testdata", "sample.docx"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text, warns, err := decodeDOCX(b)
	if err != nil {
		t.Fatal(err)
	}
	testshared.Lines(t, text, sampleText)
	if len(warns) != 1 || !strings.Contains(warns[0], "tcvn3") {
		t.Errorf("warnings %q, want one about TCVN3", warns)
	}
}

// TestSampleFile reads the committed copy of the sample (regenerate it with
// go test -run TestSample -update).
func TestSampleFile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "sample.docx"))
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := decodeDOCX(b)
	if err != nil {
		t.Fatal(err)
	}
	testshared.Lines(t, text, sampleText)
}

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		v    int
		f    string
		want string
	}{
		{1, "decimal", "1"}, {4, "lowerLetter", "d"}, {5, "lowerLetter", "e"}, {27, "lowerLetter", "aa"},
		{3, "upperLetter", "C"}, {4, "upperRoman", "IV"}, {9, "lowerRoman", "ix"}, {14, "upperRoman", "XIV"},
		{5, "decimalZero", "05"}, {7, "ordinal", "7"},
	} {
		if got := formatNumber(c.v, c.f); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.v, c.f, got, c.want)
		}
	}
}

func TestBroken(t *testing.T) {
	if _, _, err := decodeDOCX([]byte("not a zip")); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("not a zip: %v", err)
	}
	if _, _, err := decodeDOCX(nil); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("empty: %v", err)
	}
	// a zip without a document
	if _, _, err := decodeDOCX(buildDOCX(t, map[string]string{"word/styles.xml": "<x/>"})); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("no document: %v", err)
	}
	// broken XML after some text: the text so far and a warning
	doc := `<w:document ` + ns + `><w:body>` + para("", "Điều 1.") + `<w:p><w:r><w:t>cụt`
	text, warns, err := decodeDOCX(buildDOCX(t, map[string]string{"word/document.xml": doc}))
	if err != nil || !strings.HasPrefix(text, "Điều 1.") || len(warns) == 0 {
		t.Errorf("truncated: %q %q %v", text, warns, err)
	}
	// broken XML and nothing else: an error
	if _, _, err := decodeDOCX(buildDOCX(t, map[string]string{"word/document.xml": "<w:document><<"})); err == nil {
		t.Errorf("garbage XML: no error")
	}
	// a damaged archive: cut in the middle
	b := buildDOCX(t, sampleParts())
	if _, _, err := decodeDOCX(b[:len(b)/2]); err == nil {
		t.Errorf("truncated zip: no error")
	}
}

func TestZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document ` + ns + `><w:body><w:p><w:r><w:t>`))
	w.Write(bytes.Repeat([]byte("a"), 4<<20)) // compresses about a thousandfold
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	_, _, err := decodeDOCX(buf.Bytes())
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "word/document.xml") {
		t.Errorf("error does not name the entry: %v", err)
	}
}
