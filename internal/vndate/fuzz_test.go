package vndate

import "testing"

// The readers never panic, read no byte past the text, and answer alike for a
// string and its bytes.
func FuzzReaders(f *testing.F) {
	for _, s := range []string{"14/3/2011", " 17 tháng 8 năm 2012", "08/10/20181", " …… tháng …… năm 20…", "1–2–", "\xe2\x80"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		n1, ok1 := Numeric(s, i)
		n2, ok2 := Numeric([]byte(s), i)
		l1, lok1 := Long(s, i)
		l2, lok2 := Long([]byte(s), i)
		if n1 != n2 || ok1 != ok2 || l1 != l2 || lok1 != lok2 {
			t.Fatalf("string and bytes differ on %q at %d", s, i)
		}
		for _, p := range []Parts{n1, l1} {
			if p.End > len(s) || p.RunOnEnd > len(s) || (p.RunOnEnd != 0 && p.RunOnEnd < p.End) {
				t.Fatalf("offsets %d %d past %d", p.End, p.RunOnEnd, len(s))
			}
			_ = p.ISO()
		}
	})
}
