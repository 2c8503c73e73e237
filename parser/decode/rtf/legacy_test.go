package rtf

import (
	"os"
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
	pred, truth := t.TempDir(), t.TempDir()
	for _, d := range docs {
		b := testshared.ReadFile(t, d)
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
		tb := testshared.ReadFile(t, filepath.Join(legacyDir, "truth", name))
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
	score := testshared.ScoreLegacy(t, pred, truth)
	t.Logf("\n%s", score.Output)
	score.CheckTargets(t)
}
