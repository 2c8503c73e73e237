package batch

import (
	"bytes"
	"encoding/json"
	"hash/fnv"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vnlegal/vanban/model"
)

// The batch output is one model.Record a line, as encoding/json writes it
// with HTML escaping off. encoding/json finds the fields by reflection and
// was a sixth of the time of a whole batch run; appendRecord writes the same
// bytes directly. TestEncodeRandomRecords and FuzzEncodeMatchesEncodingJSON
// (every field filled with arbitrary strings and numbers) and, with
// VANBAN_LONG=1, TestEncodeMatchesEncodingJSON (every corpus document) hold
// the two byte-identical.
//
// appendRecord knows the fields of model as they were when it was written,
// which modelShapeHash records. Should a field be added to model and not
// here, the output stays right: the encoders fall back to encoding/json, and
// TestEncodeKnowsTheModel fails until appendRecord and the hash are updated.

// modelShapeHash is the FNV-1a hash of modelShape() that appendRecord was
// written for.
const modelShapeHash = 0x3a31ee4031e657a0

// modelShape describes the JSON fields of model.Record and of every struct
// it holds: type names, then each field's name, tag and type, in order.
func modelShape() string {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		b.WriteString(t.Name())
		b.WriteByte('{')
		for i := range t.NumField() {
			f := t.Field(i)
			b.WriteString(f.Name + " " + f.Tag.Get("json") + " " + f.Type.String() + ";")
		}
		b.WriteString("}\n")
		for i := range t.NumField() {
			walk(t.Field(i).Type)
		}
	}
	walk(reflect.TypeOf(model.Record{}))
	return b.String()
}

// knowsModel reports whether model is as appendRecord was written for.
var knowsModel = sync.OnceValue(func() bool {
	h := fnv.New64a()
	h.Write([]byte(modelShape()))
	return h.Sum64() == modelShapeHash
})

// EncodeRecord encodes rec as one JSON line (with its newline), as
// JSONLWriter writes it: the bytes of encoding/json with HTML escaping off.
func EncodeRecord(rec model.Record) ([]byte, error) {
	if !encodable(&rec) {
		return encodeWithReflection(rec)
	}
	p := encodeLine(&rec)
	line := append([]byte(nil), *p...)
	linePool.Put(p)
	return line, nil
}

// encodeWithReflection is encoding/json's encoding, for the records that
// appendRecord leaves to it: a confidence that is not a finite number (which
// encoding/json refuses with an error), or all of them should model have
// changed.
func encodeWithReflection(rec model.Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodable reports whether appendRecord can encode rec: it knows the model,
// and every float is finite.
func encodable(rec *model.Record) bool {
	if !knowsModel() {
		return false
	}
	if rec.Document == nil {
		return true
	}
	c := rec.Document.Source.Confidence
	return !math.IsNaN(c) && !math.IsInf(c, 0)
}

// linePool holds line buffers between records, so that a batch run does not
// grow a fresh buffer, several times over, for every document.
var linePool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// encodeLine encodes rec as one JSON line into a buffer of linePool, which the
// caller puts back once the line is written; nil when appendRecord leaves rec
// to encoding/json (the sink's Write then encodes it, or reports the error).
func encodeLine(rec *model.Record) *[]byte {
	if !encodable(rec) {
		return nil
	}
	p := linePool.Get().(*[]byte)
	*p = append(appendRecord((*p)[:0], rec), '\n')
	return p
}

// appendRecord appends the JSON object of rec, without a newline.
func appendRecord(b []byte, rec *model.Record) []byte {
	b = append(b, `{"path":`...)
	b = appendString(b, rec.Path)
	b = append(b, `,"sha256":`...)
	b = appendString(b, rec.SHA256)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, rec.Size, 10)
	b = append(b, `,"format":`...)
	b = appendString(b, rec.Format)
	b = append(b, `,"encoding":`...)
	b = appendString(b, rec.Encoding)
	if rec.Document != nil {
		b = append(b, `,"document":`...)
		b = appendDocument(b, rec.Document)
	}
	if rec.Error != nil {
		b = append(b, `,"error":{"stage":`...)
		b = appendString(b, rec.Error.Stage)
		b = append(b, `,"message":`...)
		b = appendString(b, rec.Error.Message)
		b = append(b, '}')
	}
	return append(b, '}')
}

