package graph_test

import (
	"fmt"

	"github.com/vnlegal/vanban/graph"
	"github.com/vnlegal/vanban/model"
)

func Example() {
	cite := func(id, typ, date, rel, text string) model.Reference {
		return model.Reference{ID: id, Number: id, Type: typ, Date: date, Relation: rel,
			Mentions: []model.Mention{{Text: text, Relation: rel}}}
	}
	older := model.NewDocument()
	older.Number, older.Type, older.Date = "30/2020/NĐ-CP", "Nghị định", "2020-03-05"
	newer := model.NewDocument()
	newer.Number, newer.Type, newer.Date = "45/2025/NĐ-CP", "Nghị định", "2025-05-01"
	newer.References = []model.Reference{
		cite("30/2020/NĐ-CP", "Nghị định", "2020-03-05", model.RelationReplaces, "thay thế Nghị định số 30/2020/NĐ-CP"),
		cite("01/NQ-CP", "Nghị quyết", "2025-01-08", model.RelationImplements, "Nghị quyết số 01/NQ-CP ngày 08/01/2025"),
	}
	recs := []model.Record{{Path: "a.txt", Document: older}, {Path: "b.txt", Document: newer}}

	g, err := graph.Build(graph.Slice(recs)) // or graph.JSONL(file), or store.Records
	if err != nil {
		panic(err)
	}
	for _, n := range g.Nodes {
		fmt.Printf("%s external=%v cited by %d\n", n.ID, n.External, n.InDegree)
	}
	for _, ev := range g.Validity("30/2020/NĐ-CP") {
		fmt.Printf("30/2020/NĐ-CP %s by %s on %s\n", ev.Relation, ev.By, ev.Date)
	}
	// Output:
	// 01/NQ-CP@2025 external=true cited by 1
	// 30/2020/NĐ-CP external=false cited by 1
	// 45/2025/NĐ-CP external=false cited by 0
	// 30/2020/NĐ-CP replaces by 45/2025/NĐ-CP on 2025-05-01
}
