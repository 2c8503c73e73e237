package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnlegal/vanban/model"
)

// planRecord is a parsed plan with a nested outline, an annex and two cited
// documents, one of them mentioned twice with cited parts.
func planRecord(path, sha string) model.Record {
	d := model.NewDocument()
	d.Family = "state"
	d.Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	d.Type = "Kế hoạch"
	d.TypeCode = "KH"
	d.Issuer = "ỦY BAN NHÂN DÂN TỈNH KON TUM"
	d.Number = "1340/KH-UBND"
	d.Symbol = model.Symbol{Number: "1340", Code: "KH-UBND", TypeCode: "KH",
		Issuers: []string{"UBND"}, Units: []string{}}
	d.Place = "Kon Tum"
	d.Date = "2012-06-15"
	d.Abstract = "Triển khai thực hiện công tác bảo đảm quyền con người"
	d.Preamble = []string{"Căn cứ Quyết định số 366/QĐ-TTg ngày 31/3/2012 của Thủ tướng Chính phủ;"}
	d.Sections = []model.Section{
		{ID: "I", Kind: "roman", Label: "I", Heading: "MỤC ĐÍCH, YÊU CẦU", Start: 100, End: 400,
			Children: []model.Section{
				{ID: "I.1", Kind: "number", Label: "1", Heading: "Mục đích",
					Text:  "Nâng cao nhận thức về QUYỀN CON NGƯỜI trong Đảng bộ và nhân dân; hoà giải ở cơ sở.",
					Start: 120, End: 250, Children: []model.Section{}},
				{ID: "I.2", Kind: "number", Label: "2", Heading: "Yêu cầu", Text: "Thực hiện nghiêm túc.",
					Start: 250, End: 400, Children: []model.Section{}},
			}},
		{ID: "II", Kind: "roman", Label: "II", Heading: "TỔ CHỨC THỰC HIỆN", Text: "Các sở, ngành triển khai.",
			Start: 400, End: 500, Children: []model.Section{}},
	}
	d.Signers = []model.Signer{{Name: "Nguyễn Văn Hùng", Position: "PHÓ CHỦ TỊCH",
		Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Signed: "(Đã ký)", Start: 510, End: 560}}
	d.Recipients = []model.Recipient{{Name: "Bộ Tư pháp", Note: "b/c", Purpose: "report"}}
	d.Archive = "VT, NC"
	d.Annexes = []model.Annex{{Label: "I", Kind: "phu_luc", Title: "DANH MỤC NHIỆM VỤ", Start: 600, End: 700,
		Sections: []model.Section{{ID: "1", Kind: "number", Label: "1", Text: "Tuyên truyền pháp luật",
			Start: 620, End: 700, Children: []model.Section{}}}}}
	d.References = []model.Reference{
		{ID: "366/QĐ-TTg", Number: "366/QĐ-TTg", Type: "Quyết định", TypeCode: "QĐ", Date: "2012-03-31",
			Issuer: "Thủ tướng Chính phủ", Relation: model.RelationBasis,
			Mentions: []model.Mention{
				{Start: 40, End: 70, Text: "Quyết định số 366/QĐ-TTg", Relation: model.RelationBasis, Parts: []model.Part{}},
				{Start: 300, End: 340, Text: "khoản 2 Điều 5 Quyết định số 366/QĐ-TTg", Relation: model.RelationImplements,
					Parts: []model.Part{{Points: []string{}, Clauses: []string{"2"}, Articles: []string{"5"}}}},
			}},
		{ID: "luật:tổ chức chính quyền địa phương:2015", Type: "Luật", Date: "2015",
			Title: "Luật Tổ chức chính quyền địa phương", Relation: model.RelationCites,
			Mentions: []model.Mention{{Start: 450, End: 490, Text: "Luật Tổ chức chính quyền địa phương năm 2015",
				Relation: model.RelationCites, Parts: []model.Part{}}}},
	}
	d.SelfReferences = []model.Mention{{Start: 80, End: 92, Text: "Kế hoạch này", Relation: model.RelationCites, Parts: []model.Part{}}}
	d.Warnings = []model.Warning{{Code: "missing-date", Message: "x", Start: -1, End: -1}}
	return model.Record{Path: path, SHA256: sha, Size: 4096, Format: "text", Encoding: "utf-8", Document: d}
}

