package pdf

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/vnlegal/vanban/internal/testshared"
)

// benchFiles are the shared gazette PDFs (text-layer ones; scans cost
// little and would flatter the figures), or the test PDFs when absent.
func benchFiles(b *testing.B) [][]byte {
	names, _ := filepath.Glob(os.Getenv("PDF_BENCH_GLOB"))
	if len(names) == 0 {
		if shared, ok := testshared.Lookup(); ok {
			names, _ = filepath.Glob(filepath.Join(shared, "pdf", "*.pdf"))
		}
	}
	if len(names) == 0 {
		names, _ = filepath.Glob("testdata/header*.pdf")
	}
	scans := map[string]bool{"056": true, "075": true, "079": true, "080": true}
	var files [][]byte
	for _, n := range names {
		if scans[filepath.Base(n)[:3]] {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	return files
}

// BenchmarkDecode is the warm figure: the engine is running, each
// iteration decodes every file once. Run with -cpu 1 for one core.
func BenchmarkDecode(b *testing.B) {
	files := benchFiles(b)
	var size int64
	pages := 0
	for _, f := range files {
		size += int64(len(f))
		res, err := Decode(f, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages += res.Pages
	}
	b.SetBytes(size)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if _, err := Decode(f, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	// On a shared machine wall time measures the neighbours: the figures
	// per CPU second are those of one idle core.
	wall, cpu := time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds()
	b.ReportMetric(float64(pages*b.N)/wall, "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(pages*b.N)/cpu, "pages/cpu-s")
		b.ReportMetric(float64(size)*float64(b.N)/cpu/1e6, "MB/cpu-s")
	}
}

// BenchmarkEngineStart is the cold start of a process: the engine started
// with an empty compilation cache (compiling PDFium to machine code) and
// with the cache a previous process left, up to the first page decoded.
func BenchmarkEngineStart(b *testing.B) {
	data, err := os.ReadFile("testdata/header.pdf")
	if err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, keepCache bool) {
		dir := b.TempDir()
		b.Setenv("VANBAN_CACHE_DIR", dir)
		if keepCache {
			restart()
			if _, err := Decode(data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			if !keepCache {
				os.RemoveAll(filepath.Join(dir, "wazero"))
			}
			restart()
			b.StartTimer()
			if _, err := Decode(data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		restart()
	}
	b.Run("no-cache", func(b *testing.B) { run(b, false) })
	b.Run("cached", func(b *testing.B) { run(b, true) })
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// restart stops the engine and forgets the compilation cache, as a new
// process would.
func restart() {
	Close()
	engineMu.Lock()
	if engineCache != nil {
		engineCache.Close(context.Background())
	}
	engineCache = nil
	engineMu.Unlock()
}
