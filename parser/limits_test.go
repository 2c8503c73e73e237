package parser_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/decode/docx"
)

// heapAfter runs f and returns how much the heap grew, to show that refusing
// an input did not load it.
func heapAfter(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	if after.TotalAlloc < before.TotalAlloc {
		return 0
	}
	return after.TotalAlloc - before.TotalAlloc
}

func TestLimitLargeFile(t *testing.T) {
	// a 200 MB file (sparse: it takes no disk) is refused before it is read
	path := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(200<<20))
	require.NoError(t, f.Close())
	var perr error
	grew := heapAfter(func() { _, perr = parser.ParseFile(path) })
	require.Error(t, perr)
	assert.True(t, errors.Is(perr, parser.ErrTooLarge), "%v", perr)
	assert.Less(t, grew, uint64(1<<20), "the file was not read")

	// a stream is read only up to the limit
	r := strings.NewReader(strings.Repeat("a", 3<<20))
	_, perr = parser.ParseReader(r, parser.WithMaxSize(1<<20))
	assert.True(t, errors.Is(perr, parser.ErrTooLarge))

	// the limit is an option
	_, perr = parser.Parse(bytes.Repeat([]byte("x"), 2<<10), parser.WithMaxSize(1<<10))
	assert.True(t, errors.Is(perr, parser.ErrTooLarge))
}

// docxBomb is a DOCX whose document part is n copies of a 768 kB run of
// the same element, and the size that part expands to: it compresses about
// five hundred times.
func docxBomb(t *testing.T, n int) (bomb []byte, expanded int) {
	t.Helper()
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	chunk := bytes.Repeat([]byte("<w:t>a</w:t>"), 1<<16)
	for i := 0; i < n; i++ {
		_, err = w.Write(chunk)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return zb.Bytes(), n * len(chunk)
}

func TestLimitZipBomb(t *testing.T) {
	// 6 MB of the same element compress to a dozen kB: far beyond the
	// default limit of 64 times the input
	bomb, expanded := docxBomb(t, 8)
	require.Greater(t, expanded/len(bomb), 256)
	var perr error
	grew := heapAfter(func() { _, perr = parser.Parse(bomb) })
	require.Error(t, perr)
	assert.ErrorIs(t, perr, docx.ErrTooLarge)
	assert.ErrorIs(t, perr, parser.ErrLimit, "a limit of the options, as its godoc says")
	assert.NotErrorIs(t, perr, parser.ErrDamaged)
	assert.Less(t, grew, uint64(expanded/8), "the bomb was not expanded")

	// a looser limit is an option: with expansion allowed, it is read (and has
	// no document text); a one-chunk bomb is as far beyond the default limit
	// and reads faster
	small, _ := docxBomb(t, 1)
	_, perr = parser.Parse(small)
	assert.ErrorIs(t, perr, docx.ErrTooLarge)
	_, perr = parser.Parse(small, parser.WithMaxExpansion(100000))
	assert.NotErrorIs(t, perr, docx.ErrTooLarge)
}

func TestLimitDeepHTML(t *testing.T) {
	src := "<html><body>" + strings.Repeat("<div>", 100000) + "KẾ HOẠCH" + strings.Repeat("</div>", 100000) + "</body></html>"
	_, err := parser.Parse([]byte(src))
	require.Error(t, err)
	assert.True(t, errors.Is(err, parser.ErrLimit), "%v", err)
	// within the limit it parses
	ok := "<html><body>" + strings.Repeat("<div>", 50) + "<p>KẾ HOẠCH</p><p>Về việc thử</p>" + strings.Repeat("</div>", 50) + "</body></html>"
	doc, err := parser.Parse([]byte(ok))
	require.NoError(t, err)
	assert.Equal(t, "Kế hoạch", doc.Type)
	_, err = parser.Parse([]byte(ok), parser.WithMaxNesting(20))
	assert.True(t, errors.Is(err, parser.ErrLimit), "a stricter limit is an option: %v", err)
}

func TestLimitJunkAndDamage(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	junk := make([]byte, 1<<20)
	rng.Read(junk)
	_, err := parser.Parse(junk)
	require.Error(t, err)
	assert.True(t, errors.Is(err, parser.ErrNotText), "%v", err)
	var pe *parser.ParseError
	require.True(t, errors.As(err, &pe))
	assert.GreaterOrEqual(t, pe.Line, 1)

	// a truncated DOCX and a truncated .doc give errors, not panics
	if shared, ok := testshared.Lookup(); ok {
		if b, err := os.ReadFile(filepath.Join(shared, "corpus", "186_luat_an-ninh-mang-2018-docx.docx")); err == nil {
			_, err := parser.Parse(b[:len(b)/2])
			assert.Error(t, err)
			assert.NotErrorIs(t, err, parser.ErrInternal)
		}
		if b, err := os.ReadFile(filepath.Join(shared, "corpus", "184_hienphap_hien-phap-1959-doc.doc")); err == nil {
			_, err := parser.Parse(b[:len(b)/3])
			assert.Error(t, err)
			assert.NotErrorIs(t, err, parser.ErrInternal)
		}
	}

	// empty input: a document with a warning
	doc, err := parser.Parse(nil)
	require.NoError(t, err)
	assert.Equal(t, "empty", doc.Warnings[0].Code)

	// UTF-8 with a few broken bytes stays UTF-8, with a warning
	src, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	damaged := append([]byte(nil), src...)
	damaged[600] = 0xFF
	damaged[900] = 0xC3
	doc, err = parser.Parse(damaged)
	require.NoError(t, err)
	assert.Equal(t, "Kon Tum", doc.Place)
	var codes []string
	for _, w := range doc.Warnings {
		codes = append(codes, w.Code)
	}
	assert.Contains(t, codes, "invalid-utf8")
}

// The portal notes masked for the citation scanner are put back: the document
// text and sections still hold them, and no citation comes from them.
func TestEditorialNotesRestored(t *testing.T) {
	src := []byte("QUỐC HỘI\n\nLUẬT\nBẢO HIỂM Y TẾ\n\nĐiều 1. Phạm vi điều chỉnh\n\nLuật này quy định về bảo hiểm y tế. [Điều này được hướng dẫn bởi Nghị định 146/2018/NĐ-CP có hiệu lực từ ngày 01/12/2018]\n\nĐiều 2. Căn cứ Nghị định số 12/2020/NĐ-CP ngày 01/01/2020.\n")
	doc, err := parser.Parse(src, parser.WithText())
	require.NoError(t, err)
	assert.Contains(t, doc.Text, "[Điều này được hướng dẫn bởi Nghị định 146/2018/NĐ-CP")
	found := false
	for _, s := range doc.Sections {
		if strings.Contains(s.Text, "146/2018/NĐ-CP có hiệu lực") {
			found = true
		}
	}
	assert.True(t, found, "the section text keeps the note")
	var cited []string
	for _, r := range doc.References {
		cited = append(cited, r.Number)
	}
	assert.Contains(t, cited, "12/2020/NĐ-CP")
	assert.NotContains(t, cited, "146/2018/NĐ-CP")
}
