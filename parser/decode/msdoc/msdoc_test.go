package msdoc

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/vnlegal/vanban/parser/decode/source"
)

// The tests build small Word documents: a compound file (version 3, 512-byte
// sectors, one FAT sector, one directory sector, no mini stream — every
// stream is padded past the 4096-byte cutoff) holding a WordDocument stream
// with a FIB, the text and one CHPX FKP, and a 1Table stream with the piece
// table, the font table and PlcfBteChpx.

type run struct {
	text string // bytes of the 8-bit piece (Windows-1252 view of legacy bytes)
	ftc  int    // font index, -1 for none
	caps bool
}

var testFonts = []string{"Times New Roman", ".VnTime", "VNI-Times", ".VnTimeH"}

const textFC = 1024

func put16(b []byte, i int, v uint16) { binary.LittleEndian.PutUint16(b[i:], v) }
func put32(b []byte, i int, v uint32) { binary.LittleEndian.PutUint32(b[i:], v) }

// buildDoc returns a .doc holding runs as one compressed piece.
func buildDoc(runs []run, flags uint16) []byte {
	var text []byte
	for _, r := range runs {
		text = append(text, r.text...)
	}
	// WordDocument: FIB, text at 1024, CHPX FKP in page 4 (offset 2048).
	wd := make([]byte, 4608)
	put16(wd, 0, 0xA5EC)
	put16(wd, 2, 193)
	put16(wd, 0x0A, 0x0200|flags) // fWhichTblStm: 1Table
	pos := 32
	put16(wd, pos, 14)
	pos += 2 + 28
	put16(wd, pos, 22)
	pos += 2
	put32(wd, pos+12, uint32(len(text))) // ccpText
	pos += 88
	const cbRgFcLcb = 93
	put16(wd, pos, cbRgFcLcb)
	pos += 2
	fcLcb := pos
	copy(wd[textFC:], text)
	page := wd[2048 : 2048+512]
	page[511] = byte(len(runs))
	fc := uint32(textFC)
	chpxOff := 511
	for i, r := range runs {
		put32(page, 4*i, fc)
		fc += uint32(len(r.text))
		var grpprl []byte
		if r.ftc >= 0 {
			grpprl = append(grpprl, 0x4F, 0x4A, byte(r.ftc), 0)
		}
		if r.caps {
			grpprl = append(grpprl, 0x3B, 0x08, 1)
		}
		if len(grpprl) > 0 {
			chpxOff -= 1 + len(grpprl)
			chpxOff &^= 1
			page[chpxOff] = byte(len(grpprl))
			copy(page[chpxOff+1:], grpprl)
			page[4*(len(runs)+1)+i] = byte(chpxOff / 2)
		}
	}
	put32(page, 4*len(runs), fc)

	// 1Table: CLX, SttbfFfn, PlcfBteChpx.
	tbl := make([]byte, 0, 4608)
	setFcLcb := func(i int, off, n int) {
		put32(wd, fcLcb+8*i, uint32(off))
		put32(wd, fcLcb+8*i+4, uint32(n))
	}
	// CLX
	clx := []byte{2, 0, 0, 0, 0}
	plc := make([]byte, 8+8)
	put32(plc, 0, 0)
	put32(plc, 4, uint32(len(text)))
	put32(plc, 8+2, uint32(textFC*2)|0x40000000)
	put32(clx, 1, uint32(len(plc)))
	clx = append(clx, plc...)
	setFcLcb(iClx, len(tbl), len(clx))
	tbl = append(tbl, clx...)
	// SttbfFfn
	sttb := []byte{byte(len(testFonts)), 0, 0, 0}
	for _, name := range testFonts {
		ffn := make([]byte, 39)
		for _, u := range utf16.Encode([]rune(name)) {
			ffn = append(ffn, byte(u), byte(u>>8))
		}
		ffn = append(ffn, 0, 0)
		sttb = append(sttb, byte(len(ffn)))
		sttb = append(sttb, ffn...)
	}
	setFcLcb(iSttbfFfn, len(tbl), len(sttb))
	tbl = append(tbl, sttb...)
	// PlcfBteChpx: one FKP covering the text.
	bte := make([]byte, 12)
	put32(bte, 0, textFC)
	put32(bte, 4, fc)
	put32(bte, 8, 4)
	setFcLcb(iPlcfBteChpx, len(tbl), len(bte))
	tbl = append(tbl, bte...)
	tbl = append(tbl, make([]byte, 4608-len(tbl))...)
	return compoundFile(map[string][]byte{"WordDocument": wd, "1Table": tbl})
}