func errorRecord(path, sha string) model.Record {
	return model.Record{Path: path, SHA256: sha, Size: 12, Format: "binary", Encoding: "",
		Error: &model.RecordError{Stage: "read", Message: "not text: <binary> & more"}}
}

// bareRecord has a document built by hand without Fill: its slices are nil.
func bareRecord(path, sha string) model.Record {
	return model.Record{Path: path, SHA256: sha, Size: 7, Format: "html", Encoding: "windows-1258",
		Document: &model.Document{Type: "Công văn", Number: "12/UBND-VX", Abstract: "V/v báo cáo",
			Text: "normalised text kept"}}
}

func openMem(t testing.TB) *Store {
	t.Helper()
	s, err := Open(":memory:")
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

func all(t testing.TB, s *Store) []model.Record {
	t.Helper()
	var out []model.Record
	require.NoError(t, s.Records(func(r model.Record) error {
		out = append(out, r)
		return nil
	}))
	return out
}

func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	require.NoError(t, s.db.QueryRow("SELECT count(*) FROM "+table).Scan(&n))
	return n
}

func counts(t testing.TB, s *Store) map[string]int {
	t.Helper()
	// the full-text indexes agree with their content
	for _, tb := range []string{"doc_fts", "doc_fts_fold"} {
		_, err := s.db.Exec(`INSERT INTO ` + tb + `(` + tb + `) VALUES ('integrity-check')`)
		require.NoError(t, err, tb)
	}
	m := map[string]int{}
	for _, tb := range []string{"documents", "sections", "citations", "mentions", "doc_fts", "doc_fts_fold"} {
		m[tb] = count(t, s, tb)
	}
	return m
}

func TestRoundTrip(t *testing.T) {
	s := openMem(t)
	recs := []model.Record{
		planRecord("b/plan.txt", "aa"),
		errorRecord("c/broken.doc", "bb"),
		bareRecord("a/cv.html", "cc"),
	}
	require.NoError(t, s.PutBatch(recs))
	got := all(t, s)
	require.Len(t, got, 3)
	// by path
	assert.Equal(t, recs[2], got[0])
	assert.Equal(t, recs[0], got[1])
	assert.Equal(t, recs[1], got[2])
	assert.Nil(t, got[0].Document.Sections, "nil slices stay nil")
	assert.NotNil(t, got[1].Document.Sections[0].Children[0].Children, "empty slices stay empty")

	assert.Equal(t, map[string]int{"documents": 3, "sections": 5, "citations": 2, "mentions": 3,
		"doc_fts": 2, "doc_fts_fold": 2}, counts(t, s))

	// derived columns
	var typ, number, signer, date sql.NullString
	var errStage, errMsg sql.NullString
	require.NoError(t, s.db.QueryRow(`SELECT type, number, signer, date, error_stage, error_message
		FROM documents WHERE path = 'b/plan.txt'`).Scan(&typ, &number, &signer, &date, &errStage, &errMsg))
	assert.Equal(t, "Kế hoạch", typ.String)
	assert.Equal(t, "1340/KH-UBND", number.String)
	assert.Equal(t, "Nguyễn Văn Hùng", signer.String)
	assert.Equal(t, "2012-06-15", date.String)
	assert.False(t, errStage.Valid)
	require.NoError(t, s.db.QueryRow(`SELECT type, error_stage, error_message
		FROM documents WHERE path = 'c/broken.doc'`).Scan(&typ, &errStage, &errMsg))
	assert.False(t, typ.Valid, "no document: document columns are NULL")
	assert.Equal(t, "read", errStage.String)
	assert.Equal(t, "not text: <binary> & more", errMsg.String)

	// the outline keeps its tree and the annex is apart
	rows, err := s.db.Query(`SELECT s.section_id, coalesce(s.parent_section_id, ''), s.depth, s.annex, s.start, s."end"
		FROM sections s JOIN documents d ON d.id = s.document_id WHERE d.path = 'b/plan.txt' ORDER BY s.ord`)
	require.NoError(t, err)
	var outline []string
	for rows.Next() {
		var id, parent string
		var depth, annex, start, end int
		require.NoError(t, rows.Scan(&id, &parent, &depth, &annex, &start, &end))
		outline = append(outline, fmt.Sprintf("%s<%s d%d a%d %d-%d", id, parent, depth, annex, start, end))
	}
	require.NoError(t, rows.Err())
	assert.Equal(t, []string{"I< d0 a0 100-400", "I.1<I d1 a0 120-250", "I.2<I d1 a0 250-400",
		"II< d0 a0 400-500", "1< d0 a1 620-700"}, outline)

	var parts, relation string
	require.NoError(t, s.db.QueryRow(`SELECT parts, relation FROM mentions WHERE ref_id = '366/QĐ-TTg' AND ord = 1`).
		Scan(&parts, &relation))
	assert.JSONEq(t, `[{"points":[],"clauses":["2"],"articles":["5"],"section":"","chapter":"","part":""}]`, parts)
	assert.Equal(t, "implements", relation)
	var n int
	require.NoError(t, s.db.QueryRow(`SELECT mentions FROM citations WHERE ref_id = '366/QĐ-TTg'`).Scan(&n))
	assert.Equal(t, 2, n)

	// the JSON column is queryable
	var family string
	require.NoError(t, s.db.QueryRow(`SELECT json_extract(json, '$.document.signers[0].position')
		FROM documents WHERE path = 'b/plan.txt'`).Scan(&family))
	assert.Equal(t, "PHÓ CHỦ TỊCH", family)
}

