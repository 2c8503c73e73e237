package structure

import (
	"strings"
	"unicode"
)

// The words and phrases the structure stage looks for, folded (lower case,
// tone style A) unless said otherwise, by the part of the document they
// belong to. Lists are tried in order where the order matters.

// The header: mottos, gazette headings, marks, the issuer block and the place.

// motto phrases, folded (lower case, style A).
const (
	mottoState = "cộng hòa xã hội chủ nghĩa việt nam"
	mottoParty = "đảng cộng sản việt nam"
)

// isGazetteHeading reports the section headings of the Công báo gazette,
// given folded.
func isGazetteHeading(k string) bool {
	switch k {
	case "văn bản quy phạm pháp luật", "văn bản pháp luật khác", "văn bản hợp nhất", "văn bản khác", "điều ước quốc tế":
		return true
	}
	return false
}

// marks are the secrecy, urgency, draft and circulation marks of a header,
// folded, with the field each fills.
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
	"tổng liên đoàn", "ủy ban thường vụ", "chi bộ", "đảng đoàn", "ban cán sự", "phủ thủ tướng", "liên bộ", "bql ",
}

// departmentHeads open the name of a department of a ministry ("BỘ TÀI
// CHÍNH TỔNG CỤC HẢI QUAN"), folded and followed by a space.
var departmentHeads = []string{"tổng cục ", "cục ", "vụ "}

// startsDepartment reports whether the folded k opens with a department head.
func startsDepartment(k string) bool {
	for _, h := range departmentHeads {
		if strings.HasPrefix(k, h) {
			return true
		}
	}
	return false
}

// unfinishedEndings end a header line that the next line continues ("BỘ
// GIÁO DỤC VÀ"), folded.
var unfinishedEndings = []string{" và", " và đào", " của", ",", "-", " ban", " ủy ban", " hội đồng", " bộ"}

func isPlaceAbbrev(w string) bool {
	switch strings.TrimRight(w, ".") {
	case "TP", "TX", "HCM", "TPHCM":
		return true
	}
	return false
}

// isUnitWord reports the generic words of administrative units that a place
// name keeps in lower case ("Thành phố", "Thị xã", "Thị trấn").
func isUnitWord(w string) bool {
	return w == "phố" || w == "xã" || w == "trấn"
}

// The title and the preamble.

// authorityHeads open an authority line printed after the abstract
// ("BỘ TRƯỞNG BỘ TƯ PHÁP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
var authorityHeads = []string{"bộ trưởng", "chủ tịch", "thủ tướng", "trưởng ban", "giám đốc", "cục trưởng", "tổng cục trưởng", "chánh án", "viện trưởng", "thống đốc", "tổng kiểm toán"}

// deciderTitles are the titles of the person who decides, as a flattened
// page glues them to the end of a capitals abstract, folded with a leading
// space.
var deciderTitles = []string{" chủ tịch ủy ban nhân dân", " bộ trưởng bộ ", " thủ tướng chính phủ", " chủ tịch hội đồng nhân dân"}

// abstractOpeners open the abstract of a catalogue title after the issuer it
// names ("Nghị định của Chính phủ về việc ...", "... của chính phủ Sửa đổi,
// bổ sung ..."), folded.
var abstractOpeners = []string{"về", "v/v", "quy định", "hướng dẫn", "ban hành", "sửa đổi", "bổ sung", "phê duyệt", "thành lập"}

// isDecidingBody reports the folded k (with a trailing space) of a line that
// opens with a body that decides: a people's committee or council, or that
// is the Government or the National Assembly.
func isDecidingBody(k string) bool {
	return strings.HasPrefix(k, "ủy ban nhân dân ") || strings.HasPrefix(k, "hội đồng nhân dân ") || k == "chính phủ " || k == "quốc hội "
}

// isJoiningWord reports a word after which a title joins the text before it
// rather than closing it ("... của Chủ tịch Ủy ban nhân dân").
func isJoiningWord(w string) bool {
	return w == "của" || w == "và" || w == "với" || w == "cho"
}

// preambleOpeners open a line of the preamble, folded; the header's title
// block stops at them.
var preambleOpeners = []string{"căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị", "xét tờ trình", "theo đề xuất", "trên cơ sở"}

// formulaOpeners open a formula paragraph of the preamble, folded (see
// preamble.go): preambleOpeners and the openers of recitals and lead-ins.
var formulaOpeners = append(append([]string(nil), preambleOpeners...),
	"triển khai", "xét thấy", "xét ", "theo tờ trình", "sau khi", "để ", "nhằm ")

// isEnactingWord reports the folded words of an enacting line before its
// colon ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").
func isEnactingWord(k string) bool {
	switch k {
	case "quyết định", "quyết nghị", "nghị quyết", "nghị định", "chỉ thị", "ban hành", "kết luận", "quy định", "thông báo", "điện", "ra sắc lệnh", "sắc lệnh":
		return true
	}
	return false
}

