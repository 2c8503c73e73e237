package rtf

import "github.com/vnlegal/vanban/parser/decode/source"

// decodeRTF runs Decode, in the printed case of ".Vn…H" fonts or not, and
// spreads its result for the tests' checks.
func decodeRTF(b []byte, printedCase bool) (text string, enc source.Encoding, warnings []string, err error) {
	res, err := Decode(b, source.Options{PrintedCase: printedCase})
	if err != nil {
		return "", "", nil, err
	}
	return string(res.Text), res.Encoding, res.Warnings, nil
}