func TestPutUpdates(t *testing.T) {
	s := openMem(t)
	require.NoError(t, s.Put(planRecord("plan.txt", "v1")))
	require.NoError(t, s.Put(errorRecord("err.bin", "e1")))
	before := counts(t, s)
	var id1 int64
	require.NoError(t, s.db.QueryRow(`SELECT id FROM documents WHERE path = 'plan.txt'`).Scan(&id1))

	// the same records again: nothing changes
	require.NoError(t, s.PutBatch([]model.Record{planRecord("plan.txt", "v1"), errorRecord("err.bin", "e1")}))
	assert.Equal(t, before, counts(t, s))

	// new content at the same path replaces the old rows
	rec := planRecord("plan.txt", "v2")
	rec.Document.Sections = rec.Document.Sections[1:]
	rec.Document.References = rec.Document.References[:1]
	rec.Document.Abstract = "Kế hoạch phòng chống thiên tai"
	require.NoError(t, s.Put(rec))
	after := counts(t, s)
	assert.Equal(t, map[string]int{"documents": 2, "sections": 2, "citations": 1, "mentions": 2,
		"doc_fts": 1, "doc_fts_fold": 1}, after)
	var id2 int64
	var sha string
	require.NoError(t, s.db.QueryRow(`SELECT id, sha256 FROM documents WHERE path = 'plan.txt'`).Scan(&id2, &sha))
	assert.Equal(t, id1, id2, "the row keeps its id")
	assert.Equal(t, "v2", sha)
	assert.Equal(t, []model.Record{errorRecord("err.bin", "e1"), rec}, all(t, s))
	assert.Empty(t, search(t, s, "doc_fts", `"quyền con người"`), "old text is gone from the index")
	assert.Empty(t, search(t, s, "doc_fts_fold", `"quyen con nguoi"`), "old text is gone from the folded index")
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", "thiên"))

	// a parsed document that later fails (and back) at the same path
	require.NoError(t, s.Put(errorRecord("plan.txt", "v3")))
	assert.Equal(t, map[string]int{"documents": 2, "sections": 0, "citations": 0, "mentions": 0,
		"doc_fts": 0, "doc_fts_fold": 0}, counts(t, s))
	require.NoError(t, s.Put(planRecord("plan.txt", "v1")))
	assert.Equal(t, before, counts(t, s))

	// a path twice in one batch: the last wins
	require.NoError(t, s.PutBatch([]model.Record{errorRecord("x", "1"), bareRecord("x", "2")}))
	got := all(t, s)
	require.Len(t, got, 3)
	assert.Equal(t, bareRecord("x", "2"), got[2])
}

func TestPutRefusesEmptyPathAndRollsBack(t *testing.T) {
	s := openMem(t)
	err := s.PutBatch([]model.Record{planRecord("ok.txt", "1"), {SHA256: "2"}})
	require.Error(t, err)
	assert.Equal(t, 0, count(t, s, "documents"))
	require.NoError(t, s.PutBatch(nil))
}

