package decode

import (
	"archive/zip"
	"bytes"
	"encoding/binary"

	"github.com/vnlegal/vanban/internal/vntext"
)

// magic returns a sniffer for a format that starts with the bytes p.
func magic(p string) func([]byte) bool {
	return func(b []byte) bool { return hasPrefix(b, p) }
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// isDOCX reports a zip archive with a Word document in it.
func isDOCX(b []byte) bool {
	return hasPrefix(b, "PK\x03\x04") && zipHasEntry(b, "word/document.xml")
}

// looksHTML reports markup in the first kilobytes: a doctype, an <html>,
// <head> or <body> tag, or many tags. It runs on every input, so it reads
// the tags where they start ('<') instead of lower-casing the head.
func looksHTML(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = bytes.TrimLeft(head, " \t\r\n\xEF\xBB\xBF")
	tags := 0
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		t := head[i:]
		switch {
		case vntext.HasPrefixASCIIFold(t, "<!doctype html"), vntext.HasPrefixASCIIFold(t, "<html"), vntext.HasPrefixASCIIFold(t, "<head"), vntext.HasPrefixASCIIFold(t, "<body"):
			// an XHTML page ("<?xml version …") has its <html> too
			return true
		case vntext.HasPrefixASCIIFold(t, "<div"), vntext.HasPrefixASCIIFold(t, "<p>"), vntext.HasPrefixASCIIFold(t, "<p "):
			tags++
		}
		j := bytes.IndexByte(t[1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return tags >= 5
}

// isControl reports a control byte that text does not have: not a line,
// tab, page or escape character.
func isControl(c byte) bool { return controlByte[c] != 0 }

// controlByte[c] is 1 for the bytes isControl reports: a table lets isBinary
// count them without a branch a byte.
var controlByte = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		switch c {
		case '\n', '\r', '\t', '\f', '\v', 0x1B:
		default:
			t[c] = 1
		}
	}
	return t
}()

// isBinary reports NUL bytes or mostly invalid UTF-8 that is not a legacy
// 8-bit text either: many control characters.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl, i := 0, 0
	for ; i+8 <= len(head); i += 8 {
		// eight bytes at a time: a word with no byte below 0x20 (a text's
		// lines are dozens of bytes apart) has no control byte to count
		x := binary.LittleEndian.Uint64(head[i:])
		if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 {
			continue
		}
		for _, c := range head[i : i+8] {
			ctl += int(controlByte[c])
		}
	}
	for _, c := range head[i:] {
		ctl += int(controlByte[c])
	}
	return len(head) > 0 && ctl*20 > len(head)
}

// firstBinaryByte is the offset of the first NUL or control byte, for the
// position of a not-text error.
func firstBinaryByte(src []byte) int {
	for i, c := range src {
		if c == 0 || isControl(c) {
			return i
		}
	}
	return 0
}

// zipHasEntry reports whether the zip archive src has an entry of that name.
func zipHasEntry(src []byte, name string) bool {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == name {
			return true
		}
	}
	return false
}
