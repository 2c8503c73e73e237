package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// TestCorpus extracts every DOCX of the corpus and checks what is known of
// some of them.
func TestCorpus(t *testing.T) {
	files := testshared.Glob(t, "corpus/*.docx")
	known := map[string][]string{
		"171": {"Án lệ số 01/2016/AL"},
		"186": {"QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Luật số: 24/2018/QH14", "Điều 1. Phạm vi điều chỉnh", "CHỦ TỊCH QUỐC HỘI"},
		"190": {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		"208": {"OCR check"},
	}
	for _, f := range files {
		base := filepath.Base(f)
		b := testshared.ReadFile(t, f)
		text, _, err := decodeDOCX(b)
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		if len(text) < 1000 {
			t.Errorf("%s: only %d bytes of text", base, len(text))
		}
		for _, bad := range []string{"HYPERLINK", "PAGEREF", "MERGEFORMAT"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: field instruction %q in text", base, bad)
			}
		}
		for _, s := range known[base[:3]] {
			if !strings.Contains(text, s) {
				t.Errorf("%s: text lacks %q", base, s)
			}
		}
	}
}

func BenchmarkCorpus(b *testing.B) {
	files := testshared.Glob(b, "corpus/*.docx")
	var srcs [][]byte
	total := 0
	for _, f := range files {
		s, _ := os.ReadFile(f)
		srcs = append(srcs, s)
		total += len(s)
	}
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			decodeDOCX(s)
		}
	}
}
