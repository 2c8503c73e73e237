package store

import "github.com/vnlegal/vanban/internal/vntext"

// Fold removes Vietnamese diacritics from s: tone marks and the hat, horn and
// breve are dropped (ề → e, ư → u, ă → a) and đ, Đ become d, D. Case is kept.
// Both tone-mark styles fold alike ("hoà" and "hòa" → "hoa"), and so do NFC and
// NFD input.
//
// Use it on a query for doc_fts_fold, the full-text table without tones. That
// table folds tones itself, at indexing and query time, but not đ, which has no
// Unicode decomposition: the index holds "dang" for "Đảng", so a query for
// "đảng" finds it only once folded.
func Fold(s string) string { return vntext.Fold(s) }
