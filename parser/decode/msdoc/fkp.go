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

func (d *doc) readCHPX() []chpxRun {
	var runs []chpxRun
	for _, pn := range d.plcfBte(iPlcfBteChpx) {
		page, ok := slice(d.wd, pn*512, 512)
		if !ok {
			d.warn("msdoc: character formatting page out of the file")
			continue
		}
		crun := int(page[511])
		if 4*(crun+1)+crun > 511 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := chpxRun{fcStart: le32(page, 4*i), fcEnd: le32(page, 4*(i+1)), ftc0: -1, ftc2: -1, istd: -1, caps: -1}
			if off := int(page[4*(crun+1)+i]) * 2; off > 0 && off < 511 {
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
		}
	}
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}

func (d *doc) readPAPX() []papxRun {
	var runs []papxRun
	for _, pn := range d.plcfBte(iPlcfBtePapx) {
		page, ok := slice(d.wd, pn*512, 512)
		if !ok {
			continue
		}
		crun := int(page[511])
		if 4*(crun+1)+13*crun > 511 {
			continue
		}
		for i := 0; i < crun; i++ {
			r := papxRun{fcStart: le32(page, 4*i), fcEnd: le32(page, 4*(i+1)), istd: -1}
			if off := int(page[4*(crun+1)+13*i]) * 2; off > 0 && off < 511 {
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
		}
	}
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].fcStart < runs[b].fcStart })
	return runs
}
