package refs

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/parser/lexicon"
)

// typeWord is one type noun that introduces a citation.
type typeWord struct {
	lower string // lower-case name, "quyết định"
	name  string // canonical type name, "Quyết định"
	code  string // lexicon code
}

// typeWords indexed by the first byte of the lower-case name (the lead byte
// for non-ASCII initials), longest names first.
var typeIndex [256][]typeWord

func init() {
	add := func(lower, name, code string) {
		c := lower[0]
		typeIndex[c] = append(typeIndex[c], typeWord{lower, name, code})
	}
	for _, ty := range lexicon.Types() {
		add(strings.ToLower(ty.Name), ty.Name, ty.Code)
	}
	// generic nouns of letters
	add("văn bản", "Công văn", "")
	// the Party's charter, cited by name ("Căn cứ Điều lệ Đảng;"): no type
	// of a document's own title, so not in the lexicon (see charter)
	add("điều lệ", "Điều lệ", "")
	add("quyết định nhân sự", "Quyết định", "QĐNS")
	for i := range typeIndex {
		sort.SliceStable(typeIndex[i], func(a, b int) bool {
			return len(typeIndex[i][a].lower) > len(typeIndex[i][b].lower)
		})
		typeThird[i] = make([]rune, len(typeIndex[i]))
		for k, tw := range typeIndex[i] {
			typeSecond[i][tw.lower[1]>>6] |= 1 << (tw.lower[1] & 63)
			if w := tw.lower; len(w) > 2 && w[0] < 0x80 && w[1] < 0x80 && w[1] != ' ' && w[2] != ' ' {
				if r, _ := utf8.DecodeRuneInString(w[2:]); unicode.ToLower(r) == r {
					typeThird[i][k] = r
				}
			}
		}
	}
}

// typeThird[c][k] is the third rune of typeIndex[c][k] when its first two
// are ASCII letters, else 0. matchCI reaches it at the third byte of the text
// and accepts a text rune whose lower case is it (it is its own lower case).
var typeThird [256][]rune

// typeSecond[c] is the set of second bytes of the names in typeIndex[c]:
// after an ASCII initial, most capitalised words fail on it at once.
var typeSecond [256][4]uint64

// matchType matches a type noun at p in any case; it returns the entry and end.
func matchType(t []byte, p int) (typeWord, int, bool) {
	if p >= len(t) {
		return typeWord{}, 0, false // callers probe past a phrase that ends the text
	}
	c := t[p]
	if c >= 'A' && c <= 'Z' {
		c += 32
	}
	// non-ASCII initials (Đ/đ, Á/á) share the lead byte with their lower case;
	// so do the second bytes of the names (ASCII folded, or a UTF-8 lead byte)
	if p+1 >= len(t) {
		return typeWord{}, 0, false
	}
	c2 := t[p+1]
	if c2 >= 'A' && c2 <= 'Z' {
		c2 += 32
	}
	if t[p] < 0x80 && typeSecond[c][c2>>6]&(1<<(c2&63)) == 0 {
		return typeWord{}, 0, false
	}
	// after two ASCII letters, the lower case of the third rune rules out
	// most names before matchCI (most capitalised words are no type noun)
	r3 := rune(-1)
	if t[p] < 0x80 && c2 < 0x80 && p+2 < len(t) {
		r, _ := runeAt(t, p+2)
		r3 = vntext.LowerRune(r)
	}
	tws := typeIndex[c]
	for k := range tws {
		tw := &tws[k]
		if t[p] < 0x80 {
			if tw.lower[1] != c2 {
				continue
			}
			if third := typeThird[c][k]; third != 0 && third != r3 {
				continue
			}
		}
		if e := matchCI(t, p, tw.lower); e > 0 {
			return *tw, e, true
		}
	}
	return typeWord{}, 0, false
}

// typeBefore finds a type noun that ends exactly at p (case-insensitive),
// used for lower-case nouns before a symbol ("văn bản số", "thông tư số").
func typeBefore(t []byte, p int) (typeWord, int, bool) {
	// collect up to 4 words back
	lo := p - 48
	if lo < 0 {
		lo = 0
	}
	for lo > 0 && !utf8.RuneStart(t[lo]) {
		lo++
	}
	var best typeWord
	bestStart := -1
	for q := lo; q < p; q++ {
		if !utf8.RuneStart(t[q]) || !boundaryBefore(t, q) {
			continue
		}
		r, _ := runeAt(t, q)
		if !isWordRune(r) {
			continue
		}
		tw, e, ok := matchType(t, q)
		if ok && e == p {
			best, bestStart = tw, q
			break
		}
	}
	return best, bestStart, bestStart >= 0
}

