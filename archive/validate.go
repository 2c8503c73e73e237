package archive

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// The kinds of Issue.
const (
	// Missing is a required field left empty.
	Missing = "missing"
	// NotInList is a coded field whose value is not one of its codes.
	NotInList = "not-in-list"
	// TooLong is a value longer than the field's MaxLen.
	TooLong = "too-long"
	// Note is an explanation or hint from the derivation (Record.Notes).
	Note = "note"
)

// Issue is one line of the clerk's worklist for a record.
type Issue struct {
	// Field is the field's code, "" for a note about the whole record.
	Field string
	// Kind is Missing, NotInList, TooLong or Note.
	Kind string
	// Message says what is wrong, naming the field by its Vietnamese label.
	Message string
}

// Validate lists what a record still lacks: every required field that is
// empty (Chế độ dự phòng 01: Có also requires Tình trạng dự phòng), every
// coded value outside its list, every value longer than the standard allows,
// and the record's notes.
func Validate(r *Record) []Issue {
	var out []Issue
	recovery, _ := lookup(RiskRecovery)
	for i, f := range Fields {
		v := r.Values[i]
		required := f.Required || (f.Code == RiskRecoveryStatus && r.Values[recovery] == "01")
		switch {
		case v == "":
			if required {
				out = append(out, Issue{f.Code, Missing, f.Label + " is empty"})
			}
			continue
		case len(f.Values) > 0 && f.ValueLabel(v) == "":
			out = append(out, Issue{f.Code, NotInList, fmt.Sprintf("%s: %q is not a code of the list", f.Label, v)})
		}
		if f.MaxLen > 0 && utf8.RuneCountInString(v) > f.MaxLen {
			out = append(out, Issue{f.Code, TooLong, fmt.Sprintf("%s has %d characters, more than %d", f.Label, utf8.RuneCountInString(v), f.MaxLen)})
		}
	}
	for _, n := range r.Notes {
		out = append(out, Issue{"", Note, n})
	}
	return out
}

// Problem is a record and its issues.
type Problem struct {
	Path   string
	Issues []Issue
}

// Summary counts an export: how many records, how many complete, and which
// required fields are most often missing.
type Summary struct {
	// Records is the number of records written, one per parsed document.
	Records int
	// Failed is the number of batch records without a document (inputs that
	// could not be parsed); they have no archival record.
	Failed int
	// Complete is the number of records with every required field filled.
	Complete int
	// Missing counts, per field code, the records where that required field is empty.
	Missing map[string]int
	// Problems lists the records with issues, in output order.
	Problems []Problem
}

// Add validates r and counts it.
func (s *Summary) Add(r *Record) {
	if s.Missing == nil {
		s.Missing = map[string]int{}
	}
	s.Records++
	issues := Validate(r)
	complete := true
	for _, is := range issues {
		if is.Kind == Missing {
			complete = false
			s.Missing[is.Field]++
		}
	}
	if complete {
		s.Complete++
	}
	if len(issues) > 0 {
		s.Problems = append(s.Problems, Problem{r.Path, issues})
	}
}

// FieldTally is a field and a number of records.
type FieldTally struct {
	Field Field
	Count int
}

// MostMissing returns the required fields that some record lacks, most often
// missing first (ties in the standard's order).
func (s Summary) MostMissing() []FieldTally {
	var out []FieldTally
	for _, f := range Fields {
		if n := s.Missing[f.Code]; n > 0 {
			out = append(out, FieldTally{f, n})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// WriteReport writes the worklist: per record, the empty required fields and
// the other issues, then the summary.
func (s Summary) WriteReport(w io.Writer) error {
	var b strings.Builder
	for _, p := range s.Problems {
		b.WriteString(p.Path)
		b.WriteByte('\n')
		var missing []string
		for _, is := range p.Issues {
			if is.Kind == Missing {
				f, _ := FieldByName(is.Field)
				missing = append(missing, f.Label)
			}
		}
		if len(missing) > 0 {
			b.WriteString("  missing: " + strings.Join(missing, "; ") + "\n")
		}
		for _, is := range p.Issues {
			if is.Kind != Missing {
				b.WriteString("  " + is.Kind + ": " + is.Message + "\n")
			}
		}
	}
	fmt.Fprintf(&b, "\n%d records, %d complete (every required field filled)", s.Records, s.Complete)
	if s.Failed > 0 {
		fmt.Fprintf(&b, "; %d inputs without a parsed document were skipped", s.Failed)
	}
	b.WriteString("\n")
	if mm := s.MostMissing(); len(mm) > 0 {
		b.WriteString("most often missing:\n")
		for _, t := range mm {
			fmt.Fprintf(&b, "  %5d  %s (%s)\n", t.Count, t.Field.Label, t.Field.Code)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
