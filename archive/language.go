package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
)

// languageSample bounds how much text detectLanguage reads.
const languageSample = 8000

// vietnameseLetters are the lower-case letters that only Vietnamese writing
// uses among the languages of the list: vowels with tone marks, ă, â, ê, ô,
// ơ, ư and đ.
const vietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

// englishWords are function words frequent in any English text.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "on": true, "for": true,
	"is": true, "are": true, "shall": true, "be": true, "by": true, "with": true, "this": true,
}

// detectLanguage returns the language code of the document's text: 01 when
// at least a fifth of its words carry Vietnamese letters (Vietnamese prose
// has more than half), 02 when English function words make up a twentieth of
// the words, and "" otherwise or when there are too few words to tell.
func detectLanguage(doc *model.Document) string {
	var b strings.Builder
	add := func(s string) {
		if b.Len() < languageSample && s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	add(doc.Abstract)
	add(doc.Issuer)
	var walk func([]model.Section)
	walk = func(ss []model.Section) {
		for i := range ss {
			if b.Len() >= languageSample {
				return
			}
			add(ss[i].Heading)
			add(ss[i].Text)
			walk(ss[i].Children)
		}
	}
	walk(doc.Sections)
	return languageOf(b.String())
}

// languageOf classifies a text; see detectLanguage.
func languageOf(text string) string {
	words, vietnamese, english := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) > 12 { // not a syllable or a word of prose
			continue
		}
		words++
		lw := strings.ToLower(w)
		if strings.ContainsAny(lw, vietnameseLetters) {
			vietnamese++
		} else if englishWords[lw] {
			english++
		}
	}
	switch {
	case words < 8:
		return ""
	case vietnamese*5 >= words:
		return "01"
	case english*20 >= words:
		return "02"
	}
	return ""
}
