package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnlegal/vanban/internal/testshared"
)

// TestTextLegacyScore runs `vanban text` on every .doc and .rtf of
// ../shared/legacy/doc-rtf (TCVN3 and VNI files of 2002–2009), scores the
// output with ../shared/tools/legacy_score.py against the hand transcripts,
// prints the three figures and holds issue 4's targets: diacritic >= 0.995,
// char >= 0.99, no document failing.
func TestTextLegacyScore(t *testing.T) {
	testshared.Long(t)
	docs := testshared.Glob(t, "legacy/doc-rtf/docs/*")
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
	score := testshared.ScoreLegacy(t, pred, testshared.Path(t, "legacy", "doc-rtf", "truth"))
	t.Log(score.Summary)
	score.CheckTargets(t)
}
