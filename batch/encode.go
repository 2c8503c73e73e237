package batch

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/vnlegal/vanban/model"
)

// The batch output is one model.Record a line, as encoding/json writes it
// with HTML escaping off. encoding/json finds the fields by reflection on
// every call and was a sixth of the time of a whole batch run; this encoder
// reads the struct tags of model once (recordCodec) into a plan of field
// offsets and kinds, then writes each record from that plan. A field added to
// model is therefore encoded with no change here. TestEncodeRandomRecords and
// FuzzEncodeMatchesEncodingJSON (every field filled with arbitrary strings
// and numbers) and, with VANBAN_LONG=1, TestEncodeMatchesEncodingJSON (every
// corpus document) hold the two byte-identical; TestPlanMatchesEncodingJSON
// does the same for the kinds and tag options model does not use yet.
//
// What the plan does not cover as encoding/json does — embedded structs,
// maps, interfaces, byte slices, float32, methods that marshal a type
// themselves, tag options other than omitempty — makes the plan refuse the
// whole type, and every record then goes to encoding/json: slower, never
// different.

// EncodeRecord encodes rec as one JSON line (with its newline), as
// JSONLWriter writes it: the bytes of encoding/json with HTML escaping off.
func EncodeRecord(rec model.Record) ([]byte, error) {
	p := encodeLine(&rec)
	if p == nil {
		return encodeWithReflection(rec)
	}
	line := append([]byte(nil), *p...)
	linePool.Put(p)
	return line, nil
}

// encodeWithReflection is encoding/json's encoding, for the records the plan
// leaves to it: one with a float that is not a finite number (which
// encoding/json refuses with an error), or all of them should model hold a
// kind the plan does not cover.
func encodeWithReflection(rec model.Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// linePool holds line buffers between records, so that a batch run does not
// grow a fresh buffer, several times over, for every document.
var linePool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// recordCodec is the plan of model.Record, or the reason there is none.
var recordCodec = sync.OnceValues(func() (*codec, error) {
	return newCodec(reflect.TypeFor[model.Record]())
})

// encodeLine encodes rec as one JSON line into a buffer of linePool, which the
// caller puts back once the line is written; nil when the plan leaves rec to
// encoding/json (the sink's Write then encodes it, or reports the error).
func encodeLine(rec *model.Record) *[]byte {
	p := linePool.Get().(*[]byte)
	b, ok := appendRecord((*p)[:0], rec)
	*p = append(b, '\n')
	if !ok {
		linePool.Put(p)
		return nil
	}
	return p
}

// appendRecord appends the JSON object of rec, without a newline; ok is false
// when the plan leaves rec to encoding/json.
func appendRecord(b []byte, rec *model.Record) (_ []byte, ok bool) {
	c, err := recordCodec()
	if err != nil {
		return b, false
	}
	e := encoder{b: b}
	e.value(c, unsafe.Pointer(rec))
	return e.b, !e.refused
}

// A codec is the plan for one Go type: its kind, and for structs, pointers
// and slices the plans of what they hold. Plans of recursive types (a
// Section's Children) point back to themselves.
type codec struct {
	kind   reflect.Kind
	typ    reflect.Type
	fields []field // a struct's fields, in encoding/json's order
	elem   *codec  // what a pointer or a slice holds
	size   uintptr // the size of a slice's element, or of an integer
	signed bool    // an integer kind is signed
}

// A field is one member of a struct's JSON object.
type field struct {
	key       string // `,"name":`
	offset    uintptr
	kind      reflect.Kind // codec.kind, at hand
	omitEmpty bool
	codec     *codec
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// newCodec builds the plan of t, or says why encoding/json must encode it.
func newCodec(t reflect.Type) (*codec, error) {
	return buildCodec(t, map[reflect.Type]*codec{})
}

func buildCodec(t reflect.Type, built map[reflect.Type]*codec) (*codec, error) {
	if c := built[t]; c != nil {
		return c, nil
	}
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) {
		return nil, fmt.Errorf("%s marshals itself", t)
	}
	c := &codec{kind: t.Kind(), typ: t}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float64:
		return c, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.size, c.signed = t.Size(), true
		return c, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c.size = t.Size()
		return c, nil
	case reflect.Pointer, reflect.Slice:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return nil, fmt.Errorf("%s: encoding/json writes bytes in base64", t)
		}
		built[t] = c
		elem, err := buildCodec(t.Elem(), built)
		if err != nil {
			return nil, err
		}
		c.elem, c.size = elem, t.Elem().Size()
		return c, nil
	case reflect.Struct:
		built[t] = c
		return c, c.buildFields(t, built)
	}
	return nil, fmt.Errorf("%s: kind %s not planned", t, t.Kind())
}

