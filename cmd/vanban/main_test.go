package main

import (
	"bytes"
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

const (
	seed = "../../testdata/000_7238115e741023af.txt"
	// decision is a document with every header field, written for the
	// README's first example.
	decision = "../../testdata/125_QD-UBND_quyet-dinh.txt"
)

// vanbanBin is the command built once for all the tests that run it as a
// user would (TestMain builds it).
var vanbanBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vanban-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	vanbanBin = filepath.Join(dir, "vanban")
	build := exec.Command("go", "build", "-o", vanbanBin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building vanban:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestParseCommand(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"parse", seed}, nil, &out, &errb)
	require.Equal(t, 0, code, errb.String())
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	assert.Equal(t, "Kon Tum", doc["place"])
	assert.Equal(t, "2012-08-17", doc["date"])
	// every key of the contract is present
	for _, k := range []string{"type", "type_code", "issuer", "issuer_parent", "number", "place", "date", "abstract", "signers", "recipients", "archive", "preamble", "sections", "annexes", "references", "warnings"} {
		assert.Contains(t, doc, k)
	}
	assert.NotContains(t, doc, "text", "text only with --with-text")
}

func TestParseStdinWithText(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("KẾ HOẠCH\nVề việc thử\nI. MỤC ĐÍCH\n")
	code := run([]string{"parse", "--with-text", "--compact", "-"}, in, &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Equal(t, 1, strings.Count(out.String(), "\n"), "compact output is one line")
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	assert.Equal(t, "Kế hoạch", doc["type"])
	assert.Contains(t, doc["text"], "MỤC ĐÍCH")
}

func TestRefsCommand(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"refs", "--format", "table", seed}, nil, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "366/QĐ-TTg")
	assert.Contains(t, out.String(), "implements")

	out.Reset()
	require.Equal(t, 0, run([]string{"refs", seed}, nil, &out, &errb), errb.String())
	var res refsOutput
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	require.NotEmpty(t, res.References)
	assert.Equal(t, "03/KH-BCĐNQ", res.References[0].ID)
}

func TestErrors(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run(nil, nil, &out, &errb))
	assert.Equal(t, 2, run([]string{"nope"}, nil, &out, &errb))
	assert.Equal(t, 1, run([]string{"parse", "does-not-exist.txt"}, nil, &out, &errb))
	errb.Reset()
	assert.Equal(t, 1, run([]string{"parse", "-"}, strings.NewReader("\x00\x01\x02binary"), &out, &errb))
	assert.Equal(t, "vanban: standard input:1:1: not text (binary data)\n", errb.String())
}

// TestErrorLines checks that each failure is one line naming the input, with
// the wrapped chain of the parser's error said once.
func TestErrorLines(t *testing.T) {
	for _, c := range []struct {
		input string
		want  string
	}{
		{"%PDF-1.4 x", "vanban: standard input: damaged input: pdf: cannot read file: 3: incorrect format\n"},
		{"PK\x03\x04 not a docx", "vanban: standard input: unsupported format: ZIP\n"},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 1, run([]string{"parse", "-"}, strings.NewReader(c.input), &out, &errb))
		assert.Equal(t, c.want, errb.String())
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{"parse", "does-not-exist.txt"}, nil, &out, &errb))
	assert.Equal(t, "vanban: does-not-exist.txt: no such file or directory\n", errb.String())
}

// TestTextSizeLimit checks that text refuses what parse refuses.
func TestTextSizeLimit(t *testing.T) {
	for _, cmd := range []string{"parse", "refs", "text"} {
		var out, errb bytes.Buffer
		assert.Equal(t, 1, run([]string{cmd, seed, "--max-size", "100"}, nil, &out, &errb), cmd)
		assert.Contains(t, errb.String(), "too large", cmd)
		errb.Reset()
		assert.Equal(t, 1, run([]string{cmd, "-", "--max-size", "100"}, strings.NewReader(strings.Repeat("x", 101)), &out, &errb), cmd)
		assert.Contains(t, errb.String(), "too large", cmd)
		assert.Equal(t, 2, run([]string{cmd, seed, "--max-size", "0"}, nil, &out, &errb), cmd)
	}
}

// TestRefsChecksFormatFirst pins the order of the usage checks of refs: its
// own --format comes before the input flags it shares with parse and text.
func TestRefsChecksFormatFirst(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"refs", seed, "-f", "yaml", "--max-size", "0"}, nil, &out, &errb))
	assert.Equal(t, "vanban: --format \"yaml\": want json, table\nRun 'vanban refs --help' for usage.\n", errb.String())
	errb.Reset()
	assert.Equal(t, 2, run([]string{"refs", seed, "--max-size", "0"}, nil, &out, &errb))
	assert.Equal(t, "vanban: --max-size 0: want at least 1\nRun 'vanban refs --help' for usage.\n", errb.String())
}

func TestTextCommand(t *testing.T) {
	var out, errb bytes.Buffer
	// NFD input comes back NFC
	require.Equal(t, 0, run([]string{"text", "-"}, strings.NewReader("Vie\u0323\u0302t Nam"), &out, &errb), errb.String())
	assert.Equal(t, "Việt Nam\n", out.String())
	out.Reset()
	require.Equal(t, 0, run([]string{"text", "--detect", seed}, nil, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "format: text")
	assert.Contains(t, out.String(), "encoding: utf-8")
	out.Reset()
	assert.Equal(t, 1, run([]string{"text", "--detect", "-"}, strings.NewReader("%PDF-1.4 ..."), &out, &errb))
	assert.Contains(t, out.String(), "format: pdf")
}
