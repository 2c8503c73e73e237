package structure

// motto phrases, folded (lower case, style A).
const (
	mottoState = "cộng hòa xã hội chủ nghĩa việt nam"
	mottoParty = "đảng cộng sản việt nam"
)

// headerNeedles are the literal triggers of fragmentHeader, folded.
var headerNeedles = [...]string{"cộng hòa xã", "độc lập", "đảng cộng sản việt nam", "số:", "v/v", "kính gửi", "dự thảo", "luật số:"}

var marks = []struct{ text, kind string }{
	{"tuyệt mật", "secrecy"}, {"tối mật", "secrecy"}, {"mật", "secrecy"},
	{"thượng khẩn", "urgency"}, {"hỏa tốc", "urgency"}, {"khẩn", "urgency"},
	{"dự thảo", "draft"}, {"lưu hành nội bộ", "circulation"}, {"xem xong trả lại", "circulation"},
}

// orgHeads are the words that open the name of an organisation; a header line
// starting with one begins a new body (issuer or parent) rather than continuing
// the name above it ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" is one body).
var orgHeads = []string{
	"bộ ", "cục ", "tổng cục", "chi cục", "sở ", "vụ ", "ban ", "văn phòng", "phòng ", "ủy ban",
	"ubnd", "hội đồng", "hđnd", "trường", "trung tâm", "viện", "tòa án", "đảng ủy", "đảng bộ",
	"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "công an", "bộ chỉ huy", "kho bạc", "ngân hàng",
	"thanh tra", "kiểm toán", "bảo hiểm", "chính phủ", "thủ tướng", "quốc hội", "chủ tịch",
	"tập đoàn", "tổng công ty", "công ty", "học viện", "đại học", "bệnh viện", "mặt trận",
	"liên đoàn", "hội ", "đoàn ", "thuế ", "hải quan", "đài ", "báo ", "quân ủy", "bch ", "bộ tư lệnh",
	"tổng liên đoàn", "ủy ban thường vụ", "chi bộ", "đảng đoàn", "ban cán sự", "phủ thủ tướng", "liên bộ",
}

// authorityHeads open an authority line printed after the abstract
// ("BỘ TRƯỞNG BỘ TƯ PHÁP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
var authorityHeads = []string{"bộ trưởng", "chủ tịch", "thủ tướng", "trưởng ban", "giám đốc", "cục trưởng", "tổng cục trưởng", "chánh án", "viện trưởng", "thống đốc", "tổng kiểm toán"}

// authority prefixes of signature blocks, folded; slash forms are the Party's.
var prefixes = []struct{ folded, canon string }{
	{"tm.", "TM."}, {"t/m", "TM."}, {"t.m.", "TM."}, {"kt.", "KT."}, {"k/t", "KT."}, {"k.t.", "KT."},
	{"tl.", "TL."}, {"t/l", "TL."}, {"tuq.", "TUQ."}, {"t/uq", "TUQ."}, {"q.", "Q."}, {"kt/", "KT."}, {"tm/", "TM."},
}

// honorifics are ranks and titles allowed before a signer's name.
var honorifics = []string{
	"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
	"đại úy", "gs.ts.", "pgs.ts.", "gs.tskh.", "pgs.tskh.", "gs. ts.", "pgs. ts.", "ts.", "ths.", "bs.", "gs.", "pgs.",
}

// honorificsSpaced is honorifics with the space that must follow each.
var honorificsSpaced = func() []string {
	out := make([]string, len(honorifics))
	for k, h := range honorifics {
		out[k] = h + " "
	}
	return out
}()

// titleHeads open the title of a post in a signature block, folded.
var titleHeads = []string{
	"phó ", "thủ tướng", "bộ trưởng", "thứ trưởng", "chủ tịch", "chủ nhiệm", "chánh án", "chánh văn phòng",
	"chánh thanh tra", "giám đốc", "cục trưởng", "tổng cục trưởng", "trưởng ban", "trưởng phòng", "viện trưởng",
	"bí thư", "thống đốc", "tổng kiểm toán", "tổng thư ký", "tổng giám đốc", "tổng bí thư",
	"hiệu trưởng", "tổng thanh tra", "tổng trưởng", "chủ trì", "thư ký",
}

// wordMarker is a marker word and the level it opens.
type wordMarker struct {
	word string // lower case, tone style A
	kind markerKind
}

// wordMarkers lists the marker words; marker relies on their first letters
// being t, p, c, m and đ, in this order.
var wordMarkers = []wordMarker{{"tiểu mục", kTieuMuc}, {"phần", kPhan}, {"chương", kChuong}, {"mục", kMuc}, {"điều", kDieu}}
