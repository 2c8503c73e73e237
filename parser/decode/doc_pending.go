package decode

import "fmt"

// docText decodes a Word 97–2003 document.
func docText(src []byte) (string, string, []string, error) {
	return "", "", nil, fmt.Errorf("%w: Word 97 .doc (decoder not built yet)", ErrUnsupported)
}
