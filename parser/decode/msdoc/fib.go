package msdoc

import (
	"fmt"

	"github.com/vnlegal/vanban/parser/decode/source"
)

func (d *doc) readFIB() error {
	wd := d.wd
	if le16(wd, 0) != 0xA5EC {
		if le16(wd, 0) == 0xA5DC {
			return ErrUnsupported
		}
		return fmt.Errorf("%w: bad FIB identifier %#04x", ErrNotWord, le16(wd, 0))
	}
	if nFib := le16(wd, 2); nFib < 101 {
		return fmt.Errorf("%w: nFib %d", ErrUnsupported, nFib)
	}
	if d.flagsBase&0x0100 != 0 {
		return fmt.Errorf("msdoc: %w", source.ErrEncrypted)
	}
	if d.tbl == nil {
		return fmt.Errorf("%w: no table stream", ErrTruncated)
	}
	pos := 32
	csw := int(le16(wd, pos))
	pos += 2 + 2*csw
	cslw := int(le16(wd, pos))
	pos += 2
	for i := range d.ccp {
		if 3+i < cslw {
			d.ccp[i] = le32(wd, pos+4*(3+i))
		}
	}
	pos += 4 * cslw
	cb := int(le16(wd, pos))
	pos += 2
	if pos > len(wd) {
		return fmt.Errorf("%w: FIB", ErrTruncated)
	}
	end := pos + 8*cb
	if end > len(wd) {
		end = len(wd)
	}
	d.fcLcb = wd[pos:end]
	return nil
}

// fcLcbAt returns the pair fc/lcb number i of FibRgFcLcb.
func (d *doc) fcLcbAt(i int) (fc, lcb uint32) {
	return le32(d.fcLcb, 8*i), le32(d.fcLcb, 8*i+4)
}

const (
	iStshf       = 1
	iPlcfBteChpx = 12
	iPlcfBtePapx = 13
	iSttbfFfn    = 15
	iClx         = 33
)