func appendDocument(b []byte, d *model.Document) []byte {
	b = append(b, `{"source":{"format":`...)
	b = appendString(b, d.Source.Format)
	b = append(b, `,"encoding":`...)
	b = appendString(b, d.Source.Encoding)
	b = append(b, `,"confidence":`...)
	b = appendFloat(b, d.Source.Confidence)
	b = append(b, `,"pages":`...)
	b = strconv.AppendInt(b, int64(d.Source.Pages), 10)
	b = append(b, `},"family":`...)
	b = appendString(b, d.Family)
	b = append(b, `,"motto":`...)
	b = appendString(b, d.Motto)
	b = append(b, `,"type":`...)
	b = appendString(b, d.Type)
	b = append(b, `,"type_code":`...)
	b = appendString(b, d.TypeCode)
	b = append(b, `,"issuer":`...)
	b = appendString(b, d.Issuer)
	b = append(b, `,"issuer_parent":`...)
	b = appendString(b, d.IssuerParent)
	b = append(b, `,"number":`...)
	b = appendString(b, d.Number)
	b = append(b, `,"symbol":`...)
	b = appendSymbol(b, &d.Symbol)
	b = append(b, `,"place":`...)
	b = appendString(b, d.Place)
	b = append(b, `,"date":`...)
	b = appendString(b, d.Date)
	b = append(b, `,"abstract":`...)
	b = appendString(b, d.Abstract)
	b = append(b, `,"addressees":`...)
	b = appendRecipients(b, d.Addressees)
	b = append(b, `,"authority_line":`...)
	b = appendString(b, d.AuthorityLine)
	b = append(b, `,"preamble":`...)
	b = appendStrings(b, d.Preamble)
	b = append(b, `,"enacting":`...)
	b = appendString(b, d.Enacting)
	b = append(b, `,"sections":`...)
	b = appendSections(b, d.Sections)
	b = append(b, `,"signers":`...)
	b = appendSigners(b, d.Signers)
	b = append(b, `,"recipients":`...)
	b = appendRecipients(b, d.Recipients)
	b = append(b, `,"archive":`...)
	b = appendString(b, d.Archive)
	b = append(b, `,"marks":{"secrecy":`...)
	b = appendString(b, d.Marks.Secrecy)
	b = append(b, `,"urgency":`...)
	b = appendString(b, d.Marks.Urgency)
	b = append(b, `,"draft":`...)
	b = appendString(b, d.Marks.Draft)
	b = append(b, `,"circulation":`...)
	b = appendStrings(b, d.Marks.Circulation)
	b = append(b, `},"annexes":`...)
	b = appendAnnexes(b, d.Annexes)
	b = append(b, `,"footnotes":`...)
	b = appendFootnotes(b, d.Footnotes)
	b = append(b, `,"stamps":`...)
	b = appendStrings(b, d.Stamps)
	b = append(b, `,"references":`...)
	b = appendReferences(b, d.References)
	b = append(b, `,"self_references":`...)
	b = appendMentions(b, d.SelfReferences)
	b = append(b, `,"warnings":`...)
	b = appendWarnings(b, d.Warnings)
	if d.Text != "" {
		b = append(b, `,"text":`...)
		b = appendString(b, d.Text)
	}
	b = append(b, `,"page_starts":`...)
	b = appendInts(b, d.PageStarts)
	return append(b, '}')
}

