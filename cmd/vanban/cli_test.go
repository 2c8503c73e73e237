package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests run the built command the way a user types it, in a shell:
// each argument as typed, flags anywhere, the exit status as the shell sees
// it.

// result is what a shell shows of one run.
type result struct {
	code           int
	stdout, stderr string
}

// vanban runs the built command with args in dir ("" for the package
// directory), with stdin as standard input.
func vanban(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(vanbanBin, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// abs is a test file's absolute path, for runs in another directory.
func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	require.NoError(t, err)
	return a
}

// TestFlagsAfterArguments types the flags after the arguments, as people do
// with git or kubectl: they must be taken as flags, not as inputs.
func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	testdata := abs(t, "../../testdata")
	r := vanban(t, dir, "", "batch", testdata, "-o", "out.jsonl", "-j", "2", "--quiet")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stdout, "the records go to -o, not to standard output")
	assert.Empty(t, r.stderr, "--quiet")
	set := recordSet(t, filepath.Join(dir, "out.jsonl"))
	entries, err := os.ReadDir(testdata)
	require.NoError(t, err)
	files := 0
	for _, e := range entries {
		if e.IsDir() {
			sub, err := os.ReadDir(filepath.Join(testdata, e.Name()))
			require.NoError(t, err)
			files += len(sub)
		} else {
			files++
		}
	}
	assert.Len(t, set, files, "one record per file, none for a flag")

	r = vanban(t, "", "", "parse", decision, "--compact")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, 1, strings.Count(r.stdout, "\n"), "--compact after FILE still prints one line")

	r = vanban(t, "", "", "refs", seed, "-f", "table")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "RELATION"), r.stdout)

	r = vanban(t, dir, "", "graph", "out.jsonl", "-f", "dot", "-o", "g.dot", "-q")
	require.Equal(t, 0, r.code, r.stderr)
	dot, err := os.ReadFile(filepath.Join(dir, "g.dot"))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(dot, []byte("digraph")))
	assert.Empty(t, r.stderr, "-q")
}

// TestDoubleDashEndsFlags reads a file whose name starts with a dash.
func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(decision)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "-q.txt"), src, 0o644))
	r := vanban(t, dir, "", "parse", "--compact", "--", "-q.txt")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"number":"125/QĐ-UBND"`)
	r = vanban(t, dir, "", "parse", "-q.txt")
	assert.Equal(t, 2, r.code, "without --, -q.txt is flags")
}

// TestHelpExitsZero asks every command for help both ways.
func TestHelpExitsZero(t *testing.T) {
	commands := [][]string{{}, {"parse"}, {"refs"}, {"text"}, {"batch"}, {"graph"}, {"version"}, {"completion"}, {"completion", "bash"}}
	for _, c := range commands {
		for _, h := range []string{"--help", "-h"} {
			r := vanban(t, "", "", append(append([]string{}, c...), h)...)
			assert.Equal(t, 0, r.code, "%v %s: %s", c, h, r.stderr)
			assert.Contains(t, r.stdout, "Usage:", "%v %s", c, h)
		}
	}
	r := vanban(t, "", "", "help", "batch")
	assert.Equal(t, 0, r.code)
	for _, flag := range []string{"--jobs", "--output", "--db", "--ordered", "--resume", "--strict", "--quiet"} {
		assert.Contains(t, r.stdout, flag)
	}
}

// TestUsageErrorsExitTwo checks the documented exit status of a usage error
// and that it names the way to the help.
func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nope"},
		{"parse"},
		{"parse", seed, seed},
		{"parse", seed, "--no-such-flag"},
		{"refs", seed, "-f", "xml"},
		{"batch"},
		{"batch", "-j", "0", seed},
		{"batch", "--resume", seed},
		{"graph", "x.jsonl", "--most-cited", "3", "--cites", "X"},
		{"graph", "x.jsonl", "-f", "graphml", "--most-cited", "3"},
		{"graph", "x.jsonl", "--depth", "2"},
		{"graph", "x.jsonl", "-f", "csv"},
	} {
		r := vanban(t, "", "", args...)
		assert.Equal(t, 2, r.code, "%v: %s", args, r.stderr)
		assert.Contains(t, r.stderr, "--help", "%v", args)
	}
}

// TestStrictMissingGlob gives batch a glob that matches nothing and a path
// that does not exist: each is an error record, and --strict exits 1.
func TestStrictMissingGlob(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	r := vanban(t, dir, "", "batch", abs(t, seed), "nothing-here/*.txt", "missing.txt", "--strict", "-o", out)
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stderr, "3 inputs: 1 parsed, 2 failed")
	set := recordSet(t, out)
	require.Len(t, set, 3)
	var rec struct {
		Error struct{ Stage, Message string } `json:"error"`
	}
	require.NoError(t, json.Unmarshal([]byte(set["nothing-here/*.txt"]), &rec))
	assert.Equal(t, "read", rec.Error.Stage)
	assert.Equal(t, "nothing-here/*.txt: no file matches", rec.Error.Message)
	assert.Contains(t, set, "missing.txt")

	// without --strict the run succeeds, with the same records
	r = vanban(t, dir, "", "batch", "nothing-here/*.txt", "-q", "-o", out)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Len(t, recordSet(t, out), 1)
}

// TestGraphQueryCSV writes the answer of each query as CSV to a file.
func TestGraphQueryCSV(t *testing.T) {
	dir := t.TempDir()
	r := vanban(t, dir, "", "batch", abs(t, seed), abs(t, decision), "-q", "-o", "docs.jsonl")
	require.Equal(t, 0, r.code, r.stderr)
	for _, q := range []struct {
		args   []string
		header string
		rows   int
	}{
		{[]string{"--most-cited", "2"}, "Id", 2},
		{[]string{"--cited-by", "30/2020/NĐ-CP"}, "Source", 1},
		{[]string{"--cites", "125/QĐ-UBND"}, "Id", 5},
		{[]string{"--validity", "1052/QĐ-UBND"}, "by", 1},
	} {
		args := append([]string{"graph", "docs.jsonl", "--format", "csv", "-o", "answer.csv"}, q.args...)
		r := vanban(t, dir, "", args...)
		require.Equal(t, 0, r.code, "%v: %s", q.args, r.stderr)
		assert.Empty(t, r.stdout, "%v: the answer goes to -o", q.args)
		f, err := os.Open(filepath.Join(dir, "answer.csv"))
		require.NoError(t, err)
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		require.NoError(t, err, "%v", q.args)
		require.NotEmpty(t, rows, "%v", q.args)
		assert.Equal(t, q.header, rows[0][0], "%v", q.args)
		assert.Len(t, rows, 1+q.rows, "%v", q.args)
	}
	// the validity of 1052/QĐ-UBND: replaced by the decision
	r = vanban(t, dir, "", "graph", "docs.jsonl", "--validity", "1052/QĐ-UBND")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"by": "125/QĐ-UBND@2024"`)
	assert.Contains(t, r.stdout, `"relation": "replaces"`)
}

