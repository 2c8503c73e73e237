package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTextLegacyScore runs `vanban text` on every .doc and .rtf of
// ../shared/legacy/doc-rtf (TCVN3 and VNI files of 2002–2009), scores the
// output with ../shared/tools/legacy_score.py against the hand transcripts,
// prints the three figures and holds issue 4's targets: diacritic >= 0.995,
// char >= 0.99, no document failing.
func TestTextLegacyScore(t *testing.T) {
	long(t)
	const shared = "../../../shared"
	docs, _ := filepath.Glob(filepath.Join(shared, "legacy", "doc-rtf", "docs", "*"))
	if len(docs) == 0 {
		t.Skip("../shared/legacy is absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is absent")
	}
	pred := t.TempDir()
	for _, d := range docs {
		var out, errb bytes.Buffer
		if code := run([]string{"text", d}, nil, &out, &errb); code != 0 {
			t.Errorf("vanban text %s: %s", filepath.Base(d), errb.String())
			continue
		}
		name := strings.TrimSuffix(filepath.Base(d), filepath.Ext(d)) + ".txt"
		if err := os.WriteFile(filepath.Join(pred, name), out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(py, filepath.Join(shared, "tools", "legacy_score.py"), pred, filepath.Join(shared, "legacy", "doc-rtf", "truth"))
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("legacy_score.py: %v\n%s", err, res)
	}
	lines := strings.Split(strings.TrimSpace(string(res)), "\n")
	summary := lines[len(lines)-1]
	t.Log(summary)
	figures := map[string]float64{}
	for _, f := range strings.Fields(summary) {
		if k, v, ok := strings.Cut(f, "="); ok {
			figures[k], _ = strconv.ParseFloat(v, 64)
		}
	}
	if figures["diacritic"] < 0.995 || figures["char"] < 0.99 {
		t.Errorf("below the targets: %s", summary)
	}
	if figures["missing"] != 0 {
		t.Errorf("documents without output: %s", summary)
	}
}
