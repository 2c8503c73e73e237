// Command vanban-beam runs vanban's conversion as an Apache Beam pipeline:
// the records of `vanban batch` and the citation graph of
// `vanban graph --format csv` for archives that outgrow one machine, on any
// Beam runner (Prism locally, Dataflow, Flink, Spark).
//
//	vanban-beam --input 'corpus/*' --output out/
//	vanban-beam --input 'gs://bucket/corpus/*' --output gs://bucket/out \
//	    --runner dataflow --project P --region europe-west1 \
//	    --temp_location gs://bucket/tmp --staging_location gs://bucket/staging
//
// It writes OUTPUT/records.jsonl, OUTPUT/nodes.csv and OUTPUT/edges.csv.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// remote file systems for --input and --output (beamx adds gs:// and local)
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/vnlegal/vanban/beam/pipeline"
)

type patterns []string

func (p *patterns) String() string { return strings.Join(*p, ",") }
func (p *patterns) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*p = append(*p, s)
		}
	}
	return nil
}

func main() {
	var inputs patterns
	flag.Var(&inputs, "input", "file, folder or glob to convert (local or a Beam file system such as gs://); repeat or separate with commas; arguments after the flags are inputs too")
	output := flag.String("output", "", "folder (local, gs://, s3://) that receives records.jsonl, nodes.csv and edges.csv")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: vanban-beam --input PATTERN [--input PATTERN...] --output FOLDER [--runner prism|direct|dataflow|flink|spark ...] [PATTERN...]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	inputs = append(inputs, flag.Args()...)
	beam.Init() // after flag.Parse; on a worker, Init runs the worker harness and never returns
	if len(inputs) == 0 || *output == "" {
		flag.Usage()
		os.Exit(2)
	}

	p, s := beam.NewPipelineWithRoot()
	pipeline.Construct(s, inputs, *output)

	ctx := context.Background()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		log.Exitf(ctx, "vanban-beam: %v", err)
	}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Namespace == "vanban" {
				fmt.Fprintf(os.Stderr, "%s: %d\n", c.Key.Name, c.Result())
			}
		}
	}
	fmt.Fprintf(os.Stderr, "→ %s, %s, %s\n", pipeline.Join(*output, pipeline.RecordsFile),
		pipeline.Join(*output, pipeline.NodesFile), pipeline.Join(*output, pipeline.EdgesFile))
}
