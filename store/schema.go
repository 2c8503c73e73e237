package store

import (
	_ "embed"
	"strings"
)

// SchemaVersion is the version of the schema this package writes. Open creates a
// new database at this version and refuses a database with a newer one.
const SchemaVersion = 1

// schemaDoc is SCHEMA.md, the page that documents the database for the people
// who query it. Its CREATE statements are the schema: keeping the tables in
// one place means the page cannot drift from what Open creates.
//
//go:embed SCHEMA.md
var schemaDoc string

// schemaV1 is every CREATE block of SCHEMA.md, in page order: the tables,
// view, trigger, full-text tables and indexes of version 1. Each block may
// hold several statements.
var schemaV1 = createBlocks(schemaDoc)

// createBlocks returns the sqlBlocks of a Markdown page whose first
// statement, past its -- comments, is a CREATE. The other sql blocks are
// example queries.
func createBlocks(page string) []string {
	var blocks []string
	for _, b := range sqlBlocks(page) {
		if isCreate(b) {
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// isCreate reports whether an sql block opens with a CREATE statement.
func isCreate(block string) bool {
	return strings.HasPrefix(firstStatement(block), "CREATE ")
}

// sqlBlocks returns the body of every ```sql block of a Markdown page, in
// page order; a block whose fence is not closed is left out.
func sqlBlocks(page string) []string {
	var blocks []string
	rest := page
	for {
		start := strings.Index(rest, "\n```sql\n")
		if start < 0 {
			return blocks
		}
		rest = rest[start+len("\n```sql\n"):]
		end := strings.Index(rest, "\n```")
		if end < 0 {
			return blocks
		}
		blocks = append(blocks, rest[:end+1])
		rest = rest[end+1:]
	}
}

// firstStatement is sql from its first line that is neither blank nor a
// -- comment.
func firstStatement(sql string) string {
	for sql != "" {
		line, rest, _ := strings.Cut(sql, "\n")
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "--") {
			return strings.TrimLeft(sql, " \t")
		}
		sql = rest
	}
	return ""
}
