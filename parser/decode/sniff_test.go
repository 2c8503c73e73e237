package decode

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The sniffers run on every input with shortcuts (eight bytes at a time, tags
// read where they start): each must answer as its plain definition does.
func TestSniffersMatchTheirDefinitions(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	alphabet := []byte("ab <p>\n\t\x01\x02\x1b\x1f DIV<div <P <p>\xc3\xa1<html<HEAD<body")
	for n := 0; n < 2000; n++ {
		b := make([]byte, rng.Intn(300))
		for i := range b {
			if rng.Intn(4) == 0 {
				b[i] = byte(rng.Intn(256))
			} else {
				b[i] = alphabet[rng.Intn(len(alphabet))]
			}
		}
		assert.Equal(t, isBinaryByDefinition(b), isBinary(b), "%q", b)
		assert.Equal(t, looksHTMLByDefinition(b), looksHTML(b), "%q", b)
	}
	assert.True(t, looksHTML([]byte("\xEF\xBB\xBF  <!DOCTYPE HTML><p>")))
	assert.False(t, looksHTML([]byte("Điều 1. a < b và c > d")))
	assert.True(t, isBinary([]byte("ab\x01\x02\x03cdefghijklmnopq")))
}

// isBinaryByDefinition counts control bytes one by one.
func isBinaryByDefinition(b []byte) bool {
	head := b[:min(len(b), 64<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B {
			ctl++
		}
	}
	return len(head) > 0 && ctl*20 > len(head)
}

// looksHTMLByDefinition searches a lower-cased copy of the head.
func looksHTMLByDefinition(b []byte) bool {
	head := bytes.TrimLeft(b[:min(len(b), 8192)], " \t\r\n\xEF\xBB\xBF")
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.Contains(lower, []byte(p)) {
			return true
		}
	}
	return bytes.Count(lower, []byte("<div"))+bytes.Count(lower, []byte("<p>"))+bytes.Count(lower, []byte("<p ")) >= 5
}
