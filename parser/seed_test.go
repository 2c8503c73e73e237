package parser_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/parser"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

const seedFile = "../testdata/000_7238115e741023af.txt"

// TestSeedGolden pins the whole model of the seed document (a 2012 plan of
// Kon Tum province) to a golden JSON file. Run `go test ./parser -update` after
// an intended change and review the diff.
func TestSeedGolden(t *testing.T) {
	doc, err := parser.ParseFile(seedFile)
	require.NoError(t, err)
	got, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	golden := filepath.Join("..", "testdata", "golden", "seed.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(bytes.TrimSpace(want)), string(got))
}

// TestSeedFields checks the values issue 2 names for the seed, independently of
// the golden file.
func TestSeedFields(t *testing.T) {
	doc, err := parser.ParseFile(seedFile, parser.WithText())
	require.NoError(t, err)
	assert.Equal(t, "Kon Tum", doc.Place)
	assert.Equal(t, "2012-08-17", doc.Date)
	assert.Equal(t, "Kế hoạch", doc.Type)
	assert.Equal(t, "KH", doc.TypeCode)
	assert.Equal(t, "Về việc triển khai công tác thông tin tuyên truyền về thành tựu bảo đảm quyền con người ở Việt Nam", doc.Abstract)
	require.Len(t, doc.Sections, 4)
	for i, label := range []string{"I", "II", "III", "IV"} {
		assert.Equal(t, label, doc.Sections[i].Label)
		assert.NotEmpty(t, doc.Sections[i].Children, "section %s has children", label)
	}
	assert.Equal(t, "MỤC ĐÍCH, YÊU CẦU", doc.Sections[0].Heading)
	require.Len(t, doc.Sections[2].Children, 10)
	assert.Equal(t, "III.3", doc.Sections[2].Children[2].ID)
	assert.Equal(t, "Sở Thông tin và Truyền thông", doc.Sections[2].Children[2].Heading)
	require.Len(t, doc.Signers, 1)
	assert.Equal(t, "Nguyễn Văn Hùng", doc.Signers[0].Name)
	assert.Len(t, doc.Recipients, 10)
	assert.Equal(t, "BCĐ nhân quyền của Chính phủ", doc.Recipients[0].Name)
	assert.Equal(t, "b/c", doc.Recipients[0].Note)
	assert.Equal(t, "report", doc.Recipients[0].Purpose)
	assert.Equal(t, "VT,NC2", doc.Archive)
	// the hard wrap at the page break in section II is rejoined
	assert.Contains(t, doc.Sections[1].Children[1].Text, "những thành tựu đảm bảo các quyền tự do dân chủ")
	// spans point into the normalised text
	for _, s := range doc.Sections {
		require.True(t, s.Start >= 0 && s.Start < s.End && s.End <= len(doc.Text))
		assert.True(t, strings.HasPrefix(doc.Text[s.Start:s.End], s.Label), "span of %s starts at its label", s.Label)
	}
}
