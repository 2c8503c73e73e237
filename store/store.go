// Package store keeps batch results in an embedded SQLite database that
// researchers can query with SQL: one row per input in documents, the body
// outline in sections, the cited documents in citations and every place they are
// cited in mentions, plus two full-text indexes (doc_fts with Vietnamese tones
// kept, doc_fts_fold without them). SCHEMA.md beside this file documents the tables and
// gives example queries.
//
// The store uses the pure-Go driver modernc.org/sqlite, so it needs no cgo. The
// database is opened in WAL mode with foreign keys on; other processes (the
// sqlite3 shell, a notebook) may read it while a batch writes.
//
// The full record is kept as JSON in documents.json, and Records rebuilds every
// record from it, so what is read back is exactly what was put (see Records).
// The other columns and tables are derived from it for querying.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/vnlegal/vanban/model"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrClosed is returned by every method called after Close.
var ErrClosed = errors.New("store: closed")

// Store is an open vanban database.
//
// A Store is safe for concurrent use by several goroutines: every operation
// takes an internal lock and runs on the Store's single connection, so writes
// from several goroutines are serialised, each PutBatch in its own transaction.
// Several processes may open the same file; SQLite serialises their writes (a
// writer waits up to 30 s for another's transaction to end).
type Store struct {
	mu     sync.Mutex
	db     *sql.DB
	closed bool

	selectDoc   *sql.Stmt
	insertDoc   *sql.Stmt
	updateDoc   *sql.Stmt
	delSections *sql.Stmt
	delCites    *sql.Stmt
	delMentions *sql.Stmt
	delFTS      *sql.Stmt
	delFold     *sql.Stmt
	insSection  *sql.Stmt
	insCite     *sql.Stmt
	insMention  *sql.Stmt
	insFTS      *sql.Stmt
	insFold     *sql.Stmt
	hasHash     *sql.Stmt
	page        *sql.Stmt
}

// pageSize is how many records Records reads per query.
const pageSize = 256

// dsnParams are applied by the driver to every connection it opens.
const dsnParams = "_pragma=busy_timeout(30000)" +
	"&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(NORMAL)" +
	"&_pragma=cache_size(-65536)" +
	"&_txlock=immediate"

