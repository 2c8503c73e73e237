package msdoc

import (
	"encoding/binary"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// propertySet builds a SummaryInformation stream with one property set of
// the given FMTID holding the given (id, type, int32 value) properties.
func propertySet(fmtid []byte, props ...[3]uint32) []byte {
	le := binary.LittleEndian
	b := make([]byte, 48)
	le.PutUint16(b[0:], 0xFFFE)
	le.PutUint32(b[24:], 1)
	copy(b[28:], fmtid)
	le.PutUint32(b[44:], 48)
	set := make([]byte, 8+8*len(props))
	le.PutUint32(set[4:], uint32(len(props)))
	for i, p := range props {
		le.PutUint32(set[8+8*i:], p[0])
		le.PutUint32(set[8+8*i+4:], uint32(len(set)))
		val := make([]byte, 8)
		le.PutUint16(val, uint16(p[1]))
		le.PutUint32(val[4:], p[2])
		set = append(set, val...)
	}
	le.PutUint32(set, uint32(len(set)))
	return append(b, set...)
}

func TestSummaryPageCount(t *testing.T) {
	other := make([]byte, 16)
	cases := []struct {
		name   string
		stream []byte
		want   int
	}{
		{"page count", propertySet(summaryFMTID, [3]uint32{0x0F, vtI4, 900}, [3]uint32{pidsiPageCount, vtI4, 12}), 12},
		{"only property", propertySet(summaryFMTID, [3]uint32{pidsiPageCount, vtI4, 1}), 1},
		{"absent", propertySet(summaryFMTID, [3]uint32{0x0F, vtI4, 900}), 0},
		{"wrong type", propertySet(summaryFMTID, [3]uint32{pidsiPageCount, 0x1E, 12}), 0},
		{"zero", propertySet(summaryFMTID, [3]uint32{pidsiPageCount, vtI4, 0}), 0},
		{"negative", propertySet(summaryFMTID, [3]uint32{pidsiPageCount, vtI4, 0xFFFFFFFE}), 0},
		{"other property set", propertySet(other, [3]uint32{pidsiPageCount, vtI4, 12}), 0},
		{"short", []byte{0xFE, 0xFF, 0, 0}, 0},
		{"empty", nil, 0},
	}
	for _, c := range cases {
		if got := summaryPageCount(c.stream); got != c.want {
			t.Errorf("%s: summaryPageCount = %d, want %d", c.name, got, c.want)
		}
	}
	// a value offset pointing past the end must not be read
	bad := propertySet(summaryFMTID, [3]uint32{pidsiPageCount, vtI4, 5})
	binary.LittleEndian.PutUint32(bad[48+12:], 1<<30)
	if got := summaryPageCount(bad); got != 0 {
		t.Errorf("offset past the end: %d, want 0", got)
	}
	for _, junk := range [][]byte{nil, []byte("not a compound file"), []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")} {
		if got := PageCount(junk); got != 0 {
			t.Errorf("PageCount(%q) = %d, want 0", junk, got)
		}
	}
}

// TestPageCountCorpus reads real files; the expected counts are those that
// file(1) prints as "Number of Pages" for them.
func TestPageCountCorpus(t *testing.T) {
	want := map[string]int{
		"183_anle_10-2016-al-doc.doc":                  4,
		"184_hienphap_hien-phap-1959-doc.doc":          1, // stale: 31,642 characters on "1" page
		"185_hienphap_hien-phap-1992-doc-mislabel.doc": 0, // no page count in its summary
	}
	for name, n := range want {
		if got := PageCount(testshared.ReadCorpus(t, name)); got != n {
			t.Errorf("%s: PageCount = %d, want %d", name, got, n)
		}
	}
}

func FuzzSummaryPageCount(f *testing.F) {
	f.Add(propertySet(summaryFMTID, [3]uint32{pidsiPageCount, vtI4, 3}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if n := summaryPageCount(b); n < 0 {
			t.Fatalf("negative page count %d", n)
		}
		_ = PageCount(b)
	})
}
