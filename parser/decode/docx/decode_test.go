package docx

import "github.com/vnlegal/vanban/parser/decode/source"

// decodeDOCX runs Decode with default options and spreads its result for
// the tests' checks.
func decodeDOCX(b []byte) (text string, warnings []string, err error) {
	res, err := Decode(b, source.Options{})
	if err != nil {
		return "", nil, err
	}
	return string(res.Text), res.Warnings, nil
}
