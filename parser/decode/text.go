package decode

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Text decodes src as UTF-16 when it has a byte-order mark, or when its
// zero bytes fall on every other position as UTF-16 text of Latin and
// Vietnamese letters does. It returns UTF-8.
func utf16Text(src []byte) ([]byte, string, bool) {
	var order binary.ByteOrder
	name := ""
	body := src
	switch {
	case hasPrefix(src, "\xFF\xFE"):
		order, name, body = binary.LittleEndian, "utf-16le", src[2:]
	case hasPrefix(src, "\xFE\xFF"):
		order, name, body = binary.BigEndian, "utf-16be", src[2:]
	default:
		n := len(src)
		if n > 4096 {
			n = 4096
		}
		if n < 4 {
			return nil, "", false
		}
		evenZero, oddZero := 0, 0
		for i := 0; i+1 < n; i += 2 {
			if src[i] == 0 {
				evenZero++
			}
			if src[i+1] == 0 {
				oddZero++
			}
		}
		pairs := n / 2
		switch {
		case oddZero*10 > pairs*6 && evenZero*10 < pairs:
			order, name = binary.LittleEndian, "utf-16le"
		case evenZero*10 > pairs*6 && oddZero*10 < pairs:
			order, name = binary.BigEndian, "utf-16be"
		default:
			return nil, "", false
		}
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = order.Uint16(body[2*i:])
	}
	runes := utf16.Decode(units)
	out := make([]byte, 0, len(runes)+len(runes)/2)
	for _, r := range runes {
		out = utf8.AppendRune(out, r)
	}
	return out, name, true
}

// looksHTML reports markup in the first kilobytes: a doctype, an <html>,
// <head> or <body> tag, or many tags.
func looksHTML(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = bytes.TrimLeft(head, " \t\r\n\xEF\xBB\xBF")
	if bytes.IndexByte(head, '<') < 0 {
		return false // plain text: no tag at all
	}
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version"} {
		if bytes.Contains(lower, []byte(p)) && (p != "<?xml version" || bytes.Contains(lower, []byte("<html"))) {
			return true
		}
	}
	return bytes.Count(lower, []byte("<div"))+bytes.Count(lower, []byte("<p>"))+bytes.Count(lower, []byte("<p ")) >= 5
}

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
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B {
			ctl++
		}
	}
	return len(head) > 0 && ctl*20 > len(head)
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
