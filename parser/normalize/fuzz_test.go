package normalize

import "testing"

// FuzzNormalize checks that no input panics, that the output is valid UTF-8
// and that SourceOffset is monotone and within [0,len(src)].
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"",
		"\uFEFFCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc",
		"Vie\u0323\u0302t Nam \u0323(UNESCO) Trầ\u0300\u0300n",
		gazettePages,
		"| STT | Tên |\n|---|---|\n| 1 | **Hà Nội** |\n*\n* *\n__Nơi nhận__:",
		"Thông tư số 21/2020/TT-\nBTTTT ngày\n\n5/3/2020\f2\n\f",
		"\xff\xfe uỹ hoa\u0300 \u212B\u0301 \u1100\u1161\u11A8",
		"** **\n#\n\\*\n- 2 -\n\n2/12\n",
	} {
		f.Add([]byte(s), false, false)
	}
	f.Fuzz(func(t *testing.T, src []byte, keep, noRejoin bool) {
		tx := Normalize(src, Options{KeepFurniture: keep, NoRejoin: noRejoin})
		checkOffsets(t, src, tx)
		for _, r := range tx.Removed {
			if r.SrcStart < 0 || r.SrcStart > r.SrcEnd || r.SrcEnd > len(src) {
				t.Fatalf("bad removed range %d-%d", r.SrcStart, r.SrcEnd)
			}
		}
	})
}
