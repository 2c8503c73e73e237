package msdoc

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgPiecesTmp(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := &doc{}
	d.open(b)
	d.readFIB()
	fmt.Println("ccp", d.ccp, "flags", d.flagsBase)
	ps, err := d.readPieces()
	fmt.Println(err)
	for _, p := range ps {
		fmt.Printf("%+v\n", p)
	}
}
