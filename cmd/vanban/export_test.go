package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportCommand batches the repository's testdata and exports it with
// constants, a mã hồ sơ pattern and the validation report.
func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "out.jsonl")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"batch", "--quiet", "-o", jsonl, "../../testdata/000_7238115e741023af.txt"}, nil, &stdout, &stderr), stderr.String())

	csvPath := filepath.Join(dir, "records.csv")
	stderr.Reset()
	require.Equal(t, 0, run([]string{"export", jsonl, "-o", csvPath, "--set", "Mã cơ quan lưu trữ=G09", "--set", "Thời hạn bảo quản=01",
		"--file-code", "{hoso}/*", "--validate"}, nil, &stdout, &stderr), stderr.String())
	data, err := os.ReadFile(csvPath)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(data, []byte("\uFEFF")), "no byte-order mark")
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(rows), 2)
	assert.Equal(t, "Đường dẫn tệp", rows[0][0])
	assert.Equal(t, "01: Vĩnh viễn", rows[1][3])
	assert.Contains(t, stderr.String(), "complete (every required field filled)")
	assert.Contains(t, stderr.String(), "missing: Mã định danh tài liệu")

	// JSON from standard input
	in, err := os.ReadFile(jsonl)
	require.NoError(t, err)
	stdout.Reset()
	require.Equal(t, 0, run([]string{"export", "--format", "archive-json", "-"}, bytes.NewReader(in), &stdout, &stderr))
	var recs []map[string]string
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &recs))
	require.NotEmpty(t, recs)
	assert.Equal(t, "01", recs[0]["language"])

	for _, bad := range [][]string{
		{"export", jsonl, "--format", "pdf"},
		{"export", jsonl, "--set", "Màu=đỏ"},
		{"export", jsonl, "--set", "novalue"},
		{"export"},
	} {
		stderr.Reset()
		assert.NotEqual(t, 0, run(bad, nil, &stdout, &stderr), strings.Join(bad, " "))
	}
}
