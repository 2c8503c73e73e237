// Package testshared finds the shared material that tests read from beside
// the repository (../shared: the corpus of real documents, the legacy set,
// the scoring tools) and says whether the long tests run.
//
// Every test of the module reaches ../shared through this package, so the
// location is spelled once: a test asks for a path and is skipped, with a
// message naming what is missing, when the material is absent. The
// VANBAN_SHARED environment variable points elsewhere when the shared folder
// does not sit beside the repository.
//
// Long tests (corpus-wide runs through the whole pipeline, benchmarks kept as
// tests, scoring with external tools) call Long first: they run only when
// VANBAN_LONG=1, so the plain `go test ./...` a newcomer types stays short,
// and .ci/run runs them once more with VANBAN_LONG=1.
package testshared

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// LongEnv is the environment variable that turns the long tests on.
const LongEnv = "VANBAN_LONG"

// SharedEnv is the environment variable that overrides where the shared
// folder is (by default the folder "shared" beside the module root).
const SharedEnv = "VANBAN_SHARED"

var (
	findOnce sync.Once
	found    string
)

// Lookup returns the shared folder and whether it exists. It is for code that
// has no testing.TB at hand (TestMain, package-level setup); tests use Dir.
func Lookup() (string, bool) {
	findOnce.Do(func() {
		if d := os.Getenv(SharedEnv); d != "" {
			found = d
			return
		}
		if root := moduleRoot(); root != "" {
			found = filepath.Join(filepath.Dir(root), "shared")
		}
	})
	if found == "" {
		return "", false
	}
	if st, err := os.Stat(found); err != nil || !st.IsDir() {
		return found, false
	}
	return found, true
}

// modulePath is the main module's path, as its go.mod declares it.
const modulePath = "github.com/vnlegal/vanban"

// moduleRoot walks up from the working directory (a test runs in its
// package's folder) to the folder whose go.mod declares the main module. The
// Beam module under beam/ has a go.mod of its own, which the walk passes by.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && declares(b, modulePath) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// declares reports whether a go.mod's text declares the module path.
func declares(gomod []byte, path string) bool {
	for _, line := range strings.Split(string(gomod), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`) == path
		}
	}
	return false
}

// Dir returns the shared folder, or skips the test when it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	d, ok := Lookup()
	if !ok {
		tb.Skipf("the shared folder (../shared, or $%s) is absent", SharedEnv)
	}
	return d
}

// Path returns a file or folder under the shared folder (elements joined as
// by filepath.Join), or skips the test when it is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared/%s is absent", filepath.ToSlash(filepath.Join(elem...)))
	}
	return p
}

// CorpusDir returns the corpus folder (shared/corpus), or skips the test.
func CorpusDir(tb testing.TB) string {
	tb.Helper()
	return Path(tb, "corpus")
}

// Corpus returns the path of one corpus document by file name, or skips the
// test when it is absent.
func Corpus(tb testing.TB, name string) string {
	tb.Helper()
	return Path(tb, "corpus", name)
}

// ReadCorpus returns the bytes of one corpus document, or skips the test when
// it is absent; a document that exists but cannot be read fails the test.
func ReadCorpus(tb testing.TB, name string) []byte {
	tb.Helper()
	return ReadFile(tb, Corpus(tb, name))
}

// Glob returns the files under the shared folder that match pattern (a
// filepath.Match pattern relative to the shared folder, "corpus/*.docx"),
// sorted, or skips the test when there is none.
func Glob(tb testing.TB, pattern string) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(Dir(tb), pattern))
	if err != nil {
		tb.Fatalf("bad pattern %q: %v", pattern, err)
	}
	if len(files) == 0 {
		tb.Skipf("no shared file matches %s", pattern)
	}
	return files
}

// LongCorpus returns the corpus folder when the long tests are on
// (VANBAN_LONG=1) and the corpus is there: a test that runs over small
// material by default takes the whole corpus then.
func LongCorpus() (string, bool) {
	d, ok := Lookup()
	if !ok || !IsLong() {
		return "", false
	}
	c := filepath.Join(d, "corpus")
	if st, err := os.Stat(c); err != nil || !st.IsDir() {
		return "", false
	}
	return c, true
}

// IsLong reports whether the long tests are on (VANBAN_LONG=1).
func IsLong() bool { return os.Getenv(LongEnv) == "1" }

// Long skips the test unless VANBAN_LONG=1. A test calls it first when it runs
// over the whole corpus or takes seconds, so that the default test run stays
// short; .ci/run runs the long tests too.
func Long(tb testing.TB) {
	tb.Helper()
	if !IsLong() {
		tb.Skipf("long test: runs with %s=1", LongEnv)
	}
}

// Watchdog crashes the test binary when the call it guards has not returned
// within limit: the fuzzer has no per-input time limit, so a hang is made a
// crash and the input is saved. The caller defers the function it returns,
// which stops the watch:
//
//	defer testshared.Watchdog(10*time.Second, "Parse")()
func Watchdog(limit time.Duration, what string) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-time.After(limit):
			panic(fmt.Sprintf("%s did not return within %s", what, limit))
		}
	}()
	return func() { close(done) }
}

// AddSeeds adds to the fuzz corpus of f every file that matches one of the
// filepath.Match patterns and is smaller than maxSize bytes (any size when
// maxSize is 0); a file that cannot be read is passed over, since seeds only
// help the fuzzer.
func AddSeeds(f *testing.F, maxSize int, patterns ...string) {
	f.Helper()
	for _, pattern := range patterns {
		files, _ := filepath.Glob(pattern)
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && (maxSize == 0 || len(b) < maxSize) {
				f.Add(b)
			}
		}
	}
}

// ReadFile returns the bytes of a file that Glob or Path found; one that
// cannot be read fails the test.
func ReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