// Relation verbs, lower case. Order does not matter: the nearest before the
// mention wins.
type relVerb struct {
	w   string
	rel string
}

var relVerbs = []relVerb{
	{"căn cứ", "basis"},
	{"thực hiện", "implements"}, {"triển khai", "implements"}, {"thể chế hóa", "implements"},
	{"thể chế hoá", "implements"}, {"theo chỉ đạo", "implements"},
	{"hướng dẫn", "guides"}, {"quy định chi tiết", "guides"},
	{"sửa đổi", "amends"}, {"bổ sung", "amends"},
	{"thay thế", "replaces"},
	{"bãi bỏ", "repeals"}, {"hủy bỏ", "repeals"}, {"huỷ bỏ", "repeals"}, {"hết hiệu lực", "repeals"},
	// phrases that make the mention a plain citation
	{"quy định tại", "cites"}, {"theo quy định", "cites"}, {"kèm theo", "cites"},
	{"đề nghị", "cites"}, {"xét", "cites"}, {"nêu tại", "cites"},
}

var relRank = map[string]int{
	"basis": 7, "repeals": 6, "replaces": 5, "amends": 4, "implements": 3, "guides": 2, "cites": 1,
}

// issuerStop: lower-case words that end the "của ..." issuer phrase.
var issuerStop = setOf("về", "quy", "hướng", "phê", "sửa", "bổ", "thực", "triển", "được", "đã",
	"thay", "bãi", "hủy", "huỷ", "có", "tại", "theo", "trong", "để", "nhằm", "ngày", "số", "năm", "là", "thì",
	"như", "cho", "khi", "với", "từ", "đến", "này", "đó", "hết", "giao", "gửi", "kèm", "nêu", "nói", "trên",
	"hoặc", "cũng", "sẽ", "phải", "không", "chưa", "đang", "vẫn", "các", "những", "đối", "gồm", "áp", "tiếp",
	"hiện", "nay", "quyết", "và", "lần", "đề", "xét", "mà", "chỉ", "điều", "khoản",
	"điểm", "chấp", "kết", "thuộc", "qua", "bởi", "vừa", "mới", "sau", "trước", "bao", "ban")

// capsIssuerStop: the stop words that also end an issuer printed in capitals
// ("CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ …").
var capsIssuerStop = setOf("về", "quy", "hướng", "phê", "sửa", "bổ", "thực", "triển", "thay", "bãi", "ngày",
	"số", "năm", "tại", "theo", "hủy", "huỷ", "ban")

// lawStop: lower-case words that cannot continue a law name.
var lawStop = setOf("ngày", "số", "năm", "của", "tại", "thì", "như", "được", "đã", "đang", "sẽ", "có", "không",
	"là", "này", "đó", "trên", "để", "do", "cho", "mà", "nhưng", "khi", "nếu", "về", "với", "gồm", "trong",
	"sau", "trước", "các", "những", "một", "hoặc", "hay", "nêu", "nói", "cũng", "vẫn", "phải", "bị", "chỉ",
	"theo", "từ", "đến", "tới", "kể", "mới", "hiện", "hết", "nay", "đều", "thuộc", "qua", "vào", "ra",
	"nhằm", "lần", "khóa", "khoá", "tháng", "ở", "điều", "khoản", "điểm", "chương", "mục", "phần",
	"và", "thay", "bãi", "hủy", "huỷ", "còn", "đồng", "bởi", "vừa", "cùng", "giữa", "gì", "đây", "kia",
	"lúc", "khác", "riêng", "chung", "cụ", "trường", "nào", "mà", "sao")

// lawStop2: two-word phrases that end a law name.
var lawStop2 = map[string]map[string]bool{
	"quy": setOf("định"), "hướng": setOf("dẫn"), "sửa": setOf("đổi"), "bổ": setOf("sung"),
	"thực": setOf("hiện"), "thi": setOf("hành"), "ban": setOf("hành"), "áp": setOf("dụng"),
	"đối": setOf("với"), "nghị": setOf("định", "quyết"), "quyết": setOf("định"), "thông": setOf("tư", "báo"),
	"bộ": setOf("luật"), "liên": setOf("quan"), "có": setOf("hiệu"),
}

// lawAfterVa: words allowed right after "và" inside a law name are any
// lower-case word not in lawStop; see lawName.