// The outline.

// wordMarker is a marker word and the level it opens.
type wordMarker struct {
	word string // lower case, tone style A
	kind markerKind
}

// wordMarkers lists the marker words; marker relies on their first letters
// being t, p, c, m and đ, in this order.
var wordMarkers = []wordMarker{{"tiểu mục", kTieuMuc}, {"phần", kPhan}, {"chương", kChuong}, {"mục", kMuc}, {"điều", kDieu}}

// citationHeads open the text after "Điều N" when it cites a document
// rather than heads an article, folded.
var citationHeads = []string{"luật ", "bộ luật ", "nghị định ", "nghị quyết ", "thông tư ", "quyết định ", "hiến pháp ", "pháp lệnh ", "chỉ thị ", "của ", "này "}

// titleJoinWords cannot end a division's title: a title line ending with
// one goes on at the next line ("… quy định tại" / "Điều 584 của Bộ luật
// Dân sự").
var titleJoinWords = []string{"tại", "của", "và", "về", "theo", "với", "đối", "cho", "trong", "từ", "đến", "số", "ngày", "các", "những", "hoặc", "để", "do", "bởi", "thuộc", "trên", "dưới",
	// "Việt" / "Nam": the country's name cut in two
	"Việt"}

// executionSubjects open the closing article "Chánh Văn phòng …, Giám đốc
// … chịu trách nhiệm thi hành Quyết định này": the officials it names.
var executionSubjects = []string{"Chánh ", "Giám đốc", "Thủ trưởng", "Bộ trưởng", "Các Bộ trưởng", "Chủ tịch", "Các cơ quan", "Các đơn vị", "Tổng cục trưởng", "Cục trưởng", "Trưởng "}

// The signature blocks.

// authority prefixes of signature blocks, folded; slash forms are the Party's.
var prefixes = []struct{ folded, canon string }{
	{"tm.", "TM."}, {"t/m", "TM."}, {"t.m.", "TM."}, {"kt.", "KT."}, {"k/t", "KT."}, {"k.t.", "KT."},
	{"tl.", "TL."}, {"t/l", "TL."}, {"tuq.", "TUQ."}, {"t/uq", "TUQ."}, {"q.", "Q."}, {"kt/", "KT."}, {"tm/", "TM."},
}

// prefixCuts are the authority prefixes that start a new piece of a
// signature line when they follow a space; they start with t or k, which
// appendPrefixes tests first.
var prefixCuts = []string{"tm.", "kt.", "tl.", "tuq.", "t/m ", "k/t ", "t/l "}

func isBarePrefix(s string) bool {
	if len(s) > 6 {
		return false
	}
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "TM.", "KT.", "TL.", "TUQ.", "T/M", "K/T", "T/L":
		return true
	}
	return false
}

// titleHeads open the title of a post in a signature block, folded.
var titleHeads = []string{
	"phó ", "thủ tướng", "bộ trưởng", "thứ trưởng", "chủ tịch", "chủ nhiệm", "chánh án", "chánh văn phòng",
	"chánh thanh tra", "giám đốc", "cục trưởng", "tổng cục trưởng", "trưởng ban", "trưởng phòng", "viện trưởng",
	"bí thư", "thống đốc", "tổng kiểm toán", "tổng thư ký", "tổng giám đốc", "tổng bí thư",
	"hiệu trưởng", "tổng thanh tra", "tổng trưởng", "chủ trì", "thư ký",
}

