package vnenc

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// latin1 returns the bytes whose Latin-1 view is s (the samples of §4.3 are
// written as their Latin-1 view).
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := runeByte(r)
		if !ok {
			panic("not a byte view: " + string(r))
		}
		b = append(b, c)
	}
	return b
}

func TestDecodeSamples(t *testing.T) {
	tests := []struct {
		name string
		in   string
		enc  Encoding
		want string
	}{
		{"T52", "NghÞ ®Þnh cña ChÝnh phñ sè 114/2003/N§-CP", TCVN3, "Nghị định của Chính phủ số 114/2003/NĐ-CP"},
		{"T86", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3, "Cộng hoà xã hội chủ nghĩa Việt Nam"},
		{"motto", "§éc lËp - Tù do - H¹nh phóc", TCVN3, "Độc lập - Tự do - Hạnh phúc"},
		{"uyban", "Uû ban nh©n d©n", TCVN3, "Uỷ ban nhân dân"},
		{"phuong", "ph\u00adêng", TCVN3, "phường"},
		{"T87", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"vni caps", "UÛY BAN NHAÂN DAÂN TÆNH", VNI, "ỦY BAN NHÂN DÂN TỈNH"},
		{"vni cancu", "Caên cöù Luaät Toå chöùc HÑND vaø UBND", VNI, "Căn cứ Luật Tổ chức HĐND và UBND"},
		{"vni qd", "QÑ-UB ngöôøi", VNI, "QĐ-UB người"},
		{"T88", "Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam", CP1258, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"cp1258 QĐ", "Quyêìt ðiònh 05/QÐ-UBND", CP1258, "Quyết định 05/QĐ-UBND"},
		{"viqr", "Vie^.t Nam, Quye^'t ddi.nh so^' 05/QDD-UBND.", VIQR, "Việt Nam, Quyết định số 05/QĐ-UBND."},
		{"viqr horn", "ngu+o+`i Ha` No^.i?", VIQR, "người Hà Nội?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DecodeBytes(latin1(tc.in), tc.enc, false); got != tc.want {
				t.Errorf("DecodeBytes = %q, want %q", got, tc.want)
			}
			if got := DecodeRunes(tc.in, tc.enc, false); got != tc.want {
				t.Errorf("DecodeRunes = %q, want %q", got, tc.want)
			}
			if e, c := DetectText(tc.in); e != tc.enc || c <= 0 || c > 1 {
				t.Errorf("DetectText = %v %.2f, want %v", e, c, tc.enc)
			}
			if e, _ := Detect(latin1(tc.in)); e != tc.enc {
				t.Errorf("Detect = %v, want %v", e, tc.enc)
			}
		})
	}
}

func TestPDFArtefacts(t *testing.T) { // T90
	if got := DecodeRunes("nhµ n\u2212íc x\u2219 héi, 3\u22122 = 1", TCVN3, false); got != "nhà nước xã hội, 3\u22122 = 1" {
		t.Errorf("got %q", got)
	}
	if e, _ := DetectText("nhµ n\u2212íc vµ x\u2219 héi"); e != TCVN3 {
		t.Errorf("DetectText = %v", e)
	}
}

func TestNFC(t *testing.T) { // T89
	if got := DecodeRunes("Vie\u0323\u0302t Nam", Unicode, false); got != "Việt Nam" {
		t.Errorf("got %q", got)
	}
}

func TestUpper(t *testing.T) {
	if got := DecodeBytes(latin1("céng hoµ x· héi chñ nghÜa viÖt nam"), TCVN3, true); got != "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" {
		t.Errorf("got %q", got)
	}
	// Accented letters inside words typed in capitals.
	if got := DecodeRunes("NH÷NG QUY §ÞNH CHUNG, THUÕ", TCVN3, false); got != "NHỮNG QUY ĐỊNH CHUNG, THUẾ" {
		t.Errorf("got %q", got)
	}
}

// TestTCVN3Table checks that the TCVN3 table covers every Vietnamese
// lower-case letter exactly once and the capitals Ă Â Ê Ô Ơ Ư Đ.
func TestTCVN3Table(t *testing.T) {
	seen := map[rune]int{}
	for b := 0xA1; b <= 0xFE; b++ {
		if r := tcvn3[b]; r != cp1252[b] || b == 0xFD {
			seen[r]++
		}
	}
	for _, r := range vietLetters() {
		lower := unicode.ToLower(r)
		if seen[lower] != 1 {
			t.Errorf("%c: %d bytes", lower, seen[lower])
		}
	}
	for _, r := range "ĂÂÊÔƠƯĐ" {
		if seen[r] != 1 {
			t.Errorf("%c: %d bytes", r, seen[r])
		}
	}
	if len(seen) != 134/2+7 {
		t.Errorf("%d letters, want %d", len(seen), 134/2+7)
	}
}

