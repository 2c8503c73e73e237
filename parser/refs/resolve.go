package refs

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/internal/vndate"
	"github.com/vnlegal/vanban/internal/vntext"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser/lexicon"
	"github.com/vnlegal/vanban/parser/symbol"
)

// resolve groups the citations of the first pass into references: one per
// distinct document, short mentions linked in either direction. Each pass
// gives an identity to the citations of one kind; the last ones build the
// references and their mentions.
func (s *scanner) resolve() ([]model.Reference, []model.Mention) {
	cs := s.cites
	ids := make([]string, len(cs))
	keys := make([]string, len(cs))
	for k := range cs {
		if cs[k].kind == kNamed || cs[k].name != "" {
			keys[k] = s.nameKey(&cs[k])
		}
	}
	s.expandAbbreviations(keys)
	// the tables are made here and filled by the passes, so that they stay
	// on the stack when they are small
	byName := map[string][]int{}
	s.identifyNumbered(ids, keys, byName)
	s.identifyNamed(ids, keys, byName)
	s.identifyShort(ids)
	s.identifyLinked(ids)
	refOf := make([]int, len(cs))
	nRefs, nSelf := s.group(ids, refOf, selfID(s.opt.SelfNumber))
	counts := make([]int, nRefs) // mentions per reference
	refs := s.references(ids, refOf, counts)
	self := s.mentions(refs, counts, refOf, nSelf)
	for i := range refs {
		ms := refs[i].Mentions
		slices.SortStableFunc(ms, func(a, b model.Mention) int { return cmp.Compare(a.Start, b.Start) })
		if refs[i].Relation == "" {
			refs[i].Relation = model.RelationCites
		}
	}
	slices.SortStableFunc(refs, func(a, b model.Reference) int {
		return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start)
	})
	return refs, self
}

// selfID is the identity of the document's own number, "" when it has none.
func selfID(number string) string {
	sn := strings.TrimSpace(number)
	if sn == "" {
		return ""
	}
	if _, c, ok := symbol.Parse(sn); ok {
		return c
	}
	return strings.ReplaceAll(sn, " ", "")
}

// identifyNumbered gives numbered citations their symbol as identity, and
// files them in byName by the name key of the name they carry ("Luật Đất đai
// số 31/2024/QH15"), for the named citations.
func (s *scanner) identifyNumbered(ids, keys []string, byName map[string][]int) {
	cs := s.cites
	for k := range cs {
		c := &cs[k]
		if c.kind != kNumbered {
			continue
		}
		ids[k] = c.number
		if c.name != "" {
			nk := keys[k]
			byName[nk] = append(byName[nk], k)
		}
	}
}