func appendSymbol(b []byte, s *model.Symbol) []byte {
	b = append(b, `{"number":`...)
	b = appendString(b, s.Number)
	b = append(b, `,"year":`...)
	b = strconv.AppendInt(b, int64(s.Year), 10)
	b = append(b, `,"code":`...)
	b = appendString(b, s.Code)
	b = append(b, `,"type_code":`...)
	b = appendString(b, s.TypeCode)
	b = append(b, `,"issuers":`...)
	b = appendStrings(b, s.Issuers)
	b = append(b, `,"units":`...)
	b = appendStrings(b, s.Units)
	b = append(b, `,"party":`...)
	b = strconv.AppendBool(b, s.Party)
	b = append(b, `,"blank":`...)
	b = strconv.AppendBool(b, s.Blank)
	return append(b, '}')
}

func appendSections(b []byte, ss []model.Section) []byte {
	return appendArray(b, ss, func(b []byte, s *model.Section) []byte {
		b = append(b, `{"id":`...)
		b = appendString(b, s.ID)
		b = append(b, `,"kind":`...)
		b = appendString(b, s.Kind)
		b = append(b, `,"label":`...)
		b = appendString(b, s.Label)
		b = append(b, `,"heading":`...)
		b = appendString(b, s.Heading)
		b = append(b, `,"text":`...)
		b = appendString(b, s.Text)
		b = appendSpan(b, s.Start, s.End)
		b = append(b, `,"children":`...)
		b = appendSections(b, s.Children)
		return append(b, '}')
	})
}

// appendSpan appends the "start" and "end" members that end many objects.
func appendSpan(b []byte, start, end int) []byte {
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

func appendSigners(b []byte, ss []model.Signer) []byte {
	return appendArray(b, ss, func(b []byte, s *model.Signer) []byte {
		b = append(b, `{"name":`...)
		b = appendString(b, s.Name)
		b = append(b, `,"honorific":`...)
		b = appendString(b, s.Honorific)
		b = append(b, `,"position":`...)
		b = appendString(b, s.Position)
		b = append(b, `,"authority":`...)
		b = appendStrings(b, s.Authority)
		b = append(b, `,"signed":`...)
		b = appendString(b, s.Signed)
		b = appendSpan(b, s.Start, s.End)
		return append(b, '}')
	})
}

func appendRecipients(b []byte, rs []model.Recipient) []byte {
	return appendArray(b, rs, func(b []byte, r *model.Recipient) []byte {
		b = append(b, `{"name":`...)
		b = appendString(b, r.Name)
		b = append(b, `,"note":`...)
		b = appendString(b, r.Note)
		b = append(b, `,"purpose":`...)
		b = appendString(b, r.Purpose)
		return append(b, '}')
	})
}

func appendAnnexes(b []byte, as []model.Annex) []byte {
	return appendArray(b, as, func(b []byte, a *model.Annex) []byte {
		b = append(b, `{"label":`...)
		b = appendString(b, a.Label)
		b = append(b, `,"kind":`...)
		b = appendString(b, a.Kind)
		b = append(b, `,"title":`...)
		b = appendString(b, a.Title)
		b = append(b, `,"attached_to":`...)
		b = appendString(b, a.AttachedTo)
		b = appendSpan(b, a.Start, a.End)
		b = append(b, `,"sections":`...)
		b = appendSections(b, a.Sections)
		return append(b, '}')
	})
}

func appendFootnotes(b []byte, fs []model.Footnote) []byte {
	return appendArray(b, fs, func(b []byte, f *model.Footnote) []byte {
		b = append(b, `{"label":`...)
		b = appendString(b, f.Label)
		b = append(b, `,"text":`...)
		b = appendString(b, f.Text)
		b = appendSpan(b, f.Start, f.End)
		return append(b, '}')
	})
}

func appendReferences(b []byte, rs []model.Reference) []byte {
	return appendArray(b, rs, func(b []byte, r *model.Reference) []byte {
		b = append(b, `{"id":`...)
		b = appendString(b, r.ID)
		b = append(b, `,"number":`...)
		b = appendString(b, r.Number)
		b = append(b, `,"type":`...)
		b = appendString(b, r.Type)
		b = append(b, `,"type_code":`...)
		b = appendString(b, r.TypeCode)
		b = append(b, `,"date":`...)
		b = appendString(b, r.Date)
		b = append(b, `,"issuer":`...)
		b = appendString(b, r.Issuer)
		b = append(b, `,"title":`...)
		b = appendString(b, r.Title)
		b = append(b, `,"relation":`...)
		b = appendString(b, r.Relation)
		b = append(b, `,"mentions":`...)
		b = appendMentions(b, r.Mentions)
		return append(b, '}')
	})
}

func appendMentions(b []byte, ms []model.Mention) []byte {
	return appendArray(b, ms, func(b []byte, m *model.Mention) []byte {
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = append(b, `,"text":`...)
		b = appendString(b, m.Text)
		b = append(b, `,"relation":`...)
		b = appendString(b, m.Relation)
		b = append(b, `,"parts":`...)
		b = appendParts(b, m.Parts)
		return append(b, '}')
	})
}

func appendParts(b []byte, ps []model.Part) []byte {
	return appendArray(b, ps, func(b []byte, p *model.Part) []byte {
		b = append(b, `{"points":`...)
		b = appendStrings(b, p.Points)
		b = append(b, `,"clauses":`...)
		b = appendStrings(b, p.Clauses)
		b = append(b, `,"articles":`...)
		b = appendStrings(b, p.Articles)
		b = append(b, `,"section":`...)
		b = appendString(b, p.Section)
		b = append(b, `,"chapter":`...)
		b = appendString(b, p.Chapter)
		b = append(b, `,"part":`...)
		b = appendString(b, p.Part)
		return append(b, '}')
	})
}

func appendWarnings(b []byte, ws []model.Warning) []byte {
	return appendArray(b, ws, func(b []byte, w *model.Warning) []byte {
		b = append(b, `{"code":`...)
		b = appendString(b, w.Code)
		b = append(b, `,"message":`...)
		b = appendString(b, w.Message)
		b = appendSpan(b, w.Start, w.End)
		return append(b, '}')
	})
}

// appendArray appends xs as a JSON array, each element written by each; a
// nil slice is null, as encoding/json writes it.
func appendArray[T any](b []byte, xs []T, each func(b []byte, x *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, &xs[i])
	}
	return append(b, ']')
}

