package archive

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
)

// PathColumn is the heading of the CSV's first column, the source file.
const PathColumn = "Đường dẫn tệp"

// utf8BOM lets Excel read the CSV as UTF-8 instead of the system code page.
const utf8BOM = "\uFEFF"

// CSVHeader is the CSV's heading row: PathColumn, then the Vietnamese labels
// in the standard's order.
func CSVHeader() []string {
	h := []string{PathColumn}
	for _, f := range Fields {
		h = append(h, f.Label)
	}
	return h
}

// CSVRow is the CSV row of r: its path, then Record.Cell of every field.
func (r *Record) CSVRow() []string {
	row := []string{r.Path}
	for i := range Fields {
		row = append(row, r.Cell(i))
	}
	return row
}

// WriteCSV writes the records as CSV that Excel opens as Vietnamese text:
// UTF-8 with a byte-order mark, CRLF line ends, the heading row of
// CSVHeader, one row per record. comma is the separator, ',' when 0 (';'
// suits Excel in locales whose list separator is ';').
func WriteCSV(w io.Writer, recs []Record, comma rune) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if comma != 0 {
		cw.Comma = comma
	}
	if err := cw.Write(CSVHeader()); err != nil {
		return err
	}
	for i := range recs {
		if err := cw.Write(recs[i].CSVRow()); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// MarshalJSON writes the record as one object: "path", then every field
// under its code in the standard's order, empty fields as "".
func (r Record) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	put := func(k, v string) error {
		kb, err := json.Marshal(k)
		if err != nil {
			return err
		}
		vb, err := marshalString(v)
		if err != nil {
			return err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
		return nil
	}
	if err := put("path", r.Path); err != nil {
		return nil, err
	}
	for i, f := range Fields {
		b.WriteByte(',')
		if err := put(f.Code, r.Values[i]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalString encodes s as a JSON string without HTML escaping, so that
// "<" and "&" in a trích yếu stay readable.
func marshalString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// UnmarshalJSON reads an object written by MarshalJSON; unknown keys are an
// error, so that a file of another standard is not read as this one.
func (r *Record) UnmarshalJSON(data []byte) error {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*r = Record{Path: m["path"]}
	for k, v := range m {
		if k == "path" {
			continue
		}
		i, ok := fieldIndex[k]
		if !ok || Fields[i].Code != k {
			return fmt.Errorf("archive: unknown field code %q", k)
		}
		r.Values[i] = v
	}
	return nil
}

// WriteJSON writes the records as an indented JSON array of objects keyed by
// the field codes (see Record.MarshalJSON).
func WriteJSON(w io.Writer, recs []Record) error {
	if recs == nil {
		recs = []Record{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

// XML names of WriteXML.
const (
	xmlRoot     = "records"
	xmlRecord   = "record"
	xmlStandard = "Thông tư 02/2019/TT-BNV"
)

// WriteXML writes the records as
//
//	<records standard="Thông tư 02/2019/TT-BNV">
//	  <record path="…"><docId></docId>…<signerName>…</signerName></record>
//	</records>
//
// with one element per field, named by its code, in the standard's order,
// empty fields included.
func WriteXML(w io.Writer, recs []Record) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: xmlRoot}, Attr: []xml.Attr{{Name: xml.Name{Local: "standard"}, Value: xmlStandard}}}
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	for i := range recs {
		rec := xml.StartElement{Name: xml.Name{Local: xmlRecord}, Attr: []xml.Attr{{Name: xml.Name{Local: "path"}, Value: recs[i].Path}}}
		if err := enc.EncodeToken(rec); err != nil {
			return err
		}
		for j, f := range Fields {
			if err := enc.EncodeElement(recs[i].Values[j], xml.StartElement{Name: xml.Name{Local: f.Code}}); err != nil {
				return err
			}
		}
		if err := enc.EncodeToken(rec.End()); err != nil {
			return err
		}
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	if _, err := bw.WriteString("\n"); err != nil {
		return err
	}
	return bw.Flush()
}