// compoundFile writes a version-3 compound file holding the streams (each
// at least 4096 bytes, a multiple of 512).
func compoundFile(streams map[string][]byte) []byte {
	names := []string{"1Table", "WordDocument"} // directory order by (length, name)
	const sect = 512
	const endOfChain, freeSect, fatSect, noStream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
	hdr := make([]byte, sect)
	copy(hdr, oleMagic)
	put16(hdr, 24, 0x3E)
	put16(hdr, 26, 3)
	put16(hdr, 28, 0xFFFE)
	put16(hdr, 30, 9)
	put16(hdr, 32, 6)
	put32(hdr, 44, 1) // FAT sectors
	put32(hdr, 48, 1) // directory at sector 1
	put32(hdr, 56, 4096)
	put32(hdr, 60, endOfChain)
	put32(hdr, 68, endOfChain)
	for i := 76; i < sect; i += 4 {
		put32(hdr, i, freeSect)
	}
	put32(hdr, 76, 0) // FAT at sector 0
	fat := make([]byte, sect)
	for i := 0; i < sect; i += 4 {
		put32(fat, i, freeSect)
	}
	put32(fat, 0, fatSect)
	put32(fat, 4, endOfChain)
	dir := make([]byte, sect)
	entry := func(i int, name string, typ byte, left, right, child, start uint32, size int) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			put16(e, 2*k, c)
		}
		put16(e, 64, uint16(2*len(u)+2))
		e[66] = typ
		e[67] = 1
		put32(e, 68, left)
		put32(e, 72, right)
		put32(e, 76, child)
		put32(e, 116, start)
		put32(e, 120, uint32(size))
	}
	entry(0, "Root Entry", 5, noStream, noStream, 2, endOfChain, 0)
	next := uint32(2)
	var body []byte
	for i, name := range names {
		s := streams[name]
		n := uint32(len(s) / sect)
		for k := uint32(0); k < n; k++ {
			v := next + k + 1
			if k == n-1 {
				v = endOfChain
			}
			put32(fat, int(4*(next+k)), v)
		}
		left := uint32(noStream)
		if i == 1 {
			left = 1
		}
		entry(i+1, name, 2, left, noStream, noStream, next, len(s))
		next += n
		body = append(body, s...)
	}
	for i := 3; i < 4; i++ {
		entry(i, "", 0, noStream, noStream, noStream, 0, 0)
	}
	out := append(hdr, fat...)
	out = append(out, dir...)
	return append(out, body...)
}

