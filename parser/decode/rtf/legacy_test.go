package rtf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// TestLegacyRTF converts the .rtf files of the shared legacy set and scores
// them with legacy_score.py against the targets of issue 4. The combined
// .doc+.rtf figure is checked in package msdoc (TestLegacy). It is a long
// test (a Python scorer over the whole set): VANBAN_LONG=1 runs it.
func TestLegacyRTF(t *testing.T) {
	testshared.Long(t)
	legacyDir := testshared.Path(t, "legacy", "doc-rtf")
	docs := testshared.Glob(t, "legacy/doc-rtf/docs/*.rtf")
	script := testshared.Path(t, "tools", "legacy_score.py")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	pred, truth := t.TempDir(), t.TempDir()
	for _, d := range docs {
		b, err := os.ReadFile(d)
		if err != nil {
			t.Fatal(err)
		}
		text, enc, warns, err := decodeRTF(b, false)
		if err != nil {
			t.Errorf("%s: %v", d, err)
			continue
		}
		name := strings.TrimSuffix(filepath.Base(d), ".rtf") + ".txt"
		t.Logf("%s: %s %v", name, enc, warns)
		if err := os.WriteFile(filepath.Join(pred, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		tb, err := os.ReadFile(filepath.Join(legacyDir, "truth", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(truth, name), tb, 0o644)
	}
	if dir := os.Getenv("VANBAN_LEGACY_OUT"); dir != "" {
		os.MkdirAll(dir, 0o755)
		for _, d := range docs {
			name := strings.TrimSuffix(filepath.Base(d), ".rtf") + ".txt"
			b, _ := os.ReadFile(filepath.Join(pred, name))
			os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
	}
	out, err := exec.Command(py, script, pred, truth).CombinedOutput()
	if err != nil {
		t.Fatalf("legacy_score.py: %v\n%s", err, out)
	}
	t.Logf("\n%s", out)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var d, c float64
	fmt.Sscanf(lines[len(lines)-1], "diacritic=%f char=%f", &d, &c)
	if d < 0.995 || c < 0.99 {
		t.Errorf("diacritic %.3f char %.3f, want ≥ 0.995 and ≥ 0.99", d, c)
	}
}