// buildFields plans the exported fields of struct t under their JSON names.
func (c *codec) buildFields(t reflect.Type, built map[reflect.Type]*codec) error {
	names := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return fmt.Errorf("%s.%s: embedded fields are not planned", t, f.Name)
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, option, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		if option != "" && option != "omitempty" || !plainName(name) || names[name] {
			return fmt.Errorf("%s.%s: tag %q not planned", t, f.Name, tag)
		}
		names[name] = true
		fc, err := buildCodec(f.Type, built)
		if err != nil {
			return err
		}
		c.fields = append(c.fields, field{key: `,"` + name + `":`, offset: f.Offset, kind: fc.kind, omitEmpty: option == "omitempty", codec: fc})
	}
	return nil
}

// plainName reports whether name is written in a JSON key as it is, the
// only names the plan takes.
func plainName(name string) bool {
	for i := range len(name) {
		c := name[i]
		if !(c == '_' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// An encoder writes values by their plans; refused is set by a value
// encoding/json refuses (a float that is not finite).
type encoder struct {
	b       []byte
	refused bool
}

// value appends the JSON of the value of plan c at p.
func (e *encoder) value(c *codec, p unsafe.Pointer) {
	switch c.kind {
	case reflect.String:
		e.b = appendString(e.b, *(*string)(p))
	case reflect.Bool:
		e.b = strconv.AppendBool(e.b, *(*bool)(p))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = strconv.AppendInt(e.b, int64(integerAt(c, p)), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.b = strconv.AppendUint(e.b, integerAt(c, p), 10)
	case reflect.Float64:
		f := *(*float64)(p)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			e.refused = true
			return
		}
		e.b = appendFloat(e.b, f)
	case reflect.Pointer:
		if q := *(*unsafe.Pointer)(p); q != nil {
			e.value(c.elem, q)
		} else {
			e.b = append(e.b, "null"...)
		}
	case reflect.Slice:
		e.slice(c, p)
	case reflect.Struct:
		e.object(c, p)
	}
}

// integerAt reads the integer of plan c at p as 64 bits, sign-extended when
// its kind is signed: the bits are all the zero test needs, and
// c.signed says whether AppendInt or AppendUint writes them.
func integerAt(c *codec, p unsafe.Pointer) uint64 {
	switch c.size {
	case 1:
		if c.signed {
			return uint64(*(*int8)(p))
		}
		return uint64(*(*uint8)(p))
	case 2:
		if c.signed {
			return uint64(*(*int16)(p))
		}
		return uint64(*(*uint16)(p))
	case 4:
		if c.signed {
			return uint64(*(*int32)(p))
		}
		return uint64(*(*uint32)(p))
	}
	return *(*uint64)(p) // int64, uint64, and int, uint, uintptr on 64-bit machines
}

// slice appends a JSON array; a nil slice is null, as encoding/json writes it.
func (e *encoder) slice(c *codec, p unsafe.Pointer) {
	// Every slice has the layout of a []byte (data, length, capacity), so
	// the header is read through one, the length counting elements of c.elem.
	h := *(*[]byte)(p)
	if h == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, '[')
	data := unsafe.Pointer(unsafe.SliceData(h))
	for i := range len(h) {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.value(c.elem, unsafe.Add(data, uintptr(i)*c.size))
	}
	e.b = append(e.b, ']')
}

// object appends a struct as a JSON object, leaving out the empty values of
// omitempty fields.
func (e *encoder) object(c *codec, p unsafe.Pointer) {
	b := append(e.b, '{')
	for i := range c.fields {
		f := &c.fields[i]
		at := unsafe.Add(p, f.offset)
		if f.omitEmpty && isEmpty(f.codec, at) {
			continue
		}
		// each key but the first written is led by its comma
		key := f.key
		if b[len(b)-1] == '{' {
			key = key[1:]
		}
		b = append(b, key...)
		if f.kind == reflect.String {
			// most fields are strings: written here, without the call
			b = appendString(b, *(*string)(at))
			continue
		}
		e.b = b
		e.value(f.codec, at)
		b = e.b
	}
	e.b = append(b, '}')
}

// isEmpty reports what omitempty leaves out: false, 0, "", a nil pointer, an
// empty slice. A struct is never empty.
func isEmpty(c *codec, p unsafe.Pointer) bool {
	switch c.kind {
	case reflect.String:
		return len(*(*string)(p)) == 0
	case reflect.Bool:
		return !*(*bool)(p)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return integerAt(c, p) == 0
	case reflect.Float64:
		return *(*float64)(p) == 0
	case reflect.Pointer:
		return *(*unsafe.Pointer)(p) == nil
	case reflect.Slice:
		return len(*(*[]byte)(p)) == 0
	}
	return false
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
