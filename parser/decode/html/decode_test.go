package html

import "github.com/vnlegal/vanban/parser/decode/source"

// decodePage runs Decode with default options and spreads its result for
// the tests' checks.
func decodePage(b []byte) (text string, meta map[string]string, warnings []string, err error) {
	res, err := Decode(b, source.Options{})
	if err != nil {
		return "", nil, nil, err
	}
	return string(res.Text), res.Meta, res.Warnings, nil
}
