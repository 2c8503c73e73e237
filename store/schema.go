package store

// SchemaVersion is the version of the schema this package writes. Open creates a
// new database at this version and refuses a database with a newer one.
const SchemaVersion = 1

// schemaV1 creates every table, index, trigger and full-text table of version 1.
// SCHEMA.md documents it for people who query the database; keep the two in step.
var schemaV1 = []string{
	`CREATE TABLE documents (
		id            INTEGER PRIMARY KEY,
		path          TEXT NOT NULL UNIQUE,
		sha256        TEXT NOT NULL,
		size          INTEGER NOT NULL,
		format        TEXT NOT NULL,
		encoding      TEXT NOT NULL,
		family        TEXT,
		type          TEXT,
		type_code     TEXT,
		number        TEXT,
		issuer        TEXT,
		issuer_parent TEXT,
		place         TEXT,
		date          TEXT,
		abstract      TEXT,
		signer        TEXT,
		error_stage   TEXT,
		error_message TEXT,
		json          TEXT NOT NULL
	)`,
	`CREATE INDEX documents_sha256 ON documents(sha256)`,
	`CREATE INDEX documents_number ON documents(number)`,
	`CREATE INDEX documents_type_date ON documents(type, date)`,
	`CREATE INDEX documents_date ON documents(date)`,
	`CREATE INDEX documents_issuer ON documents(issuer)`,

	`CREATE TABLE sections (
		document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		ord               INTEGER NOT NULL,
		annex             INTEGER NOT NULL,
		section_id        TEXT NOT NULL,
		parent_section_id TEXT,
		depth             INTEGER NOT NULL,
		kind              TEXT NOT NULL,
		label             TEXT NOT NULL,
		heading           TEXT NOT NULL,
		text              TEXT NOT NULL,
		"start"           INTEGER NOT NULL,
		"end"             INTEGER NOT NULL,
		PRIMARY KEY (document_id, ord)
	)`,
	`CREATE INDEX sections_kind ON sections(kind)`,

	`CREATE TABLE citations (
		document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		ord         INTEGER NOT NULL,
		ref_id      TEXT NOT NULL,
		number      TEXT NOT NULL,
		type        TEXT NOT NULL,
		type_code   TEXT NOT NULL,
		date        TEXT NOT NULL,
		issuer      TEXT NOT NULL,
		title       TEXT NOT NULL,
		relation    TEXT NOT NULL,
		mentions    INTEGER NOT NULL,
		PRIMARY KEY (document_id, ord)
	)`,
	`CREATE INDEX citations_ref_id ON citations(ref_id, document_id)`,
	`CREATE INDEX citations_number ON citations(number)`,

	`CREATE TABLE mentions (
		document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		citation_ord INTEGER NOT NULL,
		ord          INTEGER NOT NULL,
		ref_id       TEXT NOT NULL,
		"start"      INTEGER NOT NULL,
		"end"        INTEGER NOT NULL,
		text         TEXT NOT NULL,
		relation     TEXT NOT NULL,
		parts        TEXT NOT NULL,
		PRIMARY KEY (document_id, citation_ord, ord)
	)`,
	`CREATE INDEX mentions_ref_id ON mentions(ref_id)`,

	// Full text as printed (tones kept). rowid = documents.id.
	`CREATE VIRTUAL TABLE doc_fts USING fts5(
		document_id UNINDEXED, abstract, body,
		tokenize = 'unicode61 remove_diacritics 0'
	)`,
	// The text of doc_fts with đ folded to d, the one fold that the unicode61
	// tokenizer does not make itself (đ has no Unicode decomposition).
	`CREATE VIEW doc_fts_fold_src AS SELECT
		rowid AS document_id,
		replace(replace(abstract, 'đ', 'd'), 'Đ', 'D') AS abstract,
		replace(replace(body, 'đ', 'd'), 'Đ', 'D') AS body
	FROM doc_fts`,
	// Full text without tones: an external-content index over that view, whose
	// tokenizer removes every other diacritic. It stores no text of its own.
	// rowid = documents.id. Rows are added and removed by the store (the
	// 'delete' command must run while the doc_fts row still exists).
	`CREATE VIRTUAL TABLE doc_fts_fold USING fts5(
		document_id UNINDEXED, abstract, body,
		content = 'doc_fts_fold_src', content_rowid = 'document_id',
		tokenize = 'unicode61 remove_diacritics 2'
	)`,
	// Deleting a document by hand also removes its full-text rows (the other
	// tables follow by ON DELETE CASCADE).
	`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
		INSERT INTO doc_fts_fold (doc_fts_fold, rowid, document_id, abstract, body)
			SELECT 'delete', document_id, document_id, abstract, body
			FROM doc_fts_fold_src WHERE document_id = old.id;
		DELETE FROM doc_fts WHERE rowid = old.id;
	END`,
}
