package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/parser"
	"github.com/vnlegal/vanban/parser/decode"
	"github.com/vnlegal/vanban/parser/normalize"
	"github.com/vnlegal/vanban/parser/refs"
	"github.com/vnlegal/vanban/parser/structure"
)

// corpusTexts reads the .txt and .md documents of the shared corpus.
func corpusTexts(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(testshared.CorpusDir(b), "*"))
	var out [][]byte
	for _, f := range files {
		if (strings.HasSuffix(f, ".txt") || strings.HasSuffix(f, ".md")) && !strings.HasSuffix(f, "SOURCES.md") {
			if src, err := os.ReadFile(f); err == nil {
				out = append(out, src)
			}
		}
	}
	if len(out) == 0 {
		b.Skip("no text or markdown document in the shared corpus")
	}
	return out
}

// totalBytes is the size of docs, the bytes one iteration of a stage reads.
func totalBytes[T []byte | string](docs []T) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

// The Stage benchmarks measure each stage of the pipeline over the same bytes
// (every .txt and .md document of the corpus); scripts/bench.sh prints them as
// one table beside BenchmarkNFC, a bare golang.org/x/text NFC pass, the
// practical ceiling for Vietnamese text processing.

// BenchmarkNFC is the reference: NFC normalisation of the same bytes.
func BenchmarkNFC(b *testing.B) {
	benchStage(b, corpusTexts(b), func(d []byte) { norm.NFC.Bytes(d) })
}

// BenchmarkStageDecode is format sniffing and text decoding (encoding
// detection included).
func BenchmarkStageDecode(b *testing.B) {
	benchStage(b, corpusTexts(b), func(d []byte) {
		if _, err := decode.Decode(d); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkStageNormalize is the normalise stage.
func BenchmarkStageNormalize(b *testing.B) {
	benchStage(b, corpusTexts(b), func(d []byte) { normalize.Normalize(d, normalize.Options{}) })
}

// BenchmarkStageParse is the full pipeline over every text document of the corpus.
func BenchmarkStageParse(b *testing.B) {
	benchStage(b, corpusTexts(b), func(d []byte) {
		if _, err := parser.Parse(d); err != nil {
			b.Fatal(err)
		}
	})
}

// normalisedTexts is corpusTexts after the normalise stage, the input of the
// stages that follow it.
func normalisedTexts(b *testing.B) [][]byte {
	docs := corpusTexts(b)
	norm := make([][]byte, len(docs))
	for i, d := range docs {
		norm[i] = normalize.Normalize(d, normalize.Options{}).Bytes
	}
	return norm
}

// benchStage runs stage over every document of docs per iteration.
func benchStage[T []byte | string](b *testing.B, docs []T, stage func(T)) {
	b.SetBytes(totalBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			stage(d)
		}
	}
}

// BenchmarkStageStructure is the structure stage alone, over normalised text,
// as the pipeline calls it: over the text as a string, without a copy.
func BenchmarkStageStructure(b *testing.B) {
	docs := normalisedTexts(b)
	strs := make([]string, len(docs))
	for i, d := range docs {
		strs[i] = string(d)
	}
	benchStage(b, strs, func(s string) { structure.ParseString(s) })
}

// BenchmarkStageReferences is the citation scanner alone, over normalised text.
func BenchmarkStageReferences(b *testing.B) {
	benchStage(b, normalisedTexts(b), func(d []byte) { refs.Extract(d, refs.Options{}) })
}

// BenchmarkLinear parses one document and the same document repeated 2 and 8
// times: the time per byte must not grow with the size (issue 6 allows 25%).
func BenchmarkLinear(b *testing.B) {
	src := testshared.ReadCorpus(b, "044_quyetdinh_quyet-dinh-435-qd-ubnd-nam-2020.txt")
	for _, n := range []int{1, 2, 8} {
		doc := []byte(strings.Repeat(string(src)+"\n", n))
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parser.Parse(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVBPLPage parses a saved 1.6 MB vbpl.vn page and, separately, the
// text extracted from it, and reports how many times more the page costs
// (issue 4 asks for less than 4x).
func BenchmarkVBPLPage(b *testing.B) {
	page := testshared.ReadCorpus(b, "133_thongtu_83-2025-tt-nhnn-vbpl.html")
	dec, err := decode.Decode(page)
	if err != nil {
		b.Fatal(err)
	}
	text := dec.Text
	b.SetBytes(int64(len(page)))
	var pageTime, textTime time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := parser.Parse(page); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := parser.Parse(text); err != nil {
			b.Fatal(err)
		}
		pageTime += t1.Sub(t0)
		textTime += time.Since(t1)
	}
	b.ReportMetric(float64(pageTime)/float64(textTime), "page/text")
}
