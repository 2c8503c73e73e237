package archive

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"reflect"
	"strings"
	"testing"
)

// sampleRecords are records with the values that stress the writers:
// separators, quotes, new lines, markup characters, empty fields.
func sampleRecords() []Record {
	a := FromDocument(plan(), "kontum/1340, \"kế hoạch\".docx")
	a.Set(Description, "dòng 1\ndòng 2; <b>&</b>")
	a.Set(Maintenance, "01")
	b := Record{Path: "empty.txt"}
	c := FromDocument(plan(), "c.txt")
	c.Set(TypeName, "Luật")
	return []Record{a, b, c}
}

func TestCSVRoundTrip(t *testing.T) {
	for _, comma := range []rune{0, ';'} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, sampleRecords(), comma); err != nil {
			t.Fatal(err)
		}
		data := buf.Bytes()
		if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
			t.Fatal("no UTF-8 byte-order mark")
		}
		if !bytes.Contains(data, []byte("\r\n")) {
			t.Error("no CRLF line ends")
		}
		cr := csv.NewReader(bytes.NewReader(data[3:]))
		if comma != 0 {
			cr.Comma = comma
		}
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{CSVHeader()}
		for _, r := range sampleRecords() {
			want = append(want, r.CSVRow())
		}
		// encoding/csv reads a CRLF inside a quoted field back as LF, which is what was written
		if !reflect.DeepEqual(rows, want) {
			t.Errorf("comma %q: CSV read back\n%q\nwant\n%q", comma, rows, want)
		}
		if rows[0][0] != PathColumn || rows[0][1] != "Mã định danh tài liệu" || len(rows[0]) != FieldCount+1 {
			t.Errorf("header %q", rows[0])
		}
		if rows[1][4] != "KH: Kế hoạch" || rows[1][3] != "01: Vĩnh viễn" || rows[3][4] != "Luật" {
			t.Errorf("coded cells %q %q %q", rows[1][4], rows[1][3], rows[3][4])
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleRecords()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "<b>&</b>") {
		t.Error("markup characters escaped")
	}
	var back []Record
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for i, r := range sampleRecords() {
		if back[i].Path != r.Path || back[i].Values != r.Values {
			t.Errorf("record %d read back as %+v", i, back[i])
		}
	}
	// keys come in the standard's order, every field present
	var raw []json.RawMessage
	_ = json.Unmarshal(buf.Bytes(), &raw)
	dec := json.NewDecoder(bytes.NewReader(raw[1]))
	var keys []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := tok.(string); ok && dec.More() { // a key: its value follows
			keys = append(keys, s)
			_, _ = dec.Token() // the value
		}
	}
	wantKeys := []string{"path"}
	for _, f := range Fields {
		wantKeys = append(wantKeys, f.Code)
	}
	if !reflect.DeepEqual(keys, wantKeys) {
		t.Errorf("keys %q, want %q", keys, wantKeys)
	}
	var bad Record
	if err := json.Unmarshal([]byte(`{"path":"x","soKyHieu":"1"}`), &bad); err == nil {
		t.Error("an unknown field code was accepted")
	}
	buf.Reset()
	if err := WriteJSON(&buf, nil); err != nil || strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("no records: %q %v", buf.String(), err)
	}
}

// TestXMLAgainstFieldList opens the XML with encoding/xml and checks every
// record against the field list: one element per field, named by its code,
// in the standard's order, with the record's values.
func TestXMLAgainstFieldList(t *testing.T) {
	var buf bytes.Buffer
	recs := sampleRecords()
	if err := WriteXML(&buf, recs); err != nil {
		t.Fatal(err)
	}
	type element struct {
		XMLName xml.Name
		Value   string `xml:",chardata"`
	}
	var doc struct {
		XMLName  xml.Name `xml:"records"`
		Standard string   `xml:"standard,attr"`
		Records  []struct {
			Path   string    `xml:"path,attr"`
			Fields []element `xml:",any"`
		} `xml:"record"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Standard != "Thông tư 02/2019/TT-BNV" || len(doc.Records) != len(recs) {
		t.Fatalf("standard %q, %d records", doc.Standard, len(doc.Records))
	}
	for i, r := range doc.Records {
		if r.Path != recs[i].Path || len(r.Fields) != FieldCount {
			t.Fatalf("record %d: path %q, %d fields", i, r.Path, len(r.Fields))
		}
		for j, el := range r.Fields {
			if el.XMLName.Local != Fields[j].Code || el.Value != recs[i].Values[j] {
				t.Errorf("record %d field %d: <%s>%q, want <%s>%q", i, j, el.XMLName.Local, el.Value, Fields[j].Code, recs[i].Values[j])
			}
		}
	}
}

func TestValidate(t *testing.T) {
	recs := sampleRecords()
	var sum Summary
	for i := range recs {
		sum.Add(&recs[i])
	}
	if sum.Records != 3 || sum.Complete != 0 {
		t.Errorf("records %d complete %d", sum.Records, sum.Complete)
	}
	if sum.Missing[DocID] != 3 || sum.Missing[Maintenance] != 2 || sum.Missing[TypeName] != 1 {
		t.Errorf("missing %v", sum.Missing)
	}
	mm := sum.MostMissing()
	if mm[0].Field.Code != DocID || mm[0].Count != 3 {
		t.Errorf("most missing first: %+v", mm[0])
	}
	var kinds []string
	for _, is := range sum.Problems[2].Issues {
		if is.Kind != Missing {
			kinds = append(kinds, is.Kind+" "+is.Field)
		}
	}
	if !reflect.DeepEqual(kinds, []string{"not-in-list typeName"}) {
		t.Errorf("issues of c.txt: %q", kinds)
	}

	// a complete record: every required field filled, Chế độ dự phòng 01 asks for its status
	full := FromDocument(plan(), "full.pdf")
	for code, v := range map[string]string{DocID: "000.00.00.G09.2012.1", ArcDocCode: "G09.H1.0000001", Maintenance: "01", NumberOfPage: "2", Mode: "02", RiskRecovery: "01"} {
		full.Set(code, v)
	}
	if is := Validate(&full); len(is) != 1 || is[0].Field != RiskRecoveryStatus {
		t.Errorf("issues %+v", is)
	}
	full.Set(RiskRecoveryStatus, "01")
	full.Set(CodeNotation, strings.Repeat("X", 31))
	if is := Validate(&full); len(is) != 1 || is[0].Kind != TooLong {
		t.Errorf("issues %+v", is)
	}

	var report bytes.Buffer
	if err := sum.WriteReport(&report); err != nil {
		t.Fatal(err)
	}
	out := report.String()
	for _, want := range []string{"empty.txt\n  missing: Mã định danh tài liệu; Mã lưu trữ tài liệu; Thời hạn bảo quản;", "3 records, 0 complete", "    3  Mã định danh tài liệu (docId)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
