package decode

import "github.com/vnlegal/vanban/parser/decode/msdoc"

// docText decodes a Word 97–2003 document.
func docText(src []byte, printedCase bool) (string, string, []string, error) {
	read := msdoc.Text
	if printedCase {
		read = msdoc.TextUpper
	}
	text, enc, warns, err := read(src)
	if err != nil {
		return "", "", warns, err
	}
	return text, enc.String(), warns, nil
}
