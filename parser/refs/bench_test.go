package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// corpusTexts reads the .txt and .md files of the shared corpus.
func corpusTexts(tb testing.TB) [][]byte {
	files, _ := filepath.Glob(filepath.Join(testshared.CorpusDir(tb), "*"))
	var out [][]byte
	for _, f := range files {
		if !strings.HasSuffix(f, ".txt") && !strings.HasSuffix(f, ".md") {
			continue
		}
		if strings.HasSuffix(f, "SOURCES.md") {
			continue
		}
		b, err := os.ReadFile(f)
		if err == nil {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		tb.Skip("corpus not available")
	}
	return out
}

func BenchmarkExtract(b *testing.B) {
	texts := corpusTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Extract(t, Options{})
		}
	}
}

// TestCorpusInvariants runs the scanner over the whole corpus: no panic, spans
// inside the text, every reference with an ID and a mention.
func TestCorpusInvariants(t *testing.T) {
	texts := corpusTexts(t)
	n := 0
	for _, text := range texts {
		refs, self := Extract(text, Options{})
		for _, r := range refs {
			if r.ID == "" || len(r.Mentions) == 0 {
				t.Fatalf("bad reference %+v", r)
			}
			for _, m := range append(r.Mentions, self...) {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("bad span %d..%d in %q", m.Start, m.End, r.ID)
				}
			}
		}
		n += len(refs)
	}
	t.Logf("%d files, %d references", len(texts), n)
}