func TestHasHash(t *testing.T) {
	s := openMem(t)
	require.NoError(t, s.PutBatch([]model.Record{planRecord("a", "sha-a"), errorRecord("b", "sha-b")}))
	for sha, want := range map[string]bool{"sha-a": true, "sha-b": true, "sha-c": false, "": false} {
		ok, err := s.HasHash(sha)
		require.NoError(t, err)
		assert.Equal(t, want, ok, sha)
	}
	// a re-put under a new hash forgets the old one
	require.NoError(t, s.Put(planRecord("a", "sha-a2")))
	ok, err := s.HasHash("sha-a")
	require.NoError(t, err)
	assert.False(t, ok)
}

// search returns the paths that match q in table, best first.
func search(t testing.TB, s *Store, table, q string) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT d.path FROM `+table+` f JOIN documents d ON d.id = f.rowid
		WHERE `+table+` MATCH ? ORDER BY f.rank, d.path`, q)
	require.NoError(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		require.NoError(t, rows.Scan(&p))
		out = append(out, p)
	}
	require.NoError(t, rows.Err())
	return out
}

func TestFullText(t *testing.T) {
	s := openMem(t)
	other := planRecord("other.txt", "2")
	other.Document.Abstract = "Kế hoạch phòng, chống thiên tai"
	other.Document.Sections = []model.Section{{ID: "1", Kind: "number", Label: "1",
		Text: "Hỗ trợ người dân vùng lũ; quyền lợi của người lao động.", Children: []model.Section{}}}
	other.Document.Preamble = nil
	other.Document.Annexes = nil
	require.NoError(t, s.PutBatch([]model.Record{planRecord("plan.txt", "1"), other, errorRecord("bad", "3")}))

	// with tones
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `"quyền con người"`))
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `"QUYỀN CON NGƯỜI"`), "case folds")
	assert.Equal(t, []string{"other.txt", "plan.txt"}, search(t, s, "doc_fts", `người`))
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `abstract : "quyền con người"`))
	assert.Empty(t, search(t, s, "doc_fts", `"quyen con nguoi"`), "tones are significant in doc_fts")
	assert.Empty(t, search(t, s, "doc_fts", `ngươi`), "người is not ngươi")
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `"366/QĐ-TTg"`), "preamble is indexed")
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `"danh mục nhiệm vụ"`), "annex titles are indexed")
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts", `NEAR(tuyên "pháp luật", 2)`), "annex sections are indexed")

	// without tones
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts_fold", `"quyen con nguoi"`))
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts_fold", `"quyền con người"`), "toned queries fold too")
	assert.Equal(t, []string{"other.txt", "plan.txt"}, search(t, s, "doc_fts_fold", `nguoi`))
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts_fold", `"dang bo"`), "đ is folded to d")
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts_fold", Fold(`"Đảng bộ"`)))
	assert.Equal(t, []string{"plan.txt"}, search(t, s, "doc_fts_fold", Fold(`"hòa giải"`)), "either tone style")
	assert.Equal(t, []string{"other.txt"}, search(t, s, "doc_fts_fold", `thien AND tai`))

	// the folded index agrees with its content (integrity-check)
	assert.Equal(t, 2, counts(t, s)["doc_fts_fold"])

	// the document id is a column too, and snippets work on both tables
	var id, docID int64
	var snip string
	require.NoError(t, s.db.QueryRow(`SELECT rowid, document_id, snippet(doc_fts, 2, '[', ']', '…', 6)
		FROM doc_fts WHERE doc_fts MATCH ?`, `"quyền con người"`).Scan(&id, &docID, &snip))
	assert.Equal(t, id, docID)
	assert.Contains(t, snip, "[QUYỀN CON NGƯỜI]")
	require.NoError(t, s.db.QueryRow(`SELECT document_id, snippet(doc_fts_fold, 2, '[', ']', '…', 6)
		FROM doc_fts_fold WHERE doc_fts_fold MATCH 'lu'`).Scan(&docID, &snip))
	assert.Contains(t, snip, "[lũ]")
	var p string
	require.NoError(t, s.db.QueryRow(`SELECT path FROM documents WHERE id = ?`, docID).Scan(&p))
	assert.Equal(t, "other.txt", p)
}

func TestReopenAndPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus?v=1#x.sqlite")
	s, err := Open(path)
	require.NoError(t, err)
	require.NoError(t, s.Put(planRecord("plan.txt", "1")))
	var mode string
	var fk int
	require.NoError(t, s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	require.NoError(t, s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	assert.Equal(t, "wal", mode)
	assert.Equal(t, 1, fk)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "closing twice")
	assert.ErrorIs(t, s.Put(planRecord("x", "2")), ErrClosed)
	_, err = s.HasHash("1")
	assert.ErrorIs(t, err, ErrClosed)
	assert.ErrorIs(t, s.Records(func(model.Record) error { return nil }), ErrClosed)

	s, err = Open(path)
	require.NoError(t, err)
	assert.Equal(t, []model.Record{planRecord("plan.txt", "1")}, all(t, s))
	var v int
	require.NoError(t, s.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v))
	assert.Equal(t, SchemaVersion, v)
	_, err = s.db.Exec(`UPDATE schema_version SET version = ?`, SchemaVersion+1)
	require.NoError(t, err)
	require.NoError(t, s.Close())

	_, err = Open(path)
	assert.ErrorContains(t, err, "newer")
}

func TestDeleteCascades(t *testing.T) {
	s := openMem(t)
	require.NoError(t, s.PutBatch([]model.Record{planRecord("a", "1"), planRecord("b", "2")}))
	_, err := s.db.Exec(`DELETE FROM documents WHERE path = 'a'`)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"documents": 1, "sections": 5, "citations": 2, "mentions": 3,
		"doc_fts": 1, "doc_fts_fold": 1}, counts(t, s))
}

func TestRecordsStopsAndAllowsPut(t *testing.T) {
	s := openMem(t)
	var recs []model.Record
	for i := range 600 { // more than two pages
		recs = append(recs, errorRecord(fmt.Sprintf("f%04d", i), fmt.Sprint(i)))
	}
	require.NoError(t, s.PutBatch(recs))
	got := all(t, s)
	require.Equal(t, recs, got)

	stop := fmt.Errorf("stop")
	n := 0
	err := s.Records(func(r model.Record) error {
		n++
		// writing from inside the walk must not deadlock
		require.NoError(t, s.Put(bareRecord(r.Path, "new")))
		if n == 300 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 300, n)
}

func TestConcurrentPutBatch(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "c.sqlite"))
	require.NoError(t, err)
	defer s.Close()

	const writers, batches, per = 6, 5, 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*writers*batches)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				var recs []model.Record
				for i := range per {
					p := fmt.Sprintf("w%d/b%d/%02d.txt", w, b, i)
					// every writer also rewrites a shared path
					if i == 0 {
						p = "shared.txt"
					}
					recs = append(recs, planRecord(p, p+fmt.Sprint(w)))
				}
				errs <- s.PutBatch(recs)
			}
		}()
		// concurrent readers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range batches {
				if _, err := s.HasHash("nope"); err != nil {
					errs <- err
					return
				}
				errs <- s.Records(func(model.Record) error { return nil })
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	want := writers*batches*(per-1) + 1
	assert.Equal(t, want, count(t, s, "documents"))
	assert.Equal(t, want*5, count(t, s, "sections"))
	assert.Equal(t, want, count(t, s, "doc_fts"))
	assert.Equal(t, want, count(t, s, "doc_fts_fold"))
	assert.Len(t, all(t, s), want)
}

// BenchmarkPutBatch writes realistic records (a 60-node outline, 8 cited
// documents, 2 annexes) to a file database in batches of 100, as `vanban batch
// --db` does, and reports records/s.
func BenchmarkPutBatch(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "bench.sqlite"))
	require.NoError(b, err)
	defer s.Close()

	base := planRecord("", "")
	d := base.Document
	var secs []model.Section
	for i := range 12 {
		var kids []model.Section
		for j := range 4 {
			kids = append(kids, model.Section{ID: fmt.Sprintf("%d.%d", i+1, j+1), Kind: "subnumber",
				Label: fmt.Sprintf("%d.%d", i+1, j+1), Heading: "Nhiệm vụ trọng tâm",
				Text:     "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật về quyền con người cho cán bộ, công chức, viên chức và nhân dân trên địa bàn tỉnh.",
				Children: []model.Section{}})
		}
		secs = append(secs, model.Section{ID: fmt.Sprint(i + 1), Kind: "number", Label: fmt.Sprint(i + 1),
			Heading: "Giải pháp thực hiện", Text: "Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố.", Children: kids})
	}
	d.Sections = secs
	for i := range 6 {
		r := d.References[0]
		r.ID = fmt.Sprintf("%d/QĐ-UBND", 100+i)
		r.Number = r.ID
		d.References = append(d.References, r)
	}
	d.Annexes = append(d.Annexes, d.Annexes[0])

	const batch = 100
	recs := make([]model.Record, batch)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for j := range recs {
			r := base
			r.Path = fmt.Sprintf("corpus/%08d.txt", n)
			r.SHA256 = fmt.Sprintf("%064x", n)
			recs[j] = r
			n++
		}
		if err := s.PutBatch(recs); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/record")
}

