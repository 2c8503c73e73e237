package msdoc

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

func TestDbgFontTmp(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	want, _ := strconv.Atoi(os.Getenv("FTC"))
	b, _ := os.ReadFile(f)
	d := &doc{}
	d.open(b)
	d.readFIB()
	d.readFonts()
	d.readStyles()
	d.chpx = d.readCHPX()
	d.papx = d.readPAPX()
	ps, _ := d.readPieces()
	n := 0
	for _, p := range ps {
		if !p.compressed {
			continue
		}
		for _, c := range d.chpx {
			if c.fcStart >= p.fc && c.fcEnd <= p.fc+(p.cpEnd-p.cpStart) && int(c.ftc0) == want {
				raw := d.wd[c.fcStart:c.fcEnd]
				fmt.Printf("%q => %s\n", raw, vnenc.DecodeBytes(raw, vnenc.TCVN3, false))
				n++
				if n > 40 {
					return
				}
			}
		}
	}
}