// commaCont: lower-case words that may follow a comma inside a law name
// ("Luật Cán bộ, công chức", "Luật Phòng, chống tham nhũng").
var commaCont = setOf("chống", "công", "viên", "an", "sử", "chữa", "nhập", "quá", "cư", "thương", "lệ")

// partyWords: lower-case words allowed in a named Party document ("Nghị quyết
// Đại hội đại biểu toàn quốc lần thứ XIII").
var partyWords = setOf("đại", "biểu", "toàn", "quốc", "lần", "thứ", "khóa", "khoá", "đảng", "bộ", "tỉnh",
	"thành", "phố", "huyện", "xã", "trung", "ương", "nhiệm", "kỳ", "ban", "chấp", "hành", "hội", "nghị",
	"ba", "hai", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "một", "nhất", "lần", "cấp")

// selfWords follow a type noun to make a self reference.
var anaphoraWords = []string{"nêu trên", "nói trên", "trên", "đã nêu"}

// unitWords after a number make "Kế hoạch 02" not a short citation
// ("Chương trình 3 năm", "Kế hoạch 5 năm").
var unitWords = setOf("năm", "tháng", "ngày", "tuần", "giờ", "người", "lần", "đồng", "triệu", "tỷ", "nghìn",
	"ha", "km", "m", "%", "điểm", "nội", "mục", "nhóm", "loại", "bước", "cấp", "tầng", "giai")

// shortTypes may be cited by number only ("Nghị quyết 57", "Chỉ thị 44").
var shortTypes = setOf("Nghị quyết", "Chỉ thị", "Kết luận", "Kế hoạch", "Quyết định", "Nghị định", "Thông tư",
	"Đề án", "Chương trình", "Quy định", "Hướng dẫn", "Thông báo", "Công điện", "Tờ trình", "Công văn",
	"Thông tư liên tịch", "Pháp lệnh", "Luật")

// namedTypes are cited by name.
var namedTypes = setOf("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// capStop are the capitalised words that end a law name ("Luật Đất đai Điều
// 5", "Luật Đầu tư Căn cứ ...").
var capStop = setOf("điều", "chương", "khoản", "điểm", "mục", "phần", "căn", "thực", "theo", "tại", "về", "ngày", "số", "năm", "của")

// abstractStart are the first words of an abstract after a citation ("về
// việc ...", "quy định chi tiết ..."): the text from there is its title.
var abstractStart = setOf("về", "quy", "hướng", "ban", "phê", "sửa", "bổ", "bãi", "thay", "v/v", "kéo", "điều", "thành", "giao", "công", "tổ", "chuyển", "triển", "thực", "đặt", "hợp")

// lowerLawStart are first words of law and ordinance names as older texts print
// them in lower case ("Luật đất đai", "Pháp lệnh về thuế nông nghiệp").
var lowerLawStart = setOf("đất", "hợp", "tổ", "đầu", "thuế", "doanh", "dân", "hình", "lao", "bảo", "hải",
	"ngân", "quản", "xây", "nhà", "giáo", "khoáng", "bầu", "thương", "phá", "kế", "thống", "hôn", "tố",
	"khiếu", "công", "cán", "phòng", "giao", "kinh", "môi", "tài", "đấu", "cư", "quốc", "hàng", "điện",
	"dầu", "chứng", "kiểm", "thi", "xử", "tiếp", "đo", "du", "báo", "xuất", "thủy", "lâm", "nghĩa", "trọng",
	"đường", "an", "các", "về", "sĩ", "sở", "bình", "thanh", "trưng", "văn", "di", "hộ", "chăm", "phổ")

// listSeparators are the words that may stand between the items of a list of
// citations, besides spaces and punctuation.
var listSeparators = []string{"và", "hoặc", "số", "từ", "đến", "các"}

// aliasPhrases introduce the short name a citation is given after "(sau đây
// [được]": "(sau đây gọi tắt là Nghị định 15)".
var aliasPhrases = []string{"gọi tắt là", "viết tắt là", "gọi chung là", "gọi là"}

// constitutionNames is the name after "Hiến pháp", in both spellings of "hòa".
var constitutionNames = []string{"nước cộng hòa xã hội chủ nghĩa việt nam", "nước cộng hoà xã hội chủ nghĩa việt nam"}

// amendingPrefixes open the name of an amending law, longest first; the last
// one counts only when a law follows directly (see amendingPrefix).
var amendingPrefixes = []string{"sửa đổi, bổ sung một số điều của", "sửa đổi bổ sung một số điều của", "sửa đổi, bổ sung một số điều các", "sửa đổi, bổ sung"}
