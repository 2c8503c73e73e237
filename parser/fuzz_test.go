package parser_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"

	"github.com/vnlegal/vanban/internal/testshared"
)

// documentedErrors are the errors Parse documents: an input it refuses gives
// an error that wraps one of them.
var documentedErrors = []error{parser.ErrNotText, parser.ErrUnsupportedFormat, parser.ErrLimit, parser.ErrTooLarge, parser.ErrDamaged, parser.ErrNoTextLayer}

// checkParseError fails the test for an error Parse does not document: a
// panic turned into an ErrInternal, or an error that wraps none of the
// documented sentinels. A documented refusal (a PDF, a zip bomb, binary data)
// is what Parse promises, not a failure.
func checkParseError(t *testing.T, err error) {
	t.Helper()
	var pe *parser.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error is not a *parser.ParseError: %v", err)
	}
	if errors.Is(err, parser.ErrInternal) {
		t.Fatalf("panic inside Parse: %v", err)
	}
	for _, want := range documentedErrors {
		if errors.Is(err, want) {
			return
		}
	}
	t.Fatalf("error wraps none of the documented errors: %v", err)
}

// FuzzParse feeds arbitrary bytes to Parse. Parse turns a panic into an
// error wrapping ErrInternal, which this target reports as a failure, as it
// does any error Parse does not document; spans must lie inside the normalised text.
func FuzzParse(f *testing.F) {
	testshared.AddSeeds(f, 0, seedFile)
	for _, s := range []string{
		"", "Số:", "Nơi nhận:\n- Lưu:", "TM. ỦY BAN NHÂN\nDÂN\nKT.", "Điều 1.\nĐiều 1.\n1.\na)",
		"CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nSố 1-KL/TW\nHà Nội, ngày 1 tháng 1 năm 2020\nKẾ HOẠCH",
		"ĐẢNG CỘNG\nSẢN VIỆT NAM\n*\n[x bởi y]", "PHỤ LỤC\n(Kèm theo", "| a | b |\n|---|---|\n**x**",
		// refused inputs: a PDF, a truncated zip, binary data, deep HTML
		"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PK\x03\x04\x14\x00\x00\x00", "\x00\x01\x02\x03\xff\xfe\x00",
		"<html><body>" + strings.Repeat("<div>", 600) + "KẾ HOẠCH",
		// damaged inputs: a Word 97 file cut after its signature
		"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 600),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer testshared.Watchdog(10*time.Second, "Parse")()
		doc, err := parser.Parse(src, parser.WithText())
		if err != nil {
			checkParseError(t, err)
			return
		}
		n := len(doc.Text)
		var check func(ss []model.Section)
		check = func(ss []model.Section) {
			for _, s := range ss {
				if s.Start < 0 || s.End > n || s.Start > s.End {
					t.Fatalf("section %s span %d-%d outside text of %d bytes", s.ID, s.Start, s.End, n)
				}
				check(s.Children)
			}
		}
		check(doc.Sections)
		for _, a := range doc.Annexes {
			check(a.Sections)
		}
		if !utf8.ValidString(doc.Abstract) || !utf8.ValidString(doc.Issuer) {
			t.Fatal("invalid UTF-8 in output")
		}
	})
}