// TestSchemaExamples runs every SQL example of SCHEMA.md (its blocks that
// are not the schema's CREATE statements) on a small corpus and checks that
// each returns rows, so that the documentation stays true.
func TestSchemaExamples(t *testing.T) {
	var blocks []string
	for _, b := range sqlBlocks(schemaDoc) { // the page as the store embeds it
		if !isCreate(b) {
			blocks = append(blocks, b)
		}
	}
	require.GreaterOrEqual(t, len(blocks), 10)

	s := openMem(t)
	cited := planRecord("qd366.txt", "q")
	cited.Document.Type, cited.Document.TypeCode, cited.Document.Number = "Quyết định", "QĐ", "366/QĐ-TTg"
	cited.Document.References = []model.Reference{}
	require.NoError(t, s.PutBatch([]model.Record{planRecord("plan.txt", "p"), cited,
		errorRecord("bad.bin", "b"), bareRecord("cv.html", "c")}))

	for _, b := range blocks {
		q := b
		rows, err := s.db.Query(q)
		require.NoError(t, err, q)
		n := 0
		for rows.Next() {
			n++
		}
		require.NoError(t, rows.Err(), q)
		rows.Close()
		assert.Positive(t, n, "no rows from:\n%s", q)
	}
}

// TestSchemaFromTheDocument: the CREATE blocks of SCHEMA.md make every
// table, view, trigger and index the store writes through, and nothing is
// left out of them (a block whose fence was broken by an edit would be).
func TestSchemaFromTheDocument(t *testing.T) {
	assert.Len(t, schemaV1, 6, "CREATE blocks of SCHEMA.md")
	s := openMem(t)
	rows, err := s.db.Query(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
	require.NoError(t, err)
	defer rows.Close()
	var got []string
	for rows.Next() {
		var typ, name string
		require.NoError(t, rows.Scan(&typ, &name))
		if fts5Shadow(name) {
			continue
		}
		got = append(got, typ+" "+name)
	}
	require.NoError(t, rows.Err())
	assert.Equal(t, []string{
		"index citations_number", "index citations_ref_id", "index documents_date", "index documents_issuer",
		"index documents_number", "index documents_sha256", "index documents_type_date", "index mentions_ref_id",
		"index sections_kind",
		"table citations", "table doc_fts", "table doc_fts_fold", "table documents", "table mentions",
		"table schema_version", "table sections",
		"trigger documents_fts_delete", "view doc_fts_fold_src",
	}, got)
}

// fts5Shadow reports the tables FTS5 makes for a full-text table of its own.
func fts5Shadow(name string) bool {
	for _, suffix := range []string{"_data", "_idx", "_content", "_docsize", "_config"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

func TestCreateBlocks(t *testing.T) {
	page := "# t\n\n```sql\n-- a table\nCREATE TABLE a (x);\n```\n\n```sql\nSELECT 1;\n```\n```sql\n\n  CREATE INDEX i ON a(x);\nCREATE INDEX j ON a(x);\n```\n```sql\nCREATE TABLE cut (\n"
	assert.Equal(t, []string{"-- a table\nCREATE TABLE a (x);\n", "\n  CREATE INDEX i ON a(x);\nCREATE INDEX j ON a(x);\n"}, createBlocks(page))
}
