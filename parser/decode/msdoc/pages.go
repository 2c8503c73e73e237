package msdoc

import (
	"bytes"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"
)

// summaryFMTID is FMTID_SummaryInformation, F29F85E0-4FF9-1068-AB91-08002B27B3D9,
// in its on-disk byte order.
var summaryFMTID = []byte{0xE0, 0x85, 0x9F, 0xF2, 0xF9, 0x4F, 0x68, 0x10, 0xAB, 0x91, 0x08, 0x00, 0x2B, 0x27, 0xB3, 0xD9}

const (
	pidsiPageCount = 0x0E   // PIDSI_PAGECOUNT
	vtI4           = 0x0003 // VT_I4, a signed 32-bit integer
	maxSummary     = 1 << 20
)

// PageCount returns the page count that Word recorded in the
// SummaryInformation property set (PIDSI_PAGECOUNT) of a .doc file, or 0 when
// the file has no such stream, the property is missing, is not a positive
// 32-bit integer, or data is not a readable compound file.
//
// The value is what Word wrote when the file was last saved; files produced by
// other programs may carry a stale or placeholder count.
func PageCount(data []byte) int {
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return 0
	}
	for {
		f, err := r.Next()
		if err != nil {
			return 0 // io.EOF included: no SummaryInformation stream
		}
		if len(f.Path) != 0 || strings.TrimLeft(f.Name, "\x05") != "SummaryInformation" {
			continue
		}
		stream, err := io.ReadAll(io.LimitReader(f, maxSummary))
		if err != nil {
			return 0
		}
		return summaryPageCount(stream)
	}
}

// summaryPageCount reads PIDSI_PAGECOUNT from a property set stream
// ([MS-OLEPS] 2.21): a 28-byte header, then (FMTID, offset) pairs, then at
// each offset a set of size, count, (id, offset) pairs and typed values.
func summaryPageCount(b []byte) int {
	if len(b) < 48 || le16(b, 0) != 0xFFFE {
		return 0
	}
	sets := int(le32(b, 24))
	for i := 0; i < sets && i < 8; i++ {
		entry := 28 + 20*i
		if entry+20 > len(b) {
			return 0
		}
		if !bytes.Equal(b[entry:entry+16], summaryFMTID) {
			continue
		}
		return propertyInt(b, int(le32(b, entry+16)), pidsiPageCount)
	}
	return 0
}

// propertyInt returns the VT_I4 property id of the property set that starts at
// off, or 0 when it is absent, of another type, or not positive.
func propertyInt(b []byte, off int, id uint32) int {
	if off < 0 || off+8 > len(b) {
		return 0
	}
	size := int(le32(b, off))
	if size < 8 || off+size > len(b) {
		size = len(b) - off // tolerate a short size field; every read is bounds-checked
	}
	set := b[off : off+size]
	n := int(le32(set, 4))
	for i := 0; i < n && 8+8*i+8 <= len(set); i++ {
		if le32(set, 8+8*i) != id {
			continue
		}
		v := int(le32(set, 8+8*i+4))
		if v < 0 || v+8 > len(set) || le16(set, v) != vtI4 {
			return 0
		}
		count := int32(le32(set, v+4))
		if count <= 0 {
			return 0
		}
		return int(count)
	}
	return 0
}