// Open opens the database at path, creating the file and the schema when they
// are missing. The database is put in WAL mode (journal files path-wal and
// path-shm sit beside it while it is open) with foreign keys enforced. Open
// fails on a database written by a newer schema version than SchemaVersion.
//
// The path ":memory:" opens a private in-memory database, for tests.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty path")
	}
	dsn := path + "?" + dsnParams
	if strings.ContainsAny(path, "?#") {
		// The driver splits a plain name at '?'; a URI carries it escaped.
		dsn = "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + dsnParams
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// One connection: the Store's lock serialises its use, and an in-memory
	// database exists only on the connection that created it.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	s := &Store{db: db}
	// WAL mode persists in the file, so it is set once here rather than on
	// every connection. (A 16 KiB page_size was tried: it cost more system time
	// than the default 4 KiB.)
	if _, err := db.Exec("PRAGMA journal_mode = WAL"); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.prepare(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// migrate creates the schema in a new database and checks the version of an
// existing one.
func (s *Store) migrate() (err error) {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err = tx.Exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var v sql.NullInt64
	if err = tx.QueryRow(`SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return err
	}
	version := int(v.Int64)
	switch {
	case version == SchemaVersion:
		return tx.Commit()
	case version > SchemaVersion:
		return fmt.Errorf("database has schema version %d, newer than this vanban's %d", version, SchemaVersion)
	case version != 0:
		return fmt.Errorf("database has unknown schema version %d", version)
	}
	for _, stmt := range schemaV1 {
		if _, err = tx.Exec(stmt); err != nil {
			return fmt.Errorf("creating schema: %w", err)
		}
	}
	if _, err = tx.Exec(`INSERT INTO schema_version(version) VALUES (?)`, SchemaVersion); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *Store) prepare() error {
	const docCols = `sha256, size, format, encoding, family, type, type_code, number, issuer,
		issuer_parent, place, date, abstract, signer, error_stage, error_message, json`
	stmts := []struct {
		dst **sql.Stmt
		sql string
	}{
		{&s.selectDoc, `SELECT id, json FROM documents WHERE path = ?`},
		{&s.insertDoc, `INSERT INTO documents (path, ` + docCols + `)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.updateDoc, `UPDATE documents SET (` + docCols + `)
			= (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`},
		{&s.delSections, `DELETE FROM sections WHERE document_id = ?`},
		{&s.delCites, `DELETE FROM citations WHERE document_id = ?`},
		{&s.delMentions, `DELETE FROM mentions WHERE document_id = ?`},
		{&s.delFTS, `DELETE FROM doc_fts WHERE rowid = ?`},
		{&s.delFold, `INSERT INTO doc_fts_fold (doc_fts_fold, rowid, document_id, abstract, body)
			SELECT 'delete', document_id, document_id, abstract, body
			FROM doc_fts_fold_src WHERE document_id = ?`},
		{&s.insSection, `INSERT INTO sections (document_id, ord, annex, section_id,
			parent_section_id, depth, kind, label, heading, text, "start", "end")
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.insCite, `INSERT INTO citations (document_id, ord, ref_id, number, type,
			type_code, date, issuer, title, relation, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.insMention, `INSERT INTO mentions (document_id, citation_ord, ord, ref_id,
			"start", "end", text, relation, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.insFTS, `INSERT INTO doc_fts (rowid, document_id, abstract, body) VALUES (?, ?, ?, ?)`},
		{&s.insFold, `INSERT INTO doc_fts_fold (rowid, document_id, abstract, body)
			SELECT document_id, document_id, abstract, body
			FROM doc_fts_fold_src WHERE document_id = ?`},
		{&s.hasHash, `SELECT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?)`},
		{&s.page, `SELECT path, json FROM documents WHERE path > ? ORDER BY path LIMIT ?`},
	}
	for _, st := range stmts {
		p, err := s.db.Prepare(st.sql)
		if err != nil {
			return fmt.Errorf("preparing %q: %w", st.sql, err)
		}
		*st.dst = p
	}
	return nil
}

// Close closes the database. It waits for an operation in progress to end;
// every later call returns ErrClosed. Closing twice is not an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	for _, st := range []*sql.Stmt{s.selectDoc, s.insertDoc, s.updateDoc, s.delSections,
		s.delCites, s.delMentions, s.delFTS, s.delFold, s.insSection, s.insCite,
		s.insMention, s.insFTS, s.insFold, s.hasHash, s.page} {
		st.Close()
	}
	return s.db.Close()
}

// Put stores one record, keyed by its Path. A record whose path is already
// stored replaces the old one: the documents row keeps its id and its columns
// are rewritten, and the sections, citations, mentions and full-text rows of the
// old content are deleted and rebuilt. Putting a record identical to the stored
// one changes nothing. Records with an empty Path are refused.
func (s *Store) Put(rec model.Record) error {
	return s.PutBatch([]model.Record{rec})
}

// PutBatch stores recs as Put does, all in one transaction: either every record
// is stored or, on error, none is. When a path occurs more than once in recs the
// last one wins. Batches of about a hundred records amortise the cost of a
// commit; a single batch holds the write lock for its whole length.
func (s *Store) PutBatch(recs []model.Record) (err error) {
	if len(recs) == 0 {
		return nil
	}
	// Encode before taking the lock: it is the costly part and needs no database.
	enc := make([][]byte, len(recs))
	for i := range recs {
		if recs[i].Path == "" {
			return fmt.Errorf("store: record %d has an empty path", i)
		}
		if enc[i], err = encodeJSON(&recs[i]); err != nil {
			return fmt.Errorf("store: %s: %w", recs[i].Path, err)
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	w := txWriter{tx: tx, s: s}
	for i := range recs {
		if err = w.put(&recs[i], enc[i]); err != nil {
			return fmt.Errorf("store: %s: %w", recs[i].Path, err)
		}
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// encodeJSON is the JSON kept in documents.json: the record as vanban prints
// it, without HTML escaping so that it reads well in SQL.
func encodeJSON(rec *model.Record) ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(rec); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// txWriter holds the statements of one transaction.
type txWriter struct {
	tx *sql.Tx
	s  *Store
	// statements bound to tx, made on first use
	stmts map[*sql.Stmt]*sql.Stmt
}

func (w *txWriter) stmt(st *sql.Stmt) *sql.Stmt {
	if w.stmts == nil {
		w.stmts = make(map[*sql.Stmt]*sql.Stmt)
	}
	t, ok := w.stmts[st]
	if !ok {
		t = w.tx.Stmt(st)
		w.stmts[st] = t
	}
	return t
}

func (w *txWriter) exec(st *sql.Stmt, args ...any) (sql.Result, error) {
	return w.stmt(st).Exec(args...)
}

func (w *txWriter) put(rec *model.Record, js []byte) error {
	s := w.s
	var (
		id  int64
		old []byte
	)
	err := w.stmt(s.selectDoc).QueryRow(rec.Path).Scan(&id, &old)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id = 0
	case err != nil:
		return err
	case bytes.Equal(old, js):
		return nil // unchanged
	}

	cols := docColumns(rec, js)
	if id == 0 {
		res, err := w.exec(s.insertDoc, append([]any{rec.Path}, cols...)...)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
	} else {
		if _, err := w.exec(s.updateDoc, append(cols, id)...); err != nil {
			return err
		}
		for _, st := range []*sql.Stmt{s.delMentions, s.delCites, s.delSections, s.delFold, s.delFTS} {
			if _, err := w.exec(st, id); err != nil {
				return err
			}
		}
	}

	d := rec.Document
	if d == nil {
		return nil
	}
	// Sections: body first (annex 0), then each annex's, in reading order.
	ord := 0
	var walk func(annex int, parent any, depth int, ss []model.Section) error
	walk = func(annex int, parent any, depth int, ss []model.Section) error {
		for i := range ss {
			sec := &ss[i]
			if _, err := w.exec(s.insSection, id, ord, annex, sec.ID, parent, depth,
				sec.Kind, sec.Label, sec.Heading, sec.Text, sec.Start, sec.End); err != nil {
				return err
			}
			ord++
			if err := walk(annex, sec.ID, depth+1, sec.Children); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(0, nil, 0, d.Sections); err != nil {
		return err
	}
	for i := range d.Annexes {
		if err := walk(i+1, nil, 0, d.Annexes[i].Sections); err != nil {
			return err
		}
	}

	for ci := range d.References {
		r := &d.References[ci]
		if _, err := w.exec(s.insCite, id, ci, r.ID, r.Number, r.Type, r.TypeCode,
			r.Date, r.Issuer, r.Title, r.Relation, len(r.Mentions)); err != nil {
			return err
		}
		for mi := range r.Mentions {
			m := &r.Mentions[mi]
			parts := []byte("[]")
			if len(m.Parts) > 0 {
				if parts, err = json.Marshal(m.Parts); err != nil {
					return err
				}
			}
			if _, err := w.exec(s.insMention, id, ci, mi, r.ID, m.Start, m.End,
				m.Text, m.Relation, string(parts)); err != nil {
				return err
			}
		}
	}

	body := ftsBody(d)
	if _, err := w.exec(s.insFTS, id, id, d.Abstract, body); err != nil {
		return err
	}
	if _, err := w.exec(s.insFold, id); err != nil {
		return err
	}
	return nil
}

// docColumns are the values of the documents columns after path, in the order
// of the insert and update statements.
func docColumns(rec *model.Record, js []byte) []any {
	cols := []any{rec.SHA256, rec.Size, rec.Format, rec.Encoding}
	if d := rec.Document; d != nil {
		names := make([]string, 0, len(d.Signers))
		for _, sg := range d.Signers {
			if sg.Name != "" {
				names = append(names, sg.Name)
			}
		}
		cols = append(cols, d.Family, d.Type, d.TypeCode, d.Number, d.Issuer,
			d.IssuerParent, d.Place, d.Date, d.Abstract, strings.Join(names, "; "))
	} else {
		cols = append(cols, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)
	}
	if e := rec.Error; e != nil {
		cols = append(cols, e.Stage, e.Message)
	} else {
		cols = append(cols, nil, nil)
	}
	return append(cols, string(js))
}

// ftsBody is the text indexed in the body column of the full-text tables: the
// preamble lines, then every section's heading and text in reading order, then
// each annex's title and sections, one item per line.
func ftsBody(d *model.Document) string {
	var b strings.Builder
	line := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	var walk func(ss []model.Section)
	walk = func(ss []model.Section) {
		for i := range ss {
			line(ss[i].Heading)
			line(ss[i].Text)
			walk(ss[i].Children)
		}
	}
	for _, p := range d.Preamble {
		line(p)
	}
	walk(d.Sections)
	for i := range d.Annexes {
		line(d.Annexes[i].Title)
		walk(d.Annexes[i].Sections)
	}
	return b.String()
}

// HasHash reports whether a record with this SHA-256 (hex, as in
// model.Record.SHA256) is stored, whether it parsed or failed. It serves
// `vanban batch --resume`.
func (s *Store) HasHash(sha string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false, ErrClosed
	}
	var ok bool
	if err := s.hasHash.QueryRow(sha).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return ok, nil
}

// Records calls fn with every stored record in order of path (byte order), and
// stops at the first error fn returns, which Records returns.
//
// Each record is decoded from the JSON that Put stored, so it equals the record
// that was put, with one caveat of JSON itself: invalid UTF-8 in a string comes
// back as U+FFFD. Slices that were nil come back nil and empty ones empty.
//
// Records reads a page of records at a time and holds no lock while fn runs, so
// fn may call the Store (even Put). A record put during the walk is seen if its
// path sorts after the current one.
func (s *Store) Records(fn func(model.Record) error) error {
	after := ""
	for {
		paths, blobs, err := s.readPage(after)
		if err != nil {
			return err
		}
		for i := range blobs {
			var rec model.Record
			if err := json.Unmarshal(blobs[i], &rec); err != nil {
				return fmt.Errorf("store: decoding %s: %w", paths[i], err)
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		if len(paths) < pageSize {
			return nil
		}
		after = paths[len(paths)-1]
	}
}

func (s *Store) readPage(after string) (paths []string, blobs [][]byte, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, ErrClosed
	}
	rows, err := s.page.Query(after, pageSize)
	if err != nil {
		return nil, nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		var b []byte
		if err := rows.Scan(&p, &b); err != nil {
			return nil, nil, fmt.Errorf("store: %w", err)
		}
		paths = append(paths, p)
		blobs = append(blobs, b)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: %w", err)
	}
	return paths, blobs, nil
}