// TestNoNullInJSON runs every command that prints JSON, with answers that
// are empty too, and finds no null anywhere: the README promises [].
func TestNoNullInJSON(t *testing.T) {
	dir := t.TempDir()
	r := vanban(t, dir, "", "batch", abs(t, seed), abs(t, decision), "missing.txt", "-q", "--ordered", "-o", "docs.jsonl")
	require.Equal(t, 0, r.code, r.stderr)
	lines, err := os.ReadFile(filepath.Join(dir, "docs.jsonl"))
	require.NoError(t, err)
	outputs := map[string]string{}
	for i, line := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
		outputs[fmt.Sprintf("batch line %d", i+1)] = line
	}
	for name, args := range map[string][]string{
		"parse":                  {"parse", abs(t, decision)},
		"parse seed --with-text": {"parse", abs(t, seed), "--with-text"},
		"parse empty":            {"parse", "-"},
		"refs":                   {"refs", abs(t, decision)},
		"refs empty":             {"refs", "-"},
		"graph":                  {"graph", "docs.jsonl"},
		"most-cited":             {"graph", "docs.jsonl", "--most-cited", "100"},
		"cited-by":               {"graph", "docs.jsonl", "--cited-by", "30/2020/NĐ-CP"},
		"cited-by nobody":        {"graph", "docs.jsonl", "--cited-by", "125/QĐ-UBND"},
		"cites":                  {"graph", "docs.jsonl", "--cites", "125/QĐ-UBND", "--depth", "2"},
		"cites nothing":          {"graph", "docs.jsonl", "--cites", "30/2020/NĐ-CP", "--depth", "2"},
		"validity":               {"graph", "docs.jsonl", "--validity", "1052/QĐ-UBND"},
		"validity none":          {"graph", "docs.jsonl", "--validity", "125/QĐ-UBND"},
	} {
		r := vanban(t, dir, "", args...)
		require.Equal(t, 0, r.code, "%s: %s", name, r.stderr)
		outputs[name] = r.stdout
	}
	for name, out := range outputs {
		var v any
		require.NoError(t, json.Unmarshal([]byte(out), &v), name)
		assert.Empty(t, nullPaths(v, "$"), "%s holds null", name)
	}
}

// nullPaths lists where v (decoded JSON) holds null.
func nullPaths(v any, at string) []string {
	switch x := v.(type) {
	case nil:
		return []string{at}
	case map[string]any:
		var out []string
		for k, e := range x {
			out = append(out, nullPaths(e, at+"."+k)...)
		}
		return out
	case []any:
		var out []string
		for i, e := range x {
			out = append(out, nullPaths(e, fmt.Sprintf("%s[%d]", at, i))...)
		}
		return out
	}
	return nil
}

// TestVersion prints the module version and the Go version, by command and
// by flag.
func TestVersion(t *testing.T) {
	r := vanban(t, "", "", "version")
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.GreaterOrEqual(t, len(lines), 3, r.stdout)
	assert.Equal(t, "vanban (devel)", lines[0], "a build from a checkout")
	assert.True(t, strings.HasPrefix(lines[1], "revision: "), r.stdout)
	assert.Contains(t, r.stdout, "go: go1.")
	f := vanban(t, "", "", "--version")
	assert.Equal(t, 0, f.code)
	assert.Equal(t, r.stdout, f.stdout)
}

// TestCompletion prints a completion script for each shell, and completes
// the formats of --format.
func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		r := vanban(t, "", "", "completion", shell)
		assert.Equal(t, 0, r.code, r.stderr)
		assert.Contains(t, r.stdout, "vanban", shell)
	}
	r := vanban(t, "", "", "__complete", "graph", "x.jsonl", "--format", "")
	assert.Equal(t, 0, r.code, r.stderr)
	for _, f := range graphFormats {
		assert.Contains(t, r.stdout, f+"\n")
	}
}

// TestOutputFlag writes parse, refs and text to -o the same way.
func TestOutputFlag(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"parse", "refs", "text"} {
		out := filepath.Join(dir, cmd+".out")
		r := vanban(t, "", "", cmd, decision, "-o", out)
		require.Equal(t, 0, r.code, "%s: %s", cmd, r.stderr)
		assert.Empty(t, r.stdout, cmd)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.Contains(t, string(b), "125/QĐ-UBND", cmd)
	}
}
