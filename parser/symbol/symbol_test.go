package symbol

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	cases := []struct {
		in, canon string
		number    string
		year      int
		typeCode  string
		issuers   []string
		units     []string
		party     bool
		blank     bool
	}{
		// §2.6 grammar and T01–T18
		{"30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", 2020, "NĐ", []string{"CP"}, nil, false, false},
		{"Số: 980/KH-UBND", "980/KH-UBND", "980", 0, "KH", []string{"UBND"}, nil, false, false},             // T01
		{"Số: 01763/QĐ-UBND", "01763/QĐ-UBND", "01763", 0, "QĐ", []string{"UBND"}, nil, false, false},       // T02
		{"Số: 4240/UBND-VX", "4240/UBND-VX", "4240", 0, "", []string{"UBND"}, []string{"VX"}, false, false}, // T03
		{"Số: 11554/VPCP-V.I", "11554/VPCP-V.I", "11554", 0, "", []string{"VPCP"}, []string{"V.I"}, false, false},
		{"Số: 5253/CT-CS", "5253/CT-CS", "5253", 0, "", []string{"CT"}, []string{"CS"}, false, false}, // T05 Cục Thuế
		{"Số: 983/TB-CT", "983/TB-CT", "983", 0, "TB", []string{"CT"}, nil, false, false},             // T06
		{"Số 212-KL/TW", "212-KL/TW", "212", 0, "KL", []string{"TW"}, nil, true, false},               // T07
		{"Số 37-HD/BTGDVTW", "37-HD/BTGDVTW", "37", 0, "HD", []string{"BTGDVTW"}, nil, true, false},   // T08
		{"SỐ:  144 /2002/QĐ/BTC", "144/2002/QĐ-BTC", "144", 2002, "QĐ", []string{"BTC"}, nil, false, false},
		{"Số:      /QĐ-UBND", "/QĐ-UBND", "", 0, "QĐ", []string{"UBND"}, nil, false, true}, // T16
		{"Số: .../QĐ-SVHTTDL", "/QĐ-SVHTTDL", "", 0, "QĐ", []string{"SVHTTDL"}, nil, false, true},
		{"Số: ……/QĐ-UBND", "/QĐ-UBND", "", 0, "QĐ", []string{"UBND"}, nil, false, true},
		{"…/QĐ-UBND", "/QĐ-UBND", "", 0, "QĐ", []string{"UBND"}, nil, false, true},
		{"Số: /TTr-TTTV", "/TTr-TTTV", "", 0, "TTr", []string{"TTTV"}, nil, false, true},
		{"Số: 5710/QĐ-BCA-C06", "5710/QĐ-BCA-C06", "5710", 0, "QĐ", []string{"BCA"}, []string{"C06"}, false, false}, // T17
		{"515/KH-BCA-BNN&MT", "515/KH-BCA-BNN&MT", "515", 0, "KH", []string{"BCA", "BNN&MT"}, nil, false, false},    // T18
		{"44-CT/TW", "44-CT/TW", "44", 0, "CT", []string{"TW"}, nil, true, false},
		{"1340/KH-UBND", "1340/KH-UBND", "1340", 0, "KH", []string{"UBND"}, nil, false, false},
		{"999-TC/QĐ-CĐKT", "999-TC/QĐ-CĐKT", "999", 0, "QĐ", []string{"TC"}, []string{"CĐKT"}, false, false}, // T50
		{"15/CP", "15/CP", "15", 0, "", []string{"CP"}, nil, false, false},                                   // T51
		{"64-CP", "64-CP", "64", 0, "", []string{"CP"}, nil, false, false},
		{"02-HĐBT", "02-HĐBT", "02", 0, "", []string{"HĐBT"}, nil, false, false},
		{"24-L/CTN", "24-L/CTN", "24", 0, "L", []string{"CTN"}, nil, true, false},
		{"Số: 435 /QĐ-UBND", "435/QĐ-UBND", "435", 0, "QĐ", []string{"UBND"}, nil, false, false},
		{"1032/SGDĐT-QLCL-CDNTT", "1032/SGDĐT-QLCL-CDNTT", "1032", 0, "", []string{"SGDĐT"}, []string{"QLCL", "CDNTT"}, false, false},
		{"3789/HDLN-BHXH-LĐTBXH", "3789/HDLN-BHXH-LĐTBXH", "3789", 0, "HDLN", []string{"BHXH", "LĐTBXH"}, nil, false, false},
		{"66.7/2025/NQ-CP", "66.7/2025/NQ-CP", "66.7", 2025, "NQ", []string{"CP"}, nil, false, false},
		{"Số:……./PXL", "/PXL", "", 0, "", []string{"PXL"}, nil, false, true},
		{"12/SY", "12/SY", "12", 0, "SY", nil, nil, false, false},
		{"19370-CV/VPTW", "19370-CV/VPTW", "19370", 0, "CV", []string{"VPTW"}, nil, true, false},
		{"1379-QĐNS/TƯ", "1379-QĐNS/TW", "1379", 0, "QĐNS", []string{"TW"}, nil, true, false}, // T57
		{"11-QĐi/TW", "11-QĐi/TW", "11", 0, "QĐi", []string{"TW"}, nil, true, false},          // T58
		{"366-QĐ/TW", "366-QĐ/TW", "366", 0, "QĐ", []string{"TW"}, nil, true, false},
		{"09-NQ/TƯ", "09-NQ/TW", "09", 0, "NQ", []string{"TW"}, nil, true, false}, // T56
		{"03-TTr/ĐU", "03-TTr/ĐU", "03", 0, "TTr", []string{"ĐU"}, nil, true, false},
		{"02-KH/BCĐTW", "02-KH/BCĐTW", "02", 0, "KH", []string{"BCĐTW"}, nil, true, false},
		// T34–T53: damaged forms
		{"120/2020/NĐ-СР", "120/2020/NĐ-CP", "120", 2020, "NĐ", []string{"CP"}, nil, false, false},            // T34 Cyrillic
		{"16495/BТС-PTHT", "16495/BTC-PTHT", "16495", 0, "", []string{"BTC"}, []string{"PTHT"}, false, false}, // T35
		{"60/2025/TT-BCТ", "60/2025/TT-BCT", "60", 2025, "TT", []string{"BCT"}, nil, false, false},
		{"102/2024/NÐ-CP", "102/2024/NĐ-CP", "102", 2024, "NĐ", []string{"CP"}, nil, false, false}, // T36 ETH
		{"204/2004/NĐ–CP", "204/2004/NĐ-CP", "204", 2004, "NĐ", []string{"CP"}, nil, false, false}, // T37
		{"55/QĐ–QUTW", "55/QĐ-QUTW", "55", 0, "QĐ", []string{"QUTW"}, nil, false, false},
		{"35/CV—BCĐTKNQ", "35/CV-BCĐTKNQ", "35", 0, "CV", []string{"BCĐTKNQ"}, nil, false, false},
		{"12/QĐ‐UBND", "12/QĐ-UBND", "12", 0, "QĐ", []string{"UBND"}, nil, false, false},
		{"12/QĐ‑UBND", "12/QĐ-UBND", "12", 0, "QĐ", []string{"UBND"}, nil, false, false},
		{"12/QĐ‒UBND", "12/QĐ-UBND", "12", 0, "QĐ", []string{"UBND"}, nil, false, false},
		{"12/QĐ−UBND", "12/QĐ-UBND", "12", 0, "QĐ", []string{"UBND"}, nil, false, false},
		{"1037/QĐ- UBND", "1037/QĐ-UBND", "1037", 0, "QĐ", []string{"UBND"}, nil, false, false}, // T38
		{"03/2021/TTBKHĐT", "03/2021/TT-BKHĐT", "03", 2021, "TT", []string{"BKHĐT"}, nil, false, false},
		{"21/2020/TT-\nBTTTT", "21/2020/TT-BTTTT", "21", 2020, "TT", []string{"BTTTT"}, nil, false, false}, // T40
		{"1899/QĐ-TTG", "1899/QĐ-TTg", "1899", 0, "QĐ", []string{"TTg"}, nil, false, false},                // T42
		{"6/2011/QĐ-TTG", "6/2011/QĐ-TTg", "6", 2011, "QĐ", []string{"TTg"}, nil, false, false},            // T43
		{"86 /NQ-CP", "86/NQ-CP", "86", 0, "NQ", []string{"CP"}, nil, false, false},                        // T44
		{"6721 /VPCP-V.I", "6721/VPCP-V.I", "6721", 0, "", []string{"VPCP"}, []string{"V.I"}, false, false},
		{"202/2025/QH15[1]", "202/2025/QH15", "202", 2025, "", []string{"QH15"}, nil, false, false}, // T45
		{"202/2025/QH151", "202/2025/QH15", "202", 2025, "", []string{"QH15"}, nil, false, false},
		{"08/2008/PL-UBTVQH12", "08/2008/PL-UBTVQH12", "08", 2008, "PL", []string{"UBTVQH12"}, nil, false, false}, // T46
		{"102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "102", 2025, "NQLT", []string{"UBTVQH15", "CP", "ĐCTUBTWMTTQVN"}, nil, false, false},
		{"01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", "01", 2017, "TTLT", []string{"BCA", "BQP", "BTC", "BNN&PTNT", "VKSNDTC"}, nil, false, false},
		{"44/2000/TTLT/BTC-BGD&ĐT-BLĐTB&XH", "44/2000/TTLT-BTC-BGD&ĐT-BLĐTB&XH", "44", 2000, "TTLT", []string{"BTC", "BGD&ĐT", "BLĐTB&XH"}, nil, false, false},
		{"114/2003/NĐ-CP", "114/2003/NĐ-CP", "114", 2003, "NĐ", []string{"CP"}, nil, false, false},
		{"320/2025/ND-CP", "320/2025/NĐ-CP", "320", 2025, "NĐ", []string{"CP"}, nil, false, false}, // T53
		{"68- NQ/TW", "68-NQ/TW", "68", 0, "NQ", []string{"TW"}, nil, true, false},
		{"119- KH/TU", "119-KH/TU", "119", 0, "KH", []string{"TU"}, nil, true, false},
		{"38/2021/NĐ - CP", "38/2021/NĐ-CP", "38", 2021, "NĐ", []string{"CP"}, nil, false, false},
		{"123/2020/ NĐ-CP", "123/2020/NĐ-CP", "123", 2020, "NĐ", []string{"CP"}, nil, false, false},
		{"68/TTr- SDTTG", "68/TTr-SDTTG", "68", 0, "TTr", []string{"SDTTG"}, nil, false, false}, // T54
		{"07/TTg-CN[13]", "07/TTg-CN", "07", 0, "", []string{"TTg"}, []string{"CN"}, false, false},
		{"03/CT-UBND", "03/CT-UBND", "03", 0, "CT", []string{"UBND"}, nil, false, false},
		{"13/CT-TTg", "13/CT-TTg", "13", 0, "CT", []string{"TTg"}, nil, false, false},
		{"37416/TB-CHQ", "37416/TB-CHQ", "37416", 0, "TB", []string{"CHQ"}, nil, false, false},
		{"46/VBHN-BTC", "46/VBHN-BTC", "46", 0, "VBHN", []string{"BTC"}, nil, false, false},
		{"16/2008/L-CTN", "16/2008/L-CTN", "16", 2008, "L", []string{"CTN"}, nil, false, false},
		{"256/2004/QĐ-UB", "256/2004/QĐ-UB", "256", 2004, "QĐ", []string{"UB"}, nil, false, false},
		{"01/2016/TTLT-TANDTC-VKSNDTC-BTP", "01/2016/TTLT-TANDTC-VKSNDTC-BTP", "01", 2016, "TTLT", []string{"TANDTC", "VKSNDTC", "BTP"}, nil, false, false},
		{"11/2025/TT-KTNN", "11/2025/TT-KTNN", "11", 2025, "TT", []string{"KTNN"}, nil, false, false},
		{"1432/QĐ-CTN", "1432/QĐ-CTN", "1432", 0, "QĐ", []string{"CTN"}, nil, false, false},
		{"4953/QĐ-BNN-TT", "4953/QĐ-BNN-TT", "4953", 0, "QĐ", []string{"BNN"}, []string{"TT"}, false, false},
		{"80/2015/QH13", "80/2015/QH13", "80", 2015, "", []string{"QH13"}, nil, false, false},
		{"02/2022/UBTVQH15", "02/2022/UBTVQH15", "02", 2022, "", []string{"UBTVQH15"}, nil, false, false},
		{"1677/NQ-UBTVQH15", "1677/NQ-UBTVQH15", "1677", 0, "NQ", []string{"UBTVQH15"}, nil, false, false},
		{"823/DLA-CNTK", "823/DLA-CNTK", "823", 0, "", []string{"DLA"}, []string{"CNTK"}, false, false},
		{"02/CTr-UBND", "02/CTr-UBND", "02", 0, "CTr", []string{"UBND"}, nil, false, false},
		{"02/CTR-UBND", "02/CTr-UBND", "02", 0, "CTr", []string{"UBND"}, nil, false, false},
		{"05/QYĐ-UBND", "05/QyĐ-UBND", "05", 0, "QyĐ", []string{"UBND"}, nil, false, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			sym, canon, ok := Parse(c.in)
			require.True(t, ok)
			assert.Equal(t, c.canon, canon)
			assert.Equal(t, c.number, sym.Number)
			assert.Equal(t, c.year, sym.Year)
			assert.Equal(t, c.typeCode, sym.TypeCode)
			if c.issuers == nil {
				c.issuers = []string{}
			}
			if c.units == nil {
				c.units = []string{}
			}
			assert.Equal(t, c.issuers, sym.Issuers)
			assert.Equal(t, c.units, sym.Units)
			assert.Equal(t, c.party, sym.Party)
			assert.Equal(t, c.blank, sym.Blank)
		})
	}
}

