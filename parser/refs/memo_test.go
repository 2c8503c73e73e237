package refs

import (
	"math/rand"
	"strings"
	"testing"
)

// The scanner remembers its last line start, sentence start and verb search
// for the next citation. A scanner that has answered many questions must
// answer as a fresh one does.
func TestRememberedAnswersMatchFresh(t *testing.T) {
	words := []string{"căn cứ", "Căn Cứ", "CĂN CỨ", "thực hiện", "triển khai", "hướng dẫn", "quy định chi tiết",
		"QUY ĐỊNH CHI TIẾT", "quy định chİ tiết", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "hủy bỏ", "huỷ bỏ",
		"hết hiệu lực", "theo quy định", "theo chỉ đạo", "\u212aèm theo", "kèm theo", "Đề nghị", "xét", "nêu tại",
		"Nghị định", "số", "01/2020/NĐ-CP", "của", "Chính phủ", "về", "việc", "và", "các", "điều", "khoản",
		"a", "b", "1", "2", ";", ".", ",", ":", "\n", "\n\n", "- ", "“", "”", "(", ")", "ệ", "\xe1\xbb", "x",
		"\n1. ", "\nb) ", "\nĐiều 3. ", "văn bản", "các Quyết định", "sau:", "\nChương II", "hết hiệu lực"}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var b strings.Builder
		n := 50 + rng.Intn(400)
		// half of the texts without sentence ends: long sentences, and the
		// 800-byte limit
		vocab := words
		if round%2 == 1 {
			vocab = words[:len(words)-24]
		}
		for i := 0; i < n; i++ {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			if rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		text := []byte(b.String())
		kept := &scanner{t: text}
		p := 0
		for p < len(text) {
			fresh := &scanner{t: text}
			if got, want := kept.lineStart(p), fresh.lineStart(p); got != want {
				t.Fatalf("round %d: lineStart(%d) = %d, want %d", round, p, got, want)
			}
			fresh = &scanner{t: text}
			if got, want := kept.relation(p), fresh.relation(p); got != want {
				t.Fatalf("round %d: relation(%d) = %q, want %q in %q", round, p, got, want, text[max(0, p-200):p])
			}
			fresh = &scanner{t: text}
			if got, want := kept.leadIn(p), fresh.leadIn(p); got != want {
				t.Fatalf("round %d: leadIn(%d) = %q, want %q in %q", round, p, got, want, text[max(0, p-200):p])
			}
			fresh = &scanner{t: text}
			if got, want := kept.sentenceStart(p), fresh.sentenceStart(p); got != want {
				t.Fatalf("round %d: sentenceStart(%d) = %d, want %d", round, p, got, want)
			}
			// the item starts, where leadIn has an answer to give (some 50
			// of them a relation)
			for q := p + 1; q < min(len(text), p+120); q++ {
				if text[q-1] == ' ' && (text[q-2] == '.' || text[q-2] == ')') {
					fresh = &scanner{t: text}
					if got, want := kept.leadIn(q), fresh.leadIn(q); got != want {
						t.Fatalf("round %d: leadIn(%d) = %q, want %q in %q", round, q, got, want, text[max(0, q-200):q])
					}
				}
			}
			// mostly forward, sometimes back (parts widen a citation leftwards)
			if rng.Intn(8) == 0 {
				p = max(0, p-rng.Intn(100))
			} else {
				p += 1 + rng.Intn(120)
			}
		}
	}
}
