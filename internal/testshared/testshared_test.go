package testshared

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestDeclares(t *testing.T) {
	for _, c := range []struct {
		gomod string
		want  bool
	}{
		{"module github.com/vnlegal/vanban\n\ngo 1.26\n", true},
		{"// comment\nmodule \"github.com/vnlegal/vanban\"\n", true},
		{"module github.com/vnlegal/vanban/beam\n", false},
		{"go 1.26\n", false},
	} {
		if got := declares([]byte(c.gomod), modulePath); got != c.want {
			t.Errorf("declares(%q) = %v, want %v", c.gomod, got, c.want)
		}
	}
}

// TestModuleRoot checks that the walk from this package's folder ends at the
// repository root, two levels up, whose go.mod declares the module.
func TestModuleRoot(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := moduleRoot(), filepath.Dir(filepath.Dir(wd)); got != want {
		t.Errorf("moduleRoot() = %q, want %q", got, want)
	}
}

// TestSharedOverride checks that VANBAN_SHARED names the shared folder and
// that Path skips, not fails, when what it names is absent.
func TestSharedOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "corpus"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus", "a.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(SharedEnv, dir)
	findOnce = sync.Once{}
	t.Cleanup(func() { findOnce = sync.Once{} })
	if got := Corpus(t, "a.txt"); got != filepath.Join(dir, "corpus", "a.txt") {
		t.Errorf("Corpus = %q", got)
	}
	if got := string(ReadCorpus(t, "a.txt")); got != "x" {
		t.Errorf("ReadCorpus = %q", got)
	}
	if got := Glob(t, "corpus/*.txt"); len(got) != 1 {
		t.Errorf("Glob = %q", got)
	}
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Corpus(t, "missing.txt")
	})
	if !skipped {
		t.Error("a missing corpus file did not skip the test")
	}
}
