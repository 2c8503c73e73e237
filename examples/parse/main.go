// Command parse is a runnable example: it parses a decision with a full
// header (or the file named on the command line) and prints its header
// fields, outline and signers. It finds its sample from any directory.
//
//	go run ./examples/parse
//	go run ./examples/parse path/to/document.txt
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

func main() {
	path := sample("125_QD-UBND_quyet-dinh.txt")
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	doc, err := parser.ParseFile(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %s — %s, %s %s\n", doc.Type, doc.Number, doc.Issuer, doc.Place, doc.Date)
	fmt.Printf("Trích yếu: %s\n\n", doc.Abstract)
	printOutline(doc.Sections, 0)
	for _, s := range doc.Signers {
		fmt.Printf("\nKý: %s %s %s\n", strings.Join(s.Authority, " / "), s.Position, s.Name)
	}
	fmt.Printf("Nơi nhận: %d, Lưu: %s\n", len(doc.Recipients), doc.Archive)
	for _, w := range doc.Warnings {
		fmt.Printf("warning: %s: %s\n", w.Code, w.Message)
	}
}

func printOutline(ss []model.Section, depth int) {
	for _, s := range ss {
		if s.Kind == model.KindDash || s.Kind == model.KindPlus {
			continue
		}
		fmt.Printf("%s%s %s\n", strings.Repeat("  ", depth), s.Label, s.Heading)
		printOutline(s.Children, depth+1)
	}
}

// sample is the path of a file of the repository's testdata, found from this
// source file's place rather than the working directory, so that the example
// runs from anywhere (`go run` keeps the source path in the binary).
func sample(name string) string {
	if _, file, _, ok := runtime.Caller(0); ok {
		p := filepath.Join(filepath.Dir(file), "..", "..", "testdata", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return filepath.Join("testdata", name)
}