// capsWordTitle reports capital words that open a title (BỘ, CHỦ, THỦ, GIÁM ...),
// as opposed to unit codes (VT, KTTH) that are also capitals.
func capsWordTitle(w string) bool {
	switch key(w) {
	case "bộ", "chủ", "thủ", "giám", "phó", "cục", "tổng", "chánh", "trưởng", "viện", "tm.", "kt.", "tl.", "bí", "q.", "tuq.":
		return true
	}
	return false
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

// notNameHeads open capitalised lines that are not a signer's name: list
// labels and the names of bodies, folded.
var notNameHeads = []string{"nơi nhận", "như trên", "bộ ", "ủy ban", "sở ", "ban ", "văn phòng", "chính phủ", "tỉnh ", "thành phố", "hội đồng"}

// signedNotes open the note that stands for a signature in a published
// copy, folded; each starts with '(' or đ, which isSignedNote tests first.
var signedNotes = []string{"(đã ký", "(ký", "đã ký", "(signed)", "(chữ ký"}

// The Nơi nhận list and the annexes.

// recipientsLabels open the list of recipients, folded; both start with n,
// which isRecipientsLabel tests first.
var recipientsLabels = []string{"nơi nhận", "nơi gửi"}

// notePurposes classify the note of a recipient ("để b/c", "để thực hiện")
// by its folded start, after "để ": the first match in this order wins.
var notePurposes = []struct{ prefix, purpose string }{
	{"b/c", "report"}, {"bc", "report"}, {"báo cáo", "report"}, {"b/cáo", "report"}, {"b/cao", "report"},
	{"t/h", "implement"}, {"thực hiện", "implement"}, {"th/h", "implement"},
	{"p/h", "coordinate"}, {"ph/h", "coordinate"}, {"phối hợp", "coordinate"},
	{"biết", "info"}, {"theo dõi", "info"}, {"t/d", "info"}, {"tổng hợp", "info"},
	{"chỉ đạo", "direct"}, {"c/đ", "direct"},
	{"đăng", "publish"}, {"đưa tin", "publish"},
	{"xem xét", "other"}, {"giải quyết", "other"}, {"kiểm tra", "other"}, {"giám sát", "other"}, {"hướng dẫn", "other"}, {"thi hành", "other"}, {"chủ trì", "other"},
}

// attachmentOpeners open the "(Kèm theo ...)" line under an annex title,
// after its parenthesis.
var attachmentOpeners = []string{"kèm theo", "ban hành kèm theo"}

// opensAttachment reports a line "(Kèm theo ...)" or "(Ban hành kèm theo
// ...)" that names the document an annex belongs to.
func opensAttachment(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	for _, p := range attachmentOpeners {
		if hasPrefixFold(s[1:], p) {
			return true
		}
	}
	return false
}

// What follows the document on legal portals.

// portalFooters open the footers of legal portals that follow a document,
// folded; documentEnd looks only at lines opening with their first letters
// (v, s, b, l, n) or '#'.
var portalFooters = []string{
	"văn bản này chưa cập nhật nội dung tiếng anh", "sứ mệnh của thư viện pháp luật",
	"bản dịch này thuộc quyền sở hữu", "lưu trữ ghi chú", "nội dung văn bản đang được cập nhật",
}

// isPortalFooter reports a line that opens a portal footer, or is the
// "Văn bản liên quan" heading of a related-documents list.
func isPortalFooter(s string) bool {
	if eqFold(s, "văn bản liên quan") {
		return true
	}
	return hasAnyPrefixFold(s, portalFooters)
}

// hasLetterPair reports whether s holds two letters in a row: a heading has
// words, while the capitals of a formula printed over several lines ("Z - I
// I" / "Z Z" over "N = … x 100%", 2004-A33) are single letters.
func hasLetterPair(s string) bool {
	prev := false
	for _, r := range s {
		letter := unicode.IsLetter(r)
		if letter && prev {
			return true
		}
		prev = letter
	}
	return false
}

// Words of the titles read by titlewrap.go and titles.go.

// sentenceOpeners open a sentence and no title: an article's first
// sentence glued to its title starts with one of them. ("Luật này …" does
// too, but also ends a title's object: "Nguồn kinh phí để thực hiện Nghị
// quyết này được quy định …" is an untitled article, 022.)
var sentenceOpeners = []string{"Trong ", "Việc "}

// nameWords are the capitalised words that go on inside a document's name
// ("Luật Tổ chức Chính phủ", "… Việt Nam"), where no sentence starts.
var nameWords = map[string]bool{"Chính": true, "Quốc": true, "Nhà": true, "Nhân": true, "Việt": true, "Nam": true, "Hội": true}

// leadInWords open a phrase that leads into what follows it, not a name.
var leadInWords = []string{"Trong ", "Đối với ", "Khi ", "Nếu ", "Để ", "Theo ", "Căn cứ ", "Sau ", "Trước ", "Ngoài ", "Tại "}

// bodyHeads open the name of a body or a post.
var bodyHeads = []string{"Bộ ", "Sở ", "Ủy ban", "Uỷ ban", "UBND", "Cục ", "Công an", "Văn phòng", "Ban ", "Các ", "Chủ tịch", "Giám đốc",
	"Thủ trưởng", "Hội đồng", "Tổng ", "Trung tâm", "Viện ", "Tòa án", "Toà án", "Đài ", "Báo ", "Kho bạc", "Ngân hàng", "Thanh tra",
	"Trường ", "Bệnh viện", "Đoàn ", "Hội ", "Liên đoàn", "Mặt trận", "Cơ quan", "Đơn vị", "Người ", "Doanh nghiệp", "Tổ chức", "Chính phủ",
	"Thủ tướng", "Quốc hội", "Tỉnh ", "Thành phố", "Huyện ", "Xã ", "Phòng ", "Chi cục", "Đảng ", "Đề nghị", "Yêu cầu", "Giao "}
