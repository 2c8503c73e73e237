package parser_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/parser"
)

// TestInputFormats parses the small documents of each format made for the
// decoders' tests, through the whole pipeline: the format is told by content.
func TestInputFormats(t *testing.T) {
	// a plan header typed in TCVN3 (.VnTime / .VnTimeH) in an RTF file
	doc, err := parser.ParseFile("decode/rtf/testdata/tcvn3.rtf")
	require.NoError(t, err)
	assert.Equal(t, "rtf", doc.Source.Format)
	assert.Equal(t, "tcvn3", doc.Source.Encoding)
	assert.Equal(t, "Kế hoạch", doc.Type)
	assert.Equal(t, "UBND TỈNH KON TUM", doc.Issuer)
	assert.Equal(t, "1340/KH-UBND", doc.Number)
	assert.Equal(t, "2011-08-08", doc.Date)
	assert.Equal(t, "Triển khai thực hiện Quyết định số 366/QĐ-TTg", doc.Abstract)

	// a DOCX with a header table and Word-generated "Điều %1." numbering
	doc, err = parser.ParseFile("decode/docx/testdata/sample.docx")
	require.NoError(t, err)
	assert.Equal(t, "docx", doc.Source.Format)
	var labels []string
	for _, s := range doc.Sections {
		labels = append(labels, s.Label)
	}
	assert.Contains(t, labels, "Điều 1", "automatic numbering restored: %v", labels)

	// saved web pages in the layouts of vbpl.vn (new and old) and thuvienphapluat.vn
	for _, page := range []string{"decode/html/testdata/vbpl_new.html", "decode/html/testdata/vbpl_old.html", "decode/html/testdata/tvpl.html"} {
		src, err := os.ReadFile(page)
		require.NoError(t, err)
		doc, err := parser.Parse(src)
		require.NoError(t, err, page)
		assert.Equal(t, "html", doc.Source.Format, page)
		assert.NotEmpty(t, doc.Type, page)
		assert.NotEmpty(t, doc.Number, page)
	}
}
