package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/parser/decode/vnenc"
)

// run lays out s as upright glyphs from x on the baseline at y: each rune 6
// points wide and 14 high, a space leaves wordGap points.
type layout struct {
	gs []glyph
}

func (l *layout) run(s string, x, y, wordGap float32) {
	for _, r := range s {
		if r == ' ' {
			l.gs = append(l.gs, glyph{r: ' '})
			x += wordGap
			continue
		}
		l.gs = append(l.gs, glyph{r: r, box: [4]float32{x, y, x + 6, y + 14}, hasBox: true})
		x += 6
	}
}

func (l *layout) generated(r rune) { l.gs = append(l.gs, glyph{r: r, generated: true}) }

func (l *layout) text() string {
	var sb strings.Builder
	for _, p := range assemble(l.gs, nil) {
		sb.WriteRune(p.r)
	}
	return sb.String()
}

// TestAssembleColumns: the two cells of a header row on one baseline come
// out as two lines, in either order.
func TestAssembleColumns(t *testing.T) {
	number, date := "Số: 09/2023/TT-BLĐTBXH", "Hà Nội, ngày 29 tháng 9 năm 2023"
	for _, numberFirst := range []bool{true, false} {
		var l layout
		if numberFirst {
			l.run(number, 60, 700, 3.5)
			l.run(" ", 0, 0, 0)
			l.run(date, 330, 700, 3.5)
		} else {
			l.run(date, 330, 700, 3.5)
			l.generated(' ')
			l.run(number, 60, 700, 3.5)
		}
		got := l.text()
		want := number + "\n" + date
		if !numberFirst {
			want = date + "\n" + number
		}
		if got != want {
			t.Errorf("number first %v: got %q, want %q", numberFirst, got, want)
		}
	}
}

// TestAssembleStandOutGap: cells set close together (1.2 line heights) are
// split when the line's word gaps are small, and a justified line whose gaps
// are all wide is not.
func TestAssembleStandOutGap(t *testing.T) {
	var l layout
	l.run("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", 70, 700, 3.3)
	l.run(" ", 0, 0, 0)
	x := 70 + float32(len([]rune("BỘ KẾ HOẠCH VÀ ĐẦU TƯ")))*6 + 17
	l.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x, 700, 3.3)
	if got, want := l.text(), "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; got != want {
		t.Errorf("header cells: got %q, want %q", got, want)
	}
	var j layout
	j.run("các cơ quan, tổ chức có liên quan", 70, 500, 17)
	if got, want := j.text(), "các cơ quan, tổ chức có liên quan"; got != want {
		t.Errorf("justified line: got %q, want %q", got, want)
	}
}

// TestAssembleBreaks: PDFium's breaks give lines, spaces at line ends go,
// and the line-end hyphen marks become "-".
func TestAssembleBreaks(t *testing.T) {
	var l layout
	l.run("Thông tư số 02/2023/TT", 70, 700, 3)
	l.gs = append(l.gs, glyph{r: 0xFFFE, box: [4]float32{193, 700, 197, 714}, hasBox: true})
	l.run(" ", 0, 0, 0)
	l.generated('\r')
	l.generated('\n')
	l.run("BLĐTBXH ngày 12", 70, 680, 3)
	l.gs = append(l.gs, glyph{r: 0x0002, box: [4]float32{157, 680, 161, 694}, hasBox: true})
	l.generated('\r')
	l.generated('\n')
	l.run("tháng 4\x01", 70, 660, 3)
	if got, want := l.text(), "Thông tư số 02/2023/TT-\nBLĐTBXH ngày 12-\ntháng 4"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAssembleGapWithoutSpace: two words the page drew apart with no space
// glyph between them ("cứPháp", 092) are two words; letters that touch are
// one.
func TestAssembleGapWithoutSpace(t *testing.T) {
	var l layout
	l.run("cứ", 70, 700, 3)
	l.run("Pháp", 70+12+1.2, 700, 3) // 1.2 points: 0.09 of the 14-point line
	if got, want := l.text(), "cứ Pháp"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var m layout
	m.run("vn", 70, 700, 3)
	m.run("Express", 70+12+0.1, 700, 3) // 0.1 point: a box's slack
	if got, want := m.text(), "vnExpress"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// a TCVN3 font's codes are no cased letters: "QuyÕt" is "Quyết"
	var n layout
	n.run("Quy", 70, 700, 3)
	n.run("Õt", 70+18+1.2, 700, 3)
	for i := range n.gs {
		n.gs[i].enc = vnenc.TCVN3
	}
	if got, want := n.text(), "QuyÕt"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAssembleRotated: in text turned 90°, PDFium's generated spaces and
// breaks between glyphs that touch are dropped ("v ăn b ản" → "văn bản"),
// a real gap without a space glyph is kept.
func TestAssembleRotated(t *testing.T) {
	var gs []glyph
	y := float32(100)
	add := func(s string, gapBefore float32, sep rune) {
		y += gapBefore
		for i, r := range s {
			if i == 0 && sep != 0 {
				gs = append(gs, glyph{r: sep, generated: true})
			}
			gs = append(gs, glyph{r: r, box: [4]float32{300, y, 315, y + 7}, hasBox: true, angle: 3 * math.Pi / 2})
			y += 7
		}
	}
	add("v", 0, 0)
	add("ăn", 0, ' ')
	add("b", 3.5, '\n') // a word gap PDFium turned into a line break
	add("ản", 0, ' ')
	var sb strings.Builder
	for _, p := range assemble(gs, nil) {
		sb.WriteRune(p.r)
	}
	if got, want := sb.String(), "văn\nbản"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDirection(t *testing.T) {
	for _, c := range []struct {
		a float32
		d int
	}{{0, 0}, {0.01, 0}, {2 * math.Pi, 0}, {6.27, 0}, {math.Pi / 2, 1}, {math.Pi, 2}, {4.71, 3}} {
		if got := direction(c.a); got != c.d {
			t.Errorf("direction(%v) = %d, want %d", c.a, got, c.d)
		}
	}
}

func TestFurnitureLine(t *testing.T) {
	for s, want := range map[string]bool{
		"":      true,
		"  58 ": true,
		"CÔNG BÁO/Số 685 + 686/Ngày 30-4-2023": true,
		"Công báo/Số 12":                       true,
		"Điều 1. Phạm vi":                      false,
		"2023 - 2025 giai đoạn":                false,
	} {
		if got := furnitureLine(s); got != want {
			t.Errorf("furnitureLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestBaseFontName(t *testing.T) {
	for in, want := range map[string]string{"ABCDEF+.VnTime": ".VnTime", "VNI-Times": "VNI-Times", "abcdef+X": "abcdef+X"} {
		if got := baseFontName(in); got != want {
			t.Errorf("baseFontName(%q) = %q, want %q", in, got, want)
		}
	}
}
