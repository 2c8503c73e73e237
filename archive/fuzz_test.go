package archive

import (
	"testing"

	"github.com/vnlegal/vanban/model"
)

// FuzzFileCode compiles any pattern and matches it against any path: errors
// are fine, panics and codes that do not come from the path are not.
func FuzzFileCode(f *testing.F) {
	f.Add("{hoso}/{stt}_*", "scan/H49.61.8.2012/001_x.txt")
	f.Add("HS{hoso}*{stt}.*", "HSồ sơ 1.pdf")
	f.Fuzz(func(t *testing.T, pattern, path string) {
		fl, err := NewFiller(nil, pattern)
		if err != nil {
			return
		}
		r := Record{Path: path}
		fl.Fill(&r)
		if c := r.Get(ArcDocCode); c != "" && len(c) < sttDigits+2 {
			t.Fatalf("code %q too short", c)
		}
	})
}

// FuzzFromDocument derives and validates records of documents built from
// arbitrary strings.
func FuzzFromDocument(f *testing.F) {
	f.Add("Kế hoạch", "1340/KH-UBND", "2012-06-01", "MẬT", "(Đã ký)", "Người ký: X", 3)
	f.Fuzz(func(t *testing.T, typ, number, date, mark, signed, stamp string, pages int) {
		d := model.NewDocument()
		d.Type, d.Number, d.Date, d.Abstract = typ, number, date, stamp
		d.Symbol.Number, d.Symbol.Code = number, typ
		d.Marks.Secrecy = mark
		d.Stamps = []string{stamp}
		d.Signers = []model.Signer{{Name: signed, Signed: signed, Authority: []string{mark}}}
		d.Source.Pages = pages
		r := FromDocument(d, number)
		_ = Validate(&r)
	})
}
