package model

import "testing"

func TestPageOf(t *testing.T) {
	d := Document{PageStarts: []int{0, 100, 100, 250}}
	cases := []struct{ off, page int }{
		{0, 1}, {99, 1}, {100, 3}, {249, 3}, {250, 4}, {10000, 4}, {-5, 1},
	}
	for _, c := range cases {
		if got := d.PageOf(c.off); got != c.page {
			t.Errorf("PageOf(%d) = %d, want %d", c.off, got, c.page)
		}
	}
	if got := (&Document{}).PageOf(5); got != 0 {
		t.Errorf("no page starts: PageOf = %d, want 0", got)
	}
}
