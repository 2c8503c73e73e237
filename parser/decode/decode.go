// Package decode is the first stage of the pipeline: it recognises the format
// of an input from its content (not its file name) — plain text in any
// Unicode or legacy Vietnamese encoding, HTML, DOCX, Word 97–2003 .doc, RTF —
// and recovers its text as UTF-8 for the normalise stage.
//
// Each format has its own sub-package (html, docx, msdoc, rtf); the legacy
// font encodings (TCVN3, VNI, Windows-1258, VIQR) are in vnenc.
package decode

// Format names an input format.
type Format string

// Formats recognised by Sniff.
const (
	FormatText   Format = "text"
	FormatHTML   Format = "html"
	FormatDOCX   Format = "docx"
	FormatDOC    Format = "doc"
	FormatRTF    Format = "rtf"
	FormatZip    Format = "zip" // a zip that is not a DOCX
	FormatPDF    Format = "pdf" // recognised, not decoded
	FormatBinary Format = "binary"
)

// Result is the text recovered from one input.
type Result struct {
	// Text is the recovered text, UTF-8 (not yet normalised).
	Text []byte
	// Format is the detected input format.
	Format Format
	// Encoding is the character encoding the text was stored in: "utf-8",
	// "utf-16le", "utf-16be", "tcvn3", "vni", "windows-1258", "viqr", or
	// "mixed" when runs of a document used several.
	Encoding string
	// Confidence is how sure the encoding detection is, from 0 to 1 (1 when the
	// encoding was declared or read from font names).
	Confidence float64
	// Warnings report what was lost or guessed.
	Warnings []string
	// Meta holds what a web page says about the document outside it (the
	// attribute panel of a legal portal: "number", "type", "issuer", "signer",
	// "date"), for cross-checking.
	Meta map[string]string
}

// Sniff tells the format of src from its first bytes.
func Sniff(src []byte) Format {
	switch {
	case hasPrefix(src, "PK\x03\x04"):
		if zipHasEntry(src, "word/document.xml") {
			return FormatDOCX
		}
		return FormatZip
	case hasPrefix(src, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
		return FormatDOC
	case hasPrefix(src, "{\\rtf"):
		return FormatRTF
	case hasPrefix(src, "%PDF-"):
		return FormatPDF
	}
	text := src
	if u, _, ok := utf16Text(src); ok {
		text = u
	}
	if looksHTML(text) {
		return FormatHTML
	}
	if isBinary(text) {
		return FormatBinary
	}
	return FormatText
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}
