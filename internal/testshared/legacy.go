package testshared

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Issue 4's targets for the text recovered from the legacy set (TCVN3 and VNI
// files of 2002–2009), as legacy_score.py measures it.
const (
	LegacyDiacriticTarget = 0.995
	LegacyCharTarget      = 0.99
)

// LegacyScore is what shared/tools/legacy_score.py reports of a folder of
// recovered texts scored against the hand transcripts.
type LegacyScore struct {
	// Output is all the scorer printed.
	Output string
	// Summary is its last line: "diacritic=… char=… syllable=… n=… missing=…".
	Summary string
	// Figures are the figures of the summary by name.
	Figures map[string]float64
	// Documents are the lines before the summary, one a document:
	// "NAME diacritic=… char=… syllable=…".
	Documents []LegacyDocument
}

// LegacyDocument is the scorer's line for one document.
type LegacyDocument struct {
	Name    string
	Line    string
	Figures map[string]float64
}

// ScoreLegacy scores the texts of the folder pred (NAME.txt) against the
// transcripts of the folder truth with legacy_score.py. It skips the test when
// python3 or the scorer is absent, and fails it when the scorer fails or
// prints no summary.
func ScoreLegacy(tb testing.TB, pred, truth string) LegacyScore {
	tb.Helper()
	script := Path(tb, "tools", "legacy_score.py")
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 is absent")
	}
	out, err := exec.Command(py, script, pred, truth).CombinedOutput()
	if err != nil {
		tb.Fatalf("legacy_score.py: %v\n%s", err, out)
	}
	s := LegacyScore{Output: string(out)}
	lines := strings.Split(strings.TrimSpace(s.Output), "\n")
	for i, line := range lines {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if i == len(lines)-1 && strings.HasPrefix(line, "diacritic=") {
			s.Summary, s.Figures = line, figures(fields)
			continue
		}
		s.Documents = append(s.Documents, LegacyDocument{Name: fields[0], Line: line, Figures: figures(fields[1:])})
	}
	if s.Summary == "" {
		tb.Fatalf("no summary from legacy_score.py:\n%s", out)
	}
	return s
}

// figures reads "name=value" fields; a field of another form is passed over.
func figures(fields []string) map[string]float64 {
	m := map[string]float64{}
	for _, f := range fields {
		if k, v, ok := strings.Cut(f, "="); ok {
			m[k], _ = strconv.ParseFloat(v, 64)
		}
	}
	return m
}

// CheckTargets fails the test when the summary misses a target of issue 4:
// diacritic or char below it, or a document without a recovered text.
func (s LegacyScore) CheckTargets(tb testing.TB) {
	tb.Helper()
	if d, c := s.Figures["diacritic"], s.Figures["char"]; d < LegacyDiacriticTarget || c < LegacyCharTarget {
		tb.Errorf("diacritic %.3f char %.3f, want ≥ %.3f and ≥ %.2f: %s", d, c, LegacyDiacriticTarget, LegacyCharTarget, s.Summary)
	}
	if s.Figures["missing"] != 0 {
		tb.Errorf("documents without a recovered text: %s", s.Summary)
	}
}