func appendInts(b []byte, ns []int) []byte {
	return appendArray(b, ns, func(b []byte, n *int) []byte { return strconv.AppendInt(b, int64(*n), 10) })
}

func appendStrings(b []byte, ss []string) []byte {
	return appendArray(b, ss, func(b []byte, s *string) []byte { return appendString(b, *s) })
}

// appendFloat writes a float64 as encoding/json does: the shortest decimal
// that reads back the same, in exponent form below 1e-6 and from 1e21 on,
// with a one-digit negative exponent written without its leading zero. The
// caller has ruled out NaN and the infinities.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" is written "1e-7"
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// plainASCII marks the ASCII bytes a JSON string holds as they are: every
// printable byte and DEL, but not '"' or '\\'. With HTML escaping off, '<',
// '>' and '&' are plain too.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString writes s as a JSON string the way encoding/json does with HTML
// escaping off: '"' and '\\' and the control bytes escaped (\b, \f, \n, \r, \t
// by name, the others as \u00XX), each invalid UTF-8 byte as \ufffd, and
// U+2028 and U+2029 escaped as well, since JavaScript reads them as line ends.
//
// Vietnamese text is mostly two-byte letters and three-byte letters led by
// 0xE1 (U+1E00–U+1EFF, ạ…ỹ): those are checked in line; any other sequence
// goes through utf8.DecodeRuneInString.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscapedASCII(b, c)
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscapedASCII writes the escape of '"', '\\' or a control byte.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
