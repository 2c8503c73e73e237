package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// maxAppXML bounds how much of docProps/app.xml PageCount reads: the part is
// a few hundred bytes in real files, so anything larger is not worth trusting.
const maxAppXML = 1 << 20

// PageCount returns the page count that the word processor recorded in the
// extended properties part (docProps/app.xml, element <Pages>) of a .docx
// file, or 0 when the file has no such part, the value is missing, not a
// positive number, or data is not a readable zip.
//
// The value is what the application that last saved the file wrote; some
// converters write a placeholder (often 1) without paginating, so callers that
// need certainty should check it against the length of the text.
func PageCount(data []byte) int {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0
	}
	for _, f := range zr.File {
		// Part names are case-insensitive in OPC.
		if !strings.EqualFold(strings.TrimPrefix(f.Name, "/"), "docProps/app.xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0
		}
		defer rc.Close()
		return pagesElement(io.LimitReader(rc, maxAppXML))
	}
	return 0
}

// pagesElement reads the first <Pages> element directly under the root of an
// extended-properties document.
func pagesElement(r io.Reader) int {
	dec := xml.NewDecoder(r)
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return 0
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && t.Name.Local == "Pages" {
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return 0
				}
				n, err := strconv.Atoi(strings.TrimSpace(s))
				if err != nil || n <= 0 {
					return 0
				}
				return n
			}
		case xml.EndElement:
			depth--
		}
	}
}
