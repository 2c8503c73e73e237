package msdoc

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgTmp(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := &doc{}
	if err := d.open(b); err != nil {
		t.Fatal(err)
	}
	d.readFIB()
	d.readFonts()
	d.readStyles()
	d.chpx = d.readCHPX()
	d.papx = d.readPAPX()
	for i, f := range d.fonts {
		fmt.Println("font", i, f.name, f.enc, f.upper)
	}
	for i, s := range d.styles {
		fmt.Println("style", i, s)
	}
	ps, _ := d.readPieces()
	needle := os.Getenv("NEEDLE")
	for _, p := range ps {
		if !p.compressed {
			continue
		}
		txt := string(d.wd[p.fc : p.fc+(p.cpEnd-p.cpStart)])
		k := strings.Index(txt, needle)
		if k < 0 {
			continue
		}
		fc := p.fc + uint32(k)
		for fc2 := fc; fc2 < fc+80; {
			i := d.findChpx(fc2)
			j := d.findPapx(fc2)
			var c *chpxRun
			var pp *papxRun
			if i >= 0 {
				c = &d.chpx[i]
			}
			if j >= 0 {
				pp = &d.papx[j]
			}
			enc, up := d.runFont(c, pp)
			fmt.Printf("fc %d chpx %+v papx %+v enc %v up %v\n", fc2, c, pp, enc, up)
			if c == nil || c.fcEnd <= fc2 {
				break
			}
			fc2 = c.fcEnd
		}
		break
	}
}