// identifyNamed gives a named citation the symbol of a numbered citation with
// the same name (and year, when both have one), else "name key:year", the
// year taken from the other citations of the name when there is only one.
func (s *scanner) identifyNamed(ids, keys []string, byName map[string][]int) {
	cs := s.cites
	namedYears := map[string]map[string]bool{}
	for k := range cs {
		if cs[k].kind == kNamed {
			nk := keys[k]
			if namedYears[nk] == nil {
				namedYears[nk] = map[string]bool{}
			}
			if y := vndate.YearOf(cs[k].date); y != "" {
				namedYears[nk][y] = true
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		if c.kind != kNamed {
			continue
		}
		nk := keys[k]
		y := vndate.YearOf(c.date)
		if id := numberedByName(cs, ids, byName[nk], y); id != "" {
			ids[k] = id
			continue
		}
		if y == "" && len(namedYears[nk]) == 1 {
			for yy := range namedYears[nk] {
				y = yy
			}
		}
		ids[k] = nk + ":" + y
	}
}

// numberedByName returns the one identity among the numbered citations cands
// of year y (any year when y is ""), or "" when there is none or more than one.
func numberedByName(cs []cite, ids []string, cands []int, y string) string {
	id := ""
	for _, j := range cands {
		cy := vndate.YearOf(cs[j].date)
		if cs[j].symYear != 0 {
			cy = strconv.Itoa(cs[j].symYear)
		}
		if y == "" || cy == y {
			if id != "" && id != ids[j] {
				return ""
			}
			id = ids[j]
		}
	}
	return id
}

// identifyShort links a short mention ("Chỉ thị 44") to the nearest numbered
// citation of its type and running number, before or after it; without one
// its identity is "type key:number:".
func (s *scanner) identifyShort(ids []string) {
	cs := s.cites
	for k := range cs {
		c := &cs[k]
		if c.kind != kShort {
			continue
		}
		num := strings.TrimLeft(c.short, "0")
		best, bestDist := -1, 0
		for j := range cs {
			o := &cs[j]
			if o.kind != kNumbered || o.typ != c.typ || strings.TrimLeft(o.symNumber, "0") != num {
				continue
			}
			d := o.start - c.start
			if d < 0 {
				d = -d
			}
			if best < 0 || d < bestDist {
				best, bestDist = j, d
			}
		}
		if best >= 0 {
			ids[k] = ids[best]
		} else {
			ids[k] = typeKey(c.typ) + ":" + c.short + ":"
		}
	}
}

// identifyLinked gives anaphora ("Quyết định nêu trên") the identity of the
// last earlier citation of their type, and bare type words the citation of
// the last alias defined before them, in text order.
func (s *scanner) identifyLinked(ids []string) {
	cs := s.cites
	for k := range cs {
		c := &cs[k]
		switch c.kind {
		case kAnaphora:
			for j := k - 1; j >= 0; j-- {
				o := &cs[j]
				if o.typ == c.typ && ids[j] != "" && o.kind != kSelf && o.kind != kBare {
					ids[k] = ids[j]
					break
				}
			}
		case kBare:
			for a := len(s.aliases) - 1; a >= 0; a-- {
				al := s.aliases[a]
				if al.key == c.aliasWord && al.pos < c.start {
					ids[k] = ids[al.cite]
					break
				}
			}
		}
	}
}

// group numbers the distinct identities in order of first mention: it sets
// refOf to the reference of each citation, -1 for none (no identity, the
// document itself, a self mention), and counts the references and the self
// mentions.
func (s *scanner) group(ids []string, refOf []int, self string) (nRefs, nSelf int) {
	cs := s.cites
	index := map[string]int{}
	for k := range cs {
		refOf[k] = -1
		if cs[k].kind == kSelf {
			nSelf++
			continue
		}
		id := ids[k]
		if id == "" || (self != "" && strings.EqualFold(id, self)) {
			continue
		}
		ri, ok := index[id]
		if !ok {
			ri = len(index)
			index[id] = ri
		}
		refOf[k] = ri
	}
	return len(index), nSelf
}

// references builds the references, each from its first mention and the
// fields later mentions add, and counts the mentions of each in counts.
func (s *scanner) references(ids []string, refOf, counts []int) []model.Reference {
	cs := s.cites
	refs := make([]model.Reference, 0, len(counts))
	for k := range cs {
		c := &cs[k]
		ri := refOf[k]
		if ri < 0 {
			continue
		}
		if ri == len(refs) {
			// first mention: references are numbered in this order
			id := ids[k]
			r := model.Reference{ID: id, Type: c.typ, TypeCode: c.typeCode}
			if c.kind == kNumbered {
				r.Number = c.number
			}
			if c.kind == kShort && !strings.Contains(id, "/") {
				r.Number = c.short
			}
			refs = append(refs, r)
		}
		counts[ri]++
		mergeInto(&refs[ri], c)
	}
	return refs
}

// mergeInto fills the fields of r that citation c tells better.
func mergeInto(r *model.Reference, c *cite) {
	if r.Number == "" && c.kind == kNumbered {
		r.Number = c.number
	}
	if r.Type == "" || (r.Type != c.typ && c.kind == kNumbered && r.Number == "") {
		r.Type, r.TypeCode = c.typ, c.typeCode
	}
	if r.Date == "" {
		r.Date = c.date
	}
	if r.Issuer == "" || (vntext.IsCaps(r.Issuer) && c.issuer != "" && !vntext.IsCaps(c.issuer)) {
		r.Issuer = c.issuer
	}
	if c.kind == kNamed && len(r.Title) <= len(r.Type)+6 && abbreviation(r.Type, r.Title) != "" && abbreviation(c.typ, c.name) == "" {
		// "Luật DN" then "Luật Doanh nghiệp": the reference is named in full
		r.Title = c.name
	}
	if r.Title == "" || (vntext.IsCaps(r.Title) && c.title != "" && !vntext.IsCaps(c.title) && c.name == "") {
		if c.name != "" {
			r.Title = c.name
		} else if c.kind == kNumbered {
			r.Title = c.title
		}
	}
	if relRank[c.rel] > relRank[r.Relation] {
		r.Relation = c.rel
	}
}

// mentions gives the references their mentions and returns the self
// mentions. The mentions of all references go into one array counted in
// advance instead of growing one slice per reference, and their texts are
// cut from one string.
func (s *scanner) mentions(refs []model.Reference, counts, refOf []int, nSelf int) []model.Mention {
	cs := s.cites
	total := 0
	for _, n := range counts {
		total += n
	}
	all := make([]model.Mention, 0, total)
	for i, n := range counts {
		// capacity-limited: an append by a caller cannot run into the next
		refs[i].Mentions = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	self := []model.Mention{}
	if nSelf > 0 {
		self = make([]model.Mention, 0, nSelf)
	}
	size := 0
	for k := range cs {
		if cs[k].kind == kSelf || refOf[k] >= 0 {
			size += cs[k].end - cs[k].start
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	for k := range cs {
		if cs[k].kind == kSelf || refOf[k] >= 0 {
			sb.Write(s.t[cs[k].start:cs[k].end])
		}
	}
	texts := sb.String()
	for k := range cs {
		c := &cs[k]
		ri := refOf[k]
		if c.kind != kSelf && ri < 0 {
			continue
		}
		text := texts[:c.end-c.start]
		texts = texts[len(text):]
		m := model.Mention{Start: s.base + c.start, End: s.base + c.end, Text: text, Relation: c.rel, Parts: c.parts}
		if m.Parts == nil {
			m.Parts = []model.Part{}
		}
		if c.kind == kSelf {
			m.Relation = ""
			self = append(self, m)
			continue
		}
		refs[ri].Mentions = append(refs[ri].Mentions, m)
	}
	return self
}

// nameKey is "type:name" of a named citation, lower case and tone-folded
// ("luật:tổ chức chính quyền địa phương"). A document names the same laws
// again and again: the keys are remembered for the scan.
func (s *scanner) nameKey(c *cite) string {
	in := typeName{c.typ, c.name}
	if k, ok := s.nameKeys[in]; ok {
		return k
	}
	if s.nameKeys == nil {
		s.nameKeys = map[typeName]string{}
	}
	k := nameKey(c.typ, c.name)
	s.nameKeys[in] = k
	return k
}

type typeName struct{ typ, name string }

func nameKey(typ, name string) string {
	tk := typeKey(typ)
	if typ == "Hiến pháp" {
		// there is one Constitution at a time: the year tells them apart
		return tk + ":"
	}
	nk := lexicon.Key(name)
	if strings.HasPrefix(nk, tk) {
		nk = strings.TrimSpace(nk[len(tk):])
	}
	return tk + ":" + nk
}

// typeKeys holds lexicon.Key of the type names citations carry; it is filled
// once and only read afterwards.
var typeKeys = func() map[string]string {
	m := map[string]string{}
	for _, ty := range lexicon.Types() {
		m[ty.Name] = lexicon.Key(ty.Name)
	}
	return m
}()

func typeKey(typ string) string {
	if k, ok := typeKeys[typ]; ok {
		return k
	}
	return lexicon.Key(typ)
}

// expandAbbreviations gives a law cited by an abbreviation ("Luật DN 2014")
// the name key of the one law of the text whose words it abbreviates ("Luật
// Doanh nghiệp"), so that both are one reference.
func (s *scanner) expandAbbreviations(keys []string) {
	cs := s.cites
	for k := range cs {
		if cs[k].kind != kNamed {
			continue
		}
		ab := abbreviation(cs[k].typ, cs[k].name)
		if ab == "" {
			continue
		}
		found := ""
		for j := range cs {
			if j == k || keys[j] == "" || keys[j] == keys[k] || cs[j].typ != cs[k].typ {
				continue
			}
			if initials(cs[j].name[min(len(cs[j].typ), len(cs[j].name)):]) != ab {
				continue
			}
			if found != "" && found != keys[j] {
				found = ""
				break
			}
			found = keys[j]
		}
		if found != "" {
			keys[k] = found
		}
	}
}

// abbreviation returns the name after the type when it is one word of two to
// five capital ASCII letters ("DN" in "Luật DN"), else "".
func abbreviation(typ, name string) string {
	if len(name) <= len(typ) || name[len(typ)] != ' ' || !strings.HasPrefix(name, typ) {
		return ""
	}
	w := name[len(typ)+1:]
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return ""
		}
	}
	return w
}

// initials returns the capital ASCII initials of the words of name ("Doanh
// nghiệp" gives "DN", "Đất đai" gives "DD"), or "" when a word starts with
// something else.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		r = unicode.ToUpper(r)
		if r == 'Đ' {
			r = 'D'
		}
		if r < 'A' || r > 'Z' {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}