func TestText(t *testing.T) {
	doc := buildDoc([]run{
		{"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\r", 1, false},
		{"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c\r", 1, false},
		{"c\xe9ng ho\xb5\r", 3, false}, // .VnTimeH: kept as typed
		{"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i\r", 2, false},
		{"Hello\x07World\x07\r", 0, false},
		{"\x13 HYPERLINK \"x\" \x14Vi\xd6t\x15 n\xa8m\x0bm\xe9t\x0c", 1, false},
		{"t\xe6ng k\xd5t\r", 1, true},            // all capitals
		{"\x01\x08ph\xad\x1f\xeang\r", 1, false}, // 0x1F: optional hyphen, dropped
	}, 0)
	text, enc, warns, err := decodeDoc(doc, false)
	if err != nil {
		t.Fatal(err)
	}
	want := "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\ncộng hoà\nCộng hòa xã hội\n" +
		"Hello\nWorld\n\nViệt năm\nmột\nTỔNG KẾT\nphường\n"
	if text != want {
		t.Errorf("text\n%q\nwant\n%q\nwarnings %q", text, want, warns)
	}
	if enc != source.TCVN3 {
		t.Errorf("enc %v", enc)
	}
	up, _, _, err := decodeDoc(doc, true)
	if err != nil || !strings.Contains(up, "\nCỘNG HOÀ\n") {
		t.Errorf("TextUpper: %q %v", up, err)
	}
}

func TestErrors(t *testing.T) {
	if _, _, _, err := decodeDoc([]byte("plain text, not a compound file at all"), false); !errors.Is(err, ErrNotOLE2) {
		t.Errorf("plain text: %v", err)
	}
	if _, _, _, err := decodeDoc(nil, false); !errors.Is(err, ErrNotOLE2) {
		t.Errorf("empty: %v", err)
	}
	runs := []run{{"Vi\xd6t Nam\r", 1, false}}
	if _, _, _, err := decodeDoc(buildDoc(runs, 0x0100), false); !errors.Is(err, source.ErrEncrypted) || !errors.Is(err, source.ErrUnsupported) {
		t.Errorf("encrypted: %v", err)
	}
	// Word 6/95: another FIB identifier, or a version before Word 97's
	wdStart := 3*512 + 4608 // after the header, FAT, directory and 1Table
	word6 := buildDoc(runs, 0)
	put16(word6, wdStart, 0xA5DC)
	word95 := buildDoc(runs, 0)
	put16(word95, wdStart+2, 100)
	for name, doc := range map[string][]byte{"wIdent": word6, "nFib": word95} {
		_, _, _, err := decodeDoc(doc, false)
		if !errors.Is(err, ErrUnsupported) || !errors.Is(err, source.ErrUnsupported) || errors.Is(err, source.ErrDamaged) {
			t.Errorf("old Word by %s: %v", name, err)
		}
	}
	if _, _, _, err := decodeDoc(buildDoc(runs, 0)[:100], false); !errors.Is(err, ErrTruncated) || !errors.Is(err, source.ErrDamaged) {
		t.Errorf("truncated: %v", err)
	}
	doc := buildDoc(runs, 0)
	for _, n := range []int{8, 100, 512, 1000, 1536, 2000, 4000, 6000} {
		if _, _, _, err := decodeDoc(doc[:n], false); err == nil {
			t.Errorf("truncated at %d: no error", n)
		}
	}
	// Cut inside the padding of the last stream: the text is whole, with a warning.
	if text, _, warns, err := decodeDoc(doc[:len(doc)-100], false); err == nil && len(warns) == 0 {
		t.Errorf("truncated stream: no warning (%q)", text)
	}
	// A compound file without a WordDocument stream.
	other := compoundFile(map[string][]byte{"WordDocument": make([]byte, 4096), "1Table": make([]byte, 4096)})
	copy(other[1024:], []byte{'X', 0}) // rename WordDocument → XordDocument
	if _, _, _, err := decodeDoc(other, false); !errors.Is(err, ErrNotWord) {
		t.Errorf("no WordDocument: %v", err)
	}
}

func FuzzDOC(f *testing.F) {
	f.Add(buildDoc([]run{{"Vi\xd6t Nam\r", 1, false}, {"Co\xe4ng\x07\r", 2, true}}, 0))
	f.Add(buildDoc([]run{{"\x13a\x14b\x15\r", 0, false}}, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, _, err := decodeDoc(b, false)
		if err == nil && len(text) > 4*len(b)+16 {
			t.Fatalf("output %d bytes for %d bytes of input", len(text), len(b))
		}
	})
}
