package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/vnlegal/vanban/internal/testshared"
)

// corpusFiles returns the text and markdown files of the shared corpus.
func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, pat := range []string{"*.txt", "*.md"} {
		m, _ := filepath.Glob(filepath.Join(testshared.CorpusDir(tb), pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Skip("no text or markdown file in the shared corpus")
	}
	return files
}

// TestCorpusInvariants checks, on every real text and markdown file, that the
// offset map is monotone and in range, that the output is valid UTF-8 in NFC,
// and that every digit of the output maps back to the same digit in the
// source (digits are never rewritten, so this catches a map that drifts).
func TestCorpusInvariants(t *testing.T) {
	for _, f := range corpusFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			for _, opt := range []Options{{}, {KeepFurniture: true, NoRejoin: true}} {
				tx := Normalize(src, opt)
				checkOffsets(t, src, tx)
				assert.True(t, norm.NFC.IsNormal(tx.Bytes), "output not NFC")
				bad := 0
				for i, c := range tx.Bytes {
					if c >= '0' && c <= '9' {
						if s := tx.SourceOffset(i); s >= len(src) || src[s] != c {
							bad++
						}
					}
				}
				assert.Zero(t, bad, "digits mapped to a different source byte")
				for _, r := range tx.Removed {
					assert.True(t, r.SrcStart <= r.SrcEnd && r.SrcEnd <= len(src), "removed range %d-%d", r.SrcStart, r.SrcEnd)
				}
			}
		})
	}
}

// TestCorpusSeed checks the page-break wrap of the seed document.
func TestCorpusSeed(t *testing.T) {
	src, err := os.ReadFile(testshared.Path(t, "seeds", "000_7238115e741023af.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tx := Normalize(src, Options{})
	checkOffsets(t, src, tx)
	assert.Contains(t, string(tx.Bytes), "tập trung nêu đậm những thành tựu đảm bảo các quyền tự do dân chủ")
}

// TestCorpusGazette checks that the Công báo furniture of a real file is gone.
func TestCorpusGazette(t *testing.T) {
	files := testshared.Glob(t, "corpus/066_*.txt")
	src, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	tx := Normalize(src, Options{})
	out := string(tx.Bytes)
	assert.NotContains(t, out, "CÔNG BÁO/Số")
	assert.NotContains(t, out, "Ký bởi:")
	assert.True(t, strings.HasPrefix(out, "THỦ TƯỚNG CHÍNH PHỦ\n"), "starts with %q", out[:min(len(out), 40)])
	kinds := map[string]int{}
	for _, r := range tx.Removed {
		kinds[r.Kind]++
	}
	assert.Equal(t, map[string]int{KindGazetteHeader: 4, KindPageNumber: 4, KindESignature: 1}, kinds)
}

// BenchmarkNormalize measures throughput over the corpus text and markdown
// files (b.SetBytes is the total size of one pass).
func BenchmarkNormalize(b *testing.B) {
	benchNormalize(b, func(src []byte) []byte { return src })
}

// BenchmarkNormalizeASCII measures the ASCII-heavy case: the corpus with
// Vietnamese letters stripped to their ASCII base, as in accent-less sources.
func BenchmarkNormalizeASCII(b *testing.B) {
	benchNormalize(b, func(src []byte) []byte {
		d := make([]byte, 0, len(src))
		for _, r := range string(norm.NFD.Bytes(src)) {
			if r < utf8.RuneSelf {
				d = append(d, byte(r))
			}
		}
		return d
	})
}

// benchNormalize measures Normalize over the corpus files, each read and
// then turned by prepare into the input the benchmark means; the bytes
// counted are those Normalize is given.
func benchNormalize(b *testing.B, prepare func(src []byte) []byte) {
	files := corpusFiles(b)
	var docs [][]byte
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := prepare(src)
		docs = append(docs, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Normalize(d, Options{})
		}
	}
}
