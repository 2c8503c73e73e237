package refs

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// ids lists the IDs of refs in order.
func ids(refs []model.Reference) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.ID
	}
	return out
}

func TestReadAndSkip(t *testing.T) {
	const page = "Tin liên quan: Nghị định số 99/2019/NĐ-CP.\n"
	const body = "Căn cứ Luật Đất đai số 31/2024/QH15;\n" +
		"Điều 5. Phạm vi [Điều này được hướng dẫn bởi Thông tư 10/2021/TT-BTC] áp dụng theo Quyết định số 12/2022/QĐ-TTg.\n"
	text := []byte(page + body + page)
	orig := bytes.Clone(text)
	read := &Span{Start: len(page), End: len(page) + len(body)}
	noteStart := len(page) + bytes.Index([]byte(body), []byte("["))
	noteEnd := len(page) + bytes.Index([]byte(body), []byte("]")) + 1

	all, _ := Extract(text, Options{})
	assert.Equal(t, []string{"99/2019/NĐ-CP", "31/2024/QH15", "10/2021/TT-BTC", "12/2022/QĐ-TTg"}, ids(all)[:4])

	inRead, _ := Extract(text, Options{Read: read})
	assert.Equal(t, []string{"31/2024/QH15", "10/2021/TT-BTC", "12/2022/QĐ-TTg"}, ids(inRead))

	refs, _ := Extract(text, Options{Read: read, Skip: []Span{{noteStart, noteEnd}}})
	require.Equal(t, []string{"31/2024/QH15", "12/2022/QĐ-TTg"}, ids(refs))
	for _, r := range refs {
		for _, m := range r.Mentions {
			// offsets are in the whole text
			assert.Equal(t, string(text[m.Start:m.End]), m.Text)
			assert.GreaterOrEqual(t, m.Start, read.Start)
		}
	}
	assert.Equal(t, orig, text, "the caller's text is not written to")
}

func TestReadOutOfRange(t *testing.T) {
	text := []byte("Căn cứ Nghị định số 15/2020/NĐ-CP;")
	for _, sp := range []Span{{-5, 1000}, {40, 10}, {0, 0}, {len(text), len(text)}} {
		refs, self := Extract(text, Options{Read: &sp, Skip: []Span{{-3, 2}, {30, 900}, {9, 4}}})
		assert.NotNil(t, refs)
		assert.NotNil(t, self)
	}
	refs, _ := Extract(text, Options{Read: &Span{-5, 1000}})
	assert.Equal(t, []string{"15/2020/NĐ-CP"}, ids(refs))
}

// TestReadSkipMatchesCopy checks Read and Skip over the corpus against their
// definition: scanning a copy of the read span with the skipped bytes made
// spaces, and adding the span's start to the offsets.
func TestReadSkipMatchesCopy(t *testing.T) {
	for _, text := range corpusTexts(t) {
		read := Span{Start: len(text) / 8, End: len(text) - len(text)/8}
		var skip []Span
		for p := read.Start; p+200 < read.End; p += 1500 {
			skip = append(skip, Span{Start: p + 100, End: p + 200})
		}
		got, gotSelf := Extract(text, Options{Read: &read, Skip: skip})

		blanked := bytes.Clone(text[read.Start:read.End])
		for _, sp := range skip {
			copy(blanked[sp.Start-read.Start:sp.End-read.Start], bytes.Repeat([]byte{' '}, sp.End-sp.Start))
		}
		want, wantSelf := Extract(blanked, Options{})
		for i := range want {
			for j := range want[i].Mentions {
				want[i].Mentions[j].Start += read.Start
				want[i].Mentions[j].End += read.Start
			}
		}
		for j := range wantSelf {
			wantSelf[j].Start += read.Start
			wantSelf[j].End += read.Start
		}
		require.Equal(t, want, got)
		require.Equal(t, wantSelf, gotSelf)
	}
}

// FuzzReadSkip checks any Read and Skip spans, in range or not, against the
// definition: the read span cut to the text, the skipped bytes inside it made
// spaces, the offsets shifted by the read span's start.
func FuzzReadSkip(f *testing.F) {
	f.Add([]byte("Căn cứ Nghị định số 15/2020/NĐ-CP [Điều này được hướng dẫn bởi Thông tư 10/2021/TT-BTC];"), 3, 200, 36, 90)
	f.Add([]byte("Luật Đất đai năm 2024 và Quyết định 12/QĐ-UBND"), -4, 20, 5, 2)
	f.Fuzz(func(t *testing.T, text []byte, rs, re, ss, se int) {
		orig := bytes.Clone(text)
		got, gotSelf := Extract(text, Options{Read: &Span{rs, re}, Skip: []Span{{ss, se}}})
		require.Equal(t, orig, text)

		start := min(max(rs, 0), len(text))
		end := min(max(re, start), len(text))
		blanked := bytes.Clone(text[start:end])
		for p := max(ss, start); p < min(se, end); p++ {
			blanked[p-start] = ' '
		}
		want, wantSelf := Extract(blanked, Options{})
		for i := range want {
			for j := range want[i].Mentions {
				want[i].Mentions[j].Start += start
				want[i].Mentions[j].End += start
			}
		}
		for j := range wantSelf {
			wantSelf[j].Start += start
			wantSelf[j].End += start
		}
		require.Equal(t, want, got)
		require.Equal(t, wantSelf, gotSelf)
	})
}