// vietLetters lists the 134 letters with diacritics of Vietnamese: the 12
// vowels (a ă â e ê i o ô ơ u ư y) with 6 tones, less the 6 bare vowels a e
// i o u y, plus đ, in both cases.
func vietLetters() []rune {
	var out []rune
	for _, base := range []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"} {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} {
			if tone == "" && len(base) == 1 {
				continue
			}
			r := []rune(norm.NFC.String(base + tone))
			out = append(out, r[0], unicode.ToUpper(r[0]))
		}
	}
	return append(out, 'đ', 'Đ')
}

// vniEncode writes a letter in VNI from its definition (base letter, shape
// byte, tone byte), to check the decoder against every letter.
func vniEncode(r rune) []byte {
	upper := unicode.IsUpper(r)
	d := []rune(norm.NFD.String(string(unicode.ToLower(r))))
	base, shape, tone := d[0], rune(0), rune(0)
	for _, m := range d[1:] {
		switch m {
		case mCirc, mBreve, '\u031B':
			shape = m
		default:
			tone = m
		}
	}
	toneByte := map[rune]byte{mAcute: 0xF9, mGrave: 0xF8, mHook: 0xFB, mTilde: 0xF5, mDot: 0xEF}
	circTone := map[rune]byte{0: 0xE2, mAcute: 0xE1, mGrave: 0xE0, mHook: 0xE5, mTilde: 0xE3, mDot: 0xE4}
	breveTone := map[rune]byte{0: 0xEA, mAcute: 0xE9, mGrave: 0xE8, mHook: 0xFA, mTilde: 0xFC, mDot: 0xEB}
	iTone := map[rune]byte{mAcute: 0xED, mGrave: 0xEC, mHook: 0xE6, mTilde: 0xF3, mDot: 0xF2}
	var out []byte
	switch {
	case r == 'đ' || r == 'Đ':
		out = []byte{0xF1}
	case shape == mCirc:
		out = []byte{byte(base), circTone[tone]}
	case shape == mBreve:
		out = []byte{byte(base), breveTone[tone]}
	case shape == '\u031B' && base == 'o':
		out = []byte{0xF4}
	case shape == '\u031B' && base == 'u':
		out = []byte{0xF6}
	case base == 'i' && tone != 0:
		out = []byte{iTone[tone]}
	case base == 'y' && tone == mDot:
		out = []byte{0xEE}
	default:
		out = []byte{byte(base)}
	}
	if shape == '\u031B' && tone != 0 {
		out = append(out, toneByte[tone])
	} else if shape == 0 && tone != 0 && !(base == 'i') && !(base == 'y' && tone == mDot) {
		out = append(out, toneByte[tone])
	}
	if upper {
		for i, c := range out {
			if c >= 'a' && c <= 'z' {
				out[i] = c - 0x20
			} else if c >= 0xE0 && c != 0xF7 {
				out[i] = c - 0x20
			}
		}
	}
	return out
}

func TestVNIAllLetters(t *testing.T) {
	for _, r := range vietLetters() {
		b := vniEncode(r)
		if got := DecodeBytes(b, VNI, false); got != string(r) {
			t.Errorf("%c: VNI % x decodes to %q", r, b, got)
		}
	}
}

func TestCP1258AllLetters(t *testing.T) {
	enc := charmap.Windows1258.NewEncoder()
	for _, r := range vietLetters() {
		// Windows-1258 stores the tone as a combining byte after the vowel.
		d := norm.NFD.String(string(r))
		var keep, tone strings.Builder
		for _, c := range d {
			switch c {
			case mGrave, mAcute, mHook, mTilde, mDot:
				tone.WriteRune(c)
			default:
				keep.WriteRune(c)
			}
		}
		s := norm.NFC.String(keep.String()) + tone.String()
		b, err := enc.Bytes([]byte(s))
		if err != nil {
			t.Fatalf("%c: %v", r, err)
		}
		if got := DecodeBytes(b, CP1258, false); got != string(r) {
			t.Errorf("%c: CP1258 % x decodes to %q", r, b, got)
		}
	}
}

