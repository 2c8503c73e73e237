package msdoc

import (
	"unicode/utf16"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// readFonts reads the font table SttbfFfn.
func (d *doc) readFonts() {
	fc, lcb := d.fcLcbAt(iSttbfFfn)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 4 {
		d.noFonts = true
		d.warn("msdoc: no font table; encodings guessed from the text")
		return
	}
	n := int(le16(t, 0))
	extended := false
	p := 2
	if n == 0xFFFF {
		extended = true
		n = int(le16(t, 2))
		p = 4
	}
	cbExtra := int(le16(t, p))
	p += 2
	if n > len(t) {
		n = len(t)
	}
	for i := 0; i < n && p < len(t); i++ {
		var ffn []byte
		if extended {
			l := int(le16(t, p))
			p += 2
			if p+2*l > len(t) {
				break
			}
			ffn = t[p : p+2*l]
			p += 2*l + cbExtra
		} else {
			l := int(t[p])
			p++
			if p+l > len(t) {
				break
			}
			ffn = t[p : p+l]
			p += l + cbExtra
		}
		f := font{}
		if len(ffn) > 39 {
			f.name = utf16z(ffn[39:])
			f.enc, f.upper = vnenc.FromFont(f.name)
			if f.enc == vnenc.Unicode && ffn[3] == 163 { // chs: VIETNAMESE_CHARSET
				f.enc = vnenc.CP1258
			}
		}
		d.fonts = append(d.fonts, f)
	}
}

// utf16z decodes a NUL-terminated UTF-16LE string.
func utf16z(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := uint16(b[i]) | uint16(b[i+1])<<8
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}

// readStyles reads from the stylesheet the font each style sets and the
// style it is based on.
func (d *doc) readStyles() {
	d.defFtc = -1
	fc, lcb := d.fcLcbAt(iStshf)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 2+18 {
		return
	}
	cbStshi := int(le16(t, 0))
	cstd := int(le16(t, 2))
	cbBase := int(le16(t, 4))
	if cbStshi >= 18 {
		d.defFtc = int(le16(t, 2+12))
	}
	p := 2 + cbStshi
	if cstd > len(t)/2 {
		cstd = len(t) / 2
	}
	d.styles = make([]style, 0, cstd)
	for i := 0; i < cstd && p+2 <= len(t); i++ {
		cb := int(le16(t, p))
		p += 2
		st := style{base: -1, ftc: -1, caps: -1}
		if cb > 0 && p+cb <= len(t) && cb >= cbBase && cbBase >= 10 {
			std := t[p : p+cb]
			st.read = true
			stk := int(le16(std, 2) & 0xF)
			st.base = int(le16(std, 2) >> 4)
			if st.base == 0xFFF {
				st.base = -1
			}
			cupx := int(le16(std, 4) & 0xF)
			q := cbBase
			cch := int(le16(std, q))
			q += 2 + 2*cch + 2
			for u := 0; u < cupx && q+2 <= len(std); u++ {
				n := int(le16(std, q))
				q += 2
				if q+n > len(std) {
					break
				}
				upx := std[q : q+n]
				q += n
				if n&1 == 1 {
					q++
				}
				isChpx := (stk == 1 && u == 1) || (stk == 2 && u == 0)
				if !isChpx {
					continue
				}
				sprms(upx, func(s uint16, op []byte) bool {
					if (s == sprmCRgFtc0 || s == sprmCFtcDefault) && len(op) >= 2 {
						st.ftc = int(le16(op, 0))
					}
					if s == sprmCFCaps || s == sprmCFSmallCaps {
						st.caps = int16(op[0])
					}
					return true
				})
			}
		}
		if cb > 0 {
			p += cb
		}
		d.styles = append(d.styles, st)
	}
}

// styleFont resolves the font of style istd through its base styles.
func (d *doc) styleFont(istd int) int {
	for k := 0; k < 16 && istd >= 0 && istd < len(d.styles); k++ {
		if f := d.styles[istd].ftc; f >= 0 {
			return f
		}
		istd = d.styles[istd].base
	}
	return d.defFtc
}

// styleCaps resolves the all-capitals property of style istd (a toggle
// relative to its base style: 0x80 keeps, 0x81 inverts).
func (d *doc) styleCaps(istd int, depth int) bool {
	if depth > 16 || istd < 0 || istd >= len(d.styles) {
		return false
	}
	st := d.styles[istd]
	base := d.styleCaps(st.base, depth+1)
	switch st.caps {
	case 0:
		return false
	case 1:
		return true
	case 0x81:
		return !base
	}
	return base
}
