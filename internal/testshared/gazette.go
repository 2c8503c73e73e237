package testshared

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// GazettePair is one PDF of the shared gazette set (shared/pdf) and the text
// version of the same file in the corpus (MuPDF output).
type GazettePair struct {
	PDF, Text string
}

// GazettePairs reads shared/pdf/MANIFEST.tsv (a header line, then the PDF's
// file name and its text's file name in the first two columns), or skips the
// test when it is absent. The manifest lists the files by size: the default
// run takes the second to fourth, of two or three pages each; VANBAN_LONG=1
// takes them all.
func GazettePairs(tb testing.TB) []GazettePair {
	tb.Helper()
	dir, corpus := Path(tb, "pdf"), Path(tb, "corpus")
	f, err := os.Open(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		tb.Skip("shared PDFs absent:", err)
	}
	defer f.Close()
	var ps []GazettePair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 || cols[0] == "file" {
			continue
		}
		ps = append(ps, GazettePair{PDF: filepath.Join(dir, cols[0]), Text: filepath.Join(corpus, cols[1])})
	}
	if !IsLong() && len(ps) > 4 {
		ps = ps[1:4]
	}
	return ps
}
