package batch

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/vnlegal/vanban/internal/testshared"
	"github.com/vnlegal/vanban/model"
	"github.com/vnlegal/vanban/parser"
)

// referenceLine is what the batch output was before the plan encoder:
// encoding/json with HTML escaping off, one record a line.
func referenceLine(tb testing.TB, rec model.Record) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// sameAsReference fails the test when EncodeRecord and JSONLWriter do not
// give encoding/json's bytes for rec.
func sameAsReference(tb testing.TB, name string, rec model.Record) {
	tb.Helper()
	want := referenceLine(tb, rec)
	got, err := EncodeRecord(rec)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(got, want) {
		tb.Fatalf("%s: EncodeRecord differs from encoding/json at byte %d:\n got %.200q\nwant %.200q", name, firstDiff(got, want), tail(got, want), tail(want, got))
	}
	var w bytes.Buffer
	if err := NewJSONLWriter(&w).Write(rec); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(w.Bytes(), want) {
		tb.Fatalf("%s: JSONLWriter.Write differs from encoding/json at byte %d", name, firstDiff(w.Bytes(), want))
	}
}

func firstDiff(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// tail is a from the first byte where it differs from b, with some context.
func tail(a, b []byte) []byte {
	i := max(firstDiff(a, b)-40, 0)
	return a[i:]
}

// TestEncodeMatchesEncodingJSON encodes the record of every document of the
// shared corpus, in every format, and of every failure, both ways. It parses
// the whole corpus: a long test, run with VANBAN_LONG=1.
func TestEncodeMatchesEncodingJSON(t *testing.T) {
	testshared.Long(t)
	files, err := filepath.Glob(filepath.Join(testshared.CorpusDir(t), "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue // a folder
		}
		rec := convert(BytesInput(f, src), Options{}).rec
		sameAsReference(t, filepath.Base(f), rec)
		doc, err := parser.Parse(src, parser.WithText())
		if err == nil {
			rec.Document = doc // with the text, the largest strings there are
			sameAsReference(t, filepath.Base(f)+" with text", rec)
		}
		n++
	}
	if n < 280 {
		t.Errorf("only %d corpus documents", n)
	}
}

// TestEncodeRepositoryDocuments does the same over the documents kept in the
// repository, in the default test run.
func TestEncodeRepositoryDocuments(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/*.txt", "../parser/decode/*/testdata/*.*"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 2 {
		t.Fatal("no documents in the repository's testdata")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		rec := convert(BytesInput(f, src), Options{}).rec
		sameAsReference(t, f, rec)
	}
}

// byteSource turns fuzz input into the choices that fill a record.
type byteSource struct {
	data []byte
	pos  int
}

func (s *byteSource) byte() byte {
	if s.pos >= len(s.data) {
		return 0
	}
	b := s.data[s.pos]
	s.pos++
	return b
}

// trickyStrings are what a JSON writer must get right: escapes, control
// bytes, bad UTF-8, the two JavaScript line ends, HTML characters (not
// escaped), Vietnamese letters in both forms.
var trickyStrings = []string{
	"", "a", `"`, `\`, "\b\f\n\r\t", "\x00\x01\x1f\x7f", "\xff", "\xe2\x80", "a\xc3", "\u2028\u2029", "<>&",
	"Hà Nội", "Hoa\u0300", "Điều 1.", "\U0001F600", "\ufffd", "\xed\xa0\x80", "</script>", "e\u0301\u0323",
}

func (s *byteSource) string() string {
	n := int(s.byte() % 4)
	var b []byte
	for range n {
		if k := s.byte(); k < 128 {
			b = append(b, trickyStrings[int(k)%len(trickyStrings)]...)
		} else {
			// raw bytes of the input, whatever they are
			m := int(k % 8)
			for range m {
				b = append(b, s.byte())
			}
		}
	}
	return string(b)
}

// trickyFloats are the floats whose text encoding/json writes in a special
// way (exponent thresholds, negative zero, a one-digit exponent).
var trickyFloats = []float64{0, 1, 0.5, 0.875, -0.25, 1e-6, 9.99e-7, 1e-7, 1e21, 9.99e20, 1e22, 123456789.125, math.Copysign(0, -1), 5e-324, math.MaxFloat64, 1.0 / 3}

// fill sets every field of v from s: strings from trickyStrings and raw
// bytes, numbers, nil or empty or filled slices, nil or set pointers.
func fill(v reflect.Value, s *byteSource, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s.string())
	case reflect.Int, reflect.Int64:
		x := int64(s.byte())
		if x >= 128 {
			x = -x * 1e9
		}
		v.SetInt(x)
	case reflect.Float64:
		v.SetFloat(trickyFloats[int(s.byte())%len(trickyFloats)])
	case reflect.Bool:
		v.SetBool(s.byte()%2 == 1)
	case reflect.Pointer:
		if s.byte()%3 == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), s, depth+1)
		v.Set(p)
	case reflect.Slice:
		k := s.byte()
		if k%5 == 0 || depth > 6 {
			return // nil: "null"
		}
		n := int(k % 3)
		sl := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(sl.Index(i), s, depth+1)
		}
		v.Set(sl)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), s, depth+1)
		}
	default:
		panic("fill: unhandled kind " + v.Kind().String())
	}
}

// randomRecord builds a record from data with every field set the way the
// bytes choose.
func randomRecord(data []byte) model.Record {
	var rec model.Record
	fill(reflect.ValueOf(&rec).Elem(), &byteSource{data: data}, 0)
	return rec
}

// TestEncodeRandomRecords compares the two encodings on records whose every
// field is filled, so that a field added to model and encoded otherwise than
// encoding/json does fails here even when the corpus leaves it empty.
func TestEncodeRandomRecords(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	data := make([]byte, 4096)
	for i := range 3000 {
		rng.Read(data)
		sameAsReference(t, "random record", randomRecord(data))
		if t.Failed() {
			t.Fatalf("seed row %d", i)
		}
	}
}

// TestEncodePlansTheModel fails when model holds a type the plan leaves to
// encoding/json: the output would still be right, but every record slower.
func TestEncodePlansTheModel(t *testing.T) {
	if _, err := recordCodec(); err != nil {
		t.Fatalf("model.Record has no plan, every record goes to encoding/json: %v", err)
	}
}

// planned is a type with every kind and tag option the plan takes, whether
// model uses it or not.
type planned struct {
	S        string
	Tagged   string `json:"tagged"`
	Omitted  string `json:"omitted,omitempty"`
	Skipped  string `json:"-"`
	hidden   string
	B        bool    `json:"b,omitempty"`
	I        int     `json:"i,omitempty"`
	I8       int8    `json:"i8"`
	I16      int16   `json:"i16,omitempty"`
	I32      int32   `json:"i32"`
	I64      int64   `json:"i64,omitempty"`
	U        uint    `json:"u"`
	U8       uint8   `json:"u8,omitempty"`
	U16      uint16  `json:"u16"`
	U32      uint32  `json:"u32,omitempty"`
	U64      uint64  `json:"u64"`
	F        float64 `json:"f,omitempty"`
	Ptr      *planned
	PtrOmit  *planned  `json:"ptr_omit,omitempty"`
	Kids     []planned `json:"kids"`
	KidsOmit []planned `json:"kids_omit,omitempty"`
	Ints     []int
	PtrInts  *[]int
	Strs     []*string `json:"strs,omitempty"`
	Inner    struct {
		X string `json:"x-y"`
	} `json:"inner,omitempty"`
}

// encodePlanned encodes v by its plan, failing the test when there is none.
func encodePlanned[T any](t *testing.T, v *T) ([]byte, bool) {
	t.Helper()
	c, err := newCodec(reflect.TypeFor[T]())
	if err != nil {
		t.Fatalf("%T: no plan: %v", *v, err)
	}
	e := encoder{}
	e.value(c, unsafe.Pointer(v))
	return e.b, !e.refused
}

// TestPlanMatchesEncodingJSON holds the plan to encoding/json on the kinds
// and tag options model does not use today: a field added to model tomorrow
// is encoded right with no change to the encoder.
func TestPlanMatchesEncodingJSON(t *testing.T) {
	str := "x<y>&\u2028"
	ints := []int{}
	values := []planned{
		{},
		{S: "a", Tagged: "b", Omitted: "c", Skipped: "d", hidden: "e", B: true, I: -1, I8: -8, I16: -16, I32: -32, I64: math.MinInt64,
			U: 1, U8: 255, U16: 65535, U32: 1 << 31, U64: math.MaxUint64, F: 1e-7,
			Ptr: &planned{S: "inner"}, PtrOmit: &planned{}, Kids: []planned{{S: "k"}, {I: 3}}, KidsOmit: []planned{{}},
			Ints: []int{1, -2}, PtrInts: &ints, Strs: []*string{&str, nil}},
		{Kids: []planned{}, KidsOmit: []planned{}, Ints: []int{}, F: -0.5, Strs: []*string{}},
	}
	values[2].Inner.X = "z"
	for i := range values {
		got, ok := encodePlanned(t, &values[i])
		if !ok {
			t.Fatalf("value %d refused", i)
		}
		want, err := json.Marshal(values[i])
		if err != nil {
			t.Fatal(err)
		}
		// json.Marshal escapes HTML; the batch output does not
		want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
		if !bytes.Equal(got, want) {
			t.Errorf("value %d:\n got %s\nwant %s", i, got, want)
		}
	}
	nan := planned{F: math.NaN()}
	if _, ok := encodePlanned(t, &nan); ok {
		t.Error("a NaN is encoded; encoding/json refuses it")
	}
}

type (
	embedded    struct{ planned }
	withMap     struct{ M map[string]int }
	withBytes   struct{ B []byte }
	withFloat32 struct{ F float32 }
	withAny     struct{ A any }
	withString  struct {
		N int `json:"n,string"`
	}
	withOmitZero struct {
		N int `json:"n,omitzero"`
	}
	marshals   struct{ X int }
	withMethod struct{ M marshals }
)

func (marshals) MarshalJSON() ([]byte, error) { return []byte(`"custom"`), nil }

// TestPlanRefusesWhatItDoesNotCover: a type with any of these goes to
// encoding/json whole, rather than be encoded differently.
func TestPlanRefusesWhatItDoesNotCover(t *testing.T) {
	for _, typ := range []reflect.Type{
		reflect.TypeFor[embedded](), reflect.TypeFor[withMap](), reflect.TypeFor[withBytes](),
		reflect.TypeFor[withFloat32](), reflect.TypeFor[withAny](), reflect.TypeFor[withString](),
		reflect.TypeFor[withOmitZero](), reflect.TypeFor[withMethod](),
		// two fields under one name, which encoding/json drops both of
		reflect.StructOf([]reflect.StructField{
			{Name: "A", Type: reflect.TypeFor[string](), Tag: `json:"a"`},
			{Name: "B", Type: reflect.TypeFor[string](), Tag: `json:"a"`},
		}),
	} {
		if _, err := newCodec(typ); err == nil {
			t.Errorf("%s: planned", typ)
		}
	}
}

// TestEncodeRefusesWhatEncodingJSONRefuses: a confidence that is not a
// finite number is an error, as with encoding/json.
func TestEncodeRefusesWhatEncodingJSONRefuses(t *testing.T) {
	for _, c := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		rec := model.Record{Path: "x", Document: model.NewDocument()}
		rec.Document.Source.Confidence = c
		if _, err := EncodeRecord(rec); err == nil {
			t.Errorf("confidence %v: no error", c)
		}
		if err := NewJSONLWriter(&bytes.Buffer{}).Write(rec); err == nil {
			t.Errorf("confidence %v: JSONLWriter wrote it", c)
		}
	}
}

// FuzzEncodeMatchesEncodingJSON is the differential target: any record the
// bytes describe is encoded byte for byte as encoding/json encodes it.
func FuzzEncodeMatchesEncodingJSON(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"))
	f.Add(bytes.Repeat([]byte{0x81, 0xff, 0x07, 0xe2, 0x80, 0xa8}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsReference(t, "fuzz record", randomRecord(data))
	})
}

// BenchmarkEncode compares the two encoders on the records of the corpus's
// text documents.
func BenchmarkEncode(b *testing.B) {
	var recs []model.Record
	total := 0
	for _, f := range testshared.Glob(b, "corpus/*.txt") {
		src := testshared.ReadFile(b, f)
		recs = append(recs, convert(BytesInput(f, src), Options{}).rec)
		total += len(src)
	}
	b.Run("EncodeRecord", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				if _, err := EncodeRecord(r); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encodeLine", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for i := range recs {
				linePool.Put(encodeLine(&recs[i]))
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				referenceLine(b, r)
			}
		}
	})
}
