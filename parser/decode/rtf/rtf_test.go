package rtf

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/parser/decode/source"
)

const header = `{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}` +
	`{\f1\fswiss\fcharset0{\*\panose 020b7200000000000000}.VnTime;}{\f2\fswiss\fcharset0 .VnTimeH;}` +
	`{\f3\froman\fcharset0 VNI-Times;}{\f4\fnil\fcharset163 Arial;}{\f5\fnil\fcharset2 Symbol;}}` +
	`{\colortbl;\red0\green0\blue0;}{\stylesheet{\f1 Normal;}}{\info{\title Ti\'eau \'ae\' južn}{\author X}}`

func TestText(t *testing.T) {
	tests := []struct {
		name, body, want string
		enc              source.Encoding
	}{
		{"tcvn3", `\pard\f1 C\'e9ng ho\'b5 x\'b7 h\'e9i ch\'f1 ngh\'dca Vi\'d6t Nam\par}`,
			"Cộng hoà xã hội chủ nghĩa Việt Nam\n", source.TCVN3},
		{"H font kept as typed", `\f2 c\'e9ng ho\'b5\line\f1 \'a7\'e9c l\'cbp\par}`,
			"cộng hoà\nĐộc lập\n", source.TCVN3},
		{"vni", `\f3 Co\'e4ng ho\'f8a xa\'f5 ho\'e4i\par}`, "Cộng hòa xã hội\n", source.VNI},
		{"cp1258 charset", `\f4 C\'f4\'f2ng ho\'cca\par}`, "Cộng hòa\n", source.Windows1258},
		{"unicode \\u with uc skip", `\f0\uc1 C\u7897?ng h\u242?a\par}`, "Cộng hòa\n", source.UTF8},
		{"\\u in a legacy font", `\f1 ngh\u220\'dca\par}`, "nghĩa\n", source.TCVN3},
		{"uc2 skips two", `\f0{\uc2 \u7879\'3f\'3fx}y\par}`, "ệxy\n", source.UTF8},
		{"field result kept", `\f1{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt Vi\'d6t}}\par}`,
			"Việt\n", source.TCVN3},
		{"skipped destinations", `{\header H\'e9i}{\*\bkmkstart b}{\pict abcdef}\f1 ok\par}`, "ok\n", source.UTF8},
		{"table", `\f1\trowd\cellx100\cellx200 a\cell b\cell\row\par}`, "a|b|\n\n", source.UTF8},
		{"tab and escapes", `\f0 a\tab b\~c \{d\} e\\f\emdash g\par}`, "a\tb\u00a0c {d} e\\f—g\n", source.UTF8},
		{"run by run", `{\f1 Vi\'d6t}{\f3  Vie\'e4t}{\f0  Vi\u7879?t}\par}`, "Việt Việt Việt\n", source.UTF8},
		{"bin skipped", `\f0 a{\*\blipuid x}{\pict\bin3 }}}}b\par}`, "ab\n", source.UTF8},
		{"hidden text", `\f0 a{\v hidden}b\par}`, "ab\n", source.UTF8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, warns, err := decodeRTF([]byte(header+tc.body), false)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.want {
				t.Errorf("text %q, want %q (warnings %q)", text, tc.want, warns)
			}
			if tc.enc != source.UTF8 && enc != tc.enc {
				t.Errorf("enc %v, want %v", enc, tc.enc)
			}
		})
	}
}

func TestMixed(t *testing.T) {
	body := strings.Repeat(`{\f1 C\'e9ng ho\'b5 x\'b7 h\'e9i ch\'f1 ngh\'dca Vi\'d6t Nam}\par `, 3) +
		strings.Repeat(`{\f3 Co\'e4ng ho\'f8a xa\'f5 ho\'e4i chu\'fb ngh\'f3a Vie\'e4t Nam}\par `, 3) + "}"
	text, enc, _, err := decodeRTF([]byte(header+body), false)
	if err != nil || enc != source.Mixed || strings.Count(text, "Việt Nam") != 6 {
		t.Errorf("%q %v %v", text, enc, err)
	}
}

func TestTextUpper(t *testing.T) {
	text, _, _, err := decodeRTF([]byte(header+`\f2 c\'e9ng ho\'b5\par}`), true)
	if err != nil || text != "CỘNG HOÀ\n" {
		t.Errorf("%q %v", text, err)
	}
}

func TestNotRTF(t *testing.T) {
	for _, in := range []string{"", "hello", "{\\rt", "<html>"} {
		if _, _, _, err := decodeRTF([]byte(in), false); !errors.Is(err, ErrNotRTF) {
			t.Errorf("%q: err %v", in, err)
		}
	}
}

func TestTruncated(t *testing.T) {
	in := header + `\f1 C\'e9ng ho\'b5 {\b x\'b7`
	for i := len(header); i <= len(in); i++ {
		text, _, _, err := decodeRTF([]byte(in[:i]), false)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		_ = text
	}
	_, _, warns, _ := decodeRTF([]byte(in), false)
	if len(warns) == 0 {
		t.Error("no warning for a truncated document")
	}
}

func FuzzRTF(f *testing.F) {
	f.Add([]byte(header + `\f1 C\'e9ng ho\'b5\par}`))
	f.Add([]byte(`{\rtf1{\fonttbl{\f0 .VnTime;}}\f0\u-3?\uc5\u65\bin99999999 x}`))
	f.Add([]byte(`{\rtf1 {{{{{{{{\*\x}}}}}}}} \'zz \'4`))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, _, err := decodeRTF(b, false)
		if err == nil && len(text) > 8*len(b)+16 {
			t.Fatalf("output %d bytes for %d bytes of input", len(text), len(b))
		}
	})
}

func BenchmarkText(b *testing.B) {
	body := strings.Repeat(`{\f1 C\'e9ng ho\'b5 x\'b7 h\'e9i ch\'f1 ngh\'dca Vi\'d6t Nam}\par `, 500)
	in := []byte(header + body + "}")
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		decodeRTF(in, false)
	}
}

// TestTCVN3File reads testdata/tcvn3.rtf, a plan header typed in .VnTime and
// .VnTimeH (written byte by byte for this test).
func TestTCVN3File(t *testing.T) {
	b, err := os.ReadFile("testdata/tcvn3.rtf")
	if err != nil {
		t.Fatal(err)
	}
	text, enc, _, err := decodeRTF(b, true)
	if err != nil {
		t.Fatal(err)
	}
	if enc != source.TCVN3 {
		t.Errorf("encoding %s", enc)
	}
	// "Sè: 1340/KH-UBND" has only capital ASCII letters, so vnenc reads the
	// line as typed in capitals (as old headers print "SỐ:")
	for _, want := range []string{"UBND TỈNH KON TUM", "SỐ: 1340/KH-UBND", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 08 tháng 8 năm 2011", "KẾ HOẠCH", "Triển khai thực hiện Quyết định số 366/QĐ-TTg"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
}
