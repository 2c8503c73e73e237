package msdoc

import (
	"github.com/vnlegal/vanban/parser/decode/rtf"
	"github.com/vnlegal/vanban/parser/decode/source"
)

// decodeDoc runs Decode, in the printed case of ".Vn…H" fonts or not, and
// spreads its result for the tests' checks.
func decodeDoc(b []byte, printedCase bool) (text string, enc source.Encoding, warnings []string, err error) {
	return spread(Decode(b, source.Options{PrintedCase: printedCase}))
}

// decodeRTF is decodeDoc for the RTF documents of the legacy set.
func decodeRTF(b []byte) (text string, enc source.Encoding, warnings []string, err error) {
	return spread(rtf.Decode(b, source.Options{}))
}

func spread(res *source.Result, err error) (string, source.Encoding, []string, error) {
	if err != nil {
		return "", "", nil, err
	}
	return string(res.Text), res.Encoding, res.Warnings, nil
}
