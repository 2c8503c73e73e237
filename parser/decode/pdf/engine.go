package pdf

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/vnlegal/vanban/parser/decode/source"
)

// The PDF engine is PDFium compiled to WebAssembly and run by wazero: no cgo,
// one binary. Compiling the module to machine code costs 4–6 s and ~380 MB,
// so it is done once per process and kept in wazero's compilation cache on
// disk, where the next process finds it (0.2–0.3 s). An instance runs one
// call at a time; the pool holds one per worker.

// memoryLimitPages caps the linear memory of one PDFium instance at 1 GiB
// (64 KiB pages): a hostile file fails with an error instead of taking the
// machine's memory.
const memoryLimitPages = 16384

var (
	engineMu    sync.Mutex
	enginePool  pdfium.Pool
	engineSize  int
	engineErr   error
	engineCache wazero.CompilationCache
)

// SetWorkers sets how many PDFium instances may run at once, one per batch
// worker (default GOMAXPROCS); callers beyond that wait for a free instance.
// It takes effect when the engine next starts: call it before the first
// Decode, or after Close.
func SetWorkers(n int) {
	engineMu.Lock()
	defer engineMu.Unlock()
	if n < 1 {
		n = 1
	}
	engineSize = n
}

// Close stops the engine and frees its instances; the next Decode starts it
// again. Decode calls still running fail.
func Close() error {
	engineMu.Lock()
	defer engineMu.Unlock()
	if enginePool == nil {
		engineErr = nil
		return nil
	}
	err := enginePool.Close()
	enginePool, engineErr = nil, nil
	return err
}

// CacheDir is where the compiled engine is kept between processes:
// vanban/wazero under the user's cache directory ($XDG_CACHE_HOME or
// ~/.cache on Linux). It is "" when there is no such directory, and then
// each process compiles the engine again.
func CacheDir() string {
	if d := os.Getenv("VANBAN_CACHE_DIR"); d != "" {
		return filepath.Join(d, "wazero")
	}
	base, err := os.UserCacheDir()
	if err != nil || base == "" {
		return ""
	}
	return filepath.Join(base, "vanban", "wazero")
}

// engine returns the process's pool of PDFium instances, starting it on
// first use. A failure to start is remembered: it does not get better by
// retrying on every file of a batch.
func engine() (pdfium.Pool, error) {
	engineMu.Lock()
	defer engineMu.Unlock()
	if enginePool != nil || engineErr != nil {
		return enginePool, engineErr
	}
	size := engineSize
	if size < 1 {
		size = runtime.GOMAXPROCS(0)
	}
	if engineCache == nil {
		engineCache = compilationCache()
	}
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCompilationCache(engineCache).
		WithMemoryLimitPages(memoryLimitPages).
		// Without this a page that loops forever cannot be stopped: the
		// per-page time limit cancels the worker's context.
		WithCloseOnContextDone(true)
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:  1,
		MaxIdle:  size,
		MaxTotal: size,
		// An empty file system: by default the module sees the host's /.
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		ReuseWorkers:  true,
	})
	if err != nil {
		engineErr = fmt.Errorf("%w: %v", ErrEngine, err)
		return nil, engineErr
	}
	enginePool = pool
	return pool, nil
}

// compilationCache is the on-disk cache when a cache directory can be made,
// else one in memory (shared by the pools of this process).
func compilationCache() wazero.CompilationCache {
	if dir := CacheDir(); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err == nil {
			if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
				return c
			}
		}
	}
	return wazero.NewCompilationCache()
}

// ErrEngine is returned when the PDF engine cannot start: a failure of
// vanban, not of the input, so a source.ErrInternal.
var ErrEngine = source.NewError(source.ErrInternal, "pdf: engine unavailable")

// instance borrows one PDFium instance, waiting at most wait for a free one
// (0: as long as it takes).
func instance(wait time.Duration) (pdfium.Pdfium, error) {
	pool, err := engine()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	if wait > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, wait)
		defer cancel()
	}
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: no free instance: %v", ErrEngine, err)
	}
	return inst, nil
}