func TestParseHint(t *testing.T) {
	// CT: Chỉ thị vs Cục Thuế decided by the noun before the symbol.
	sym, _, ok := ParseHint("5253/CT-CS", "Chỉ thị")
	require.True(t, ok)
	assert.Equal(t, "CT", sym.TypeCode)
	sym, _, ok = ParseHint("13/CT-UBND", "công văn")
	require.True(t, ok)
	assert.Equal(t, "", sym.TypeCode)
	assert.Equal(t, []string{"CT"}, sym.Issuers)
	sym, _, ok = ParseHint("13/CT-TTg", "")
	require.True(t, ok)
	assert.Equal(t, "CT", sym.TypeCode)
	// unknown type code settled by the noun
	sym, _, ok = ParseHint("12/PXL-UBND", "Phiếu xử lý")
	require.True(t, ok)
	assert.Equal(t, []string{"PXL"}, sym.Issuers)
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"14/3/2011", "2/3/1993", "11/2025", "2025-2030", "24/7", "Điều 5", "12/QĐ-UBND về việc",
		"", "/", "abc", "12-", "12/", "5-a", "1/2",
	} {
		_, _, ok := Parse(in)
		assert.False(t, ok, in)
	}
}

func TestScan(t *testing.T) {
	cases := []struct {
		text  string
		at    int
		end   string // the remaining text after the symbol
		canon string
	}{
		{"Quyết định số 12/QĐ-UBND ngày 1/2/2025", len("Quyết định số "), " ngày 1/2/2025", "12/QĐ-UBND"},
		{"số 12/QĐ-UBND - Về việc", len("số "), " - Về việc", "12/QĐ-UBND"},
		{"số 12/QĐ-UBND.", len("số "), ".", "12/QĐ-UBND"},
		{"QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025", len("QUYẾT ĐỊNH SỐ "), " NGÀY 04/9/2025", "1899/QĐ-TTg"},
		{"Nghị quyết 86 /NQ-CP năm 2025", len("Nghị quyết "), " năm 2025", "86/NQ-CP"},
		{"Nghị quyết số 202/2025/QH15[1] về", len("Nghị quyết số "), "[1] về", "202/2025/QH15"},
		{"số 202/2025/QH151 về", len("số "), "1 về", "202/2025/QH15"},
		{"Chỉ thị 44-CT/TW,", len("Chỉ thị "), ",", "44-CT/TW"},
		{"số 31-QĐ/TW, ngày 01-10-1997", len("số "), ", ngày 01-10-1997", "31-QĐ/TW"},
		{"Nghị định 120/2020/NĐ-СР quy định", len("Nghị định "), " quy định", "120/2020/NĐ-CP"},
		{"Thông tư số 21/2020/TT-\nBTTTT ngày", len("Thông tư số "), " ngày", "21/2020/TT-BTTTT"},
		{"các Quyết định số 12/QĐ-UBND và 15/QĐ-UBND", len("các Quyết định số "), " và 15/QĐ-UBND", "12/QĐ-UBND"},
	}
	for _, c := range cases {
		end, _, canon, ok := Scan([]byte(c.text), c.at)
		require.True(t, ok, c.text)
		assert.Equal(t, c.canon, canon, c.text)
		assert.Equal(t, c.end, c.text[end:], c.text)
	}
	_, _, _, ok := Scan([]byte("ngày 14/3/2011"), len("ngày "))
	assert.False(t, ok)
	_, _, _, ok = Scan([]byte("x"), 5)
	assert.False(t, ok)
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"30/2020/NĐ-CP", "44-CT/TW", "Số: …/QĐ-UBND", "1037/QĐ- UBND", "202/2025/QH151", "12/ -"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		b := []byte(s)
		end, _, _, ok := Scan(b, i)
		if ok && (end <= i || end > len(b)) {
			t.Fatalf("bad end %d for %q at %d", end, s, i)
		}
		Parse(s)
	})
}
