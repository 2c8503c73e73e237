package pdf_test

import (
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/vnlegal/vanban/parser/decode/pdf"
	"github.com/vnlegal/vanban/parser/normalize"

	"github.com/vnlegal/vanban/internal/testshared"
)

// words splits normalised text into words.
func words(b []byte) []string {
	return strings.Fields(string(b))
}

// similarity is 2·LCS/(len(a)+len(b)) over word sequences, the LCS found
// with Myers' O((N+M)·D) difference algorithm (length only, linear memory).
func similarity(a, b []string) float64 {
	n, m := len(a), len(b)
	if n+m == 0 {
		return 1
	}
	max := n + m
	off := max + 1
	v := make([]int, 2*max+3)
	for d := 0; d <= max; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				lcs := (n + m - d) / 2
				return 2 * float64(lcs) / float64(n+m)
			}
		}
	}
	return 0
}

// diacriticsKept is the share of the reference's accented letters (each
// letter counted apart) found in the text.
func diacriticsKept(text, ref []byte) (kept float64, total int) {
	count := func(b []byte) map[rune]int {
		c := map[rune]int{}
		for _, r := range string(b) {
			if r >= 0xC0 && unicode.IsLetter(r) {
				c[r]++
			}
		}
		return c
	}
	ct, cr := count(text), count(ref)
	got := 0
	for r, n := range cr {
		total += n
		got += min(n, ct[r])
	}
	if total == 0 {
		return 1, 0
	}
	return float64(got) / float64(total), total
}

// TestGazetteText compares the text of the shared gazette PDFs with the
// MuPDF text of the same files in the corpus: word-sequence similarity after
// normalisation (median at least 0.98) and accented letters kept (at least
// 0.999 over all documents). Scans must be reported, not read as empty.
func TestGazetteText(t *testing.T) {
	ps := testshared.GazettePairs(t)
	var sims []float64
	var kept, total float64
	for _, p := range ps {
		data := testshared.ReadFile(t, p.PDF)
		ref := testshared.ReadFile(t, p.Text)
		res, err := pdf.Decode(data, pdf.Options{})
		name := filepath.Base(p.PDF)
		if errors.Is(err, pdf.ErrNoTextLayer) {
			t.Logf("%s: scanned, no text layer", name)
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(res.NoTextPages) > 0 {
			t.Logf("%s: %d of %d pages without text layer: %s", name, len(res.NoTextPages), res.Pages, pdf.PageList(res.NoTextPages))
		}
		got := normalize.Normalize([]byte(res.Text), normalize.Options{})
		want := normalize.Normalize(ref, normalize.Options{})
		s := similarity(words(got.Bytes), words(want.Bytes))
		k, n := diacriticsKept(got.Bytes, want.Bytes)
		sims = append(sims, s)
		kept += k * float64(n)
		total += float64(n)
		t.Logf("%s: %d pages, similarity %.4f, diacritics %.5f", name, res.Pages, s, k)
	}
	if len(sims) == 0 {
		t.Fatal("no PDF read")
	}
	sort.Float64s(sims)
	med := sims[len(sims)/2]
	if len(sims)%2 == 0 {
		med = (sims[len(sims)/2-1] + sims[len(sims)/2]) / 2
	}
	dk := 1.0
	if total > 0 {
		dk = kept / total
	}
	t.Logf("%d documents: median word-sequence similarity %.4f (min %.4f), diacritic letters kept %.5f", len(sims), med, sims[0], dk)
	if med < 0.98 {
		t.Errorf("median similarity %.4f < 0.98", med)
	}
	if dk < 0.999 {
		t.Errorf("diacritics kept %.5f < 0.999", dk)
	}
}

// TestLegacyFontPDF reads the PDFs of the legacy corpus, typed in TCVN3
// fonts (.VnTime) without a usable ToUnicode map: converted by font name,
// their accented letters must match the hand-checked transcripts (each
// letter counted apart, order aside) at 0.99 at least.
func TestLegacyFontPDF(t *testing.T) {
	names := testshared.Glob(t, "legacy/other/docs/*.pdf")
	truthDir := testshared.Path(t, "legacy", "other", "truth")
	for _, n := range names {
		base := strings.TrimSuffix(filepath.Base(n), ".pdf")
		truth := testshared.ReadFile(t, filepath.Join(truthDir, base+".txt"))
		data := testshared.ReadFile(t, n)
		if len(data) > 128<<10 && !testshared.IsLong() {
			continue // the 30- and 58-page ones: long run only
		}
		res, err := pdf.Decode(data, pdf.Options{})
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		got := normalize.Normalize([]byte(res.Text), normalize.Options{}).Bytes
		want := normalize.Normalize(truth, normalize.Options{}).Bytes
		k, total := diacriticsKept(got, want)
		t.Logf("%s: %d pages, encoding %s, accented letters kept %.4f of %d", base, res.Pages, res.Encoding, k, total)
		if k < 0.99 || res.Encoding == "utf-8" {
			t.Errorf("%s: kept %.4f, encoding %s", base, k, res.Encoding)
		}
	}
}