func TestFromFont(t *testing.T) {
	tests := []struct {
		font  string
		enc   Encoding
		upper bool
	}{
		{".VnTime", TCVN3, false},
		{".VnTimeH", TCVN3, true},
		{".VnArial", TCVN3, false},
		{".VnArialH", TCVN3, true},
		{".VnBahamasB", TCVN3, false},
		{".VnBahamasBH", TCVN3, true},
		{".VnHelvetIns", TCVN3, false},
		{" .VnTime ", TCVN3, false},
		{".VnTimeH,Bold", TCVN3, true},
		{"VNSTCVN3", TCVN3, false},
		{"VnTime", TCVN3, false},
		{"VNTIME", TCVN3, false},
		{"VnTimeH(Ds)", TCVN3, false},
		{"VNI-Times", VNI, false},
		{"VNI-Helve", VNI, false},
		{"VNI Times", VNI, false},
		{"VNSVNI2", VNI, false},
		{"Times New Roman", Unicode, false},
		{"Arial", Unicode, false},
		{"Vinhan", Unicode, false},
		{"", Unicode, false},
	}
	for _, tc := range tests {
		e, u := FromFont(tc.font)
		if e != tc.enc || u != tc.upper {
			t.Errorf("FromFont(%q) = %v %v, want %v %v", tc.font, e, u, tc.enc, tc.upper)
		}
	}
}

func TestDetectGuards(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"vietnamese unicode", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"unicode latin-1 only", "và hòa bình"},
		{"french", "Le président a été très clair à Paris: la société française déçue."},
		{"spanish", "El señor Núñez habló con la niña en España sobre la situación económica."},
		{"german", "Die Größe der Straße für über fünf Jahre hat Bürger erzürnt."},
		{"ascii", "Hello world, this is plain English text."},
	}
	for _, tc := range tests {
		if e, c := DetectText(tc.in); e != Unicode || c < 0 || c > 1 {
			t.Errorf("%s: DetectText = %v %.2f, want utf-8", tc.name, e, c)
		}
		if e, _ := Detect([]byte(tc.in)); e != Unicode {
			t.Errorf("%s: Detect = %v, want utf-8", tc.name, e)
		}
	}
	// Vietnamese Unicode is never converted, whatever the font says.
	s := "Quyết định số 05"
	if got := DecodeRunes(s, TCVN3, false); got != s {
		t.Errorf("DecodeRunes converted Unicode text: %q", got)
	}
}

func TestBuilderMixed(t *testing.T) {
	var b Builder
	b.Add("Céng hoµ x· héi chñ nghÜa ViÖt Nam vµ nh©n d©n", TCVN3, false)
	b.AddStructure("\n")
	b.Add("Caên cöù Luaät Toå chöùc HÑND vaø UBND tænh, ngöôøi ñöùng ñaàu", VNI, false)
	text, enc, _ := b.Text()
	if text != "Cộng hoà xã hội chủ nghĩa Việt Nam và nhân dân\nCăn cứ Luật Tổ chức HĐND và UBND tỉnh, người đứng đầu" {
		t.Errorf("text %q", text)
	}
	if enc != Mixed {
		t.Errorf("enc %v, want mixed", enc)
	}
	// Legacy text in a font with no telling name is detected.
	var g Builder
	g.Add("NghÞ ®Þnh cña ChÝnh phñ vÒ viÖc thµnh lËp", Unicode, false)
	if text, enc, _ := g.Text(); enc != TCVN3 || text != "Nghị định của Chính phủ về việc thành lập" {
		t.Errorf("got %q %v", text, enc)
	}
	// A heading typed in capitals in .VnTime.
	var h Builder
	h.Add("KÕ HO¹CH TæNG THÓ\nSè: 12/Q§-UB\nBé Tµi chÝnh", TCVN3, false)
	if text, _, _ := h.Text(); text != "KẾ HOẠCH TỔNG THỂ\nSỐ: 12/QĐ-UB\nBộ Tài chính" {
		t.Errorf("got %q", text)
	}
}

func TestEncodingString(t *testing.T) {
	want := map[Encoding]string{Unicode: "utf-8", TCVN3: "tcvn3", VNI: "vni", CP1258: "windows-1258", VIQR: "viqr", Unknown: "unknown", Mixed: "mixed"}
	for e, s := range want {
		if e.String() != s {
			t.Errorf("%d: %q, want %q", e, e.String(), s)
		}
	}
}

func BenchmarkDecodeRunesTCVN3(b *testing.B) {
	s := strings.Repeat("Céng hoµ x· héi chñ nghÜa ViÖt Nam. ", 100)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		DecodeRunes(s, TCVN3, false)
	}
}

func BenchmarkDecodeRunesVNI(b *testing.B) {
	s := strings.Repeat("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. ", 100)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		DecodeRunes(s, VNI, false)
	}
}
