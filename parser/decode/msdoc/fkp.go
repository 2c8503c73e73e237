package msdoc

import "sort"

// Sprms read.
const (
	sprmCFRMarkDel  = 0x0800
	sprmCFVanish    = 0x0839
	sprmCIstd       = 0x4A30
	sprmCRgFtc0     = 0x4A4F
	sprmCRgFtc2     = 0x4A51
	sprmCFtcDefault = 0x4A3D
	sprmCSymbol     = 0x6A09
	sprmCFCaps      = 0x083B
	sprmCFSmallCaps = 0x083A
	sprmPFTtp       = 0x2417
	sprmPFInnerTtp  = 0x244C
)

// sprms calls fn for each sprm of a grpprl with its operand; fn returns false
// to stop.
func sprms(g []byte, fn func(sprm uint16, op []byte) bool) {
	i := 0
	for i+2 <= len(g) {
		s := le16(g, i)
		i += 2
		var n int
		switch s >> 13 {
		case 0, 1:
			n = 1
		case 2, 4, 5:
			n = 2
		case 3:
			n = 4
		case 7:
			n = 3
		case 6:
			if i >= len(g) {
				return
			}
			switch s {
			case 0xD608, 0xD606: // sprmTDefTable, sprmTDefTable10
				n = 2 + int(le16(g, i)) - 1
			case 0xC615: // sprmPChgTabs
				if g[i] == 255 {
					return
				}
				n = 1 + int(g[i])
			default:
				n = 1 + int(g[i])
			}
		}
		if n < 0 || i+n > len(g) {
			return
		}
		if !fn(s, g[i:i+n]) {
			return
		}
		i += n
	}
}

// plcfBte returns the FKP page numbers of a PlcfBteChpx or PlcfBtePapx.
func (d *doc) plcfBte(i int) []uint32 {
	fc, lcb := d.fcLcbAt(i)
	t, ok := slice(d.tbl, fc, lcb)
	if !ok || len(t) < 4 {
		return nil
	}
	n := (len(t) - 4) / 8
	pns := make([]uint32, 0, n)
	for k := 0; k < n; k++ {
		pns = append(pns, le32(t, 4*(n+1)+4*k)&0x3FFFFF)
	}
	return pns
}

// fkpRuns calls each for every run of the formatted disk pages (FKPs) that
// the bin table at FIB index which lists, with the run's file-offset range
// and the byte offset of its properties in the page (0 when it has none).
// bxSize is the size of the entry after each run's offset: 1 in a CHPX page,
// 13 (BX) in a PAPX page. A page outside the file is skipped, with the
// warning missing when that is not "".
func (d *doc) fkpRuns(which, bxSize int, missing string, each func(page []byte, fcStart, fcEnd uint32, off int)) {
	for _, pn := range d.plcfBte(which) {
		page, ok := slice(d.wd, pn*512, 512)
		if !ok {
			if missing != "" {
				d.warn("%s", missing)
			}
			continue
		}
		crun := int(page[511])
		if 4*(crun+1)+bxSize*crun > 511 {
			continue
		}
		for i := 0; i < crun; i++ {
			each(page, le32(page, 4*i), le32(page, 4*(i+1)), int(page[4*(crun+1)+bxSize*i])*2)
		}
	}
}

// readCHPX reads the character formatting of every run: fonts, character
// style, hidden text, symbols, capitals.
func (d *doc) readCHPX() []chpxRun {
	var runs []chpxRun
	d.fkpRuns(iPlcfBteChpx, 1, "msdoc: character formatting page out of the file", func(page []byte, fcStart, fcEnd uint32, off int) {
		r := chpxRun{fcStart: fcStart, fcEnd: fcEnd, ftc0: -1, ftc2: -1, istd: -1, caps: -1}
		if off > 0 && off < 511 {
			cb := int(page[off])
			if off+1+cb <= 512 {
				sprms(page[off+1:off+1+cb], func(s uint16, op []byte) bool {
					switch s {
					case sprmCRgFtc0, sprmCFtcDefault:
						r.ftc0 = int32(le16(op, 0))
					case sprmCRgFtc2:
						r.ftc2 = int32(le16(op, 0))
					case sprmCIstd:
						r.istd = int32(le16(op, 0))
					case sprmCFVanish:
						if op[0]&1 == 1 || op[0] == 0x81 {
							r.hidden = true
						}
					case sprmCSymbol:
						r.symbol = true
					case sprmCFCaps, sprmCFSmallCaps:
						r.caps = int16(op[0])
					}
					return true
				})
			}
		}
		runs = append(runs, r)
	})
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}

// readPAPX reads the paragraph formatting of every run: its paragraph style
// and whether its mark ends a table row.
func (d *doc) readPAPX() []papxRun {
	var runs []papxRun
	d.fkpRuns(iPlcfBtePapx, 13, "", func(page []byte, fcStart, fcEnd uint32, off int) {
		r := papxRun{fcStart: fcStart, fcEnd: fcEnd, istd: -1}
		if off > 0 && off < 511 {
			var g []byte
			if cb := int(page[off]); cb != 0 {
				if off+2*cb <= 512 {
					g = page[off+1 : off+2*cb]
				}
			} else if off+1 < 512 {
				cb = int(page[off+1])
				if off+2+2*cb <= 512 {
					g = page[off+2 : off+2+2*cb]
				}
			}
			if len(g) >= 2 {
				r.istd = int32(le16(g, 0))
				sprms(g[2:], func(s uint16, op []byte) bool {
					if (s == sprmPFTtp || s == sprmPFInnerTtp) && op[0] == 1 {
						r.ttp = true
					}
					return true
				})
			}
		}
		runs = append(runs, r)
	})
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}
